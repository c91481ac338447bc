import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import type { Lang, Source } from "../knowledge/schema.js";
import type { Sentence } from "../knowledge/sentences.js";
import { sourcesHash } from "../knowledge/sources.js";
import { namesByInitials, spellOutInitials } from "./acronyms.js";
import { type ChunkSpan, chunkSource } from "./chunk.js";
import { CORRECTION, FAMILY } from "./concepts.js";
import { embedderIdOf, HashingEmbeddings, type HashingState } from "./embeddings.js";
import { LexicalIndex } from "./lexical.js";
import { bestUnits, type Passage, type PassageOptions } from "./passages.js";
import { relevance, type WeightedSlot, weigh } from "./relevance.js";
import { analyzeQuestion, analyzeText, keysOf, type Question } from "./terms.js";
import { analyseSource, type SentenceInfo, type SourceInfo, type Unit, unitAt } from "./units.js";
import {
  type ChunkEntry,
  DEFAULT_HNSW,
  type HnswParams,
  type IndexManifest,
  readManifest,
  VectorIndex,
  writeManifest,
} from "./vector-index.js";
import { Vocabulary } from "./vocabulary.js";

export type SearchMode = "hybrid" | "vector" | "lexical";

export interface SearchOptions {
  /** Number of hits (default 5). */
  k?: number;
  mode?: SearchMode;
  /** Extra query terms, e.g. English translations of a Russian or Kazakh question's words. */
  expansions?: string[];
  /** The question's language, when known better than its text shows. */
  lang?: Lang;
}

export type { Passage, PassageOptions } from "./passages.js";

export interface IndexedChunk {
  id: number;
  source: string;
  title: string;
  start: number;
  end: number;
  text: string;
}

export interface SearchHit {
  chunk: IndexedChunk;
  /** Reciprocal-rank-fusion score (or the single ranker's, by rank, in vector/lexical mode). */
  score: number;
  /** Cosine similarity to the query, when the vector ranker found this chunk. */
  similarity?: number;
  /** BM25 score, when the lexical ranker found this chunk. */
  bm25?: number;
}

export interface RetrieverInfo {
  /** "loaded" when the saved index was reused, "built" when it was (re)built from the sources. */
  origin: "loaded" | "built";
  /** Why it was built: "no data folder", "no saved index", "corpus changed", "embedder changed"… */
  reason: string;
  corpusHash: string;
  embedderId: string;
  dims: number;
  capacity: number;
  /** Time to build or load, in milliseconds. */
  ms: number;
}

export interface Retriever {
  /** Number of indexed chunks. */
  readonly size: number;
  readonly info: RetrieverInfo;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  passages(query: string, options?: PassageOptions): Promise<Passage[]>;
  /**
   * How much of the question the given sentences hold: the best relevance among them, measured as
   * passages() measures its own (0 for a sentence not indexed). An answer's quotes are so weighed
   * against the passages that retrieval would give.
   */
  explains(
    query: string,
    quotes: readonly { source: string; quote: string }[],
    options?: PassageOptions,
  ): number;
  /**
   * Which of these words of the question a sentence has, by their stems or their concepts in any
   * language ("essential" in «өмірлік маңызды»).
   */
  held(query: string, words: readonly string[], quote: string, lang?: Lang): string[];
  /** Adds or replaces a source: chunked, embedded, indexed and saved without a full rebuild. */
  addDocument(source: Source): Promise<void>;
  close(): Promise<void>;
}

export interface RetrieverOptions {
  /** Data folder; the index lives in `<dataDir>/index/`. Without it the index is in memory only. */
  dataDir?: string;
  /** Defaults to the offline HashingEmbeddings. */
  embeddings?: Embeddings;
  maxChunkChars?: number;
  hnsw?: Partial<HnswParams>;
  /**
   * Relevance gate for passages(): the best sentence must hold at least this IDF-weighted share
   * of the question's content words (see relevance.ts), else there is no passage.
   */
  minRelevance?: number;
}

/** Calibrated on tests/retrieval/fixtures/relevance.json (see tests/retrieval/relevance-set.test.ts). */
export const MIN_RELEVANCE = 0.6;
const CYRILLIC = /[\u0400-\u04ff]/;
/** Reciprocal rank fusion's damping constant (Cormack et al. use 60). */
const RRF_K = 60;
/** Chunks are embedded and indexed in batches, yielding to the event loop in between. */
const BATCH = 256;
/** Chunks passages() examines: their sentences and these sentences' neighbours are scored. */
const CANDIDATES = 20;
/** A sentence opening with the parts of the figure before it: "Of them", «Из них», «Оның ішінде». */
const BREAKDOWN =
  /^(of (them|these|this|which|the total)|including|among them|из (них|этого числа|этой суммы|которых)|в том числе|оның ішінде|олардың ішінде|соның ішінде)(?!\p{L})|^[^.]{0,60}?\d[\d.,]*[^.]{0,40}?\s(of that|of this|of it|из них|из этой суммы)(?!\p{L})/iu;
