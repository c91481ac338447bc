import type { Lang } from "../knowledge/schema.js";
import { detectLang, isLatinKazakh } from "../knowledge/text.js";
import type { GROUP_CUES, METRIC_CUES } from "./lexicon.js";
import type { Parsed } from "./parse.js";

/** A figure word of the one vocabulary (tools/lexicon.ts): jobs, investment, usd, medicines, social… */
export type MetricTerm = keyof typeof METRIC_CUES;

/** What a short text (a command's arguments: "/chart jobs by region") names in the one vocabulary. */
export interface Terms {
  /** The text's language: the one it clearly is, else the engine's best guess. */
  lang: Lang;
  /** Whether the text alone makes its language clear ("jobs" does not, "jobs by region" does). */
  clear: boolean;
  metrics: MetricTerm[];
  groupBy?: keyof typeof GROUP_CUES;
}

/** The figure words and grouping a question's reading found, and its language. */
export function termsOf(parsed: Parsed, text: string): Terms {
  const clear = clearLang(text);
  const cues = [...parsed.cues];
  const metrics = cues.flatMap((c) => (c.startsWith("m:") ? [c.slice(2) as MetricTerm] : []));
  const groupBy = cues.find((c) => c.startsWith("g:"))?.slice(2) as Terms["groupBy"];
  return { lang: clear ?? parsed.lang, clear: clear !== null, metrics, ...(groupBy ? { groupBy } : {}) };
}

const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/gu;
const KAZAKH_LETTER = /[әғқңөұүһі]/i;
/** Acronyms and brand spellings (MSP, ROMPHARM, AltINFARM) say nothing about the writer's language. */
const isName = (word: string) => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

const words = (text: string, re: RegExp) => (text.match(re) ?? []).filter((w) => !isName(w));

/**
 * A text's language when it is clear: at least two ordinary words in the detected language's
 * script (a Kazakh-only letter is enough for Kazakh). "MSP-ROMPHARM?" or "Нобел" alone is not clear.
 */
export function clearLang(text: string): Lang | null {
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
