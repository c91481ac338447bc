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

  /** Milliseconds until a token is available (0: now). */
  wait(now = performance.now()): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) * 1000) / this.rate;
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
 * Telegram's limits for one sender: an overall rate with no bursts, a minimum gap per chat, and
 * pauses (a 429's retry_after, an outage) after which sending resumes at the steady rate.
 */
export class Pacer {
  private readonly overall: TokenBucket;
  private readonly chats = new Map<number, TokenBucket>();
  private pausedUntil = 0;
  private resumeSteadily = false;

  constructor(
    ratePerSecond: number,
    private readonly perChatIntervalMs: number,
  ) {
    // No bursts: any one-second window holds at most rate + 1.2 messages (30 at 29/s). The 0.2
    // spare absorbs timer overshoot, which a capacity of exactly 1 would lose on every message.
    this.overall = new TokenBucket(ratePerSecond, 1.2);
  }

  /** Milliseconds until this chat may be sent its next message (0: now). */
  chatWait(chatId: number): number {
    return this.chat(chatId).wait();
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
  }

  /** The message never reached Telegram: the chat's turn is given back. */
  refund(chatId: number): void {
    this.chat(chatId).refund();
  }

  /** Nothing goes out for `ms` (a 429's retry_after, an outage's backoff). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, performance.now() + ms);
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
    if (this.chats.size < 10_000) return;
    for (const [id, bucket] of this.chats) if (bucket.wait() === 0) this.chats.delete(id);
  }
}
