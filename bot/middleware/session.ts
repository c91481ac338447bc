import {
  type Context,
  type LazySessionFlavor,
  lazySession,
  MemorySessionStorage,
  type StorageAdapter,
} from "grammy";
import { z } from "zod";
import type { Store } from "../../store/runtime.js";
import { sessionStorage } from "../../store/sessions.js";
import { ConversationContext } from "../../tools/conversation-state.js";
import type { Logger } from "../logger.js";

/** One answered turn: the bot message that carries the answer and the context it leaves. */
export interface ConversationTurn {
  messageId: number;
  context: ConversationContext;
}

/**
 * A chat's conversation: its last few answered turns, newest last. A private chat follows its last
 * turn; in groups a reply to one of the bot's answers follows that answer, so several people can
 * keep their own threads, and a new mention starts fresh.
 */
export interface ConversationSession {
  turns: ConversationTurn[];
}

export type SessionContext = LazySessionFlavor<ConversationSession>;

/** A stored context of the current shape; anything else (an older shape) starts fresh. */
export const StoredContext = ConversationContext;
const StoredSession = z.object({
  turns: z.array(z.object({ messageId: z.number(), context: StoredContext })),
});

/** The stored value if it has the session's shape, else none (the conversation starts fresh). */
export function validSession(value: unknown): ConversationSession | undefined {
  const parsed = StoredSession.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** How many turns a chat keeps to follow reply chains (older replies start a new conversation). */
export const KEPT_TURNS = 8;

/** What the session needs: the store (memory without one), how long a conversation lasts, a logger. */
export interface SessionDeps {
  store?: Store;
  conversationTtlMs: number;
  logger: Logger;
}

/**
 * The store's session table when there is a store, else memory; both expire a chat's conversation
 * after `conversationTtlMs` of quiet. A database hiccup loses the context, never the answer.
 */
export function conversationStorage(deps: SessionDeps): StorageAdapter<ConversationSession> {
  const ttlMs = deps.conversationTtlMs;
  if (!deps.store) return new MemorySessionStorage<ConversationSession>(ttlMs);
  const db = sessionStorage<ConversationSession>(deps.store.db, { ttlMs });
  const warn = (err: unknown, msg: string) => deps.logger.warn({ err }, msg);
  return {
    read: (key) =>
      db.read(key).then(validSession, (err) => {
        warn(err, "could not read the conversation");
        return undefined;
      }),
    write: (key, value) => db.write(key, value).catch((err) => warn(err, "could not save the conversation")),
    delete: (key) => db.delete(key).catch((err) => warn(err, "could not delete the conversation")),
  };
}

/** grammY's session, read only when a handler asks for it (a question), keyed by chat. */
export function conversationSession<C extends Context & SessionContext>(deps: SessionDeps) {
  return lazySession<ConversationSession, C>({
    initial: () => ({ turns: [] }),
    storage: conversationStorage(deps),
    getSessionKey: (ctx) => ctx.chat?.id.toString(),
  });
}

/**
 * The turn a message follows: the bot answer it replies to (any chat), else in a private chat the
 * last turn; a group message that replies to nothing starts fresh.
 */
export function followedTurn(ctx: Context, session: ConversationSession): ConversationTurn | null {
  const replied = ctx.msg?.reply_to_message;
  if (replied && replied.from?.id === ctx.me.id) {
    return session.turns.find((t) => t.messageId === replied.message_id) ?? null;
  }
  return ctx.chat?.type === "private" ? (session.turns.at(-1) ?? null) : null;
}

export function rememberTurn(session: ConversationSession, turn: ConversationTurn): void {
  session.turns = [...session.turns.filter((t) => t.messageId !== turn.messageId), turn].slice(-KEPT_TURNS);
}
