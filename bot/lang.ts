import type { Lang } from "../knowledge/schema.js";
import { detectLang, isLatinKazakh } from "../knowledge/text.js";

const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/gu;
const KAZAKH_LETTER = /[әғқңөұүһі]/i;
/** Acronyms and brand spellings (MSP, ROMPHARM, AltINFARM) say nothing about the writer's language. */
const isName = (word: string) => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

const words = (text: string, re: RegExp) => (text.match(re) ?? []).filter((w) => !isName(w));

/**
 * The question's language when it is clear: at least two ordinary words in the detected language's
 * script (a Kazakh-only letter is enough for Kazakh). "MSP-ROMPHARM?" or "Нобел" alone is not clear.
 */
export function questionLang(text: string): Lang | null {
  const lang = detectLang(text);
  if (isLatinKazakh(text)) return "kk";
  // "how many medicines will Оңтүстік Фарм Индастри produce": a company named in Kazakh inside
  // an English question; the ordinary lower-case English words outnumber the name's.
  const english = (text.match(/(?<![\p{L}])[a-z]{2,}(?![\p{L}])/gu) ?? []).length;
  if (english >= 2 && english > words(text, CYRILLIC_WORD).length) return "en";
  if (lang === "en") return words(text, LATIN_WORD).length >= 2 ? "en" : null;
  const cyrillic = words(text, CYRILLIC_WORD);
  if (lang === "kk" && cyrillic.some((w) => KAZAKH_LETTER.test(w))) return "kk";
  return cyrillic.length >= 2 ? lang : null;
}

/** Telegram's `language_code` (an IETF tag like "ru" or "en-GB") as one of our languages. */
export function langFromCode(code: string | undefined): Lang | null {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return base === "en" || base === "ru" || base === "kk" ? base : null;
}