/** Most items of a list brought with its heading. */
const LIST_ITEMS = 10;

/** Lexical weight of a key of the caller's expansions (a question word counts 1). */
const EXPANSION_WEIGHT = 0.5;
/** Family keys are for part credit in relevance; the lexical ranker indexes words and concepts only. */
const FAMILIES = new Set(FAMILY.values());

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Chunk extends ChunkEntry {
  /** The keys of its sentences (terms.ts), as given to the lexical index. */
  keys: string[];
}

/** A chunk's fused ranking: its id and the SearchHit scores. */
type Fused = Omit<SearchHit, "chunk"> & { id: number };

/** A question read once for search and passages. */
interface Reading {
  question: Question;
  slots: WeightedSlot[];
  /** The keys of the slots and the expansions that some sentence holds, with their weights for the lexical ranker. */
  keys: Map<string, number>;
}

class IndexedRetriever implements Retriever {
  private readonly sources = new Map<string, Source>();
  private readonly chunks = new Map<number, Chunk>();
  private readonly bySource = new Map<string, number[]>();
  private readonly infos = new Map<string, SourceInfo>();
  private readonly vocabulary = new Vocabulary();
  private readonly lexical = new LexicalIndex();
  private vectors: VectorIndex | null = null;
  private nextId = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The sources' names by their initials and the sources' words, made on first need after a change. */
  private initials: { names: Map<string, string>; words: Set<string> } | null = null;
  private corrections: { id: string; x: SentenceInfo }[] | undefined;
  info: RetrieverInfo;

  constructor(
    sources: readonly Source[],
    private readonly embeddings: Embeddings,
    private readonly indexDir: string | null,
    private readonly params: { maxChunkChars?: number; hnsw: HnswParams; minRelevance: number },
  ) {
    for (const s of sources) this.sources.set(s.id, s);
    this.info = {
      origin: "built",
      reason: "",
      corpusHash: sourcesHash(sources),
      embedderId: embedderIdOf(embeddings),
      dims: 0,
      capacity: 0,
      ms: 0,
    };
  }

  get size(): number {
    return this.chunks.size;
  }

  /** Reuses the saved index if it matches, else builds and saves one (info says which and why). */
  async open(): Promise<void> {
    const started = performance.now();
    const reason = this.tryLoad();
    if (reason) {
      await this.build();
      this.persist();
    }
    this.info = {
      ...this.info,
      origin: reason ? "built" : "loaded",
      reason: reason ?? "",
      ms: performance.now() - started,
    };
    this.refreshInfo();
  }

  private refreshInfo(): void {
    this.info = { ...this.info, dims: this.vectors?.dims ?? 0, capacity: this.vectors?.capacity ?? 0 };
  }

  /** Loads the saved index; returns the reason it cannot be used, or null when loaded. */
  private tryLoad(): string | null {
    if (!this.indexDir) return "no data folder";
    const m = readManifest(this.indexDir);
    if (!m) return "no saved index";
    if (m.embedderId !== this.info.embedderId) return "embedder changed";
    if (m.corpusHash !== this.info.corpusHash) return "corpus changed";
    const valid = m.chunks.every((c) => c.end <= (this.sources.get(c.source)?.body.length ?? -1));
    if (!valid) return "saved index unreadable";
    // dims is 0 only when nothing was ever embedded (an empty corpus): there is no vectors file.
    if (m.dims > 0) {
      const file = join(this.indexDir, m.vectorsFile);
      if (!existsSync(file)) return "saved index unreadable";
      try {
        this.vectors = VectorIndex.read(file, m.dims, this.params.hnsw);
      } catch {
        return "saved index unreadable";
      }
    }
    if (this.embeddings instanceof HashingEmbeddings && m.embedderState) {
      this.embeddings.restore(m.embedderState as HashingState);
    }
    for (const c of m.chunks) this.index(c);
    this.nextId = m.nextId;
    return null;
  }

