/**
 * The per-user limit shared by every instance (store/limits.ts) on a PostgreSQL server: what one
 * take costs an update (one statement, one round trip), alone and with 50 updates in flight.
 * Needs TEST_DATABASE_URL; on PGlite the limit stays in memory and costs microseconds.
 */
import { randomBytes } from "node:crypto";
import { sharedBuckets } from "../../store/limits.js";
import { openStore } from "../../store/runtime.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const AREA = "limits";
const TAKES = 3000;
const WARMUP = 300;
const IN_FLIGHT = 50;
const USERS = 1000;

export const bench: Bench = async () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return [{ area: AREA, metric: "skipped: set TEST_DATABASE_URL", value: Number.NaN, unit: "" }];
  const schema = `bench_limits_${randomBytes(4).toString("hex")}`;
  const store = await openStore({ databaseUrl: url, schema });
  try {
    // The bot's default: 5 updates per 10 s; here a limit nobody reaches, so every take is allowed.
    const buckets = sharedBuckets(store.db, "user", { rate: 1e6, capacity: 1e6 });
    let user = 0;
    const take = async () => {
      const t = performance.now();
      await buckets.take(user++ % USERS);
      return performance.now() - t;
    };
    for (let i = 0; i < WARMUP; i++) await take();
    // The floor: one round trip that does nothing, on the same pool.
    const roundTrips: number[] = [];
    for (let i = 0; i < TAKES; i++) {
      const t = performance.now();
      await store.db.query("SELECT 1");
      roundTrips.push(performance.now() - t);
    }
    const alone: number[] = [];
    for (let i = 0; i < TAKES; i++) alone.push(await take());
    const together: number[] = [];
    for (let i = 0; i < TAKES; i += IN_FLIGHT)
      together.push(...(await Promise.all(Array.from({ length: IN_FLIGHT }, take))));
    const rows: BenchRow[] = [
      {
        area: AREA,
        metric: "shared per-user limit on PostgreSQL: one take, median",
        value: median(alone),
        unit: "ms",
        target: "<= 1 ms",
        ok: median(alone) <= 1,
        note: `${TAKES} takes one after another, ${USERS} users; p95 ${percentile(alone, 95).toFixed(2)} ms`,
      },
      {
        area: AREA,
        metric: "a bare round trip (SELECT 1) on the same pool, median",
        value: median(roundTrips),
        unit: "ms",
        note: "what any statement costs on this machine now",
      },
      {
        area: AREA,
        metric: `shared per-user limit on PostgreSQL: ${IN_FLIGHT} in flight, median`,
        value: median(together),
        unit: "ms",
        note: `p95 ${percentile(together, 95).toFixed(2)} ms; the pool has 5 connections`,
      },
    ];
    return rows;
  } finally {
    await store.db.query(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
  }
};
