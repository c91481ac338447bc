import snowball from "snowball-stemmers";
import type { Lang } from "./schema.js";

/**
 * Text normalisation shared by the router and retrieval, for English, Russian and Kazakh:
 * lower case, ё→е, Latin diacritics dropped (İlaç → ilac), hyphens and punctuation to spaces,
 * decimal commas kept inside numbers ("58,5" → "58.5").
 */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, "$1")
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/(\d)[,](\d)/g, "$1.$2")
    .replace(/['’‘`]s\b/g, "")
    .replace(/[^\p{L}\p{N}.%$]+/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function tokenize(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(" ") : [];
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const CYRILLIC = /[\u0400-\u04ff]/;
/** Kazakh words written without Kazakh-only letters that still mark a Kazakh sentence. */
const KAZAKH_WORDS = new Set([
  "неше",
  "бар",
  "жалпы",
  "ма",
  "ме",
  "па",
  "пе",
  "жоба",
  "жобасы",
  "туралы",
  "бойынша",
]);
const KAZAKH_STEMS = /^(облыс|жоба|жоспар|салады|шығар)/;

/** The language a question is written in: Kazakh letters → kk, other Cyrillic → ru, else en. */
export function detectLang(text: string): Lang {
  if (KAZAKH_LETTERS.test(text)) return "kk";
  if (CYRILLIC.test(text)) {
    const latinWords = text.match(/[a-z]{3,}/gi)?.length ?? 0;
    const cyrWords = text.match(/[\u0400-\u04ff]{3,}/g)?.length ?? 0;
    if (latinWords > cyrWords) return "en";
    return tokenize(text).some((t) => KAZAKH_WORDS.has(t) || KAZAKH_STEMS.test(t)) ? "kk" : "ru";
  }
  return "en";
}

const english = snowball.newStemmer("english");
const russian = snowball.newStemmer("russian");

/**
 * Kazakh suffixes, longest first within each group. Kazakh is agglutinative (облыс-ы-нда-ғы),
 * so suffixes are stripped repeatedly from the end while a stem of at least 3 letters remains.
 */
const KAZAKH_SUFFIXES = [
  // locative adjectival, ablative, locative, genitive, dative, accusative, instrumental
  "ындағы",
  "індегі",
  "ндағы",
  "ндегі",
  "дағы",
  "дегі",
  "тағы",
  "тегі",
  "ынан",
  "інен",
  "нан",
  "нен",
  "дан",
  "ден",
  "тан",
  "тен",
  "ында",
  "інде",
  "нда",
  "нде",
  "да",
  "де",
  "та",
  "те",
  "ның",
  "нің",
  "дың",
  "дің",
  "тың",
  "тің",
  "ына",
  "іне",
  "на",
  "не",
  "ға",
  "ге",
  "қа",
  "ке",
  "ын",
  "ін",
  "ны",
  "ні",
  "ды",
  "ді",
  "ты",
  "ті",
  "мен",
  "бен",
  "пен",
  // plural, possessive
  "лары",
  "лері",
  "дары",
  "дері",
  "тары",
  "тері",
  "лар",
  "лер",
  "дар",
  "дер",
  "тар",
  "тер",
  "сы",
  "сі",
  "ы",
  "і",
  // question particles and common verb endings
  "ма",
  "ме",
  "ба",
  "бе",
  "па",
  "пе",
  "ады",
  "еді",
  "йды",
  "йді",
  "атын",
  "етін",
  "йтын",
  "йтін",
];
const KAZAKH_SORTED = [...KAZAKH_SUFFIXES].sort((a, b) => b.length - a.length);

export function stemKazakh(word: string): string {
  let stem = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of KAZAKH_SORTED) {
      if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
        stem = stem.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return stem;
}

/**
 * Stems one normalised token: Latin → English Snowball; Cyrillic → the Kazakh rules when the
 * word has Kazakh letters or the text around it is Kazakh (облысында), else Russian Snowball.
 */
export function stem(token: string, lang: Lang = "ru"): string {
  if (/^[\d.%$]+$/.test(token)) return token;
  if (CYRILLIC.test(token)) {
    return lang === "kk" || KAZAKH_LETTERS.test(token) ? stemKazakh(token) : russian.stem(token);
  }
  return english.stem(token);
}

export function stems(text: string): string[] {
  const lang = detectLang(text);
  return tokenize(text).map((t) => stem(t, lang));
}
