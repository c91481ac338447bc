/**
 * The Bot API unreachable for longer than the old give-up time (8 attempts, base · 127): the
 * broadcaster on a real store (PGlite; PostgreSQL too with TEST_DATABASE_URL) sends through a real
 * grammY Api to a stub Bot API whose port refuses connections during the outage. Backoffs are
 * scaled down so the test is short; the old give-up at the same base would be 20 ms · 127 ≈ 2.5 s.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { telegramSender } from "../../bot/run/sender.js";
import { type BroadcastEvent, Broadcaster } from "../../store/broadcaster.js";
import { openStore } from "../../store/runtime.js";
import { ENGINES, range, seedOutbox, type TestDb, waitFor } from "../store/helpers.js";
import { eventsOf, spawnChild } from "../store/processes.js";
import { StubBotApi } from "../store/stub-bot-api.js";

const BASE_MS = 20;
const OLD_GIVE_UP_MS = BASE_MS * 127;
const OUTAGE_MS = 3500;

describe.each(ENGINES)("a Telegram outage longer than the old give-up ($name)", (engine) => {
  let handle: TestDb;
  let stub: StubBotApi;
  let apiRoot: string;
  beforeEach(async () => {
    handle = await engine.open();
    stub = new StubBotApi();
    apiRoot = await stub.listen();
  });
  afterEach(async () => {
    await stub.close().catch(() => {});
    await handle.cleanup();
  });

  it("keeps every row pending through it, then delivers each once at full rate within moments", async () => {
    const { db } = handle;
    const chats = range(7000, 20);
    await seedOutbox(db, 1, chats);
    await stub.down();
    const events: BroadcastEvent[] = [];
    const b = new Broadcaster({
      db,
      sender: telegramSender(new Api("123:outage", { apiRoot })),
      idleMs: 50,
      backoffBaseMs: BASE_MS,
      outageRetryMaxMs: 200,
      onEvent: (e) => events.push(e),
    });
    b.start();
    try {
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      expect(OUTAGE_MS).toBeGreaterThan(OLD_GIVE_UP_MS);
      const rows = await db.query<{ status: string; attempts: number }>(
        "SELECT status, attempts FROM outbox",
      );
      expect(rows.every((r) => r.status === "pending" && r.attempts === 0)).toBe(true);
      expect(events.filter((e) => e.type === "telegram-unreachable")).toHaveLength(1);

      await stub.up();
      const upAt = performance.now();
      await waitFor(() => stub.deliveries.length === chats.length, 10_000, "every notification");
      const first = (stub.deliveries[0]?.at as number) - upAt;
      const all = (stub.deliveries.at(-1)?.at as number) - upAt;
      console.info(
        `Telegram outage of ${OUTAGE_MS} ms: first notification ${Math.round(first)} ms after it ended, all ${chats.length} after ${Math.round(all)} ms`,
      );
      expect(first).toBeLessThan(1000);
      // 20 messages at 29/s: the broadcaster is back at full rate, not crawling through backoffs.
      expect(all).toBeLessThan(first + 1500);
      expect(stub.deliveries.map((d) => d.chatId)).toEqual(chats);
      expect(events.filter((e) => e.type === "telegram-reachable")).toHaveLength(1);
      expect(events.some((e) => e.type === "failed" || e.type === "expired")).toBe(false);
    } finally {
      await b.stop();
    }
    const [sent] = await db.query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM outbox WHERE status = 'sent' AND attempts = 1",
    );
    expect(sent?.n).toBe(chats.length);
  }, 30_000);
});

describe("a broadcaster killed with SIGKILL during a Telegram outage (pglite)", () => {
  let dir: string;
  let stub: StubBotApi;
  let apiRoot: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "tg-outage-"));
    stub = new StubBotApi();
    apiRoot = await stub.listen();
  });
  afterEach(async () => {
    await stub.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses nothing: the restarted process delivers every row exactly once after the outage", async () => {
    const chats = range(8000, 30);
    const db = (await openStore({ dataDir: dir, role: "cli" })).db;
    await seedOutbox(db, 1, chats);
    await db.close();
    const env = { DATA_DIR: dir, API_ROOT: apiRoot, MODE: "drain" };

    // Some delivered, then the outage (cutting the 10th message's answer: Telegram has it, the
    // child never hears back), then SIGKILL while the child waits the outage out.
    const first = spawnChild(env);
    let inFlight: number | null = null;
    stub.onDelivery = (d) => {
      if (stub.deliveries.length === 10) {
        inFlight = d.chatId;
        void stub.down();
      }
    };
    await waitFor(
      () => eventsOf(first, "telegram-unreachable").length > 0,
      20_000,
      "the child to see the outage",
    );
    first.proc.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    stub.onDelivery = null;
    expect(stub.deliveries.length).toBe(10);

    await stub.up();
    const upAt = performance.now();
    const second = spawnChild(env);
    expect(await second.exited, second.stderr()).toBe(0);
    console.info(
      `SIGKILL during a Telegram outage: the restarted process delivered the rest within ${Math.round((stub.deliveries.at(-1)?.at as number) - upAt)} ms (including its start)`,
    );
    const counts = new Map<number, number>();
    for (const d of stub.deliveries) counts.set(d.chatId, (counts.get(d.chatId) ?? 0) + 1);
    // Only the message in flight when the outage began is repeated.
    expect(chats.map((c) => counts.get(c))).toEqual(chats.map((c) => (c === inFlight ? 2 : 1)));
    const after = (await openStore({ dataDir: dir, role: "cli" })).db;
    try {
      expect(await after.query("SELECT status, count(*)::integer AS n FROM outbox GROUP BY status")).toEqual([
        { status: "sent", n: chats.length },
      ]);
    } finally {
      await after.close();
    }
  }, 60_000);
});
