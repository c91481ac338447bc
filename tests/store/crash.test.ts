import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../store/db.js";
import { openStore } from "../../store/runtime.js";
import { dropSchema, freshSchema, range, seedOutbox, TEST_DATABASE_URL, waitFor } from "./helpers.js";
import { spawnChild } from "./processes.js";
import { StubBotApi } from "./stub-bot-api.js";

const SUBSCRIBERS = 80;

interface Target {
  env: Record<string, string | undefined>;
  open: () => Promise<Db>;
  cleanup: () => Promise<void>;
}

function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), "crash-"));
  return {
    env: { DATA_DIR: dir },
    open: async () => (await openStore({ dataDir: dir, role: "cli" })).db,
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresTarget(): Target {
  const schema = freshSchema();
  return {
    env: { DATABASE_URL: TEST_DATABASE_URL, SCHEMA: schema },
    open: async () => (await openStore({ databaseUrl: TEST_DATABASE_URL, schema })).db,
    cleanup: () => dropSchema(schema),
  };
}

const targets = [
  { name: "pglite", make: pgliteTarget },
  ...(TEST_DATABASE_URL ? [{ name: "postgres", make: postgresTarget }] : []),
];

describe.each(targets)("a broadcaster killed mid-run and restarted ($name)", ({ make }) => {
  let target: Target;
  let stub: StubBotApi;
  let apiRoot: string;
  beforeEach(async () => {
    target = make();
    stub = new StubBotApi();
    apiRoot = await stub.listen();
  });
  afterEach(async () => {
    await stub.close();
    await target.cleanup();
  });

  it("delivers to every subscriber exactly once, but for the one message in flight at each crash", async () => {
    const chats = range(1000, SUBSCRIBERS);
    const db = await target.open();
    await seedOutbox(db, 1, chats);
    await db.close();
    const env = { ...target.env, API_ROOT: apiRoot, MODE: "drain" };

    // Crash 1: SIGKILL while the 25th message is in flight (Telegram has it, the process never hears back).
    const first = spawnChild(env);
    let inFlight: number | null = null;
    stub.onDelivery = (d) => {
      if (stub.deliveries.length === 25) {
        inFlight = d.chatId;
        first.proc.kill("SIGKILL");
      }
    };
    expect(await first.exited).toBeNull();
    stub.onDelivery = null;
    expect(stub.deliveries.length).toBe(25);

    // Crash 2: SIGKILL at an arbitrary moment (most likely while pacing or writing to the store).
    const second = spawnChild(env);
    await waitFor(() => stub.deliveries.length >= 45, 30_000, "the second run's deliveries");
    await new Promise((r) => setTimeout(r, 137));
    second.proc.kill("SIGKILL");
    await second.exited;

    const third = spawnChild(env);
    expect(await third.exited, third.stderr()).toBe(0);

    const counts = new Map<number, number>();
    for (const d of stub.deliveries) counts.set(d.chatId, (counts.get(d.chatId) ?? 0) + 1);
    expect(chats.filter((c) => !counts.has(c))).toEqual([]);
    const twice = [...counts].filter(([, n]) => n > 1).map(([c]) => c);
    // The first crash's in-flight message repeats; the second crash may repeat one more.
    expect(twice).toContain(inFlight);
    expect(twice.length).toBeLessThanOrEqual(2);
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    expect(stub.tooMany).toBe(0);

    const after = await target.open();
    try {
      const rows = await after.query<{ status: string; n: number }>(
        "SELECT status, count(*) AS n FROM outbox GROUP BY status",
      );
      expect(rows).toEqual([{ status: "sent", n: SUBSCRIBERS }]);
    } finally {
      await after.close();
    }
  }, 90_000);
});
