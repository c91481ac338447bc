import MiniSearch from "minisearch";

/** Query terms with more postings than this are dropped when rarer terms remain (see search). */
export const MAX_POSTINGS = 2000;

interface LexicalDoc {
  id: number;
  stems: string[];
}

export interface LexicalHit {
  id: number;
  /** MiniSearch's BM25+ score. */
  score: number;
}

/**
 * BM25 ranking of chunks by MiniSearch. Chunks and queries are analysed by the same function
 * (`analyze` in terms.ts: normalisation, stopwords, stemming) before they reach MiniSearch, so
 * its tokenizer only splits those stems and its term processing passes them through. Also keeps
 * document frequencies per stem for the relevance gate.
 */
export class LexicalIndex {
  private readonly search_ = new MiniSearch<LexicalDoc>({
    fields: ["stems"],
    extractField: (doc, field) => (field === "id" ? doc.id : doc.stems.join(" ")) as never,
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
    searchOptions: { combineWith: "OR" },
  });
  private readonly df = new Map<string, number>();

  get size(): number {
    return this.search_.documentCount;
  }

  add(id: number, stems: readonly string[]): void {
    for (const s of new Set(stems)) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    this.search_.add({ id, stems: [...stems] });
  }

  /** Removes a chunk; `stems` must be what it was added with, to keep frequencies right. */
  remove(id: number, stems: readonly string[]): void {
    for (const s of new Set(stems)) {
      const n = (this.df.get(s) ?? 0) - 1;
      if (n > 0) this.df.set(s, n);
      else this.df.delete(s);
    }
    this.search_.discard(id);
  }

  /**
   * BM25 over the query stems. Stems found in more than MAX_POSTINGS chunks are left out when
   * rarer ones remain: MiniSearch scores and materialises every posting of every term (about
   * 3 µs each, the main cost at 10,000 documents) and such common terms barely reorder the
   * rare terms' matches. The vector ranker still sees the whole query.
   */
  search(stems: readonly string[], limit: number): LexicalHit[] {
    const selective = stems.filter((s) => (this.df.get(s) ?? 0) <= MAX_POSTINGS);
    const query = selective.length > 0 ? selective : stems;
    if (query.length === 0) return [];
    return this.search_
      .search(query.join(" "))
      .slice(0, limit)
      .map((r) => ({ id: r.id as number, score: r.score }));
  }

  /** Inverse document frequency of a stem; a stem no chunk contains gets the highest value. */
  idf(stem: string): number {
    const n = this.size;
    return Math.log((n + 1) / ((this.df.get(stem) ?? 0) + 0.5));
  }
}
