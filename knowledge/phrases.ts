import { foldedKazakhStems, foldKazakh, kazakhStems, normalize, stem } from "./text.js";

const variantCache = new Map<string, Set<string>>();

/**
 * Every spelling a token may take once inflection is removed, in any of the three languages.
 * Remembered: every extraction indexes the view's names again, and stemming is most of that work.
 */
export function variants(token: string): Set<string> {
  const cached = variantCache.get(token);
  if (cached) return cached;
  if (variantCache.size > 100_000) variantCache.clear();
  const out = stemVariants(token);
  variantCache.set(token, out);
  return out;
}

function stemVariants(token: string): Set<string> {
  const out = new Set([token]);
  if (/^[\d.%$]+$/.test(token)) return out;
  // Each stemmer on its own script: the Russian one cuts "долларға" to "дол" (and meets "доля").
  const kazakh = /[әғқңөұүһі]/.test(token);
  // Words of three letters or fewer are their own stems: «они» ("they") cut to «он» met «он» ("he").
  if (token.length <= 3) return withFolded(out);
  if (/^[a-z]/.test(token)) out.add(stem(token, "en"));
  // The Russian stem is met as it is, never folded: folded, «площадь» (area) → «~площад» met
  // «площадка» (a site) cut as Kazakh («площад-ка»).
  const russian = !kazakh && /^\p{Script=Cyrillic}/u.test(token) ? stem(token, "ru") : undefined;
  // Kazakh suffixes also end Russian words (доллар → дол-лар): without a Kazakh letter to go by,
  // only stems of four letters or more are kept, so "доля" does not meet "доллар".
  // A short stem only when it is Kazakh itself ("дәріге" → "дәр"), never "долларға" → "дол" ("доля").
  // One cut inside the Russian stem («площад» of «площадке», whose stem is «площадк») is only
  // Kazakh typed without its letters («дариге»): it meets folded spellings alone.
  const inside = (k: string) => russian !== undefined && russian !== k && russian.startsWith(k);
  for (const k of kazakhStems(token)) {
    if (k.length >= 4 && inside(k)) out.add(`~${foldKazakh(k)}`);
    else if (k.length >= 4 || (kazakh && /[әғқңөұүһі]/.test(k))) out.add(k);
  }
  if (!kazakh && /^\p{Script=Cyrillic}/u.test(token))
    for (const k of foldedKazakhStems(token)) if (k.length >= 4 && k !== token) out.add(`~${k}`);
  // Kazakh typed without its own letters ("дари", "зауыты" re-spelled from "dari", "zauyty") meets
  // the word as written (дәрі, зауыт) on a folded spelling, marked so that it meets only folded ones.
  const variants = withFolded(out);
  if (russian) variants.add(russian);
  return variants;
}

