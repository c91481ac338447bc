/**
 * The shared token buckets (store/limits.ts) on PGlite and on a PostgreSQL server: a burst of
 * `capacity`, one notice at the first refusal, refill at `rate`, and on the server one bucket for
 * two instances (two pools on one schema) racing for the same user's tokens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBuckets } from "../../store/limits.js";
import { openStore } from "../../store/runtime.js";
import { ENGINES, TEST_DATABASE_URL, type TestDb } from "./helpers.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)("shared token buckets on $name", (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await engine.open();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("lets a burst of `capacity` through, then refuses, noticing only the first refusal", async () => {
    const buckets = sharedBuckets(t.db, "user", { rate: 0.001, capacity: 3 });
    const takes = [];
    for (let i = 0; i < 6; i++) takes.push(await buckets.take(1));
    expect(takes.map((x) => x.allowed)).toEqual([true, true, true, false, false, false]);
    expect(takes.map((x) => x.notify)).toEqual([false, false, false, true, false, false]);
    // Another user's bucket, and another limit's bucket for the same user, are their own.
    expect((await buckets.take(2)).allowed).toBe(true);
    expect((await sharedBuckets(t.db, "other", { rate: 0.001, capacity: 1 }).take(1)).allowed).toBe(true);
  });

  it("refills at its rate, never past its capacity, and notices again after an allowed take", async () => {
    const buckets = sharedBuckets(t.db, "refill", { rate: 1, capacity: 1 });
    expect(await buckets.take(7)).toEqual({ allowed: true, notify: false });
    expect(await buckets.take(7)).toEqual({ allowed: false, notify: true });
    await sleep(1500); // a token and a half's worth of time: one fits
    expect(await buckets.take(7)).toEqual({ allowed: true, notify: false });
  });

  it("gives exactly `capacity` tokens to 20 takes at once", async () => {
    const buckets = sharedBuckets(t.db, "race", { rate: 0.001, capacity: 5 });
    const takes = await Promise.all(Array.from({ length: 20 }, () => buckets.take(9)));
    expect(takes.filter((x) => x.allowed)).toHaveLength(5);
    expect(takes.filter((x) => x.notify)).toHaveLength(1);
  });
});

describe.skipIf(!TEST_DATABASE_URL)("one bucket for two instances on one PostgreSQL schema", () => {
  let t: TestDb;
  beforeAll(async () => {
    const server = ENGINES.find((e) => e.name === "postgres");
    if (!server) throw new Error("no server engine");
    t = await server.open();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it("a user alternating between the instances gets the same burst as on one", async () => {
    const other = await openStore({ databaseUrl: TEST_DATABASE_URL, schema: t.schema });
    try {
      const limit = { rate: 0.001, capacity: 5 };
      const [a, b] = [sharedBuckets(t.db, "user", limit), sharedBuckets(other.db, "user", limit)];
      const allowed = [];
      for (let i = 0; i < 20; i++) allowed.push((await (i % 2 ? b : a).take(42)).allowed);
      expect(allowed.filter(Boolean)).toHaveLength(5);
      const raced = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).take(43)));
      expect(raced.filter((x) => x.allowed)).toHaveLength(5);
    } finally {
      await other.close();
    }
  });
});
