import { Embeddings } from "@langchain/core/embeddings";
import { skeleton } from "./skeleton.js";
import { analyzeText, type Token } from "./terms.js";

/** Document frequencies the hashing embedder was fitted on; persisted beside the index. */
export interface HashingState {
  docs: number;
  /** [hashed stem, number of fitted texts containing it] */
  df: [number, number][];
}

export interface HashingOptions {
  /** Vector length. */
  dims?: number;
  /** Weight of an adjacent word pair relative to a word. */
  pairWeight?: number;
  /** Total weight of a word's character n-grams relative to the word itself. */
  charWeight?: number;
}

const WORD_SEED = 0x9747b28c;
const PAIR_SEED = 0x5bd1e995;
const GRAM_SEEDS = [0x27d4eb2f, 0x165667b1] as const;
/** Character n-gram lengths, one seed each. */
const GRAM_LENGTHS = [3, 4] as const;
const BEGIN = 0x02;
const END = 0x03;

/** murmur3's finaliser: spreads FNV's weak low bits over the whole word. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 units, no substring allocation. */
function hashString(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return mix(h);
}

/** FNV-1a over chars [from, from+n) of "\x02" + token + "\x03", without building the string. */
function hashGram(token: string, from: number, n: number, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = from; i < from + n; i++) {
    const c = i === 0 ? BEGIN : i === token.length + 1 ? END : token.charCodeAt(i - 1);
    h = Math.imul(h ^ c, 16777619);
  }
  return mix(h);
}

const NUMBER = /^[\d.%$]+$/;

const skeletons = new Map<string, string>();

/** skeleton() of a word, cached: the corpus repeats its words. */
function skeletonOf(word: string): string {
  let s = skeletons.get(word);
  if (s === undefined) {
    s = skeleton(word);
    if (skeletons.size > 200_000) skeletons.clear();
    skeletons.set(word, s);
  }
  return s;
}

/** What a word is hashed as: its first concept when it has one (so synonyms and translations meet), else its stem. */
function featureOf(t: Token): string {
  return t.keys.find((k) => k.startsWith("c:")) ?? (t.keys[0] as string);
}

/** The content words of a text with the feature each is hashed as. */
function features(text: string): { token: Token; feature: string }[] {
  return analyzeText(text)
    .filter((t) => !t.stop)
    .map((token) => ({ token, feature: featureOf(token) }));
}

/**
 * Offline embeddings by signed feature hashing: each content word's concept (concepts.ts) or
 * stem, adjacent pairs of those, and character 3/4-grams of the word's sound skeleton (which
 * tolerate typos and inflection, and meet a name or loanword written in the other script:
 * Нурбек ~ Nurbek) are hashed into `dims` buckets with a ±1 sign. Words are weighted by an IDF
 * fitted on the indexed chunks (`fit`), so rare terms count more; pairs and n-grams inherit their
 * words' weights. Vectors are L2-normalised; text with no content words gets a fixed guard
 * vector instead of zeros.
 */
export class HashingEmbeddings extends Embeddings {
  readonly dims: number;
  readonly pairWeight: number;
  readonly charWeight: number;
  private df = new Map<number, number>();
  private docs = 0;
  private readonly guard: Float32Array;

  constructor(options: HashingOptions = {}) {
    super({});
    this.dims = options.dims ?? 512;
    this.pairWeight = options.pairWeight ?? 0.5;
    this.charWeight = options.charWeight ?? 1;
    this.guard = guardVector(this.dims);
  }

  /** Name, size and parameters: a different value means stored vectors are incompatible. */
  get embedderId(): string {
    return `hashing-v2:dims=${this.dims}:pair=${this.pairWeight}:char=${this.charWeight}:grams=3,4`;
  }

  /** Fits the IDF weights on the texts to be indexed (replaces any earlier fit). */
  fit(texts: readonly string[]): void {
    this.df = new Map();
    this.docs = texts.length;
    for (const text of texts) {
      for (const key of new Set(features(text).map((f) => hashString(f.feature, WORD_SEED)))) {
        this.df.set(key, (this.df.get(key) ?? 0) + 1);
      }
    }
  }

  state(): HashingState {
    return { docs: this.docs, df: [...this.df] };
  }

  restore(state: HashingState): void {
    this.docs = state.docs;
    this.df = new Map(state.df);
  }

