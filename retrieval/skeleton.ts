import { latinLetters } from "../knowledge/text.js";

/** Letters the skeleton spells as they sound beside Latin loanwords (қ k, not q: "qu" is rewritten below). */
const OWN_LETTERS: Record<string, string> = { қ: "k", х: "h", щ: "sh", ы: "i", ю: "iu", я: "ia" };

/** Ordered rewrites applied to the Latin spelling (both scripts end up here). */
const REWRITES: [RegExp, string][] = [
  [/dzh/g, "g"], // generic ~ дженерик
  [/dg/g, "g"], // Cambridge ~ Кембридж
  [/ph/g, "f"],
  [/th/g, "t"],
  [/ck/g, "k"],
  [/(?<=[aeiou])ti(?=[aeiou])/g, "si"], // innovation ~ инновация (-tion/-ция)
  [/ts/g, "s"],
  [/x/g, "ks"],
  [/qu/g, "kv"],
  [/q/g, "k"],
  [/c(?=[eiy])/g, "s"],
  [/zh/g, "j"],
  [/kh|ch/g, "h"],
  [/sh/g, "s"],
  [/c/g, "k"],
  [/h/g, "g"], // Ibrahim ~ Ибрагим, Chimpharm ~ Химфарм
  [/z/g, "s"], // president ~ президент
  [/w/g, "v"],
  [/y/g, "i"],
  [/(.)\1+/g, "$1"],
];

/**
 * A rough sound skeleton of a word, the same for its Latin and Cyrillic spellings, so that names
 * and loanwords meet across scripts: Нұрбек ~ Nurbek, АстраЗенека ~ AstraZeneca, Химфарм ~
 * Chimpharm, диагностика ~ diagnostic, технологиялар ~ technologies. Cyrillic is transliterated
 * (knowledge/text.ts), then both scripts lose the spelling habits that differ (ph/f, c/k/s,
 * kh/ch/h/g, doubled letters, y/i, w/v). It is only ever compared with another skeleton, never shown.
 */
export function skeleton(word: string): string {
  let out = latinLetters(word.toLowerCase(), OWN_LETTERS);
  for (const [from, to] of REWRITES) out = out.replace(from, to);
  return out;
}

const LATIN = /^[a-z]/;
const CYRILLIC = /^[\u0400-\u04ff]/;

/** "latin", "cyrillic" or "other" (numbers), by the first letter. */
export function scriptOf(word: string): "latin" | "cyrillic" | "other" {
  return LATIN.test(word) ? "latin" : CYRILLIC.test(word) ? "cyrillic" : "other";
}

/**
 * Whether two skeletons are the same word in two scripts: one of 4 letters or fewer must be
 * equal to the other; longer ones must share a beginning of at least 5 letters and 60% of the
 * shorter one (inflections and suffixes differ: diagnosi ~ diagnostik), or differ by one letter.
 */
export function sameWord(a: string, b: string): boolean {
  const short = Math.min(a.length, b.length);
  if (short <= 4) return a === b;
  let p = 0;
  while (p < short && a[p] === b[p]) p++;
  if (p >= 5 && p >= 0.6 * short) return true;
  return Math.abs(a.length - b.length) <= 1 && oneEdit(a, b);
}

function oneEdit(a: string, b: string): boolean {
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
