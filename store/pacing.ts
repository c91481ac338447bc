import { performance } from "node:perf_hooks";

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

  /**
   * Milliseconds until a token is available (0: now). With an `overdraft`, a taker may run that
   * many tokens into debt, which later takers without one wait to be paid back.
   */
  wait(now = performance.now(), overdraft = 0): number {
    this.refill(now);
    const short = 1 - overdraft - this.tokens;
    return short <= 0 ? 0 : (short * 1000) / this.rate;
  }

  take(now = performance.now()): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Gives back a token whose message never reached Telegram. */
  refund(): void {
    this.tokens = Math.min(this.capacity, this.tokens + 1);
  }

  /** Drops saved tokens, e.g. after a 429, so sending resumes at the steady rate. */
  drain(): void {
    this.tokens = 0;
    this.last = performance.now();
  }
}

/**
 * How far answers may run ahead of the steady rates: about a second's worth overall, three
 * messages in one chat (an answer in parts). Telegram allows such short bursts; notifications
 * never burst, and wait for an answers' burst to be paid back.
 */
export const ANSWER_OVERDRAFT = { overall: 30, chat: 2 } as const;
/** Telegram: at most 20 messages a minute in one group. */
const GROUP_PER_MINUTE = 20;

/**
 * Telegram's limits for the bot, in one place for every message it sends (bot/middleware/outgoing.ts
 * paces answers, store/broadcaster.ts notifications, sharing one Pacer): an overall rate, a minimum
 * gap per chat, 20 a minute per group, and pauses (a 429's retry_after, an outage) after which
 * sending resumes at the steady rate. Notifications go at the steady rates with no bursts; answers
 * go first and may burst a little (ANSWER_OVERDRAFT), so a broadcast never delays an answer.
 */
export class Pacer {
  private readonly overall: TokenBucket;
  private readonly chats = new Map<number, TokenBucket>();
  private readonly groups = new Map<number, TokenBucket>();
  private pausedUntil = 0;
  private resumeSteadily = false;

  constructor(
    ratePerSecond = 29,
    private readonly perChatIntervalMs = 1050,
  ) {
    // No bursts: any one-second window holds at most rate + 1.2 messages (30 at 29/s). The 0.2
    // spare absorbs timer overshoot, which a capacity of exactly 1 would lose on every message.
    this.overall = new TokenBucket(ratePerSecond, 1.2);
  }

  /** Milliseconds until this chat (and, for negative ids, its group's minute) may be sent its next message (0: now). */
  chatWait(chatId: number): number {
    return Math.max(this.chat(chatId).wait(), chatId < 0 ? this.group(chatId).wait() : 0);
  }

  /** Milliseconds until the next message may go at all (a pause, else the overall rate; 0: now). */
  overallWait(now = performance.now()): number {
    const paused = this.pausedUntil - now;
    if (paused > 0) {
      this.resumeSteadily = true;
      return paused;
    }
    // Tokens saved up during a pause would come out as a burst.
    if (this.resumeSteadily) this.overall.drain();
    this.resumeSteadily = false;
    return this.overall.wait(now);
  }

  /** A message to this chat is going out now. */
  take(chatId: number): void {
    this.overall.take();
    this.chat(chatId).take();
    if (chatId < 0) this.group(chatId).take();
  }

  /**
   * Milliseconds until an answer may go to this chat (0: now): after a pause, within the overall
   * rate and the chat's and (negative ids) the group's, each with the answers' overdraft.
   */
  answerWait(chatId: number, now = performance.now()): number {
    return Math.max(
      this.pausedUntil - now,
      this.overall.wait(now, ANSWER_OVERDRAFT.overall),
      this.chat(chatId).wait(now, ANSWER_OVERDRAFT.chat),
      chatId < 0 ? this.group(chatId).wait(now) : 0,
    );
  }

  /** The message never reached Telegram: the chat's turn is given back. */
  refund(chatId: number): void {
    this.chat(chatId).refund();
    if (chatId < 0) this.group(chatId).refund();
  }

  /** Nothing goes out for `ms` (a 429's retry_after, an outage's backoff). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, performance.now() + ms);
  }

  private group(chatId: number): TokenBucket {
    let bucket = this.groups.get(chatId);
    if (!bucket) {
      bucket = new TokenBucket(GROUP_PER_MINUTE / 60, GROUP_PER_MINUTE);
      this.groups.set(chatId, bucket);
    }
    return bucket;
  }

  private chat(chatId: number): TokenBucket {
    let bucket = this.chats.get(chatId);
    if (!bucket) {
      bucket = new TokenBucket(1000 / this.perChatIntervalMs, 1);
      this.chats.set(chatId, bucket);
    }
    return bucket;
  }

  /** Buckets that are full again carry no information. */
  forgetIdleChats(): void {
    for (const buckets of [this.chats, this.groups]) {
      if (buckets.size < 10_000) continue;
      for (const [id, bucket] of buckets) if (bucket.wait() === 0) buckets.delete(id);
    }
  }
}
