import type { Source } from "../knowledge/schema.js";
import { type Sentence, splitSentences } from "../knowledge/sentences.js";
import { normalize } from "../knowledge/text.js";
import { FAMILY, findConcepts } from "./concepts.js";
import { analyzeText, keysOf, type Token } from "./terms.js";

/**
 * A passage retrieval can quote: one sentence or list item of a source, with the keys it holds
 * itself and those it inherits from its context at part weight: the sentences beside it in its
 * paragraph ("The initiative supports …" is about the agreement the sentence before names), the
 * heading of its list ("The partnership will focus on several strategic areas:") and the title.
 */
export interface Unit {
  source: string;
  sentence: Sentence;
  keys: ReadonlySet<string>;
  /** The weight (0…1) a key counts for here through the unit's context (0 when the context lacks it). */
  inContext(key: string): number;
  /** Index in the source's list of units. */
  index: number;
  /** Whether it quotes someone's words (“…”, «…», "…"). */
  quotation: boolean;
  /** "a>b" for each key a of a content word followed by a content word with key b ("c:green>c:technology"); worked out on first use. */
  pairs(): ReadonlySet<string>;
  /**
   * The names a title or office in the sentence belongs to ("CEO of AstraZeneca Kazakhstan",
   * "Prime Minister Olzhas Bektenov"): stem keys of the capitalised words around it. Empty when
   * the sentence names no office. Worked out on first use.
   */
  officeHolders(): ReadonlySet<string>;
}

/** The family of offices and titles (concepts.ts). */
export const POSITION = "c:position";
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*|[,;:.()“”«»"!?–—]/gu;
const CONNECTORS = new Set(["of", "and", "the", "for", "de"]);

interface RawWord {
  text: string;
  /** Capitalised ("Nobel", "AstraZeneca"), lower case, or a punctuation mark. */
  kind: "name" | "word" | "mark";
}

/** Capitalised words from `from` on, in direction `step`, past connectors and at most `skip` lower-case words. */
function nameRun(words: readonly RawWord[], from: number, step: 1 | -1, skip: number): string[] {
  const connector = (w: RawWord | undefined) => w?.kind === "word" && CONNECTORS.has(w.text.toLowerCase());
  let i = from;
  let skipped = 0;
  while (words[i]?.kind === "word" && (connector(words[i]) || skipped++ < skip)) i += step;
  const out: string[] = [];
  for (; words[i] && out.length < 6; i += step) {
    const w = words[i] as RawWord;
    if (w.kind === "name") out.push(w.text);
    else if (!connector(w)) break;
  }
  return out;
}

/**
 * Stem keys of the names around each office word of a sentence: the capitalised run after it
 * (past "of" and up to two lower-case words: "министр здравоохранения Казахстана Акмарал
 * Альназарова") and the one before it, across one comma ("Maria Shipuleva, CEO of …").
 */
function holdersOf(text: string): Set<string> {
  const words: RawWord[] = [...text.matchAll(WORD_OR_MARK)].map(([w]) => ({
    text: w,
    kind: /^\p{Lu}/u.test(w) ? "name" : /^[\p{L}\p{N}]/u.test(w) ? "word" : "mark",
  }));
  const lower = words.map((w) => normalize(w.text));
  const out = new Set<string>();
  for (const span of findConcepts(lower)) {
    if (span.key !== POSITION && FAMILY.get(span.key) !== POSITION) continue;
    const right = nameRun(words, span.end, 1, 2);
    const leftFrom = words[span.start - 1]?.text === "," ? span.start - 2 : span.start - 1;
    const left = nameRun(words, leftFrom, -1, 0);
    for (const key of keysOf([...right, ...left].join(" "))) if (key.startsWith("s:")) out.add(key);
  }
  return out;
}

/** What indexing keeps of a sentence: enough to build its unit without reading it again. */
export interface SentenceInfo {
  sentence: Sentence;
  /** Its distinct keys (terms.ts). */
  keys: ReadonlySet<string>;
  refersBack: boolean;
  quotation: boolean;
}

/** What indexing keeps of a source: its quotable sentences and the keys of its title and lead. */
export interface SourceInfo {
  sentences: SentenceInfo[];
  documentKeys: ReadonlySet<string>;
}

/** One string per key across the index, so the sentences' key lists share them. */
const interned = new Map<string, string>();
function intern(key: string): string {
  const known = interned.get(key);
  if (known !== undefined) return known;
  interned.set(key, key);
  return key;
}

/** Keys of each content word followed by the next content word's, for multiword terms. */
function pairsOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const content = tokens.filter((t) => !t.stop);
  for (let i = 1; i < content.length; i++) {
    for (const a of (content[i - 1] as Token).keys) {
      if (a.startsWith("f:")) continue;
      for (const b of (content[i] as Token).keys) if (!b.startsWith("f:")) out.add(`${a}>${b}`);
    }
  }
  return out;
}

/** Weight of a key found only in a neighbouring sentence of the same paragraph. */
export const NEIGHBOUR_WEIGHT = 0.4;
/** Weight of a key of the sentence before, for a sentence that refers back to it ("The plant will …", "It is …"). */
export const ANAPHOR_WEIGHT = 0.7;
/** Weight of a key found only in the heading of the list a list item belongs to. */
export const HEADING_WEIGHT = 0.5;
/** Weight of a key found only in the source's title or its lead (first two sentences). */
export const TITLE_WEIGHT = 0.3;
const LEAD_SENTENCES = 2;
const QUOTATION = /[“«„]|(^|\s)"/;

/** Words that open a sentence continuing the one before: pronouns, demonstratives, the English article. */
const ANAPHORS = new Set(
  (
    "the it its he she they their these this those such " +
    "он она оно они его ее их этот эта это эти данный данная данное " +
    "ол оның олар бұл осы"
  ).split(" "),
);