  /** Smoothed IDF, 1 for every word before fitting; a word never seen gets the top weight. */
  private idf(key: number): number {
    if (this.docs === 0) return 1;
    return Math.log((this.docs + 1) / ((this.df.get(key) ?? 0) + 1)) + 1;
  }

  private add(v: Float32Array, h: number, w: number): void {
    const i = h % this.dims;
    v[i] = (v[i] as number) + (h & 0x80000000 ? -w : w);
  }

  embed(text: string): Float32Array {
    const v = new Float32Array(this.dims);
    let prevKey = 0;
    let prevIdf = 0;
    for (const [t, { token, feature }] of features(text).entries()) {
      const key = hashString(feature, WORD_SEED);
      const idf = this.idf(key);
      this.add(v, key, idf);
      // The word itself too, at half weight: a concept joins synonyms, the stem keeps the exact word's pull.
      const stem = token.keys[0] as string;
      if (stem !== feature) this.add(v, hashString(stem, WORD_SEED), 0.5 * idf);
      if (t > 0)
        this.add(
          v,
          mix(Math.imul(prevKey, 31) ^ key ^ PAIR_SEED),
          this.pairWeight * Math.sqrt(idf * prevIdf),
        );
      prevKey = key;
      prevIdf = idf;
      if (NUMBER.test(token.word)) continue;
      this.addGrams(v, skeletonOf(token.word), idf);
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += (v[i] as number) ** 2;
    if (norm === 0) return this.guard.slice();
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * inv;
    return v;
  }

  /** Character n-grams of a word's skeleton, together weighing `charWeight` × the word's IDF. */
  private addGrams(v: Float32Array, word: string, idf: number): void {
    const padded = word.length + 2;
    let grams = 0;
    for (const n of GRAM_LENGTHS) grams += Math.max(0, padded - n + 1);
    const w = (this.charWeight * idf) / Math.sqrt(grams || 1);
    for (const [g, n] of GRAM_LENGTHS.entries()) {
      for (let i = 0; i + n <= padded; i++) this.add(v, hashGram(word, i, n, GRAM_SEEDS[g] as number), w);
    }
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embed(t)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embed(text));
  }
}

/** A fixed unit vector of pseudo-random signs: nearly orthogonal to every real text vector. */
function guardVector(dims: number): Float32Array {
  const v = new Float32Array(dims);
  const x = 1 / Math.sqrt(dims);
  for (let i = 0; i < dims; i++) v[i] = mix(i + 1) & 1 ? x : -x;
  return v;
}

/** The id stored in the index manifest: a change of embedder or its settings forces a rebuild. */
export function embedderIdOf(embeddings: Embeddings): string {
  const e = embeddings as Embeddings & { embedderId?: unknown; model?: unknown; dimensions?: unknown };
  if (typeof e.embedderId === "string") return e.embedderId;
  const parts = [e.constructor.name];
  if (typeof e.model === "string") parts.push(e.model);
  if (typeof e.dimensions === "number") parts.push(`dims=${e.dimensions}`);
  return parts.join(":");
}

export interface EmbeddingsConfig {
  EMBEDDINGS_BASE_URL?: string;
  EMBEDDINGS_MODEL?: string;
  EMBEDDINGS_API_KEY?: string;
}

/**
 * The embedder from configuration: an OpenAI-compatible endpoint (hosted, or a local server such
 * as Ollama's /v1) when EMBEDDINGS_BASE_URL or EMBEDDINGS_MODEL is set, else the offline one.
 * The OpenAI client is imported only then: it would add a second to every start-up.
 */
export async function createEmbeddings(config: EmbeddingsConfig): Promise<Embeddings> {
  const { EMBEDDINGS_BASE_URL: baseURL, EMBEDDINGS_MODEL: model } = config;
  if (!baseURL && !model) return new HashingEmbeddings();
  const { OpenAIEmbeddings } = await import("@langchain/openai");
  const openai = new OpenAIEmbeddings({
    model: model ?? "text-embedding-3-small",
    // Local servers ignore the key, but the client refuses to start without one.
    apiKey: config.EMBEDDINGS_API_KEY ?? "unused",
    configuration: baseURL ? { baseURL } : undefined,
  });
  return Object.assign(openai, { embedderId: `openai:${openai.model}@${baseURL ?? "api.openai.com"}` });
}
