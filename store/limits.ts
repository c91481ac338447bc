import type { Queryable } from "./db.js";

/**
 * Token buckets every instance on one PostgreSQL server shares (migration 5): the same bucket as
 * TokenBucket (store/pacing.ts), `rate` tokens a second and at most `capacity` saved, kept in a row
 * per key. One statement refills, takes and answers, under the row's lock, on the server's clock,
 * so two instances racing for one user's last token give it to one of them, and no clock skew
 * between instances counts. Our own table rather than rate-limiter-flexible's PostgreSQL store:
 * that one counts fixed windows (a burst at each window's end and another at the next one's start
 * pass together, which is why the per-user limit became a token bucket), creates its table outside
 * our migrations and wants the raw pool, not our Db with its health tracking.
 */
export interface BucketLimit {
  /** Tokens a second. */
  rate: number;
  /** The most tokens saved up (the burst). */
  capacity: number;
}

export interface Take {
  /** A token was taken: go ahead. */
  allowed: boolean;
  /** Refused for the first time since the last allowed take (say so once, then stay quiet). */
  notify: boolean;
}

// The level the bucket has refilled to by now, from what the row saved.
const LEVEL = "least($3::float8, r.tokens + extract(epoch FROM now() - r.at) * $2::float8)";

const TAKE = `
  INSERT INTO rate_limits AS r (key, tokens, at, allowed, notify)
  VALUES ($1, $3::float8 - 1, now(), true, false)
  ON CONFLICT (key) DO UPDATE SET
    tokens = CASE WHEN ${LEVEL} >= 1 THEN ${LEVEL} - 1 ELSE ${LEVEL} END,
    at = now(),
    allowed = ${LEVEL} >= 1,
    notify = ${LEVEL} < 1 AND r.allowed
  RETURNING allowed, notify`;

/** Sweep full buckets once every this many takes (they hold nothing a fresh one would not). */
const SWEEP_EVERY = 500;

/**
 * The buckets of one limit, named `<name>:<key>` (so limits with other rates can share the table):
 * `take(key)` takes one token from the key's bucket, which starts full.
 */
export function sharedBuckets(db: Queryable, name: string, limit: BucketLimit) {
  let takes = 0;
  const refillSeconds = limit.capacity / limit.rate;
  return {
    async take(key: string | number): Promise<Take> {
      const [row] = await db.query<Take>(TAKE, [`${name}:${key}`, limit.rate, limit.capacity]);
      if (++takes % SWEEP_EVERY === 0) {
        await db.query(
          "DELETE FROM rate_limits WHERE key LIKE $1 AND at < now() - $2::float8 * interval '1 second'",
          [`${name}:%`, refillSeconds],
        );
      }
      return row ?? { allowed: true, notify: false };
    },
  };
}
