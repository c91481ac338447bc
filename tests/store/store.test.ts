import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ALL,
  deactivateChat,
  forgetChat,
  getChat,
  getLanguage,
  listSubscriptions,
  matchingSubscribers,
  reactivateChat,
  setLanguage,
  subscribe,
  unsubscribe,
  unsubscribeAll,
} from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { MIGRATIONS, migrate } from "../../store/migrations.js";
import { ENGINES, SKIP_SERVER_NOTE, TEST_DATABASE_URL, type TestDb } from "./helpers.js";

if (!TEST_DATABASE_URL) it.skip(SKIP_SERVER_NOTE, () => {});

describe.each(ENGINES)("store on $name", (engine) => {
  let handle: TestDb;
  let db: Db;
  beforeAll(async () => {
    handle = await engine.open();
    db = handle.db;
  });
  afterAll(() => handle.cleanup());

  it("creates every table at start and records the migration once", async () => {
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      "answers",
      "chats",
      "claim_reviews",
      "claims",
      "documents",
      "knowledge_versions",
      "organisations",
      "outbox",
      "rate_limits",
      "schema_migrations",
      "sessions",
      "subscriptions",
    ]);
    expect(await migrate(db)).toEqual([]);
    const applied = await db.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    expect(applied.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it("applies a new migration in order, and only once", async () => {
    const next = { version: 1000, name: "test column", sql: "ALTER TABLE chats ADD COLUMN note text" };
    expect(await migrate(db, [...MIGRATIONS, next])).toEqual([1000]);
    expect(await migrate(db, [...MIGRATIONS, next])).toEqual([]);
    await db.query("ALTER TABLE chats DROP COLUMN note");
    await db.query("DELETE FROM schema_migrations WHERE version = 1000");
  });

  it("rolls a failing migration back entirely", async () => {
    const bad = {
      version: 1001,
      name: "broken",
      sql: "CREATE TABLE half (id int); SELECT no_such_function()",
    };
    await expect(migrate(db, [...MIGRATIONS, bad])).rejects.toThrow(/no_such_function/);
    const half = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half'");
    expect(half).toEqual([]);
  });

  it("keeps Telegram chat ids beyond 32 bits as numbers", async () => {
    const id = -1001234567890123;
    await subscribe(db, id, ALL);
    expect((await getChat(db, id))?.id).toBe(id);
    await forgetChat(db, id);
  });

  it("subscribes to everything, narrows to a topic, widens back", async () => {
    const chat = 101;
    expect(await subscribe(db, chat, ALL)).toEqual({ added: true, replaced: [] });
    expect(await subscribe(db, chat, ALL)).toEqual({ added: false, replaced: [] });
    expect(await subscribe(db, chat, "altinfarm")).toEqual({ added: true, replaced: [ALL] });
    expect(await subscribe(db, chat, "almaty-region")).toEqual({ added: true, replaced: [] });
    expect((await listSubscriptions(db, chat)).sort()).toEqual(["almaty-region", "altinfarm"]);
    expect(await subscribe(db, chat, ALL)).toEqual({ added: true, replaced: ["altinfarm", "almaty-region"] });
    expect(await listSubscriptions(db, chat)).toEqual([ALL]);
  });

  it("unsubscribes one topic or all", async () => {
    const chat = 102;
    await subscribe(db, chat, "altinfarm");
    await subscribe(db, chat, "msp-rompharm");
    expect(await unsubscribe(db, chat, "altinfarm")).toBe(true);
    expect(await unsubscribe(db, chat, "altinfarm")).toBe(false);
    expect(await listSubscriptions(db, chat)).toEqual(["msp-rompharm"]);
    expect(await unsubscribeAll(db, chat)).toBe(1);
    expect(await listSubscriptions(db, chat)).toEqual([]);
  });

  it("matches active subscribers of 'all' or of a touched topic", async () => {
    await subscribe(db, 201, ALL);
    await subscribe(db, 202, "altinfarm");
    await subscribe(db, 203, "nobel-almaty");
    await subscribe(db, 204, ALL);
    await deactivateChat(db, 204);
    const found = await matchingSubscribers(db, ["altinfarm", "almaty"]);
    const mine = found.filter((s) => s.chatId >= 201 && s.chatId <= 204);
    expect(mine.map((s) => [s.chatId, s.topics])).toEqual([
      [201, [ALL]],
      [202, ["altinfarm"]],
    ]);
  });

  it("deactivates a chat that blocked the bot and brings it back with its subscriptions", async () => {
    const chat = 301;
    await subscribe(db, chat, "altinfarm");
    await deactivateChat(db, chat);
    expect(await getChat(db, chat)).toMatchObject({ active: false, blockedAt: expect.any(Date) });
    expect(await reactivateChat(db, chat)).toBe(true);
    expect(await reactivateChat(db, chat)).toBe(false);
    expect(await getChat(db, chat)).toMatchObject({ active: true, blockedAt: null });
    expect(await listSubscriptions(db, chat)).toEqual(["altinfarm"]);
  });

  it("stores the chat language", async () => {
    expect(await getLanguage(db, 401)).toBeNull();
    await setLanguage(db, 401, "kk");
    await setLanguage(db, 401, "ru");
    expect(await getLanguage(db, 401)).toBe("ru");
  });

  it("forgets everything about a chat: row, subscriptions, outbox", async () => {
    const chat = 501;
    await setLanguage(db, chat, "ru");
    await subscribe(db, chat, ALL);
    await db.query(
      "INSERT INTO knowledge_versions (n, hash, snapshot, summary) VALUES (900, 'h', '{}'::jsonb, '{}'::jsonb)",
    );
    await db.query("INSERT INTO outbox (version, chat_id, text) VALUES (900, $1, 'hello')", [chat]);
    expect(await forgetChat(db, chat)).toBe(true);
    expect(await forgetChat(db, chat)).toBe(false);
    const left = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM chats WHERE id = $1)
            + (SELECT count(*) FROM subscriptions WHERE chat_id = $1)
            + (SELECT count(*) FROM outbox WHERE chat_id = $1) AS n`,
      [chat],
    );
    expect(left[0]?.n).toBe(0);
    await db.query("DELETE FROM knowledge_versions WHERE n = 900");
  });

  it("writes every statement of a failed transaction or none", async () => {
    await expect(
      db.transaction(async (tx) => {
        await subscribe(tx, 601, ALL);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await getChat(db, 601)).toBeNull();
  });
});
