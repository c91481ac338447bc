import { performance } from "node:perf_hooks";
import type { Lang } from "../knowledge/schema.js";
import type { ChangeSummary } from "../knowledge/versions.js";
import { deactivateChat } from "./chats.js";
import { type Db, describeError } from "./db.js";
import { TokenBucket } from "./pacing.js";

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

/**
 * What one outbox row tells its chat: the change summary filtered to the chat's topics, to be
 * worded in the chat's language; a row written before migration 6 carries its finished HTML.
 */
export type Notice = { summary: ChangeSummary; lang: Lang } | { html: string };

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

interface OutboxRow {
  id: number;
  chat_id: number;
  text: string | null;
  summary: ChangeSummary | null;
  language: Lang | null;
  attempts: number;
}

const noticeOf = (row: OutboxRow): Notice =>
  row.summary ? { summary: row.summary, lang: row.language ?? "en" } : { html: row.text ?? "" };

/**
 * Drains the outbox in id order within the rate limits. Crash-safe: each row is marked sent right
 * after its send succeeds and only one message is in flight, so a restart resumes the pending
 * rows and at most that one message can be sent twice.
 */
export class Broadcaster {
  readonly stats: BroadcastStats = { sent: 0, rateLimited: 0, blocked: 0, retried: 0, failed: 0, expired: 0 };
  private readonly db: Db;
  private readonly sender: Sender;
  private readonly global: TokenBucket;
  private readonly chats = new Map<number, TokenBucket>();
  private readonly o: Required<Omit<BroadcasterOptions, "db" | "sender" | "onEvent">>;
  private readonly onEvent: (event: BroadcastEvent) => void;
  private pausedUntil = 0;
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
    this.db = options.db;
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
    // No bursts: any one-second window holds at most rate + 1.2 messages (30 at 29/s). The 0.2
    // spare absorbs timer overshoot, which a capacity of exactly 1 would lose on every message.
    this.global = new TokenBucket(this.o.ratePerSecond, 1.2);
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
        if (!paced) await this.afterPreviousSends();
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
    const rows = await this.db.query<OutboxRow>(
      `SELECT o.id, o.chat_id, o.text, o.summary, c.language, o.attempts
         FROM outbox o JOIN chats c ON c.id = o.chat_id
        WHERE o.status = 'pending' AND o.next_attempt_at <= now()
        ORDER BY o.id LIMIT $1`,
      [this.o.batchSize],
    );
    if (rows.length === 0) {
      const due = await this.nextDueInMs();
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
    await this.db.query(
      `UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL
        WHERE id = ANY($1::bigint[]) AND status = 'pending'`,
      [ids],
    );
    for (const id of ids) {
      const chatId = this.unrecorded.get(id) as number;
      this.unrecorded.delete(id);
      this.stats.sent++;
      this.onEvent({ type: "sent", id, chatId });
    }
  }

  /** Gives up pending rows older than maxAgeMs (looked at most once a minute). */
  private async expireOld(): Promise<void> {
    const now = performance.now();
    if (this.o.maxAgeMs <= 0 || now - this.lastExpiry < 60_000) return;
    const [row] = await this.db.query<{ n: number }>(
      `WITH old AS (
         UPDATE outbox o SET status = 'failed', error = $2
           FROM knowledge_versions v
          WHERE v.n = o.version AND o.status = 'pending'
            AND v.created < now() - ($1::double precision * interval '1 millisecond')
         RETURNING o.id)
       SELECT count(*)::integer AS n FROM old`,
      [this.o.maxAgeMs, `expired: not delivered within ${Math.round(this.o.maxAgeMs / 60_000)} min`],
    );
    this.lastExpiry = now;
    const count = row?.n ?? 0;
    if (count > 0) {
      this.stats.expired += count;
      this.onEvent({ type: "expired", count });
    }
  }

  /**
   * A broadcaster taking over (after a restart, or from another instance) does not know how fast
   * its predecessor was sending: it waits until a second has passed since the last recorded send,
   * so the two together never exceed the overall limit.
   */
  private async afterPreviousSends(): Promise<void> {
    const [row] = await this.db.query<{ wait: number | null }>(
      `SELECT (1000 - extract(epoch FROM now() - max(sent_at)) * 1000)::double precision AS wait
         FROM outbox WHERE sent_at > now() - interval '1 second'`,
    );
    if (row?.wait != null && row.wait > 0) this.pausedUntil = performance.now() + row.wait;
  }

  /** Milliseconds until the next pending row (a retry after backoff) is due; null when none is pending. */
  private async nextDueInMs(): Promise<number | null> {
    const [row] = await this.db.query<{ wait: number | null }>(
      `SELECT (extract(epoch FROM min(next_attempt_at) - now()) * 1000)::double precision AS wait
         FROM outbox WHERE status = 'pending'`,
    );
    return row?.wait == null ? null : Math.max(5, row.wait);
  }

