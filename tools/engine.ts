import type { Knowledge } from "../knowledge/load.js";
import type { Lang, Source } from "../knowledge/schema.js";
import type { Answer, AnswerOptions } from "./types.js";

/** Something people can subscribe to: a company, a place or a partnership. */
export interface Topic {
  id: string;
  kind: "organisation" | "place" | "partnership";
  name: Record<Lang, string>;
}

/** The engine's front door: everything the bot needs, nothing about how answers are found. */
export interface Engine {
  readonly knowledge: Knowledge;
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** Adds (or replaces) a source; it is searchable and citable at once. */
  addSource(source: Source): Promise<void>;
  /** Subscribable topics. */
  topics(): Topic[];
  /** Resolves free text ("Almaty Region", "МСП-Ромфарм") to a topic via the alias table. */
  findTopic(text: string): Topic | null;
  close(): Promise<void>;
  /** Retrieval quality of each ranker on cited questions (present when retrieval is on). */
  rankerQuality?(
    cases: { q: string; cite: string }[],
  ): Promise<Record<"hybrid" | "vector" | "lexical", { recallAt3: number; mrr: number }>>;
}
