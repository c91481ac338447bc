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
  "мен",
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
const KAZAKH_STEMS =
  /^(облыс|жоба|жоспар|салады|шығар|кім)|(лары|лері|ларын|лерін|ларды|лерді|лардың|лердің)$/;

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
 * Kazakh suffix groups in the order they are stripped from the end of a word: question particle,
 * case, possessive, plural (the reverse of how Kazakh stacks them: облыс-ы-нда, инвестиция-лар-дың).
 * Each group is stripped at most once, longest suffix first, keeping a stem of 3 letters or more.
 */
const KAZAKH_GROUPS: string[][] = [
  ["ма", "ме", "ба", "бе", "па", "пе"],
  [
    ...["ындағы", "індегі", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі"],
    ...["ынан", "інен", "нан", "нен", "дан", "ден", "тан", "тен"],
    ...["ында", "інде", "нда", "нде", "да", "де", "та", "те"],
    ...["ның", "нің", "дың", "дің", "тың", "тің"],
    ...["ына", "іне", "на", "не", "ға", "ге", "қа", "ке"],
    ...["ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен", "пен"],
  ],
  // A 1-letter possessive is tried before "сы": облыс-ы is likelier than облы-сы.
  ["лары", "лері", "дары", "дері", "тары", "тері", "ы", "і", "сы", "сі"],
  ["лар", "лер", "дар", "дер", "тар", "тер"],
].map((g, i) => (i === 2 ? g : [...g].sort((a, b) => b.length - a.length)));

/** Every plausible stem of a Kazakh word (облысы → облыс or облы; жобасы → жобас or жоба). */
export function kazakhStems(word: string): string[] {
  let forms = [word];
  for (const group of KAZAKH_GROUPS) {
    const next: string[] = [];
    for (const form of forms) {
      const stripped = group
        .filter((x) => form.endsWith(x) && form.length - x.length >= 3)
        .map((x) => form.slice(0, -x.length));
      next.push(...(stripped.length ? stripped : [form]));
    }
    forms = [...new Set(next)];
  }
  return forms;
}

/** The most likely stem: the first listed suffix of each group that fits. */
export function stemKazakh(word: string): string {
  let stem = word;
  for (const group of KAZAKH_GROUPS) {
    const suffix = group.find((x) => stem.endsWith(x) && stem.length - x.length >= 3);
    if (suffix) stem = stem.slice(0, -suffix.length);
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