  /** Sends what it can; returns how long to wait when every row's chat was still cooling down. */
  private async sendBatch(rows: OutboxRow[]): Promise<number> {
    const blocked = new Set<number>();
    let progressed = false;
    let soonest = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      if (this.stopping) return 0;
      if (blocked.has(row.chat_id)) continue;
      const chat = this.chatBucket(row.chat_id);
      const chatWait = chat.wait();
      if (chatWait > 0) {
        soonest = Math.min(soonest, chatWait);
        continue;
      }
      await this.acquireGlobal();
      if (this.stopping) return 0;
      chat.take();
      const outcome = await this.sender.send(row.chat_id, noticeOf(row));
      progressed = true;
      if (outcome.ok || outcome.kind !== "unreachable") this.telegramReachable();
      if (outcome.ok) {
        try {
          await this.db.query(
            "UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1",
            [row.id],
          );
        } catch (err) {
          // Telegram has it: remembered, and marked once the store is back, never sent again.
          this.unrecorded.set(row.id, row.chat_id);
          throw err;
        }
        this.stats.sent++;
        this.onEvent({ type: "sent", id: row.id, chatId: row.chat_id });
      } else if (outcome.kind === "unreachable") {
        // Not this row's fault: it stays pending, untouched, and is the first one tried again
        // (its chat's token is given back: nothing reached Telegram).
        chat.refund();
        const now = performance.now();
        this.unreachable ??= { since: now, failures: 0, reported: Number.NEGATIVE_INFINITY };
        const down = this.unreachable;
        down.failures++;
        if (now - down.reported >= 60_000) {
          down.reported = now;
          this.onEvent({ type: "telegram-unreachable", error: outcome.error, downMs: now - down.since });
        }
        this.pausedUntil = performance.now() + this.outageDelay(down.failures);
        return 0;
      } else if (outcome.kind === "rate-limited") {
        this.stats.rateLimited++;
        this.pausedUntil = performance.now() + outcome.retryAfter * 1000;
        this.onEvent({ type: "rate-limited", retryAfter: outcome.retryAfter });
        // The row stays pending; the next batch starts from it again, after the pause.
        return 0;
      } else if (outcome.kind === "blocked") {
        blocked.add(row.chat_id);
        await this.block(row.chat_id, outcome.error);
      } else {
        await this.retryOrFail(row, outcome.kind === "transient", outcome.error);
      }
    }
    this.forgetIdleChats();
    return progressed ? 0 : Number.isFinite(soonest) ? soonest : this.o.idleMs;
  }

  private async acquireGlobal(): Promise<void> {
    for (;;) {
      const paused = this.pausedUntil - performance.now();
      if (paused > 0) {
        await this.sleep(paused);
        this.global.drain();
      } else {
        const wait = this.global.wait();
        if (wait <= 0) break;
        await this.sleep(wait);
      }
      if (this.stopping) return;
    }
    this.global.take();
  }

  private chatBucket(chatId: number): TokenBucket {
    let bucket = this.chats.get(chatId);
    if (!bucket) {
      bucket = new TokenBucket(1000 / this.o.perChatIntervalMs, 1);
      this.chats.set(chatId, bucket);
    }
    return bucket;
  }

  /** Buckets that are full again carry no information. */
  private forgetIdleChats(): void {
    if (this.chats.size < 10_000) return;
    for (const [id, bucket] of this.chats) if (bucket.wait() === 0) this.chats.delete(id);
  }

  private async block(chatId: number, error: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await deactivateChat(tx, chatId);
      await tx.query(
        "UPDATE outbox SET status = 'skipped', error = $2, attempts = attempts + 1 WHERE chat_id = $1 AND status = 'pending'",
        [chatId, error],
      );
    });
    this.stats.blocked++;
    this.onEvent({ type: "blocked", chatId });
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
      await this.db.query("UPDATE outbox SET status = 'failed', attempts = $2, error = $3 WHERE id = $1", [
        row.id,
        attempts,
        error,
      ]);
      this.stats.failed++;
      this.onEvent({ type: "failed", id: row.id, chatId: row.chat_id, error });
      return;
    }
    const delay = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** Math.min(attempts - 1, 20));
    await this.db.query(
      `UPDATE outbox SET attempts = $2, error = $3,
              next_attempt_at = now() + ($4::double precision * interval '1 millisecond')
        WHERE id = $1`,
      [row.id, attempts, error, delay],
    );
    this.stats.retried++;
    this.onEvent({ type: "retry", id: row.id, chatId: row.chat_id, attempts, error });
  }
}
