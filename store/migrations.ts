import type { Db } from "./db.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Ordered, append-only: never edit a released migration, add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "chats, subscriptions, documents, knowledge versions, outbox",
    sql: `
      CREATE TABLE chats (
        id bigint PRIMARY KEY,
        language text CHECK (language IN ('en', 'ru', 'kk')),
        active boolean NOT NULL DEFAULT true,
        blocked_at timestamptz,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE subscriptions (
        chat_id bigint NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        topic text NOT NULL,
        created timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (chat_id, topic)
      );
      CREATE INDEX subscriptions_topic ON subscriptions (topic);
      CREATE TABLE documents (
        id text PRIMARY KEY,
        title text NOT NULL,
        date text,
        body text NOT NULL,
        sha256 text NOT NULL UNIQUE,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE knowledge_versions (
        n integer PRIMARY KEY,
        hash text NOT NULL,
        snapshot jsonb NOT NULL,
        summary jsonb NOT NULL,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        version integer NOT NULL REFERENCES knowledge_versions(n),
        chat_id bigint NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
        text text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        error text,
        UNIQUE (version, chat_id)
      );
      CREATE INDEX outbox_pending ON outbox (id) WHERE status = 'pending';
    `,
  },
  {
    version: 2,
    name: "claims extracted from documents, organisations they name, admin reviews",
    sql: `
      CREATE TABLE claims (
        id text PRIMARY KEY,
        seq bigserial UNIQUE,
        document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        subject text NOT NULL,
        attribute text NOT NULL,
        data jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'held', 'rejected')),
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX claims_document ON claims (document_id);
      CREATE TABLE organisations (
        id text PRIMARY KEY,
        document_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        data jsonb NOT NULL,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE claim_reviews (
        id bigserial PRIMARY KEY,
        claim_id text NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('approve', 'reject')),
        reviewer bigint,
        created timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX claim_reviews_claim ON claim_reviews (claim_id, id)
    `,
  },
  {
    version: 3,
    name: "conversation sessions",
    sql: `
      CREATE TABLE sessions (
        key text PRIMARY KEY,
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expiry ON sessions (expires_at);
    `,
  },
  {
    version: 5,
    name: "rate limits shared by every instance",
    // Unlogged: a take writes no WAL and waits for no disk flush (0.2 ms instead of 4 ms here); a
    // server crash empties the table, which only gives everyone a full bucket. No index on `at`,
    // so a take is a HOT update; the sweep scans the few rows of the last seconds' users.
    sql: `
      CREATE UNLOGGED TABLE rate_limits (
        key text PRIMARY KEY,
        tokens double precision NOT NULL,
        at timestamptz NOT NULL,
        allowed boolean NOT NULL,
        notify boolean NOT NULL
      );
    `,
  },
  {
    version: 6,
    name: "outbox rows hold the typed change summary; the bot words it",
    // Rows written before keep their finished text (sent as it is); new rows carry the summary
    // filtered to the chat's topics, worded in the chat's language when sent.
    sql: `
      ALTER TABLE outbox ADD COLUMN summary jsonb;
      ALTER TABLE outbox ALTER COLUMN text DROP NOT NULL;
      ALTER TABLE outbox ADD CONSTRAINT outbox_says_something CHECK (summary IS NOT NULL OR text IS NOT NULL);
    `,
  },
  {
    version: 7,
    name: "answers kept for the buttons under them",
    // What "Sources", follow-up suggestions and /source N need (citations, the conversation
    // context), by chat and a random key the button carries: a press answers after a restart and
    // on any instance. `seq` orders a chat's answers (/source N reads the latest).
    sql: `
      CREATE TABLE answers (
        chat_id bigint NOT NULL,
        key text NOT NULL,
        seq bigserial,
        data jsonb NOT NULL,
        created timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (chat_id, key)
      );
      CREATE INDEX answers_latest ON answers (chat_id, seq);
      CREATE INDEX answers_age ON answers (created);
    `,
  },
  {
    version: 8,
    name: "an approval may pick a held claim's subject among its candidates",
    // The claim row is never edited: the subject an admin picked is part of the review record.
    sql: `
      ALTER TABLE claim_reviews ADD COLUMN subject jsonb;
    `,
  },
];

const LOCK = "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':migrations'))";

/**
 * Applies the migrations not yet in `schema_migrations`, each in its own transaction. An
 * advisory lock (per schema) lets several instances start at once without racing.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query(LOCK);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query(LOCK);
      const seen = await tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", [m.version]);
      if (seen.length > 0) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Our migrations hold no semicolons inside literals, so a plain split is safe. */
function splitStatements(sql: string): string[] {
  return sql
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
