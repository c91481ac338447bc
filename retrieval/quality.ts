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
