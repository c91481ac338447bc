import { cleanValue } from "./clean.js";
import type { Queryable } from "./db.js";

/**
 * Answers kept for the buttons under them (migration 7): "Sources", follow-up suggestions and
 * /source N read what they need from here, so a button answers after a restart and on every
 * instance on the same PostgreSQL server. A row belongs to one chat and a random key: the button
 * carries the key, and only a press in the chat the answer was sent to finds it. The value is the
 * bot's own JSON (it checks its shape when reading); text is stored without control characters.
 * Rows older than `keepDays` read as absent and are swept every few hundred writes.
 */
export interface AnswerRows<T> {
  put(chatId: number, key: string, value: T): Promise<void>;
  get(chatId: number, key: string): Promise<T | undefined>;
  /** The chat's latest answer. */
  last(chatId: number): Promise<T | undefined>;
}

/** Sweep expired rows once every this many writes. */
const SWEEP_EVERY = 200;

export function answerRows<T>(db: Queryable, options: { keepDays: number }): AnswerRows<T> {
  const age = `${Math.max(1, Math.round(options.keepDays))} days`;
  let writes = 0;
  return {
    async put(chatId, key, value) {
      await db.query("INSERT INTO answers (chat_id, key, data) VALUES ($1, $2, $3::jsonb)", [
        chatId,
        key,
        JSON.stringify(cleanValue(value)),
      ]);
      if (++writes % SWEEP_EVERY === 0)
        await db.query("DELETE FROM answers WHERE created < now() - $1::interval", [age]);
    },
    async get(chatId, key) {
      const rows = await db.query<{ data: T }>(
        "SELECT data FROM answers WHERE chat_id = $1 AND key = $2 AND created >= now() - $3::interval",
        [chatId, key, age],
      );
      return rows[0]?.data;
    },
    async last(chatId) {
      const rows = await db.query<{ data: T }>(
        `SELECT data FROM answers WHERE chat_id = $1 AND created >= now() - $2::interval
          ORDER BY seq DESC LIMIT 1`,
        [chatId, age],
      );
      return rows[0]?.data;
    },
  };
}

/** Deletes every kept answer of a chat: /forget. */
export async function forgetAnswers(db: Queryable, chatId: number): Promise<number> {
  const rows = await db.query("DELETE FROM answers WHERE chat_id = $1 RETURNING key", [chatId]);
  return rows.length;
}
