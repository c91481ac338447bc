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
