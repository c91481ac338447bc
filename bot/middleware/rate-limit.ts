import type { MiddlewareFn } from "grammy";
import { TokenBucket } from "../../store/pacing.js";
import type { BotContext } from "../context.js";
import { isForBot } from "./addressing.js";

/**
 * A per-user token bucket: a burst of up to `max` messages, then `max` per `windowMs` spread evenly,
 * so no window boundary lets a double burst through (the fixed window of @grammyjs/ratelimiter
 * did). Only updates addressed to the bot count. The first refused update gets `onLimited`; later
 * ones are dropped silently until a token is back.
 */
export function rateLimit(
  limit: { max: number; windowMs: number },
  onLimited: (ctx: BotContext) => Promise<unknown>,
): MiddlewareFn<BotContext> {
  const buckets = new Map<number, { bucket: TokenBucket; noticed: boolean }>();
  const rate = (limit.max * 1000) / limit.windowMs;
  return async (ctx, next) => {
    const user = ctx.from?.id;
    if (user === undefined || !isForBot(ctx)) return next();
    let entry = buckets.get(user);
    if (!entry) {
      // Full buckets carry no information: forgotten when the map grows large.
      if (buckets.size >= 10_000)
        for (const [id, e] of buckets) if (e.bucket.wait() === 0) buckets.delete(id);
      entry = { bucket: new TokenBucket(rate, limit.max), noticed: false };
      buckets.set(user, entry);
    }
    if (entry.bucket.wait() > 0) {
      if (entry.noticed) return;
      entry.noticed = true;
      await onLimited(ctx);
      return;
    }
    entry.noticed = false;
    entry.bucket.take();
    return next();
  };
}
