import type { Lang } from "../knowledge/schema.js";
import type { GROUP_CUES, METRIC_CUES } from "./lexicon.js";
import type { Reading } from "./reading.js";

/** A figure word of the one vocabulary (tools/lexicon.ts): jobs, investment, usd, medicines, social… */
export type MetricTerm = keyof typeof METRIC_CUES;

/** What a short text (a command's arguments: "/chart jobs by region") names in the one vocabulary. */
export interface Terms {
  /** The text's language, as the question reader decided it. */
  lang: Lang;
  /** Whether the text alone makes its language clear ("jobs" does not, "jobs by region" does). */
  clear: boolean;
  metrics: MetricTerm[];
  groupBy?: keyof typeof GROUP_CUES;
}

/** The figure words and grouping a text's reading found, and its language. */
export function termsOf(reading: Reading): Terms {
  const cues = [...reading.cues];
  const metrics = cues.flatMap((c) => (c.startsWith("m:") ? [c.slice(2) as MetricTerm] : []));
  const groupBy = cues.find((c) => c.startsWith("g:"))?.slice(2) as Terms["groupBy"];
  return { lang: reading.lang, clear: reading.clear, metrics, ...(groupBy ? { groupBy } : {}) };
}
