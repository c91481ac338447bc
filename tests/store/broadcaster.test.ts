import { Api } from "grammy";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { telegramSender } from "../../bot/run/sender.js";
import { Broadcaster, type BroadcasterOptions } from "../../store/broadcaster.js";
import { getChat } from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { ENGINES, range, seedOutbox, useTestDb } from "./helpers.js";
import { StubBotApi } from "./stub-bot-api.js";

/**
 * The broadcaster against a stub Bot API (Telegram cannot be reached from tests) through a real
 * grammY `Api` with `client.apiRoot` pointing at the stub.
 */
describe.each(ENGINES)("outbox broadcaster on $name", (engine) => {
  const database = useTestDb(engine);
  let db: Db;
  let stub: StubBotApi;
  let apiRoot: string;
  let nextChat = 1;
  beforeAll(() => {
    db = database();
  });
  beforeEach(async () => {
    await db.query("DELETE FROM outbox");
    stub = new StubBotApi();
    apiRoot = await stub.listen();
  });
  afterEach(() => stub.close());

  const broadcaster = (options: Partial<BroadcasterOptions> = {}) =>
    new Broadcaster({
      db,
      sender: telegramSender(new Api("123:test", { apiRoot })),
      idleMs: 50,
      ...options,
    });
  const chats = (n: number) => {
    const ids = range(nextChat, n);
    nextChat += n;
    return ids;
  };
  const statuses = async () =>
    Object.fromEntries(
      (
        await db.query<{ status: string; n: number }>(
          "SELECT status, count(*) AS n FROM outbox GROUP BY status",
        )
      ).map((r) => [r.status, r.n]),
    );

  it("delivers every row once, in order, under 30 messages a second with no 429", async () => {
    const ids = chats(60);
    await seedOutbox(db, 1, ids);
    const started = performance.now();
    const b = broadcaster();
    await b.drain();
    const seconds = (performance.now() - started) / 1000;
    expect(stub.deliveries.map((d) => d.chatId)).toEqual(ids);
    expect(stub.tooMany).toBe(0);
    expect(stub.peakPerSecond()).toBeLessThanOrEqual(30);
    // 60 messages at 29/s take about 2 s: clearly paced, and not much slower than the limit.
    expect(seconds).toBeGreaterThan(1.7);
    expect(seconds).toBeLessThan(3.5);
    expect(await statuses()).toEqual({ sent: 60 });
    const [sent] = await db.query<{ n: number }>(
      "SELECT count(*) AS n FROM outbox WHERE sent_at IS NOT NULL AND attempts = 1 AND error IS NULL",
    );
    expect(sent?.n).toBe(60);
  });

  it("waits retry_after on a 429 before sending again, and still delivers everything once", async () => {
    const ids = chats(45);
    await seedOutbox(db, 1, ids);
    const b = broadcaster({ ratePerSecond: 80 });
    await b.drain();
    expect(b.stats.rateLimited).toBeGreaterThan(0);
    expect(stub.tooMany).toBe(b.stats.rateLimited);
    for (const [i, entry] of stub.log.entries()) {
      const next = stub.log[i + 1];
      if (entry.status === 429 && next) expect(next.at - entry.at).toBeGreaterThanOrEqual(990);
    }
    expect(ids.map((id) => stub.countFor(id))).toEqual(ids.map(() => 1));
    expect(await statuses()).toEqual({ sent: 45 });
  });

  it("keeps one message a second per chat", async () => {
    const [a, b] = chats(2) as [number, number];
    await seedOutbox(db, 1, [a, b]);
    await seedOutbox(db, 2, [a, b]);
    await seedOutbox(db, 3, [a]);
    await broadcaster().drain();
    expect(stub.tooMany).toBe(0);
    const times = stub.deliveries.filter((d) => d.chatId === a).map((d) => d.at);
    expect(times).toHaveLength(3);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(1000);
    expect((times[2] as number) - (times[1] as number)).toBeGreaterThanOrEqual(1000);
    expect(stub.deliveries.filter((d) => d.chatId === a).map((d) => d.text)).toEqual([
      `update 1 for ${a}`,
      `update 2 for ${a}`,
      `update 3 for ${a}`,
    ]);
  });

  it("deactivates a chat on 403 and skips its rows, without stopping the others", async () => {
    const ids = chats(6);
    const [blocked] = ids as [number];
    stub.blocked.add(blocked);
    await seedOutbox(db, 1, ids);
    await seedOutbox(db, 2, [blocked]);
    const b = broadcaster();
    await b.drain();
    expect(stub.log.filter((e) => e.chatId === blocked).map((e) => e.status)).toEqual([403]);
    expect(await getChat(db, blocked)).toMatchObject({ active: false, blockedAt: expect.any(Date) });
    expect(await statuses()).toEqual({ sent: 5, skipped: 2 });
    expect(stub.deliveries.map((d) => d.chatId)).toEqual(ids.slice(1));
  });

  it("retries 5xx with capped exponential backoff and never gives the row up", async () => {
    const [flaky, broken, fine] = chats(3) as [number, number, number];
    stub.failing.set(flaky, 2);
    // More failures than the old give-up (8 attempts) allowed.
    stub.failing.set(broken, 9);
    await seedOutbox(db, 1, [flaky, broken, fine]);
    // No per-chat gap here, so the retries' timing is the backoff's alone.
    stub.perChatGapMs = 0;
    const b = broadcaster({ backoffBaseMs: 50, backoffMaxMs: 200, perChatIntervalMs: 1 });
    await b.drain();
    expect(stub.countFor(flaky)).toBe(1);
    expect(stub.countFor(broken)).toBe(1);
    expect(stub.countFor(fine)).toBe(1);
    const rows = await db.query<{ chat_id: number; status: string; attempts: number; error: string | null }>(
      "SELECT chat_id, status, attempts, error FROM outbox ORDER BY chat_id",
    );
    expect(rows).toEqual([
      { chat_id: flaky, status: "sent", attempts: 3, error: null },
      { chat_id: broken, status: "sent", attempts: 10, error: null },
      { chat_id: fine, status: "sent", attempts: 1, error: null },
    ]);
    // Backoff doubles, 50, 100, 200 ms between the broken chat's attempts, then stays at the cap.
    const tries = stub.log.filter((e) => e.chatId === broken).map((e) => e.at);
    const gaps = tries.slice(1).map((t, i) => t - (tries[i] as number));
    expect(gaps).toHaveLength(9);
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
    expect(gaps[2]).toBeGreaterThanOrEqual(195);
    for (const gap of gaps.slice(3)) {
      expect(gap).toBeGreaterThanOrEqual(195);
      expect(gap).toBeLessThan(600);
    }
  });

  it("ends a row only on a permanent answer: 400 chat not found deactivates, another 400 fails", async () => {
    const [gone, refused, fine] = chats(3) as [number, number, number];
    stub.answers.set(gone, { status: 400, description: "Bad Request: chat not found" });
    stub.answers.set(refused, { status: 400, description: "Bad Request: message is too long" });
    await seedOutbox(db, 1, [gone, refused, fine]);
    await broadcaster().drain();
    expect(await getChat(db, gone)).toMatchObject({ active: false });
    const rows = await db.query<{ chat_id: number; status: string; attempts: number }>(
      "SELECT chat_id, status, attempts FROM outbox ORDER BY chat_id",
    );
    expect(rows).toEqual([
      { chat_id: gone, status: "skipped", attempts: 1 },
      { chat_id: refused, status: "failed", attempts: 1 },
      { chat_id: fine, status: "sent", attempts: 1 },
    ]);
  });

  it("expires rows older than maxAgeMs, with a count, and sends the rest", async () => {
    const ids = chats(4);
    await seedOutbox(db, 1, ids.slice(0, 3));
    await db.query("UPDATE knowledge_versions SET created = now() - interval '2 hours' WHERE n = 1");
    await seedOutbox(db, 2, ids.slice(3));
    const events: unknown[] = [];
    const b = broadcaster({ maxAgeMs: 3600_000, onEvent: (e) => events.push(e) });
    await b.drain();
    expect(events).toContainEqual({ type: "expired", count: 3 });
    expect(b.stats.expired).toBe(3);
    expect(stub.deliveries.map((d) => d.chatId)).toEqual(ids.slice(3));
    expect(await statuses()).toEqual({ failed: 3, sent: 1 });
    const [row] = await db.query<{ error: string }>(
      "SELECT error FROM outbox WHERE status = 'failed' LIMIT 1",
    );
    expect(row?.error).toBe("expired: not delivered within 60 min");
    await db.query("UPDATE knowledge_versions SET created = now() WHERE n = 1");
  });

  it("treats a network error as the Bot API being unreachable, not as the row's fault", async () => {
    const dead = telegramSender(new Api("123:test", { apiRoot: "http://127.0.0.1:9" }));
    expect(await dead.send(1, { html: "hi" })).toMatchObject({ ok: false, kind: "unreachable" });
  });

  it("resumes the pending rows after stop() and keeps running until stopped", async () => {
    const ids = chats(20);
    await seedOutbox(db, 1, ids);
    const first = broadcaster();
    first.start();
    await new Promise((r) => setTimeout(r, 300));
    await first.stop();
    const sentFirst = stub.deliveries.length;
    expect(sentFirst).toBeGreaterThan(0);
    expect(sentFirst).toBeLessThan(20);
    const second = broadcaster();
    second.start();
    await seedOutbox(db, 2, [ids[0] as number]);
    second.wake();
    const deadline = Date.now() + 5000;
    while (stub.deliveries.length < 21 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await second.stop();
    expect(ids.map((id) => stub.countFor(id))).toEqual(ids.map((id) => (id === ids[0] ? 2 : 1)));
  });
});