  private index(entry: ChunkEntry): Chunk {
    const keys: string[] = [];
    for (const u of this.sentencesIn(entry)) {
      this.vocabulary.add(u.keys, u.sentence.text);
      for (const k of u.keys) if (!k.startsWith("f:") && !FAMILIES.has(k)) keys.push(k);
    }
    const chunk: Chunk = { ...entry, keys };
    this.chunks.set(chunk.id, chunk);
    const ids = this.bySource.get(chunk.source);
    if (ids) ids.push(chunk.id);
    else this.bySource.set(chunk.source, [chunk.id]);
    this.lexical.add(chunk.id, chunk.keys);
    return chunk;
  }

  /** What indexing keeps of a source, read once. */
  private infoOf(id: string): SourceInfo | undefined {
    let info = this.infos.get(id);
    const source = this.sources.get(id);
    if (!info && source) {
      info = analyseSource(source);
      this.infos.set(id, info);
      this.corrections = undefined;
    }
    return info;
  }

  /** The sentences of a chunk. */
  private sentencesIn(c: ChunkEntry): SentenceInfo[] {
    const sentences = this.infoOf(c.source)?.sentences ?? [];
    return sentences.filter((u) => u.sentence.start >= c.start && u.sentence.end <= c.end);
  }

  private textOf(c: ChunkEntry): string {
    return this.sources.get(c.source)?.body.slice(c.start, c.end) ?? "";
  }

  private async build(): Promise<void> {
    const spans = [...this.sources.values()].flatMap((s) =>
      chunkSource(s, { maxChars: this.params.maxChunkChars }),
    );
    if (this.embeddings instanceof HashingEmbeddings) this.embeddings.fit(spans.map((c) => c.text));
    await this.insert(spans, Math.ceil(spans.length * 1.25) + 16);
  }

  /** Embeds and indexes chunk spans in batches. */
  private async insert(spans: readonly ChunkSpan[], capacity: number): Promise<void> {
    for (let i = 0; i < spans.length; i += BATCH) {
      const batch = spans.slice(i, i + BATCH);
      const vectors = await this.embeddings.embedDocuments(batch.map((c) => c.text));
      this.insertEmbedded(batch, vectors, capacity);
      await yieldToLoop();
    }
  }

  private insertEmbedded(spans: readonly ChunkSpan[], vectors: number[][], capacity: number): void {
    for (const [j, span] of spans.entries()) {
      const vector = vectors[j] as number[];
      this.vectors ??= VectorIndex.create(vector.length, capacity, this.params.hnsw);
      const chunk = this.index({ id: this.nextId++, source: span.source, start: span.start, end: span.end });
      this.vectors.add(chunk.id, vector);
    }
  }

  /** Saves the index file under a new name, then the manifest that names it, then drops the old file. */
  private persist(): void {
    const dir = this.indexDir;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const vectorsFile = `vectors-${randomUUID().slice(0, 8)}.hnsw`;
    if (this.vectors) this.vectors.write(join(dir, vectorsFile));
    const manifest: IndexManifest = {
      version: 1,
      corpusHash: this.info.corpusHash,
      embedderId: this.info.embedderId,
      dims: this.vectors?.dims ?? 0,
      nextId: this.nextId,
      vectorsFile,
      chunks: [...this.chunks.values()].map(({ id, source, start, end }) => ({ id, source, start, end })),
      embedderState: this.embeddings instanceof HashingEmbeddings ? this.embeddings.state() : undefined,
    };
    writeManifest(dir, manifest);
    for (const f of readdirSync(dir)) {
      if (f.startsWith("vectors-") && f !== vectorsFile) rmSync(join(dir, f), { force: true });
    }
  }

  private chunkView(c: Chunk): IndexedChunk {
    const title = this.sources.get(c.source)?.title ?? c.source;
    return { id: c.id, source: c.source, title, start: c.start, end: c.end, text: this.textOf(c) };
  }

  /** Reads the question once: its slots weighed against the vocabulary, and the keys to search by. */
  private read(query: string, options: { expansions?: string[]; lang?: PassageOptions["lang"] }): Reading {
    const { question, slots } = this.bestReading(query, options.lang);
    const keys = new Map<string, number>();
    const put = (k: string, w: number) => {
      if (this.vocabulary.count(k) > 0) keys.set(k, Math.max(keys.get(k) ?? 0, w));
    };
    for (const s of slots) {
      for (const part of s.parts) {
        // Kin concepts and typos rank nothing: they would pull in every sentence about any agreement.
        const strong = [...part].filter(([k, c]) => c >= 0.8 && this.vocabulary.count(k) > 0);
        for (const [k, c] of strong) put(k, c / strong.length);
      }
    }
    for (const e of options.expansions ?? []) for (const k of keysOf(e)) put(k, EXPANSION_WEIGHT);
    return { question, slots, keys };
  }

