import { kazakhStems, normalize, stem } from "../knowledge/text.js";

/** Every spelling a token may take once inflection is removed, in any of the three languages. */
export function variants(token: string): Set<string> {
  const out = new Set([token]);
  if (/^[\d.%$]+$/.test(token)) return out;
  out.add(stem(token, "en"));
  out.add(stem(token, "ru"));
  for (const k of kazakhStems(token)) out.add(k);
  return out;
}

/** Damerau–Levenshtein distance, capped at `max` + 1: enough for typos like "reigon" or "AltInfram". */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Typos allowed grow with word length; short words and numbers must match exactly. */
function allowedTypos(word: string): number {
  if (/\d/.test(word) || word.length < 5) return 0;
  return word.length < 9 ? 1 : 2;
}

export interface PhraseMatch<K> {
  key: K;
  start: number;
  end: number;
}

/**
 * Finds known phrases (entity aliases, cue words) in a question's tokens: a token matches when
 * its stems in any language meet the phrase's, or when it is a small typo away from it.
 */
export class PhraseIndex<K> {
  private readonly phrases: { key: K; tokens: string[]; variants: Set<string>[] }[] = [];
  private readonly cache = new Map<string, Set<string>>();
  /** First-token variant → phrases starting with it, for exact lookups without a full scan. */
  private readonly byFirst = new Map<string, number[]>();

  add(key: K, spellings: Iterable<string>): void {
    for (const spelling of spellings) {
      const tokens = normalize(spelling).split(" ").filter(Boolean);
      if (!tokens.length) continue;
      const vs = tokens.map((t) => this.variantsOf(t));
      const index = this.phrases.push({ key, tokens, variants: vs }) - 1;
      for (const v of vs[0] as Set<string>) {
        const list = this.byFirst.get(v) ?? [];
        list.push(index);
        this.byFirst.set(v, list);
      }
    }
  }

  private variantsOf(token: string): Set<string> {
    let v = this.cache.get(token);
    if (!v) {
      v = variants(token);
      if (this.cache.size < 50_000) this.cache.set(token, v);
    }
    return v;
  }

  private tokenMatches(q: string, qv: Set<string>, a: string, av: Set<string>): boolean {
    for (const v of qv) if (av.has(v)) return true;
    const typos = Math.min(allowedTypos(q), allowedTypos(a));
    return typos > 0 && editDistance(q, a, typos) <= typos;
  }

  /**
   * All matches, longest first; with `exclusive`, a token belongs to at most one phrase, so
   * "Almaty Region" is never also "Almaty". Tokens marked in `taken` are skipped.
   */
  find(tokens: string[], options: { exclusive?: boolean; taken?: boolean[] } = {}): PhraseMatch<K>[] {
    const qv = tokens.map((t) => this.variantsOf(t));
    const candidates: (PhraseMatch<K> & { len: number; exact: boolean })[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Exact-stem candidates come from the first-token map; typo candidates need a scan.
      const fromMap = new Set<number>();
      for (const v of qv[i] as Set<string>) for (const idx of this.byFirst.get(v) ?? []) fromMap.add(idx);
      const pool = allowedTypos(tokens[i] as string) > 0 ? this.phrases.keys() : fromMap.values();
      for (const idx of pool) {
        const phrase = this.phrases[idx] as (typeof this.phrases)[number];
        if (i + phrase.tokens.length > tokens.length) continue;
        let ok = true;
        let exact = true;
        for (let k = 0; k < phrase.tokens.length && ok; k++) {
          if (options.taken?.[i + k]) ok = false;
          else {
            const q = tokens[i + k] as string;
            const a = phrase.tokens[k] as string;
            ok = this.tokenMatches(q, qv[i + k] as Set<string>, a, phrase.variants[k] as Set<string>);
            if (q !== a) exact = false;
          }
        }
        if (ok)
          candidates.push({
            key: phrase.key,
            start: i,
            end: i + phrase.tokens.length,
            len: phrase.tokens.length,
            exact,
          });
      }
    }
    candidates.sort((a, b) => b.len - a.len || Number(b.exact) - Number(a.exact) || a.start - b.start);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const found: PhraseMatch<K>[] = [];
    for (const c of candidates) {
      if (options.exclusive && taken.slice(c.start, c.end).some(Boolean)) continue;
      for (let i = c.start; i < c.end; i++) taken[i] = true;
      if (!found.some((f) => f.key === c.key)) found.push({ key: c.key, start: c.start, end: c.end });
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
