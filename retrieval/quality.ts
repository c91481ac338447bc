import type { Lang } from "../knowledge/schema.js";
import type { Retriever, SearchMode } from "./retriever.js";

export interface QualityCase {
  q: string;
  /** Text the right chunk contains (an eval case's "cite"). */
  cite: string;
}

export interface RankerQuality {
  /** Share of cases whose right chunk is among the first three hits. */
  recallAt3: number;
  /** Mean reciprocal rank of the right chunk (0 when it is not in the first `depth` hits). */
  mrr: number;
}

const MODES: readonly SearchMode[] = ["hybrid", "vector", "lexical"];
const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/** 1-based rank of the first hit whose chunk contains `cite`, or 0 when none of `depth` does. */
export async function rankOf(
  retriever: Retriever,
  c: QualityCase,
  mode: SearchMode,
  depth = 10,
): Promise<number> {
  const hits = await retriever.search(c.q, { k: depth, mode });
  const cite = fold(c.cite);
  return hits.findIndex((h) => fold(h.chunk.text).includes(cite)) + 1;
}

/** Recall@3 and MRR of the chunk holding each case's citation, for each ranker side by side. */
export async function rankerQuality(
  retriever: Retriever,
  cases: readonly QualityCase[],
): Promise<Record<SearchMode, RankerQuality>> {
  const out = {} as Record<SearchMode, RankerQuality>;
  for (const mode of MODES) {
    let hits3 = 0;
    let rr = 0;
    for (const c of cases) {
      const rank = await rankOf(retriever, c, mode);
      if (rank > 0 && rank <= 3) hits3++;
      if (rank > 0) rr += 1 / rank;
    }
    const n = Math.max(1, cases.length);
    out[mode] = { recallAt3: hits3 / n, mrr: rr / n };
  }
  return out;
}

/** A labelled question for the relevance gate: `cite` empty when nothing in the sources answers it. */
export interface GateCase {
  q: string;
  /** Any of these inside a returned quote makes the case right. */
  cite: readonly string[];
  /** The language the question reader decides (the engine passes it on), when the case gives one. */
  lang?: Lang;
}

/** What `passages()` did with each labelled question. */
export interface GateCounts {
  /** Questions asked. */
  asked: number;
  /** Per answerable case, the 1-based rank of the first passage holding a cite, gate off (0: none of three). */
  ranks: number[];
  /** Questions the gate let through. */
  passed: number;
  /** Answerable questions the gate let through with a passage holding a cite. */
  right: number;
  /** Unanswerable questions the gate let through. */
  falsePasses: string[];
  /** Answerable questions the gate stopped, or let through without a cite. */
  misses: string[];
}

export interface GateQuality {
  answerable: number;
  unanswerable: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Of the questions the gate let through, the share answered with a passage holding a cite. */
  precision: number;
  /** Of the answerable questions, the share the gate let through with a passage holding a cite. */
  recall: number;
  falsePasses: string[];
  misses: string[];
}

/** Runs labelled questions through `passages()`, with the gate on and off. */
export async function gateCounts(retriever: Retriever, cases: readonly GateCase[]): Promise<GateCounts> {
  const out: GateCounts = { asked: 0, ranks: [], passed: 0, right: 0, falsePasses: [], misses: [] };
  for (const c of cases) {
    out.asked++;
    const holds = (p: { quote: string }) => c.cite.some((x) => fold(p.quote).includes(fold(x)));
    const gated = await retriever.passages(c.q, { lang: c.lang });
    if (gated.length > 0) out.passed++;
    if (c.cite.length === 0) {
      if (gated.length > 0) out.falsePasses.push(c.q);
      continue;
    }
    out.ranks.push((await retriever.passages(c.q, { minRelevance: 0, lang: c.lang })).findIndex(holds) + 1);
    if (gated.some(holds)) out.right++;
    else out.misses.push(c.q);
  }
  return out;
}

/** Adds up counts of several runs (one per corpus). */
export function addCounts(parts: readonly GateCounts[]): GateCounts {
  return {
    asked: parts.reduce((n, p) => n + p.asked, 0),
    ranks: parts.flatMap((p) => p.ranks),
    passed: parts.reduce((n, p) => n + p.passed, 0),
    right: parts.reduce((n, p) => n + p.right, 0),
    falsePasses: parts.flatMap((p) => p.falsePasses),
    misses: parts.flatMap((p) => p.misses),
  };
}

/**
 * Recall@1/@3 and MRR of the passage holding the cite with the gate off, and the gate's precision
 * and recall with it on (a pass counts as right only when a returned passage holds the cite).
 */
export function gateQuality(counts: GateCounts): GateQuality {
  const { ranks } = counts;
  const n = Math.max(1, ranks.length);
  return {
    answerable: ranks.length,
    unanswerable: counts.asked - ranks.length,
    recallAt1: ranks.filter((r) => r === 1).length / n,
    recallAt3: ranks.filter((r) => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / n,
    precision: counts.passed > 0 ? counts.right / counts.passed : 1,
    recall: counts.right / n,
    falsePasses: counts.falsePasses,
    misses: counts.misses,
  };
}