  /**
   * The question read in its language, or in another one when that explains more of its words:
   * Russian or Kazakh typed in Latin letters ("chto proizoshlo v aprele", "mamandardy dayarlau")
   * and Kazakh without its own letters ("Кембриджде не болды") that the reader took for English or
   * Russian. A word no sentence holds in any spelling counts against a reading; the given
   * language wins ties.
   */
  private bestReading(query: string, lang: Lang | undefined): { question: Question; slots: WeightedSlot[] } {
    const read = (l: Lang | undefined) => {
      const question = analyzeQuestion(query, l);
      const slots = weigh(question, this.vocabulary);
      return { question, slots, unknown: slots.filter((s) => s.weight >= this.vocabulary.idfOf(0)).length };
    };
    let best = read(lang);
    if (best.unknown === 0) return best;
    const others: Lang[] = CYRILLIC.test(query) ? ["ru", "kk"] : ["en", "ru", "kk"];
    for (const other of others) {
      if (other === best.question.lang) continue;
      const alt = read(other);
      if (alt.unknown < best.unknown && alt.slots.length > alt.unknown) best = alt;
    }
    return best;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const fused = await this.rank(query, this.read(query, options), options);
    return fused.flatMap(({ id, ...scores }) => {
      const chunk = this.chunks.get(id);
      return chunk ? [{ chunk: this.chunkView(chunk), ...scores }] : [];
    });
  }

  /** Chunk ids by reciprocal rank fusion of the vector and the lexical ranker. */
  private async rank(query: string, reading: Reading, options: SearchOptions): Promise<Fused[]> {
    const k = Math.max(1, options.k ?? 5);
    const mode = options.mode ?? "hybrid";
    const expansions = options.expansions ?? [];
    if (reading.question.slots.length === 0 || this.chunks.size === 0) return [];
    const depth = Math.max(k * 2, 20);
    const fused = new Map<number, Fused>();
    const hitFor = (id: number): Fused | undefined => {
      if (!this.chunks.has(id)) return undefined;
      const hit = fused.get(id) ?? { id, score: 0 };
      fused.set(id, hit);
      return hit;
    };
    if (mode !== "lexical" && this.vectors) {
      const vector = await this.embeddings.embedQuery([query, ...expansions].join(" "));
      let rank = 0;
      for (const v of this.vectors.search(vector, depth)) {
        const hit = hitFor(v.label);
        if (!hit) continue;
        hit.score += 1 / (RRF_K + ++rank);
        hit.similarity = v.similarity;
      }
    }
    if (mode !== "vector") {
      let rank = 0;
      for (const l of this.lexical.search(reading.keys, depth)) {
        const hit = hitFor(l.id);
        if (!hit) continue;
        hit.score += 1 / (RRF_K + ++rank);
        hit.bm25 = l.score;
      }
    }
    return [...fused.values()]
      .sort((a, b) => b.score - a.score || (b.similarity ?? 0) - (a.similarity ?? 0) || a.id - b.id)
      .slice(0, k);
  }

  /** The units of the candidate chunks and their neighbours, each with its chunk's rank. */
  private candidates(hits: readonly { id: number }[]): { unit: Unit; order: number }[] {
    const out = new Map<string, { unit: Unit; order: number }>();
    for (const [order, hit] of hits.entries()) {
      const chunk = this.chunks.get(hit.id);
      const info = chunk && this.infos.get(chunk.source);
      if (!chunk || !info) continue;
      for (const [i, s] of info.sentences.entries()) {
        if (s.sentence.start < chunk.start || s.sentence.end > chunk.end) continue;
        for (const j of [i - 1, i, i + 1]) {
          const id = `${chunk.source}:${j}`;
          if (j >= 0 && j < info.sentences.length && !out.has(id))
            out.set(id, { unit: unitAt(chunk.source, info, j), order });
        }
      }
    }
    return [...out.values()];
  }

