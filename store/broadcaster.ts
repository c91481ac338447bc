import { performance } from "node:perf_hooks";
import { type Db, describeError } from "./db.js";
import { type Notice, Outbox, type OutboxRow } from "./outbox.js";
import { Pacer } from "./pacing.js";

/** What happened to one message, as the broadcaster needs to know it. */
export type SendOutcome =
  | { ok: true }
  /** 429: wait `retryAfter` seconds, then try again. */
  | { ok: false; kind: "rate-limited"; retryAfter: number }
  /** 403, or 400 "chat not found": the chat blocked the bot, left, or is gone. */
  | { ok: false; kind: "blocked"; error: string }
  /** 5xx: Telegram answered but failed; this row retries with capped backoff. */
  | { ok: false; kind: "transient"; error: string }
  /**
   * No answer at all (network error), or an answer that says our side is misconfigured (401 bad
   * token, 404 wrong API root): nothing to do with this row, so every send pauses until it clears.
   */
  | { ok: false; kind: "unreachable"; error: string }
  /** Any other 4xx (e.g. a message Telegram refuses): retrying will not help. */
  | { ok: false; kind: "rejected"; error: string };

/** Delivers a notice (the bot words it and sends it through Telegram) and says what happened. */
export interface Sender {
  send(chatId: number, notice: Notice): Promise<SendOutcome>;
}

export type BroadcastEvent =
  | { type: "sent"; id: number; chatId: number }
  | { type: "rate-limited"; retryAfter: number }
  | { type: "blocked"; chatId: number }
  | { type: "retry"; id: number; chatId: number; attempts: number; error: string }
  | { type: "failed"; id: number; chatId: number; error: string }
  /** Rows older than maxAgeMs were given up (status 'failed', error 'expired: …'). */
  | { type: "expired"; count: number }
  /** The Bot API cannot be reached: sending pauses (said at the first failure, then once a minute). */
  | { type: "telegram-unreachable"; error: string; downMs: number }
  | { type: "telegram-reachable"; downMs: number }
  /** The store failed (attempt 1: the first failure of an outage); the loop backs off and retries. */
  | { type: "store-failed"; attempt: number; error: string; err: unknown }
  | { type: "store-recovered"; downMs: number };

export interface BroadcasterOptions {
  db: Db;
  sender: Sender;
  /** Overall messages a second; a little under Telegram's ~30 so a sliding-window limit never trips. */
  ratePerSecond?: number;
  /** Minimum gap between two messages to one chat (a little over a second, for network jitter). */
  perChatIntervalMs?: number;
  batchSize?: number;
  /** How often to look for new rows when the outbox is empty. */
  idleMs?: number;
  /** Backoff of a row Telegram answered with 5xx: base · 2^(attempts-1), capped; it never gives up. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /**
   * While Telegram (or the store) cannot be reached, the wait between probes doubles from
   * backoffBaseMs up to this; it bounds how long after the outage sending resumes.
   */
  outageRetryMaxMs?: number;
  /** Pending rows whose knowledge version is older than this are given up (0: never). */
  maxAgeMs?: number;
  onEvent?: (event: BroadcastEvent) => void;
}

export interface BroadcastStats {
  sent: number;
  rateLimited: number;
  blocked: number;
  retried: number;
  failed: number;
  expired: number;
}

/**
 * Drains the outbox in id order within Telegram's limits. Crash-safe: each row is marked sent right
 * after its send succeeds and only one message is in flight, so a restart resumes the pending
 * rows and at most that one message can be sent twice.
 */
export class Broadcaster {
  readonly stats: BroadcastStats = { sent: 0, rateLimited: 0, blocked: 0, retried: 0, failed: 0, expired: 0 };
  private readonly outbox: Outbox;
  private readonly sender: Sender;
  private readonly pacer: Pacer;
  private readonly o: Required<Omit<BroadcasterOptions, "db" | "sender" | "onEvent">>;
  private readonly onEvent: (event: BroadcastEvent) => void;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  /** Sent rows whose 'sent' mark the store has not taken yet (it failed meanwhile): never sent again. */
  private readonly unrecorded = new Map<number, number>();
  /** Since when the Bot API has been unreachable, and how many probes failed since. */
  private unreachable: { since: number; failures: number; reported: number } | null = null;
  private storeDown: { since: number; failures: number } | null = null;
  private lastExpiry = Number.NEGATIVE_INFINITY;

