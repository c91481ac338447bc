/**
 * How well a text answers a query, measured on stems: the IDF-weighted share of the query's
 * terms that the text contains. Rare terms ("nurbek", "rwd") weigh more than common ones
 * ("kazakhstan"), and a query term no source contains (the "cat" of "a joke about cats") weighs
 * the most, so an off-topic question cannot reach a high share by matching one common word.
 * A near spelling (one edit) or a derived form the stemmer keeps apart ("partner" and
 * "partnership": one a prefix of the other), between words of 5+ letters, counts `NEAR_MATCH`.
 */
export const NEAR_MATCH = 0.7;

/** Whether two words differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function matchOf(term: string, text: ReadonlySet<string>): number {
  if (text.has(term)) return 1;
  if (term.length < 5) return 0;
  for (const t of text) {
    if (t.length >= 5 && (withinOneEdit(term, t) || t.startsWith(term) || term.startsWith(t)))
      return NEAR_MATCH;
  }
  return 0;
}

/** IDF-weighted share (0…1) of `query` terms found in `text`. */
export function coverage(
  query: readonly string[],
  text: ReadonlySet<string>,
  idf: (term: string) => number,
): number {
  let found = 0;
  let total = 0;
  for (const term of new Set(query)) {
    const w = idf(term);
    total += w;
    found += w * matchOf(term, text);
  }
  return total > 0 ? found / total : 0;
}

/**
 * Coverage of the best-covered group of terms: the question's own words, or the extra terms
 * (English translations of a Russian or Kazakh question), so untranslated words in one group
 * do not drag down a good match of the other.
 */
export function relevance(
  groups: readonly (readonly string[])[],
  text: ReadonlySet<string>,
  idf: (term: string) => number,
): number {
  let best = 0;
  for (const g of groups) best = Math.max(best, coverage(g, text, idf));
  return best;
}
