import { stem as stemOf } from "../knowledge/text.js";
import { sameWord, scriptOf, skeleton } from "./skeleton.js";
import { stemKey } from "./terms.js";

/** Credit for the same word in the other script, or a derived form (partner ~ partnership). */
export const COGNATE_CREDIT = 0.8;
/** Credit for a spelling one letter away ("helth" ~ "health"). */
export const TYPO_CREDIT = 0.7;

const MIN_SIMILAR = 4;
const MIN_TYPO = 5;
const HAS_DIGIT = /\d/;
const CAMEL = /\b\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+\b/gu;

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** The word itself and every form with one letter left out (a one-edit neighbourhood). */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * What the indexed sentences contain: how many hold each key (for IDF weights), and the stems
 * they use, looked up by sound skeleton (cognates across scripts, derived forms) and by one-edit
 * neighbourhood (typos), and the initials of their CamelCase names ("az" for AstraZeneca).
 */
export class Vocabulary {
  private readonly df = new Map<string, number>();
  private sentences = 0;
  private readonly bySkeleton = new Map<string, Set<string>>();
  private readonly skeletons = new Map<string, string>();
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly acronyms = new Map<string, Map<string, number>>();

  get size(): number {
    return this.sentences;
  }

  /** Counts one sentence: its distinct keys and the CamelCase names of its raw text. */
  add(keys: Iterable<string>, text: string): void {
    this.sentences++;
    for (const k of keys) {
      const n = (this.df.get(k) ?? 0) + 1;
      this.df.set(k, n);
      if (n === 1 && k.startsWith("s:")) this.indexStem(k.slice(2));
    }
    for (const [acronym, stem] of camelAcronyms(text)) {
      const stems = this.acronyms.get(acronym) ?? new Map<string, number>();
      stems.set(stem, (stems.get(stem) ?? 0) + 1);
      this.acronyms.set(acronym, stems);
    }
  }

  /** Uncounts a sentence added with the same keys and text. */
  remove(keys: Iterable<string>, text: string): void {
    this.sentences = Math.max(0, this.sentences - 1);
    for (const k of keys) {
      const n = (this.df.get(k) ?? 0) - 1;
      if (n > 0) {
        this.df.set(k, n);
        continue;
      }
      this.df.delete(k);
      if (k.startsWith("s:")) this.unindexStem(k.slice(2));
    }
    for (const [acronym, stem] of camelAcronyms(text)) {
      const stems = this.acronyms.get(acronym);
      const n = (stems?.get(stem) ?? 0) - 1;
      if (n > 0) stems?.set(stem, n);
      else stems?.delete(stem);
      if (stems?.size === 0) this.acronyms.delete(acronym);
    }
  }

  private indexStem(stem: string): void {
    if (stem.length < 2 || HAS_DIGIT.test(stem)) return;
    const sk = skeleton(stem);
    this.skeletons.set(stem, sk);
    addTo(this.bySkeleton, bucketOf(sk), stem);
    if (stem.length >= MIN_TYPO) for (const d of deletions(stem)) addTo(this.byDeletion, d, stem);
  }

  private unindexStem(stem: string): void {
    const sk = this.skeletons.get(stem);
    if (sk === undefined) return;
    this.skeletons.delete(stem);
    deleteFrom(this.bySkeleton, bucketOf(sk), stem);
    if (stem.length >= MIN_TYPO) for (const d of deletions(stem)) deleteFrom(this.byDeletion, d, stem);
  }

  /** Number of sentences holding a key. */
  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Inverse sentence frequency; a key no sentence holds gets the highest value. */
  idf(key: string): number {
    return this.idfOf(this.count(key));
  }

  /** Inverse sentence frequency of a key `n` sentences hold. */
  idfOf(n: number): number {
    return Math.log((this.sentences + 1) / (n + 0.5));
  }

  /**
   * Indexed stems that are another spelling of `stem`: the same word in the other script or a
   * derived form (by skeleton), a one-letter typo, or the name a CamelCase acronym stands for.
   */
  similar(stem: string, options: { typos?: boolean; short?: boolean } = {}): Map<string, number> {
    const out = new Map<string, number>();
    const put = (s: string, credit: number) => {
      if (s !== stem) out.set(stemKey(s), Math.max(out.get(stemKey(s)) ?? 0, credit));
    };
    for (const s of this.acronyms.get(stem)?.keys() ?? []) put(s, 1);
    // A short word meets another script's only when it is a name or acronym (мсп ~ msp, not нов ~ now).
    if (stem.length < (options.short === false ? MIN_SIMILAR + 1 : 2) || HAS_DIGIT.test(stem)) return out;
    const sk = skeleton(stem);
    const script = scriptOf(stem);
    for (const s of this.bySkeleton.get(bucketOf(sk)) ?? []) {
      const other = this.skeletons.get(s) as string;
      // Within one script the stemmer already joined inflections: only a derived form counts.
      if (
        scriptOf(s) === script &&
        (stem.length < MIN_SIMILAR || !(s.startsWith(stem) || stem.startsWith(s)))
      )
        continue;
      if (sameWord(sk, other)) put(s, COGNATE_CREDIT);
    }
    if (options.typos !== false && stem.length >= MIN_TYPO) {
      for (const d of deletions(stem)) for (const s of this.byDeletion.get(d) ?? []) put(s, TYPO_CREDIT);
    }
    return out;
  }
}

/**
 * Skeletons are looked up by their first three consonants: a name's vowels differ more across
 * scripts than its consonants (Cambridge ~ Кембридж: kambrig ~ kembrig); sameWord decides.
 */
function bucketOf(sk: string): string {
  return sk.replace(/[aeiou]/g, "").slice(0, 3);
}

/** [initials, stem of the name] for each CamelCase name of a raw text ("AstraZeneca" → "az"). */
function camelAcronyms(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(CAMEL)) {
    const name = m[0];
    const initials = (name.match(/\p{Lu}/gu) ?? []).join("").toLowerCase();
    if (initials.length >= 2) out.push([initials, stemOf(name.toLowerCase())]);
  }
  return out;
}
