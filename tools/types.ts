import type { Lang, Qualifier, Unit } from "../knowledge/schema.js";
import type { ConversationContext } from "./conversation-state.js";

export type { ConversationContext };

/** A derived value's qualifier: its inputs' qualifiers carried through the arithmetic. */
export type DerivedQualifier = Qualifier | "at most" | "at most about" | "at least about" | "about";

export type Route = "tool" | "retrieval" | "none";

/** One numbered citation: `quote` is verbatim from the body of source `source`. */
export interface AnswerCitation {
  n: number;
  source: string;
  title: string;
  quote: string;
}

/**
 * One plotted or compared value, kept with its qualifier so renderers (charts, tables) stay honest:
 * `value` null means "not stated in the sources"; `derived` carries the arithmetic when computed.
 */
export interface FigureRow {
  label: string;
  value: number | null;
  unit: Unit | `million ${"KZT" | "USD"} per ${"job" | "medicine"}`;
  qualifier: DerivedQualifier;
  derived?: string;
  /** E.g. "Turkistan Region and Almaty Region (not split)". */
  note?: string;
  /** Citation numbers (AnswerCitation.n) behind this value. */
  cites: number[];
}

export interface FigureTable {
  metric:
    | "jobs"
    | "investmentKzt"
    | "investmentUsd"
    | "medicines"
    | "sociallySignificant"
    | "investmentPerJob";
  groupBy: "company" | "region";
  rows: FigureRow[];
}

/** What the engine returns for one question; the bot renders it, the CLI prints it as JSON. */
export interface Answer {
  question: string;
  lang: Lang;
  route: Route;
  /** The figure tool used on the tool route, else null. */
  tool: string | null;
  /** On the tool route: the query as read, in words ("jobs · sum · Almaty Region"). */
  understood?: string;
  /** Plain text with citation markers like [1]; no markup. */
  answer: string;
  citations: AnswerCitation[];
  /** Present when the answer compares or lists several values of one metric (offers a chart). */
  table?: FigureTable;
  /** Topic ids (organisations, places, partnerships) the question touched, for subscriptions. */
  topics?: string[];
  /** What this turn leaves for the next message of the conversation (issue 12). */
  context?: ConversationContext;
  /** The message as typed when it was a follow-up: `question` is then how it was understood. */
  understoodFrom?: string;
}

export interface AnswerOptions {
  /** The chat's language: decides short or unclear questions (the question's own words decide the rest). */
  prior?: Lang;
  /** The conversation so far: a follow-up is merged into its last query. */
  context?: ConversationContext | null;
  /** The time the answer's context is stamped with (default now). */
  now?: Date;
}
