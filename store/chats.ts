import type { Lang } from "../knowledge/schema.js";
import { cleanText } from "./clean.js";
import type { Queryable } from "./db.js";

/** The subscription that means "every change". */
export const ALL = "all";

export interface ChatRow {
  id: number;
  language: Lang | null;
  active: boolean;
  blockedAt: Date | null;
}

interface RawChat {
  id: number;
  language: Lang | null;
  active: boolean;
  blocked_at: Date | null;
}

/** Creates the chat row if missing; a language given here fills in one not chosen yet. */
export async function ensureChat(db: Queryable, chatId: number, language?: Lang): Promise<void> {
  await db.query(
    `INSERT INTO chats (id, language) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET language = COALESCE(chats.language, excluded.language)`,
    [chatId, language ?? null],
  );
}

export async function getChat(db: Queryable, chatId: number): Promise<ChatRow | null> {
  const [row] = await db.query<RawChat>("SELECT id, language, active, blocked_at FROM chats WHERE id = $1", [
    chatId,
  ]);
  return row ? { id: row.id, language: row.language, active: row.active, blockedAt: row.blocked_at } : null;
}

export async function setLanguage(db: Queryable, chatId: number, lang: Lang): Promise<void> {
  await db.query(
    `INSERT INTO chats (id, language) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE SET language = excluded.language`,
    [chatId, lang],
  );
}

export async function getLanguage(db: Queryable, chatId: number): Promise<Lang | null> {
  const [row] = await db.query<{ language: Lang | null }>("SELECT language FROM chats WHERE id = $1", [
    chatId,
  ]);
  return row?.language ?? null;
}

/** The chat blocked the bot (403): keep its subscriptions, stop sending. */
export async function deactivateChat(db: Queryable, chatId: number): Promise<void> {
  await db.query("UPDATE chats SET active = false, blocked_at = now() WHERE id = $1 AND active", [chatId]);
}

/** The chat is back; true when it had been deactivated (so it deserves a welcome back). */
export async function reactivateChat(db: Queryable, chatId: number): Promise<boolean> {
  const rows = await db.query(
    "UPDATE chats SET active = true, blocked_at = NULL WHERE id = $1 AND NOT active RETURNING id",
    [chatId],
  );
  return rows.length > 0;
}

export async function listSubscriptions(db: Queryable, chatId: number): Promise<string[]> {
  const rows = await db.query<{ topic: string }>(
    "SELECT topic FROM subscriptions WHERE chat_id = $1 ORDER BY created, topic",
    [chatId],
  );
  return rows.map((r) => r.topic);
}

export interface SubscribeResult {
  /** False when the chat already had exactly this subscription. */
  added: boolean;
  /** Subscriptions dropped because they are covered or replaced ("all" ⇄ single topics). */
  replaced: string[];
}

/**
 * A chat follows either everything or a set of topics: subscribing to "all" replaces the topics,
 * and subscribing to one topic narrows "all" down to that topic.
 */
export async function subscribe(
  db: Queryable,
  chatId: number,
  given: string,
  language?: Lang,
): Promise<SubscribeResult> {
  const topic = cleanText(given);
  await ensureChat(db, chatId, language);
  const current = await listSubscriptions(db, chatId);
  if (current.includes(topic)) return { added: false, replaced: [] };
  const replaced = topic === ALL ? current : current.filter((t) => t === ALL);
  if (replaced.length > 0) {
    await db.query("DELETE FROM subscriptions WHERE chat_id = $1 AND topic = ANY($2::text[])", [
      chatId,
      replaced,
    ]);
  }
  await db.query("INSERT INTO subscriptions (chat_id, topic) VALUES ($1, $2) ON CONFLICT DO NOTHING", [
    chatId,
    topic,
  ]);
  return { added: true, replaced };
}

export async function inactiveChatIds(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ id: number }>("SELECT id FROM chats WHERE NOT active");
  return rows.map((r) => r.id);
}

/** Removes one subscription; false when the chat did not have it. */
export async function unsubscribe(db: Queryable, chatId: number, topic: string): Promise<boolean> {
  const rows = await db.query("DELETE FROM subscriptions WHERE chat_id = $1 AND topic = $2 RETURNING topic", [
    chatId,
    cleanText(topic),
  ]);
  return rows.length > 0;
}

/** Removes every subscription of the chat; returns how many there were. */
export async function unsubscribeAll(db: Queryable, chatId: number): Promise<number> {
  const rows = await db.query("DELETE FROM subscriptions WHERE chat_id = $1 RETURNING topic", [chatId]);
  return rows.length;
}

/** Deletes everything stored about the chat (subscriptions and outbox rows cascade). */
export async function forgetChat(db: Queryable, chatId: number): Promise<boolean> {
  const rows = await db.query("DELETE FROM chats WHERE id = $1 RETURNING id", [chatId]);
  return rows.length > 0;
}

export interface Subscriber {
  chatId: number;
  language: Lang | null;
  topics: string[];
}

/** Active chats following "all" or any of `topics`, with every topic each one follows. */
export async function matchingSubscribers(db: Queryable, topics: readonly string[]): Promise<Subscriber[]> {
  const rows = await db.query<{ id: number; language: Lang | null; topics: string[] }>(
    `SELECT c.id, c.language, array_agg(s.topic ORDER BY s.topic) AS topics
       FROM chats c JOIN subscriptions s ON s.chat_id = c.id
      WHERE c.active AND (s.topic = $1 OR s.topic = ANY($2::text[]))
      GROUP BY c.id, c.language
      ORDER BY c.id`,
    [ALL, [...topics]],
  );
  return rows.map((r) => ({ chatId: r.id, language: r.language, topics: r.topics }));
}
