import { createHash } from "node:crypto";
import type { Answer } from "../tools/types.js";

/** A small least-recently-used map (Map keeps insertion order; re-inserting moves a key to the end). */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  get size(): number {
    return this.map.size;
  }
}

/** 10 URL-safe characters (60 bits) naming an answer: short enough for any callback data. */
export function answerKey(answer: Pick<Answer, "question" | "lang">): string {
  return createHash("sha1").update(`${answer.lang}\n${answer.question}`).digest("base64url").slice(0, 10);
}

/**
 * Recent answers by key, so buttons under an answer ("Sources", "Chart") carry only the key, and
 * each chat's last answer for `/source N`. In memory: after a restart, or on another instance,
 * an old button says it has expired.
 */
export class AnswerCache {
  private readonly byKey: Lru<string, Answer>;
  private readonly lastByChat: Lru<number, string>;

  constructor(capacity = 5000) {
    this.byKey = new Lru(capacity);
    this.lastByChat = new Lru(capacity);
  }

  /** Stores the answer (as the chat's latest when a chat is given) and returns its key. */
  put(answer: Answer, chatId?: number): string {
    const key = answerKey(answer);
    this.byKey.set(key, answer);
    if (chatId !== undefined) this.lastByChat.set(chatId, key);
    return key;
  }

  get(key: string): Answer | undefined {
    return this.byKey.get(key);
  }

  last(chatId: number): Answer | undefined {
    const key = this.lastByChat.get(chatId);
    return key === undefined ? undefined : this.byKey.get(key);
  }
}
