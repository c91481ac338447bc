import { cleanValue } from "./clean.js";
import type { Queryable } from "./db.js";

/**
 * Conversation sessions in the database (migration 3): one JSON value per key (a chat, or a CLI
 * session), with an expiry that every write pushes forward. Shaped as grammY's StorageAdapter,
 * so `session({ storage })` keeps per-chat state here; it survives restarts and is shared by every
 * instance on the same PostgreSQL server. Expired rows read as absent and are swept on write.
 * Values are stored without control characters (store/clean.ts): a NUL in a question is dropped,
 * not the conversation.
 */
export interface SessionStorage<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Sweep expired rows once every this many writes (cheap, and keeps the table small). */
const SWEEP_EVERY = 200;

export function sessionStorage<T>(db: Queryable, options: { ttlMs: number }): SessionStorage<T> {
  const ttl = `${Math.max(1, Math.round(options.ttlMs))} milliseconds`;
  let writes = 0;
  return {
    async read(key) {
      const rows = await db.query<{ data: T }>(
        "SELECT data FROM sessions WHERE key = $1 AND expires_at > now()",
        [key],
      );
      return rows[0]?.data;
    },
    async write(key, value) {
      await db.query(
        `INSERT INTO sessions (key, data, updated_at, expires_at) VALUES ($1, $2::jsonb, now(), now() + $3::interval)
         ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, updated_at = now(), expires_at = EXCLUDED.expires_at`,
        [key, JSON.stringify(cleanValue(value)), ttl],
      );
      if (++writes % SWEEP_EVERY === 0) await db.query("DELETE FROM sessions WHERE expires_at <= now()");
    },
    async delete(key) {
      await db.query("DELETE FROM sessions WHERE key = $1", [key]);
    },
  };
}

/** Deletes every session of a chat (its own and its group reply chains): /forget. */
export async function forgetSessions(db: Queryable, chatId: number): Promise<number> {
  const rows = await db.query("DELETE FROM sessions WHERE key = $1 OR key LIKE $2 RETURNING key", [
    String(chatId),
    `${chatId}:%`,
  ]);
  return rows.length;
}
