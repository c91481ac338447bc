import { performance } from "node:perf_hooks";
import { type Api, GrammyError, HttpError } from "grammy";
import { deactivateChat } from "./chats.js";
import type { Db } from "./db.js";

/** What happened to one message, as the broadcaster needs to know it. */
export type SendOutcome =
  | { ok: true }
  /** 429: wait `retryAfter` seconds, then try again. */
  | { ok: false; kind: "rate-limited"; retryAfter: number }
  /** 403: the chat blocked the bot or left. */
  | { ok: false; kind: "blocked"; error: string }
  /** 5xx or a network error: retry with backoff. */
  | { ok: false; kind: "transient"; error: string }
  /** Any other 4xx: retrying will not help. */
  | { ok: false; kind: "rejected"; error: string };

export interface Sender {
  send(chatId: number, html: string): Promise<SendOutcome>;
}

/** Classifies what a Bot API call threw. */
export function classifySendError(err: unknown): Exclude<SendOutcome, { ok: true }> {
  if (err instanceof GrammyError) {
    const error = `${err.error_code}: ${err.description}`;
    if (err.error_code === 429)
      return { ok: false, kind: "rate-limited", retryAfter: err.parameters.retry_after ?? 1 };
    if (err.error_code === 403) return { ok: false, kind: "blocked", error };
    if (err.error_code >= 500) return { ok: false, kind: "transient", error };
    return { ok: false, kind: "rejected", error };
  }
  const error = err instanceof HttpError ? err.message : String(err);
  return { ok: false, kind: "transient", error };
}

/**
 * Sends through a grammY `Api`. Give it an Api of its own (`new Api(token, { apiRoot })`), without
 * the auto-retry transformer, so 429s and 5xx reach the broadcaster's own pacing and backoff.
 */
export function telegramSender(api: Api): Sender {
  return {
    async send(chatId, html) {
      try {
        await api.sendMessage(chatId, html, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
        return { ok: true };
      } catch (err) {
        return classifySendError(err);
      }
    },
  };
}

/** A token bucket: `rate` tokens a second, at most `capacity` saved up. */
export class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(
    private readonly rate: number,
    private readonly capacity: number,
  ) {
    this.tokens = capacity;
  }

  private refill(now: number) {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.rate) / 1000);
    this.last = now;
  }

  /** Milliseconds until a token is available (0: now). */
  wait(now = performance.now()): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.rate;
  }

  take(now = performance.now()): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Drops saved tokens, e.g. after a 429, so sending resumes at the steady rate. */
  drain(): void {
    this.tokens = 0;
    this.last = performance.now();
  }
}

export type BroadcastEvent =
  | { type: "sent"; id: number; chatId: number }
  | { type: "rate-limited"; retryAfter: number }
  | { type: "blocked"; chatId: number }
  | { type: "retry"; id: number; chatId: number; attempts: number; error: string }
  | { type: "failed"; id: number; chatId: number; error: string };

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
  /** Backoff for 5xx and network errors: base · 2^(attempts-1), capped; then the row fails. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  maxAttempts?: number;
  onEvent?: (event: BroadcastEvent) => void;
}

export interface BroadcastStats {
  sent: number;
  rateLimited: number;
  blocked: number;
  retried: number;
  failed: number;
}

interface OutboxRow {
  id: number;
  chat_id: number;
  text: string;
  attempts: number;
}

/**
 * Drains the outbox in id order within the rate limits. Crash-safe: each row is marked sent right
 * after its send succeeds and only one message is in flight, so a restart resumes the pending
 * rows and at most that one message can be sent twice.
 */
export class Broadcaster {
  readonly stats: BroadcastStats = { sent: 0, rateLimited: 0, blocked: 0, retried: 0, failed: 0 };
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
      backoffMaxMs: options.backoffMaxMs ?? 5 * 60_000,
      maxAttempts: options.maxAttempts ?? 8,
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

  private async loop(untilIdle: boolean): Promise<void> {
    await this.afterPreviousSends();
    while (!this.stopping) {
      const rows = await this.db.query<OutboxRow>(
        `SELECT id, chat_id, text, attempts FROM outbox
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY id LIMIT $1`,
        [this.o.batchSize],
      );
      if (rows.length === 0) {
        const due = await this.nextDueInMs();
        if (due === null && untilIdle) return;
        await this.sleep(Math.min(due ?? this.o.idleMs, this.o.idleMs));
        continue;
      }
      const soonest = await this.sendBatch(rows);
      if (soonest > 0) await this.sleep(soonest);
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
      const outcome = await this.sender.send(row.chat_id, row.text);
      progressed = true;
      if (outcome.ok) {
        await this.db.query(
          "UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL WHERE id = $1",
          [row.id],
        );
        this.stats.sent++;
        this.onEvent({ type: "sent", id: row.id, chatId: row.chat_id });
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

  private async retryOrFail(row: OutboxRow, transient: boolean, error: string): Promise<void> {
    const attempts = row.attempts + 1;
    if (!transient || attempts >= this.o.maxAttempts) {
      await this.db.query("UPDATE outbox SET status = 'failed', attempts = $2, error = $3 WHERE id = $1", [
        row.id,
        attempts,
        error,
      ]);
      this.stats.failed++;
      this.onEvent({ type: "failed", id: row.id, chatId: row.chat_id, error });
      return;
    }
    const delay = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** (attempts - 1));
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
