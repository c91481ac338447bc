import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { renderNotice } from "../../bot/render/notice.js";
import type { Lang } from "../../knowledge/schema.js";
import type { ChangeSummary } from "../../knowledge/versions.js";
import type { Db, Queryable } from "../../store/db.js";
import { openStore } from "../../store/runtime.js";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDb {
  db: Db;
  /** Set on the server engine: the fresh schema this run uses. */
  schema?: string;
  cleanup(): Promise<void>;
}

export interface TestEngine {
  name: "pglite" | "postgres";
  open(): Promise<TestDb>;
}

export const freshSchema = () => `test_${randomBytes(6).toString("hex")}`;

export async function dropSchema(schema: string): Promise<void> {
  if (!TEST_DATABASE_URL) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

const pglite: TestEngine = {
  name: "pglite",
  async open() {
    const db = (await openStore()).db;
    return { db, cleanup: () => db.close() };
  },
};

/** A fresh schema per run, dropped afterwards, so parallel runs on one server never collide. */
const postgres: TestEngine = {
  name: "postgres",
  async open() {
    const schema = freshSchema();
    const db = (await openStore({ databaseUrl: TEST_DATABASE_URL, schema })).db;
    return {
      db,
      schema,
      async cleanup() {
        await db.close();
        await dropSchema(schema);
      },
    };
  },
};

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set. */
export const ENGINES: TestEngine[] = TEST_DATABASE_URL ? [pglite, postgres] : [pglite];

/** A database of `engine` for the tests of one describe block: opened before them, cleaned up after. */
export function useTestDb(engine: TestEngine): () => Db {
  let handle: TestDb | undefined;
  beforeAll(async () => {
    handle = await engine.open();
  });
  afterAll(() => handle?.cleanup());
  return () => {
    if (!handle) throw new Error("the test database is not open yet");
    return handle.db;
  };
}

export const SKIP_SERVER_NOTE =
  "PostgreSQL server tests skipped: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)";

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Chats subscribed to everything and one pending outbox row each for `version`, as a publish would leave them. */
export async function seedOutbox(db: Db, version: number, chatIds: number[]): Promise<void> {
  await db.query(
    `INSERT INTO knowledge_versions (n, hash, snapshot, summary) VALUES ($1, $2, '{}'::jsonb, '{}'::jsonb)
     ON CONFLICT (n) DO NOTHING`,
    [version, `v${version}`],
  );
  await db.query("INSERT INTO chats (id) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING", [chatIds]);
  await db.query(
    "INSERT INTO subscriptions (chat_id, topic) SELECT unnest($1::bigint[]), 'all' ON CONFLICT DO NOTHING",
    [chatIds],
  );
  await db.query(
    `INSERT INTO outbox (version, chat_id, text)
     SELECT $1::integer, c, 'update ' || $1::integer || ' for ' || c FROM unnest($2::bigint[]) AS c`,
    [version, chatIds],
  );
}

export const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** The outbox rows with the text each one sends: its summary worded as the bot words it, in the chat's language. */
export async function outboxTexts(
  db: Queryable,
  where = "true",
  params: unknown[] = [],
): Promise<{ version: number; chat_id: number; status: string; text: string }[]> {
  const rows = await db.query<{
    version: number;
    chat_id: number;
    status: string;
    text: string | null;
    summary: ChangeSummary | null;
    language: Lang | null;
  }>(
    `SELECT o.version, o.chat_id, o.status, o.text, o.summary, c.language
       FROM outbox o JOIN chats c ON c.id = o.chat_id WHERE ${where} ORDER BY o.chat_id, o.id`,
    params,
  );
  return rows.map(({ summary, language, text, ...row }) => ({
    ...row,
    text: summary ? renderNotice(summary, language ?? "en") : (text ?? ""),
  }));
}