  constructor(options: BroadcasterOptions) {
    this.outbox = new Outbox(options.db);
    this.sender = options.sender;
    this.onEvent = options.onEvent ?? (() => {});
    this.o = {
      ratePerSecond: options.ratePerSecond ?? 29,
      perChatIntervalMs: options.perChatIntervalMs ?? 1050,
      batchSize: options.batchSize ?? 100,
      idleMs: options.idleMs ?? 1000,
      backoffBaseMs: options.backoffBaseMs ?? 1000,
      backoffMaxMs: options.backoffMaxMs ?? 30_000,
      outageRetryMaxMs: options.outageRetryMaxMs ?? 3000,
      maxAgeMs: options.maxAgeMs ?? 72 * 3600_000,
    };
    this.pacer = new Pacer(this.o.ratePerSecond, this.o.perChatIntervalMs);
  }

  /** Starts draining in the background until stop(). */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop(false);
  }

  /** Drains every row that is due now and resolves (for the CLI and tests). */
  async drain(): Promise<void> {
    this.stopping = false;
    await this.loop(true);
  }

  /** Lets the in-flight message finish, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.running;
    this.running = null;
  }

  /** New rows were written: look now instead of at the next idle poll. */
  wake(): void {
    this.wakeUp?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  /**
   * Runs until stopped (or, with untilIdle, until nothing is due). A failing store never ends it:
   * each failure waits a little longer (up to outageRetryMaxMs) and the loop tries again, so the
   * outbox drains again as soon as the database is back.
   */
  private async loop(untilIdle: boolean): Promise<void> {
    let paced = false;
    while (!this.stopping) {
      try {
        // A broadcaster taking over (after a restart, or from another instance) does not know how
        // fast its predecessor was sending: a second after its last send, the two together never
        // exceed the overall limit.
        if (!paced) this.pacer.pause(await this.outbox.msUntilSecondSinceLastSend());
        paced = true;
        if (await this.step(untilIdle)) return;
      } catch (err) {
        this.storeDown ??= { since: performance.now(), failures: 0 };
        const down = this.storeDown;
        down.failures++;
        this.onEvent({ type: "store-failed", attempt: down.failures, error: describeError(err), err });
        await this.sleep(this.outageDelay(down.failures));
      }
    }
  }

  private storeRecovered(): void {
    if (!this.storeDown) return;
    const downMs = performance.now() - this.storeDown.since;
    this.storeDown = null;
    this.onEvent({ type: "store-recovered", downMs });
  }

  /** Doubling from backoffBaseMs, capped by outageRetryMaxMs. */
  private outageDelay(failures: number): number {
    return Math.min(this.o.outageRetryMaxMs, this.o.backoffBaseMs * 2 ** Math.min(failures - 1, 20));
  }

  /** One batch; true when untilIdle and nothing is left to do. */
  private async step(untilIdle: boolean): Promise<boolean> {
    await this.recordUnrecorded();
    await this.expireOld();
    const rows = await this.outbox.due(this.o.batchSize);
    if (rows.length === 0) {
      const due = await this.outbox.nextDueInMs();
      if (due === null && untilIdle) return true;
      this.storeRecovered();
      await this.sleep(Math.min(due ?? this.o.idleMs, this.o.idleMs));
      return false;
    }
    this.storeRecovered();
    const soonest = await this.sendBatch(rows);
    if (soonest > 0) await this.sleep(soonest);
    return false;
  }

  /** Marks the rows Telegram accepted while the store was failing. */
  private async recordUnrecorded(): Promise<void> {
    if (this.unrecorded.size === 0) return;
    const ids = [...this.unrecorded.keys()];
    await this.outbox.markSent(ids);
    for (const id of ids) {
      const chatId = this.unrecorded.get(id) as number;
      this.unrecorded.delete(id);
      this.sent(id, chatId);
    }
  }

  private sent(id: number, chatId: number): void {
    this.stats.sent++;
    this.onEvent({ type: "sent", id, chatId });
  }

  /** Gives up pending rows older than maxAgeMs (looked at most once a minute). */
  private async expireOld(): Promise<void> {
    const now = performance.now();
    if (this.o.maxAgeMs <= 0 || now - this.lastExpiry < 60_000) return;
    const count = await this.outbox.expire(this.o.maxAgeMs);
    this.lastExpiry = now;
    if (count > 0) {
      this.stats.expired += count;
      this.onEvent({ type: "expired", count });
    }
  }

  /** Sends what it can; returns how long to wait when every row's chat was still cooling down. */
  private async sendBatch(rows: OutboxRow[]): Promise<number> {
    const blocked = new Set<number>();
    let progressed = false;
    let soonest = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      if (this.stopping) return 0;
      if (blocked.has(row.chatId)) continue;
      const chatWait = this.pacer.chatWait(row.chatId);
      if (chatWait > 0) {
        soonest = Math.min(soonest, chatWait);
        continue;
      }
      await this.untilOverallTurn();
      if (this.stopping) return 0;
      this.pacer.take(row.chatId);
      const outcome = await this.sender.send(row.chatId, row.notice);
      progressed = true;
      const next = await this.settle(row, outcome);
      if (next === "pause") return 0;
      if (next === "chat-gone") blocked.add(row.chatId);
    }
    this.pacer.forgetIdleChats();
    return progressed ? 0 : Number.isFinite(soonest) ? soonest : this.o.idleMs;
  }

  private async untilOverallTurn(): Promise<void> {
    for (let wait = this.pacer.overallWait(); wait > 0; wait = this.pacer.overallWait()) {
      await this.sleep(wait);
      if (this.stopping) return;
    }
  }

  /** Records what Telegram answered; says whether sending pauses or the chat is gone. */
  private async settle(row: OutboxRow, outcome: SendOutcome): Promise<"next" | "pause" | "chat-gone"> {
    if (outcome.ok || outcome.kind !== "unreachable") this.telegramReachable();
    if (outcome.ok) {
      try {
        await this.outbox.markSent([row.id]);
      } catch (err) {
        // Telegram has it: remembered, and marked once the store is back, never sent again.
        this.unrecorded.set(row.id, row.chatId);
        throw err;
      }
      this.sent(row.id, row.chatId);
      return "next";
    }
    switch (outcome.kind) {
      case "unreachable":
        // Not this row's fault: it stays pending, untouched, and is the first one tried again
        // (its chat's turn is given back: nothing reached Telegram).
        this.pacer.refund(row.chatId);
        this.telegramUnreachable(outcome.error);
        return "pause";
      case "rate-limited":
        // The row stays pending; the next batch starts from it again, after the pause.
        this.stats.rateLimited++;
        this.pacer.pause(outcome.retryAfter * 1000);
        this.onEvent({ type: "rate-limited", retryAfter: outcome.retryAfter });
        return "pause";
      case "blocked":
        await this.outbox.skipChat(row.chatId, outcome.error);
        this.stats.blocked++;
        this.onEvent({ type: "blocked", chatId: row.chatId });
        return "chat-gone";
      default:
        await this.retryOrFail(row, outcome.kind === "transient", outcome.error);
        return "next";
    }
  }

  private telegramUnreachable(error: string): void {
    const now = performance.now();
    this.unreachable ??= { since: now, failures: 0, reported: Number.NEGATIVE_INFINITY };
    const down = this.unreachable;
    down.failures++;
    if (now - down.reported >= 60_000) {
      down.reported = now;
      this.onEvent({ type: "telegram-unreachable", error, downMs: now - down.since });
    }
    this.pacer.pause(this.outageDelay(down.failures));
  }

  private telegramReachable(): void {
    if (!this.unreachable) return;
    const downMs = performance.now() - this.unreachable.since;
    this.unreachable = null;
    this.onEvent({ type: "telegram-reachable", downMs });
  }

  /** A permanent refusal ends the row; a 5xx waits (capped backoff) and tries again, however often. */
  private async retryOrFail(row: OutboxRow, transient: boolean, error: string): Promise<void> {
    const attempts = row.attempts + 1;
    if (!transient) {
      await this.outbox.fail(row.id, attempts, error);
      this.stats.failed++;
      this.onEvent({ type: "failed", id: row.id, chatId: row.chatId, error });
      return;
    }
    const delay = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** Math.min(attempts - 1, 20));
    await this.outbox.retryLater(row.id, attempts, error, delay);
    this.stats.retried++;
    this.onEvent({ type: "retry", id: row.id, chatId: row.chatId, attempts, error });
  }
}
