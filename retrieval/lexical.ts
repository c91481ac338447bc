import MiniSearch from "minisearch";

/**
 * Postings the lexical ranker reads per query, rarest keys first: MiniSearch scores and
 * materialises every posting of every term (about 3 µs each, the main cost at 10,000 chunks),
 * and common keys barely reorder the rare keys' matches. The vector ranker still sees the whole query.
 */
export const POSTINGS_BUDGET = 500;

interface LexicalDoc {
  id: number;
  keys: string[];
}

export interface LexicalHit {
  id: number;
  /** MiniSearch's BM25+ score. */
  score: number;
}

/**
 * BM25 ranking of chunks by MiniSearch, over keys (terms.ts: stems and concepts of the content
 * words, "s:…" and "c:…") worked out before they reach MiniSearch, so its tokenizer only splits
 * them and its term processing passes them through. Keeps the chunk frequency of each key to
 * leave out the commonest ones (see search).
 */
export class LexicalIndex {
  private readonly search_ = new MiniSearch<LexicalDoc>({
    fields: ["keys"],
    extractField: (doc, field) => (field === "id" ? doc.id : doc.keys.join(" ")) as never,
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: "OR" },
  });
  private readonly df = new Map<string, number>();

  get size(): number {
    return this.search_.documentCount;
  }

  add(id: number, keys: readonly string[]): void {
    for (const s of new Set(keys)) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    this.search_.add({ id, keys: [...keys] });
  }

  /** Removes a chunk; `keys` must be what it was added with, to keep frequencies right. */
  remove(id: number, keys: readonly string[]): void {
    for (const s of new Set(keys)) {
      const n = (this.df.get(s) ?? 0) - 1;
      if (n > 0) this.df.set(s, n);
      else this.df.delete(s);
    }
    this.search_.discard(id);
  }

  /**
   * BM25 over the query's keys, each boosted by its weight (a word written three ways — stem,
   * concept, the other script's spelling — shares one word's weight among them). Keys are taken
   * rarest first until POSTINGS_BUDGET postings are read; the rarest key is always taken.
   */
  search(terms: ReadonlyMap<string, number>, limit: number): LexicalHit[] {
    const byRarity = [...terms.keys()]
      .map((k) => [k, this.df.get(k) ?? 0] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => a[1] - b[1]);
    const query: string[] = [];
    let read = 0;
    for (const [k, n] of byRarity) {
      if (query.length > 0 && read + n > POSTINGS_BUDGET) break;
      query.push(k);
      read += n;
    }
    if (query.length === 0) return [];
    return this.search_
      .search(query.join(" "), { boostTerm: (term) => terms.get(term) ?? 1 })
      .slice(0, limit)
      .map((r) => ({ id: r.id as number, score: r.score }));
  }
}
