import type { Lang, Qualifier, Unit } from "../knowledge/schema.js";

/** A derived value's qualifier: its inputs' qualifiers carried through the arithmetic. */
export type DerivedQualifier = Qualifier | "at most" | "at least about" | "about";

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

/** One conversation turn's state, kept per chat between messages (tools/followup.ts reads it). */
export interface ConversationContext {
  /** The resolved, self-contained question that was answered. */
  question: string;
  lang: Lang;
  /** Companies, places, people, agreements the question was about. */
  subjects: { type: "organisation" | "place" | "person" | "agreement" | "partnership"; id: string }[];
  /** Attributes asked for (METRIC_CUES keys: jobs, investment, usd, …). */
  attributes: string[];
  /** An operation on the subjects: sum, compare, rank, perJob, chart. */
  operation?: string;
  /** Organisations the answer named: after a list answer, "they" means these. */
  mentioned?: { type: "organisation" | "place" | "person" | "agreement" | "partnership"; id: string }[];
  /** The answer's citations, quoted again on "source?". */
  citations: AnswerCitation[];
  /** When the turn was answered (ISO time). */
  at: string;
}

export interface AnswerOptions {
  /** Reply language; by default the question's own language. */
  lang?: Lang;
  /** The previous turn of the conversation: a follow-up is resolved against it. */
  context?: ConversationContext | null;
  /** The time the answer's context is stamped with (default now). */
  now?: Date;
}
