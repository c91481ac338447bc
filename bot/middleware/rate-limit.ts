import type { MiddlewareFn } from "grammy";
import { sharedBuckets, type Take } from "../../store/limits.js";
import { TokenBucket } from "../../store/pacing.js";
import type { Store } from "../../store/runtime.js";
import type { BotContext } from "../context.js";
import { isForBot } from "./addressing.js";

export interface UserLimit {
  /** Updates a user may send in a burst, and per `windowMs` after it. */
  max: number;
  windowMs: number;
}

/** Takes one of a user's tokens: `allowed` to go on, `notify` on the first refusal since. */
export interface UserLimiter {
  take(user: number): Promise<Take>;
}

/**
 * A per-user token bucket in this process: a burst of up to `max` updates, then `max` per
 * `windowMs` spread evenly, so no window boundary lets a double burst through (the fixed window of
 * @grammyjs/ratelimiter did).
 */
export function memoryLimiter(limit: UserLimit): UserLimiter {
  const buckets = new Map<number, { bucket: TokenBucket; noticed: boolean }>();
  const rate = (limit.max * 1000) / limit.windowMs;
  return {
    async take(user) {
      let entry = buckets.get(user);
      if (!entry) {
        // Full buckets carry no information: forgotten when the map grows large.
        if (buckets.size >= 10_000)
          for (const [id, e] of buckets) if (e.bucket.wait() === 0) buckets.delete(id);
        entry = { bucket: new TokenBucket(rate, limit.max), noticed: false };
        buckets.set(user, entry);
      }
      if (entry.bucket.wait() > 0) {
        const notify = !entry.noticed;
        entry.noticed = true;
        return { allowed: false, notify };
      }
      entry.noticed = false;
      entry.bucket.take();
      return { allowed: true, notify: false };
    },
  };
}

/**
 * The same bucket shared by every instance on one PostgreSQL server (store/limits.ts), so a user
 * whose updates a load balancer spreads over several instances gets what one instance would give.
 * While the server cannot answer, this instance's own buckets stand in (answers go on).
 */
export function sharedLimiter(limit: UserLimit, store: Store): UserLimiter {
  const shared = sharedBuckets(store.db, "user", {
    rate: (limit.max * 1000) / limit.windowMs,
    capacity: limit.max,
  });
  const local = memoryLimiter(limit);
  return {
    take: (user) => (store.db.health.up ? shared.take(user).catch(() => local.take(user)) : local.take(user)),
  };
}

/** The limiter for this bot: shared on a PostgreSQL server, else (PGlite: one process) in memory. */
export function userLimiter(limit: UserLimit, store?: Store): UserLimiter {
  return store?.db.engine === "postgres" ? sharedLimiter(limit, store) : memoryLimiter(limit);
}

/**
 * The per-user limit. Every kind of update a user sends the bot counts: messages and commands
 * addressed to it, button presses and inline queries. The first refused update gets `onLimited`;
 * later ones are dropped silently until a token is back.
 */
export function rateLimit(
  limiter: UserLimiter,
  onLimited: (ctx: BotContext) => Promise<unknown>,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const user = ctx.from?.id;
    if (user === undefined || !isForBot(ctx)) return next();
    const { allowed, notify } = await limiter.take(user);
    if (allowed) return next();
    if (notify) await onLimited(ctx);
  };
}
