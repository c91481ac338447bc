import { randomBytes } from "node:crypto";
import { z } from "zod";
import { answerRows } from "../store/answers.js";
import type { Store } from "../store/runtime.js";
import type { Answer, ConversationContext } from "../tools/types.js";
import type { Logger } from "./logger.js";
import { StoredContext } from "./middleware/session.js";

/**
 * What the buttons under an answer need to answer: "Sources" its citations, a follow-up
 * suggestion its context, /source N the chat's latest. Kept in the store when there is one (it
 * survives restarts and is shared by every instance), else in this process's memory.
 */
export type KeptAnswer = Pick<Answer, "question" | "lang" | "citations"> & {
  context: ConversationContext | null;
};

const Citation = z.object({ n: z.number(), source: z.string(), title: z.string(), quote: z.string() });
/** A kept answer as the buttons need it; anything else (an older shape) reads as expired. */
const KeptAnswerShape = z.object({
  question: z.string(),
  lang: z.enum(["en", "ru", "kk"]),
  citations: z.array(Citation),
  context: StoredContext.nullable(),
});

export interface KeptAnswers {
  /** Keeps an answer sent to a chat; its key for the buttons, or null when it could not be kept. */
  keep(chatId: number, answer: Answer): Promise<string | null>;
  /** The answer a button's key names, in the chat it was sent to. */
  find(chatId: number, key: string): Promise<KeptAnswer | undefined>;
  /** The chat's latest answer (/source N). */
  last(chatId: number): Promise<KeptAnswer | undefined>;
}

/** How long a button under an answer keeps working. */
export const KEEP_ANSWERS_DAYS = 30;

/** 11 random URL-safe characters (64 bits): no chat can compute or guess another chat's key. */
const newKey = () => randomBytes(8).toString("base64url");

const kept = (answer: Answer): KeptAnswer => ({
  question: answer.question,
  lang: answer.lang,
  citations: answer.citations,
  context: answer.context ?? null,
});

const valid = (value: unknown): KeptAnswer | undefined => {
  const parsed = KeptAnswerShape.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * The store's answers table. An answer that cannot be kept (the database is away) is still sent,
 * without the buttons that would need it; reading during an outage fails like any other command
 * that needs the store (the user is told to try again shortly).
 */
export function storedAnswers(store: Store, logger: Logger): KeptAnswers {
  const rows = answerRows<KeptAnswer>(store.db, { keepDays: KEEP_ANSWERS_DAYS });
  return {
    async keep(chatId, answer) {
      const key = newKey();
      try {
        await rows.put(chatId, key, kept(answer));
        return key;
      } catch (err) {
        logger.warn({ err }, "could not keep the answer for its buttons");
        return null;
      }
    },
    find: async (chatId, key) => valid(await rows.get(chatId, key)),
    last: async (chatId) => valid(await rows.last(chatId)),
  };
}

/** Without a store (tests, benches): the latest `capacity` answers in memory. */
export function memoryAnswers(capacity = 5000): KeptAnswers {
  const byKey = new Map<string, KeptAnswer>();
  const lastByChat = new Map<number, string>();
  return {
    async keep(chatId, answer) {
      const key = newKey();
      byKey.set(`${chatId}:${key}`, kept(answer));
      lastByChat.delete(chatId);
      lastByChat.set(chatId, key);
      // Maps keep insertion order: the first entries are the oldest.
      if (byKey.size > capacity) byKey.delete(byKey.keys().next().value as string);
      if (lastByChat.size > capacity) lastByChat.delete(lastByChat.keys().next().value as number);
      return key;
    },
    find: async (chatId, key) => byKey.get(`${chatId}:${key}`),
    async last(chatId) {
      const key = lastByChat.get(chatId);
      return key === undefined ? undefined : byKey.get(`${chatId}:${key}`);
    },
  };
}

/** The store's answers when there is a store, else memory. */
export function keptAnswers(store: Store | undefined, logger: Logger): KeptAnswers {
  return store ? storedAnswers(store, logger) : memoryAnswers();
}