/** Kazakh typed without its own letters: every Cyrillic variant also by its folded spelling. */
function withFolded(out: Set<string>): Set<string> {
  for (const v of [...out]) if (/^\p{Script=Cyrillic}/u.test(v)) out.add(`~${foldKazakh(v)}`);
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

/** Whether `short` is `word` with one of its letters after the second left out. */
function droppedOne(word: string, short: string): boolean {
  for (let i = 2; i < word.length; i++) if (word.slice(0, i) + word.slice(i + 1) === short) return true;
  return false;
}

/** Typos allowed grow with word length; short words and numbers must match exactly. */
function allowedTypos(word: string): number {
  if (/\d/.test(word) || word.length < 5) return 0;
  return word.length < 9 ? 1 : 2;
}

/** The words of a token left out of a search (`taken`): none. */
const NO_WORDS: ReadonlySet<string> = new Set();

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

export interface PhraseMatch<K> {
  key: K;
  start: number;
  end: number;
}

/**
 * Finds known phrases (entity aliases, cue words) in a question's tokens: a token matches a
 * phrase word when their stems in any language meet, or when it is a small typo away from it.
 * Which vocabulary words a question token matches is worked out once per token and cached.
 */
export class PhraseIndex<K> {
  private readonly phrases: { key: K; tokens: string[] }[] = [];
  /** Every distinct phrase word with its variants. */
  private readonly vocabulary = new Map<string, Set<string>>();
  /** Variant → vocabulary words having it, for exact-stem look-ups. */
  private readonly byVariant = new Map<string, Set<string>>();
  /** First word → indexes of the phrases starting with it. */
  private readonly byFirst = new Map<string, number[]>();
  private readonly matchCache = new Map<string, Set<string>>();

  /**
   * `typos: false` matches on stems only: for text as published (an article spells its names),
   * where scanning the vocabulary for near misses of every word would only cost time.
   */
  /**
   * `known`: words of the language the texts use themselves; one is never a typo of another
   * («қарсы», "against", is not «қаржы», "finance").
   */
  /** Coined names of five letters a four-letter word may stand for with one letter left out. */
  private readonly droppable = new Set<string>();

  constructor(private readonly options: { typos?: boolean; known?: ReadonlySet<string> } = {}) {}

  /**
   * "nobl" for "nobel": a coined name of five letters (never a common word, «тура», «город») is also
   * found with one letter after its first two left out, where a bare four-letter typo would otherwise
   * be read as no subject at all (and a total over every project answered).
   */
  allowDropped(word: string): void {
    if (word.length === 5 && this.vocabulary.has(word)) {
      this.droppable.add(word);
      this.matchCache.clear();
    }
  }

  add(key: K, spellings: Iterable<string>): void {
    for (const spelling of spellings) {
      const tokens = normalize(spelling).split(" ").filter(Boolean);
      if (!tokens.length) continue;
      for (const token of tokens) {
        if (this.vocabulary.has(token)) continue;
        const vs = variants(token);
        this.vocabulary.set(token, vs);
        for (const v of vs) this.byVariant.set(v, (this.byVariant.get(v) ?? new Set()).add(token));
      }
      const index = this.phrases.push({ key, tokens }) - 1;
      this.byFirst.set(tokens[0] as string, [...(this.byFirst.get(tokens[0] as string) ?? []), index]);
      this.matchCache.clear();
    }
  }

  /** The vocabulary words a question token stands for (with `dropped`, a coined name missing a letter too). */
  private wordsFor(token: string, dropped = true): Set<string> {
    const base = this.typoWords(token);
    if (!dropped || token.length !== 4 || !this.droppable.size) return base;
    const more = [...this.droppable].filter((w) => w.startsWith(token.slice(0, 2)) && droppedOne(w, token));
    return more.length ? new Set([...base, ...more]) : base;
  }

  /** The vocabulary words a token stands for by its stems or a small typo, worked out once per token. */
  private typoWords(token: string): Set<string> {
    const cached = this.matchCache.get(token);
    if (cached) return cached;
    const words = new Set<string>();
    for (const v of variants(token)) for (const w of this.byVariant.get(v) ?? []) words.add(w);
    const typos = this.options.typos === false || this.options.known?.has(token) ? 0 : allowedTypos(token);
    if (typos > 0) {
      for (const word of this.vocabulary.keys()) {
        const allowed = Math.min(typos, allowedTypos(word));
        // A typo keeps the first letter (people rarely miss it): «сақтау» is a word of its own, not «Ақтау»;
        // in a short word the second too: «стран» ("countries") is no «Сарань».
        if (
          allowed > 0 &&
          !words.has(word) &&
          token[0] === word[0] &&
          (token.length > 6 || token[1] === word[1]) &&
          editDistance(token, word, allowed) <= allowed
        )
          words.add(word);
      }
    }
    if (this.matchCache.size > 20_000) this.matchCache.clear();
    this.matchCache.set(token, words);
    return words;
  }

  /**
   * All matches, longest first; with `exclusive`, a token belongs to at most one phrase, so
   * "Almaty Region" is never also "Almaty". Tokens marked in `taken` are skipped.
   */
  find(
    tokens: string[],
    options: { exclusive?: boolean; taken?: boolean[]; dropped?: boolean } = {},
  ): PhraseMatch<K>[] {
    // Loops rather than every/some/slice: an answer of a few thousand characters is read here too
    // (which companies it lists), and a vocabulary of 1,000 companies gives each name many near
    // matches to try.
    const words = tokens.map((t, i) =>
      options.taken?.[i] ? NO_WORDS : this.wordsFor(t, options.dropped !== false),
    );
    const candidates: (PhraseMatch<K> & { len: number; exact: boolean })[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const first of words[i] as ReadonlySet<string>) {
        const starting = this.byFirst.get(first);
        if (!starting) continue;
        for (const idx of starting) {
          const phrase = this.phrases[idx] as (typeof this.phrases)[number];
          const len = phrase.tokens.length;
          const end = i + len;
          if (end > tokens.length) continue;
          let matched = true;
          let exact = true;
          for (let k = 0; k < len; k++) {
            const w = phrase.tokens[k] as string;
            if (!(words[i + k] as ReadonlySet<string>).has(w)) {
              matched = false;
              break;
            }
            if (tokens[i + k] !== w) exact = false;
          }
          if (matched) candidates.push({ key: phrase.key, start: i, end, len, exact });
        }
      }
    }
    candidates.sort((a, b) => b.len - a.len || Number(b.exact) - Number(a.exact) || a.start - b.start);
    const taken = new Uint8Array(tokens.length);
    const found: PhraseMatch<K>[] = [];
    /** The matches found so far, by key: only a match of the same key can overlap a new one. */
    const byKey = new Map<K, PhraseMatch<K>[]>();
    for (const c of candidates) {
      if (options.exclusive && isTaken(taken, c.start, c.end)) continue;
      // Each place a phrase is found ("packs … a year": two capacity words) is read.
      const same = byKey.get(c.key);
      const overlaps = same?.some((f) => f.start < c.end && c.start < f.end) ?? false;
      for (let i = c.start; i < c.end; i++) taken[i] = 1;
      if (overlaps) continue;
      const match = { key: c.key, start: c.start, end: c.end };
      found.push(match);
      if (same) same.push(match);
      else byKey.set(c.key, [match]);
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
