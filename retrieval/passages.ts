import type { Lang } from "../knowledge/schema.js";
import {
  asksSaid,
  coverage,
  frameBonus,
  ownContent,
  pairBonus,
  relevance,
  type WeightedSlot,
} from "./relevance.js";
import type { Question } from "./terms.js";
import type { Unit } from "./units.js";

export interface PassageOptions {
  /** Most sentences to return, 1–3 (default 3). */
  max?: number;
  /**
   * Extra query words (e.g. English translations of a Russian or Kazakh question's words). They
   * widen the search for candidates only: relevance is measured on the question's own words,
   * which retrieval reads across languages itself, so a translated verb cannot pass for a question.
   */
  expansions?: string[];
  /** The question's language, when the reader knows it better than the text shows (short or transliterated questions). */
  lang?: Lang;
  /** Overrides the retriever's relevance gate (0 returns the best sentences whatever they hold). */
  minRelevance?: number;
  /**
   * Only these sources, every sentence of them a candidate: the articles that name what the
   * question is about ("the plant in «Караозек»"), searched for the rest of the question.
   */
  within?: readonly string[];
}

/** A verbatim sentence: `quote === body.slice(start, end)` of source `source`. */
export interface Passage {
  source: string;
  title: string;
  quote: string;
  start: number;
  end: number;
  /**
   * How well it answers (0…1): the share of the question's weighted content words it holds
   * (relevance.ts), lifted a little when it holds them as adjacent terms, quotes the speaker asked
   * about or states the purpose asked for. Passages come best first.
   */
  score: number;
}

/** A list heading ("… several strategic areas:") rarely answers; its items do. */
const HEADING_FACTOR = 0.6;
/** How far after its heading (in characters) a list's items are looked for. */
const LIST_REACH = 1500;
/** Further sentences must score at least this share of the best one… */
const KEEP_SHARE = 0.6;
/** Sentences, best first by relevance, that may be lifted by frameBonus and pairBonus. */
const CONTENDERS = 12;
/** …and at least this share of the gate. */
const KEEP_GATE = 0.8;
/**
 * The gate is passed by a sentence that holds at least this share of the question by itself,
 * not only through its neighbours: context helps rank, it does not make a question answerable.
 */
export const MIN_OWN = 0.35;

interface Scored {
  unit: Unit;
  /** Relevance: what the gate is measured on. */
  relevance: number;
  /** Relevance with the ranking lifts (may pass 1; reported capped). */
  score: number;
  order: number;
}

/**
 * The best sentences for a question among candidate units (each with the rank of the chunk that
 * brought it): nothing when no sentence holding MIN_OWN of the question by itself reaches `gate`,
 * else up to `max`, best first, each close enough to the best. Ties go to the better-ranked
 * chunk, then to the earlier sentence.
 */
export function bestUnits(
  question: Question,
  slots: readonly WeightedSlot[],
  candidates: readonly { unit: Unit; order: number }[],
  gate: number,
  max: number,
): { unit: Unit; score: number }[] {
  // A heading that holds more of the question than any of its items ("… gloves are made by the
  // following companies:" over "Irtysh Glove LLP – Semey;") is what answers: the items are brought with it.
  const namesOnly = (heading: Unit) => {
    const own = coverage(slots, heading, false);
    return !candidates.some(
      ({ unit: u }) =>
        u.source === heading.source &&
        (u.sentence.item || u.sentence.text.startsWith("|")) &&
        u.sentence.start > heading.sentence.start &&
        u.sentence.start - heading.sentence.end < LIST_REACH &&
        coverage(slots, u, false) >= own,
    );
  };
  const scored: Scored[] = candidates.map(({ unit, order }) => {
    const lowered = unit.sentence.heading && !namesOnly(unit);
    const r = relevance(slots, question.asks, unit) * (lowered ? HEADING_FACTOR : 1);
    return { unit, relevance: r, score: r, order };
  });
  scored.sort((a, b) => b.relevance - a.relevance);
  // Asked what someone said, a sentence must name the speaker or the topic itself, not only report.
  const said = asksSaid(slots);
  // The lifts re-read a sentence's words: only the contenders get them.
  for (const s of scored.slice(0, CONTENDERS)) {
    if (s.relevance > 0) s.score += frameBonus(question.asks, slots, s.unit) + pairBonus(slots, s.unit);
  }
  scored.sort(
    (a, b) => b.score - a.score || a.order - b.order || a.unit.sentence.start - b.unit.sentence.start,
  );
  const opener = scored.find(
    (s) => coverage(slots, s.unit, false) >= MIN_OWN && (!said || ownContent(slots, s.unit) >= MIN_OWN),
  );
  if (!opener || opener.relevance < gate || opener.relevance <= 0) return [];
  const floor = Math.max((scored[0] as Scored).score * KEEP_SHARE, gate * KEEP_GATE);
  return scored
    .filter((s) => s.score >= floor)
    .slice(0, max)
    .map(({ unit, score }) => ({ unit, score: Math.min(1, score) }));
}