  async passages(asked: string, options: PassageOptions = {}): Promise<Passage[]> {
    const query = this.spelledOut(asked);
    const max = Math.min(3, Math.max(1, options.max ?? 3));
    const reading = this.read(query, options);
    const hits = options.within
      ? options.within.flatMap((source) => (this.bySource.get(source) ?? []).map((id) => ({ id })))
      : await this.rank(query, reading, { k: CANDIDATES, expansions: options.expansions });
    const gate = options.minRelevance ?? this.params.minRelevance;
    const best = bestUnits(reading.question, reading.slots, this.candidates(hits), gate, max);
    const passage = (id: string, sentence: Sentence, score: number): Passage => {
      const source = this.sources.get(id) as Source;
      return {
        source: id,
        title: source.title,
        quote: sentence.text,
        start: sentence.start,
        end: sentence.end,
        score,
      };
    };
    // "Which companies make masks?": a list heading that answers ("… made by the following
    // companies:") brings its items or table rows, which hold the names (an item that answers
    // comes alone).
    const out: Passage[] = [];
    const given = (source: string, x: Sentence) =>
      out.some((p) => p.source === source && p.start === x.start);
    for (const { unit, score } of best) {
      for (const x of [
        ...this.listOf(unit.source, unit.sentence),
        ...this.breakdownOf(unit.source, unit.sentence),
      ])
        if (!given(unit.source, x)) out.push(passage(unit.source, x, score));
      // A later report that calls this one's statement an error is quoted beside it (and what
      // is right, said after a correction).
      for (const c of [
        ...this.rightAfter(unit.source, unit.sentence),
        ...this.correctionsOf(unit.source, unit.sentence),
      ])
        if (!given(c.source, c.sentence)) out.push(passage(c.source, c.sentence, score));
    }
    return out;
  }

  /**
   * Sentences of other sources, no older, that call a statement like this one an error ("was
   * incorrectly reported as July 2025", «ошибочно указано», «қате көрсетілген»): three keys and a
   * number shared.
   */
  private correctionsOf(source: string, sentence: Sentence): { source: string; sentence: Sentence }[] {
    const own = this.infos.get(source)?.sentences.find((x) => x.sentence.start === sentence.start)?.keys;
    const date = this.sources.get(source)?.date ?? "";
    if (!own) return [];
    // (And the figure or year the error is about: "2025" of "July 2025", not a right date's "2024".)
    const numbers = new Set(sentence.text.match(/\d+/gu) ?? []);
    const out: { source: string; sentence: Sentence }[] = [];
    for (const { id, x } of this.correctionSentences()) {
      if (id === source || (this.sources.get(id)?.date ?? "9999") < date) continue;
      let shared = 0;
      for (const k of x.keys) if (own.has(k) && !k.startsWith("f:")) shared++;
      if (shared < 3 || !(x.sentence.text.match(/\d+/gu) ?? []).some((n) => numbers.has(n))) continue;
      out.push({ source: id, sentence: x.sentence }, ...this.rightAfter(id, x.sentence));
    }
    return out;
  }

  /** The sentences that call a statement an error, found once per change of the sources (retrieval's hot path reads them). */
  private correctionSentences(): { id: string; x: SentenceInfo }[] {
    this.corrections ??= [...this.infos].flatMap(([id, info]) =>
      info.sentences.filter((x) => CORRECTION.test(x.sentence.text)).map((x) => ({ id, x })),
    );
    return this.corrections;
  }

  /** After a correction, the sentence that says what is right ("Шын мәнінде … 2024 жылғы 1 шілдеден …"). */
  private rightAfter(source: string, sentence: Sentence): { source: string; sentence: Sentence }[] {
    if (!CORRECTION.test(sentence.text)) return [];
    const sentences = this.infos.get(source)?.sentences ?? [];
    const next = sentences[sentences.findIndex((x) => x.sentence.start === sentence.start) + 1]?.sentence;
    return next && /\d/u.test(next.text) ? [{ source, sentence: next }] : [];
  }

  /** "which official visited the INP": initials no source holds, written out as the name they stand for. */
  private spelledOut(query: string): string {
    if (!this.initials) {
      const words = new Set(
        [...this.sources.values()].flatMap((x) => x.body.toLowerCase().match(/[\p{L}]+/gu) ?? []),
      );
      this.initials = { names: namesByInitials(this.sources.values()), words };
    }
    const { names, words } = this.initials;
    return spellOutInitials(query, names, (w) => words.has(w));
  }

  /**
   * The sentence right after one that breaks its figure down ("848 thousand masks in all. Of them,
   * 265 thousand …", «Из них …», «Оның ішінде …»): the parts go with the whole.
   */
  private breakdownOf(source: string, sentence: Sentence): Sentence[] {
    if (!/\d/u.test(sentence.text)) return [];
    const sentences = this.infos.get(source)?.sentences.map((x) => x.sentence) ?? [];
    const next = sentences[sentences.findIndex((x) => x.start === sentence.start) + 1];
    return next && BREAKDOWN.test(next.text) && /\d/u.test(next.text) ? [next] : [];
  }

