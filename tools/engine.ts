import type { Knowledge } from "../knowledge/load.js";
import type { Lang } from "../knowledge/schema.js";
import type { Terms } from "./terms.js";
import type { Answer, AnswerOptions } from "./types.js";

/** Something people can subscribe to: a company, a place or a partnership. */
export interface Topic {
  id: string;
  kind: "organisation" | "place" | "partnership";
  name: Record<Lang, string>;
}

/** The engine's front door: everything the bot needs, nothing about how answers are found. */
export interface Engine {
  /** The knowledge answered from now: sources and the current view of their claims. */
  readonly knowledge: Knowledge;
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /**
   * What a short text (a question, a command's arguments) names in the one vocabulary, and its
   * language as the question reader decides it (`prior`: the chat's, for unclear texts).
   */
  terms(text: string, prior?: Lang): Terms;
  /**
   * Answers from new knowledge from now on (an ingested source, a review, another instance's
   * version): new or changed sources are indexed for retrieval, the figures and names come from
   * its view.
   */
  update(knowledge: Knowledge): Promise<void>;
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
