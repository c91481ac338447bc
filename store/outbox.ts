import type { Lang } from "../knowledge/schema.js";
import type { ChangeSummary } from "../knowledge/versions.js";
import { deactivateChat } from "./chats.js";
import type { Db, Queryable } from "./db.js";

/**
 * The notification outbox: one row per (knowledge version, chat), pending until it is sent,
 * skipped (the chat blocked the bot), failed or expired. Every SQL statement on it is here; the
 * broadcaster's loop (store/broadcaster.ts) decides when to call which.
 */

/**
 * What one outbox row tells its chat: the change summary filtered to the chat's topics, to be
 * worded in the chat's language; a row written before migration 6 carries its finished HTML.
 */
export type Notice = { summary: ChangeSummary; lang: Lang } | { html: string };

export interface OutboxRow {
  id: number;
  chatId: number;
  notice: Notice;
  /** Sends tried so far. */
  attempts: number;
}

interface Row {
  id: number;
  chat_id: number;
  text: string | null;
  summary: ChangeSummary | null;
  language: Lang | null;
  attempts: number;
}

const INSERT_CHUNK = 5000;

/** Writes one pending row per chat for `version` (inside the publishing transaction); repeats are ignored. */
export async function enqueueNotices(
  tx: Queryable,
  version: number,
  notices: { chatId: number; summary: ChangeSummary }[],
): Promise<void> {
  // Subscribers with the same topics share one summary: serialised once.
  const json = new Map<ChangeSummary, string>();
  const text = (s: ChangeSummary) => json.get(s) ?? json.set(s, JSON.stringify(s)).get(s);
  for (let i = 0; i < notices.length; i += INSERT_CHUNK) {
    const chunk = notices.slice(i, i + INSERT_CHUNK);
    await tx.query(
      `INSERT INTO outbox (version, chat_id, summary)
       SELECT $1, c, s::jsonb FROM unnest($2::bigint[], $3::text[]) AS u(c, s)
       ON CONFLICT (version, chat_id) DO NOTHING`,
      [version, chunk.map((n) => n.chatId), chunk.map((n) => text(n.summary))],
    );
  }
}

/** The outbox as the broadcaster reads and marks it. */
export class Outbox {
  constructor(private readonly db: Db) {}

  /** Pending rows that are due, oldest first, with their chat's current language. */
  async due(limit: number): Promise<OutboxRow[]> {
    const rows = await this.db.query<Row>(
      `SELECT o.id, o.chat_id, o.text, o.summary, c.language, o.attempts
         FROM outbox o JOIN chats c ON c.id = o.chat_id
        WHERE o.status = 'pending' AND o.next_attempt_at <= now()
        ORDER BY o.id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      chatId: r.chat_id,
      attempts: r.attempts,
      notice: r.summary ? { summary: r.summary, lang: r.language ?? "en" } : { html: r.text ?? "" },
    }));
  }

  /** Marks rows Telegram accepted (still pending: a row marked meanwhile is left as it is). */
  async markSent(ids: number[]): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, error = NULL
        WHERE id = ANY($1::bigint[]) AND status = 'pending'`,
      [ids],
    );
  }

  /** Gives up pending rows whose knowledge version is older than `maxAgeMs`; returns how many. */
  async expire(maxAgeMs: number): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      `WITH old AS (
         UPDATE outbox o SET status = 'failed', error = $2
           FROM knowledge_versions v
          WHERE v.n = o.version AND o.status = 'pending'
            AND v.created < now() - ($1::double precision * interval '1 millisecond')
         RETURNING o.id)
       SELECT count(*)::integer AS n FROM old`,
      [maxAgeMs, `expired: not delivered within ${Math.round(maxAgeMs / 60_000)} min`],
    );
    return row?.n ?? 0;
  }

  /** Milliseconds until a second has passed since the last recorded send (0: it has). */
  async msUntilSecondSinceLastSend(): Promise<number> {
    const [row] = await this.db.query<{ wait: number | null }>(
      `SELECT (1000 - extract(epoch FROM now() - max(sent_at)) * 1000)::double precision AS wait
         FROM outbox WHERE sent_at > now() - interval '1 second'`,
    );
    return Math.max(0, row?.wait ?? 0);
  }

  /** Milliseconds until the next pending row (a retry after backoff) is due; null when none is pending. */
  async nextDueInMs(): Promise<number | null> {
    const [row] = await this.db.query<{ wait: number | null }>(
      `SELECT (extract(epoch FROM min(next_attempt_at) - now()) * 1000)::double precision AS wait
         FROM outbox WHERE status = 'pending'`,
    );
    return row?.wait == null ? null : Math.max(5, row.wait);
  }

  /** The chat blocked the bot or is gone: deactivated, and its pending rows skipped. */
  async skipChat(chatId: number, error: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await deactivateChat(tx, chatId);
      await tx.query(
        "UPDATE outbox SET status = 'skipped', error = $2, attempts = attempts + 1 WHERE chat_id = $1 AND status = 'pending'",
        [chatId, error],
      );
    });
  }

  /** Ends a row Telegram refused for good. */
  async fail(id: number, attempts: number, error: string): Promise<void> {
    await this.db.query("UPDATE outbox SET status = 'failed', attempts = $2, error = $3 WHERE id = $1", [
      id,
      attempts,
      error,
    ]);
  }

  /** Tries a row again after `delayMs`. */
  async retryLater(id: number, attempts: number, error: string, delayMs: number): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET attempts = $2, error = $3,
              next_attempt_at = now() + ($4::double precision * interval '1 millisecond')
        WHERE id = $1`,
      [id, attempts, error, delayMs],
    );
  }
}