  /**
   * A list heading with its items or table rows (at most LIST_ITEMS), a table row with its table
   * and the heading over it; any other sentence alone.
   */
  private listOf(source: string, sentence: Sentence): Sentence[] {
    const sentences = this.infos.get(source)?.sentences.map((x) => x.sentence) ?? [];
    const row = (x: Sentence | undefined) => !!x && x.text.startsWith("|");
    const listed = (x: Sentence | undefined) => !!x && (x.item || row(x));
    let at = sentences.findIndex((x) => x.start === sentence.start);
    while (at > 0 && row(sentences[at])) at--;
    const heading = sentences[at];
    if (at < 0 || !heading?.heading || !listed(sentences[at + 1])) return [sentence];
    const items: Sentence[] = [];
    for (const next of sentences.slice(at + 1)) {
      if (!listed(next) || items.length >= LIST_ITEMS) break;
      items.push(next);
    }
    return [heading, ...items];
  }

  explains(
    query: string,
    quotes: readonly { source: string; quote: string }[],
    options: PassageOptions = {},
  ): number {
    const { question, slots } = this.read(query, options);
    let best = 0;
    for (const { source, quote } of quotes) {
      const info = this.infos.get(source);
      const at = info?.sentences.findIndex(
        (s) => s.sentence.text.includes(quote) || quote.includes(s.sentence.text),
      );
      if (!info || at === undefined || at < 0) continue;
      best = Math.max(best, relevance(slots, question.asks, unitAt(source, info, at)));
    }
    return best;
  }

  held(query: string, words: readonly string[], quote: string, lang?: Lang): string[] {
    const keys = new Set(keysOf(quote));
    const tokens = analyzeText(query, lang);
    return words.filter((w) => tokens.some((t) => t.word === w && t.keys.some((k) => keys.has(k))));
  }

  addDocument(source: Source): Promise<void> {
    const problem = checkSource(source);
    if (problem) return Promise.reject(new Error(`Cannot index this document: ${problem}.`));
    const run = this.queue.then(() => this.replace(source));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async replace(source: Source): Promise<void> {
    // Embed first: if the embedder fails, the index is left as it was.
    const spans = chunkSource(source, { maxChars: this.params.maxChunkChars });
    const vectors = spans.length > 0 ? await this.embeddings.embedDocuments(spans.map((c) => c.text)) : [];
    for (const id of this.bySource.get(source.id) ?? []) {
      const chunk = this.chunks.get(id);
      if (!chunk) continue;
      for (const u of this.sentencesIn(chunk)) this.vocabulary.remove(u.keys, u.sentence.text);
      this.vectors?.remove(id);
      this.lexical.remove(id, chunk.keys);
      this.chunks.delete(id);
    }
    this.bySource.delete(source.id);
    this.infos.delete(source.id);
    this.sources.set(source.id, source);
    this.initials = null;
    this.corrections = undefined;
    this.insertEmbedded(spans, vectors, spans.length + 16);
    this.info = { ...this.info, corpusHash: sourcesHash([...this.sources.values()]) };
    this.refreshInfo();
    this.persist();
  }

  async close(): Promise<void> {
    await this.queue;
  }
}

function checkSource(source: Source): string | null {
  if (!source || typeof source !== "object") return "it is not a document";
  if (typeof source.id !== "string" || !source.id.trim()) return "it has no id";
  if (typeof source.title !== "string") return "it has no title";
  if (typeof source.body !== "string") return "it has no text";
  return null;
}

/**
 * Opens the retriever over `sources`: loads the index saved in `<dataDir>/index/` when its
 * manifest matches the corpus hash and the embedder id, else builds it and saves it there.
 */
export async function createRetriever(
  sources: readonly Source[],
  options: RetrieverOptions = {},
): Promise<Retriever> {
  const retriever = new IndexedRetriever(
    sources,
    options.embeddings ?? new HashingEmbeddings(),
    options.dataDir ? join(options.dataDir, "index") : null,
    {
      maxChunkChars: options.maxChunkChars,
      hnsw: { ...DEFAULT_HNSW, ...options.hnsw },
      minRelevance: options.minRelevance ?? MIN_RELEVANCE,
    },
  );
  await retriever.open();
  return retriever;
}