/** How far into a sentence a definite "the agreement" after an opening phrase still names its subject. */
const DEFINITE_REACH = 6;

/**
 * Whether a sentence refers back to the one before: it opens with a pronoun, a demonstrative or
 * "the", or its first content word names something the previous sentence named (Завод … after
 * a sentence about the plant, Келісім … after one about the agreement), or "the"/"this" early on
 * does so after an opening phrase ("According to the ministry, the agreement …" after the
 * memorandum's signing).
 */
function refersBack(tokens: readonly Token[], previous: ReadonlySet<string> | undefined): boolean {
  if (!previous || tokens.length === 0) return false;
  if (ANAPHORS.has((tokens[0] as Token).word)) return true;
  const named = (t: Token | undefined) =>
    !!t && !t.stop && [...t.keys, ...t.families].some((k) => k.startsWith("c:") && previous.has(k));
  if (named(tokens.find((t) => !t.stop))) return true;
  for (let i = 1; i < Math.min(tokens.length, DEFINITE_REACH); i++) {
    if (ANAPHORS.has((tokens[i - 1] as Token).word) && named(tokens[i])) return true;
  }
  return false;
}

/** The heading a list item hangs from: the sentence before the first item of its run. */
function headingOf(infos: readonly SentenceInfo[], i: number): number {
  let j = i;
  while (j > 0 && infos[j - 1]?.sentence.item) j--;
  return infos[j - 1]?.sentence.heading ? j - 1 : -1;
}

/** The sentences that give sentence `i` its context, with the weight each gives. */
function contextOf(infos: readonly SentenceInfo[], i: number, anaphoric: boolean): [number, number][] {
  const s = (infos[i] as SentenceInfo).sentence;
  if (s.item) {
    const h = headingOf(infos, i);
    return h >= 0 ? [[h, HEADING_WEIGHT]] : [];
  }
  const out: [number, number][] = [];
  const prev = infos[i - 1]?.sentence;
  if (prev && !prev.item && anaphoric) {
    out.push([i - 1, ANAPHOR_WEIGHT]);
    // "The new production …" may refer to the project named two sentences back; "It is …" after
    // "The project will …" does, through it.
    const before = infos[i - 2]?.sentence;
    const chain = infos[i - 1]?.refersBack === true;
    if (before && !before.item) out.push([i - 2, chain ? ANAPHOR_WEIGHT : NEIGHBOUR_WEIGHT]);
  } else if (prev && !prev.item && !s.paragraphStart) out.push([i - 1, NEIGHBOUR_WEIGHT]);
  const next = infos[i + 1]?.sentence;
  if (next && !next.item && !next.paragraphStart) out.push([i + 1, NEIGHBOUR_WEIGHT]);
  return out;
}

/** The distinct keys of analysed words. */
function keysOfTokens(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    for (const k of t.keys) out.add(k);
    for (const k of t.families) out.add(k);
  }
  return out;
}

/** Reads a source once: its quotable sentences (Markdown titles are context, never quoted) with their keys. */
export function analyseSource(source: Pick<Source, "title" | "body">): SourceInfo {
  const all = splitSentences(source.body);
  const titles = all.filter((s) => s.title).map((s) => s.text);
  const quotable = all.filter((s) => !s.title);
  let previous: Set<string> | undefined;
  const sentences = quotable.map((sentence) => {
    const tokens = analyzeText(sentence.text);
    const keys = new Set([...keysOfTokens(tokens)].map(intern));
    const refers = refersBack(tokens, previous);
    previous = keys;
    return { sentence, keys, refersBack: refers, quotation: QUOTATION.test(sentence.text) };
  });
  const documentKeys = new Set(keysOf([source.title, ...titles].join(". ")).map(intern));
  for (const s of sentences.slice(0, LEAD_SENTENCES)) for (const k of s.keys) documentKeys.add(k);
  return { sentences, documentKeys };
}

/** A unit over what indexing kept of its source: built when a question needs it, nothing copied. */
class SourceUnit implements Unit {
  readonly sentence: Sentence;
  readonly keys: ReadonlySet<string>;
  readonly quotation: boolean;
  private readonly context: [ReadonlySet<string>, number][];
  private pairSet: Set<string> | undefined;
  private holders: Set<string> | undefined;

  constructor(
    readonly source: string,
    info: SourceInfo,
    readonly index: number,
  ) {
    const s = info.sentences[index] as SentenceInfo;
    this.sentence = s.sentence;
    this.keys = s.keys;
    this.quotation = s.quotation;
    this.context = contextOf(info.sentences, index, s.refersBack).map(([j, weight]) => [
      (info.sentences[j] as SentenceInfo).keys,
      weight,
    ]);
    this.context.push([info.documentKeys, TITLE_WEIGHT]);
  }

  inContext(key: string): number {
    let w = 0;
    for (const [keys, weight] of this.context) if (weight > w && keys.has(key)) w = weight;
    return w;
  }

  pairs(): ReadonlySet<string> {
    this.pairSet ??= pairsOf(analyzeText(this.sentence.text));
    return this.pairSet;
  }

  officeHolders(): ReadonlySet<string> {
    this.holders ??= this.keys.has(POSITION) ? holdersOf(this.sentence.text) : new Set();
    return this.holders;
  }
}

/** The unit of sentence `index` of a source. */
export function unitAt(id: string, info: SourceInfo, index: number): Unit {
  return new SourceUnit(id, info, index);
}

/** The quotable units of a source, in order. */
export function unitsOf(id: string, info: SourceInfo): Unit[] {
  return info.sentences.map((_, i) => unitAt(id, info, i));
}
