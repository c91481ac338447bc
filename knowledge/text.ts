import snowball from "snowball-stemmers";
import type { Lang } from "./schema.js";

/**
 * Text normalisation shared by the router and retrieval, for English, Russian and Kazakh:
 * lower case, ё→е, Latin diacritics dropped (İlaç → ilac), hyphens and punctuation to spaces,
 * decimal commas kept inside numbers ("58,5" → "58.5").
 */
/** Genitive, dative, accusative and possessive endings: no word of their own (the ablative «-нан»
 * "than, besides", the instrumental «-пен» "with" and the locative «-да» "in" stay, as words). */
const KAZAKH_ENDING_AFTER_LATIN =
  /([a-z\d])[-‐–](тың|тің|дың|дің|ның|нің|ға|ге|қа|ке|на|не|ды|ді|ты|ті|ны|ні|ы|і|сы|сі|ын|ін|сын|сін)(?![\p{L}])/gu;

export function normalize(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/([A-Za-z])[\u0300-\u036f]+/g, "$1")
      .normalize("NFC")
      .toLowerCase()
      .replace(/ё/g, "е")
      .replace(/(\d)[,](\d)/g, "$1.$2")
      .replace(/['’‘`]s\b/g, "")
      // "AZ-тың", "MSP-ға", "Nobel-дің": a Kazakh case ending written after a Latin name is no word.
      .replace(KAZAKH_ENDING_AFTER_LATIN, "$1")
      // "aren't", "doesnt": the negation is a word of its own.
      .replace(/\b(are|is|do|does|did|was|were|has|have|had|wo|ca|could|would|should)n['’‘`]?t\b/g, "$1 not")
      // Each run of other characters becomes one space. A run that is one space already is left
      // as it is (replacing every space between words was most of the time on a long answer), and
      // only spaces are left by then, so runs of two or more spaces are what remain to collapse.
      .replace(/[^\p{L}\p{N}.%$]{2,}|[^\p{L}\p{N}.%$ ]/gu, " ")
      .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
      .replace(/ {2,}/g, " ")
      .trim()
  );
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
  // Question words and common words typed without Kazakh letters («кай», «канша», «неге»).
  "кай",
  "канша",
  "кайда",
  "кашан",
  "ким",
  "кимдер",
  "кимнин",
  "киммен",
  "кайсы",
  "кайсысы",
  "калай",
  "кандай",
  "неге",
  "жол",
  "жылы",
  "жумыс",
  "орны",
  // «Шипулева не айтты» ("what did Shipuleva say"): Kazakh verbs typed with no letter of their own.
  "айтты",
  "болды",
  "жасады",
  // «туран деген не» ("what is Turan"): «деген» ("called", "so-called") is Kazakh only.
  "деген",
  "дегеніміз",
]);
/**
 * Kazakh stems, and endings Russian words do not have: verbs in -ылады/-ынады/-йды («ашылады»,
 * «салынады», «қосайды»), plurals with a case, a genitive written without ң («орнынын»).
 * (Not the Russian «доллары», whose ending only looks so.)
 */
const KAZAKH_STEMS =
  /^(облыс|жоба|жоспар|салады|шығар|кім|зауыт|ашыл|салын)|((?<!дол)лары|лері|ларын|лерін|лерин|ларды|лерді|лерди|лардың|лердің|лардын|лердин|ылады|ынады|йды|нынын)$/;

/** The language a question is written in: Kazakh letters → kk, other Cyrillic → ru, else en. */
export function detectLang(text: string): Lang {
  if (KAZAKH_LETTERS.test(text) || isLatinKazakh(text)) return "kk";
  if (CYRILLIC.test(text)) {
    // Names are often written in Latin inside a Russian or Kazakh question ("MSP-ROMPHARM", "Almaty
    // Region"): only lower-case Latin words count as English.
    const words = text.split(/[^\p{L}]+/u).filter((w) => w.length >= 2);
    const english = words.filter((w) => /^[a-z]+$/.test(w)).length;
    const cyrillic = words.filter((w) => CYRILLIC.test(w)).length;
    if (english > cyrillic) return "en";
    return tokenize(text).some((t) => KAZAKH_WORDS.has(t) || KAZAKH_STEMS.test(t)) ? "kk" : "ru";
  }
  return "en";
}

/** Kazakh in Latin script: its own letters, or words no English question uses. */
const LATIN_KAZAKH_LETTERS = /[áǵıńóúұү]/i;
const LATIN_KAZAKH_WORDS =
  /\b(qansha|kansha|qaida|kaida|qaıda|qashan|kashan|qandai|kandai|qandaı|jumys|zhumys|orny|oryny|oryn|oryndary|ashady|ashylady|salady|salynady|qai|qaı|jerde|zhobasy|zauyt|zauyty|joba|jobasy|neshe|jalpy|zhalpy|kolemi|kólemi|oblysy|oblysynda|qalasy|qalasynda|shygarady|shyǵarady|investisiia|investitsiia|kim|kimder|boiynsha|boyynsha|kelisim|kelisimge|paiyzy|paiyz|zhasaldy|korsetilgen|ekeui|ekeuin|ekeuinin|qossaq|kossak|birge)\b/i;

/** English function words: a Turkish name ("Çalık Holding") in an English text does not make it Kazakh. */
const ENGLISH_WORDS =
  /\b(the|and|of|will|is|are|was|to|in|with|for|how|what|which|who|when|where|has|have|does|did|an|that|this|would|could|should|can|it|its|you|there|than|per|from|about|their|they|much|many|do)\b/i;

/**
 * Kazakh typed in Latin letters is also told by its own spelling: "q" before a vowel other than
 * "u" ("qatysady", "qol"), or a question particle at the end ("… qatysady ma?").
 */
const LATIN_KAZAKH_SPELLING = /(^|\s)[a-z]*q[aeioyá]|\s(ma|me|ba|be|pa|pe)\s*\??\s*$/;

export function isLatinKazakh(text: string): boolean {
  if (CYRILLIC.test(text)) return false;
  return (
    LATIN_KAZAKH_WORDS.test(text) ||
    ((LATIN_KAZAKH_LETTERS.test(text) || LATIN_KAZAKH_SPELLING.test(text)) && !ENGLISH_WORDS.test(text))
  );
}

const LATIN_TO_KAZAKH: [RegExp, string][] = [
  // The genitive typed without its letter ("kimnin", "onyn", "altinfarmnyn") ends in ң: кімнің, оның.
  [/([ndt][yi])n\b/g, "$1ń"],
  [/ng\b/g, "ń"],
  // "qauly", "jauap": u after a vowel is у (қаулы, жауап), not ұ.
  [/([aeoyá])u/g, "$1w"],
  [/sh/g, "ш"],
  [/ch/g, "ч"],
  [/zh/g, "ж"],
  [/ia/g, "я"],
  [/iu/g, "ю"],
  // Typed informally, "ya" and "yu" are я and ю too (dayarlau → даярлау); y alone is ы.
  [/ya/g, "я"],
  [/yu/g, "ю"],
  [/ts/g, "ц"],
  // "boiynsha", "kompaniya": i after a vowel is й; before a vowel it is и (і is Kazakh's own, before consonants).
  [/([aeouy])i/g, "$1й"],
  [/i(?=[aeouy])/g, "и"],
  // "qay", "tolay": a final y after a vowel is й too ("qay jerde" → қай жерде; "zauyty" stays).
  [/([aeou])y\b/g, "$1й"],
  [/á/g, "ә"],
  [/ǵ/g, "ғ"],
  [/ı/g, "ы"],
  [/ń/g, "ң"],
  [/ó/g, "ө"],
  [/ú/g, "ү"],
  [/a/g, "а"],
  [/b/g, "б"],
  [/v/g, "в"],
  [/g/g, "г"],
  [/d/g, "д"],
  [/e/g, "е"],
  [/j/g, "ж"],
  [/z/g, "з"],
  [/i/g, "і"],
  [/ія/g, "ия"],
  [/ію/g, "ию"],
  [/y/g, "ы"],
  [/k/g, "к"],
  [/q/g, "қ"],
  [/l/g, "л"],
  [/m/g, "м"],
  [/n/g, "н"],
  [/o/g, "о"],
  [/p/g, "п"],
  [/r/g, "р"],
  [/s/g, "с"],
  [/t/g, "т"],
  [/u/g, "ұ"],
  [/f/g, "ф"],
  [/h/g, "һ"],
  [/w/g, "у"],
  [/c/g, "ц"],
  [/x/g, "х"],
];

const LATIN_TO_RUSSIAN: [RegExp, string][] = [
  [/shch/g, "щ"],
  [/sh/g, "ш"],
  [/ch/g, "ч"],
  [/zh/g, "ж"],
  [/kh/g, "х"],
  [/ts/g, "ц"],
  [/yu/g, "ю"],
  [/ya/g, "я"],
  [/yo/g, "ё"],
  [/y/g, "ы"],
  [/x/g, "кс"],
  ...[..."abvgdejziklmnoprstufhwcq"].map((l, i): [RegExp, string] => [
    new RegExp(l, "g"),
    "абвгдежзиклмнопрстуфхвцк"[i] as string,
  ]),
];

/** Words only Russian typed in Latin letters uses: "gde budet stroit nobel", "skolko deneg". */
const LATIN_RUSSIAN_WORDS =
  /\b(gde|skolko|skol'ko|kogda|kakie|kakoi|kakoy|kakaya|kakih|chto|shto|pochemu|zachem|budet|budut|rabochih|rabochikh|mest|zavod|zavoda|deneg|stroit|stroyat|vkladyvaet|investiruet|proizvodit|kto|eto|etoi|etoy|etot|eti|etom|uchastvuet|uchastvuyut|proekt\w*|soglashen\w*|podpis\w*|istori\w*|kakov\w*|skoka|tolko|vsego|skolko|lekarstv\w*|preparat\w*)\b/i;

export const isLatinRussian = (text: string): boolean =>
  !CYRILLIC.test(text) && LATIN_RUSSIAN_WORDS.test(text);

/** Russian typed in Latin letters ("gde budet stroit nobel") written in Cyrillic. */
export function latinRussianToCyrillic(text: string): string {
  // "eti", "eto", "etoi": a word-initial "e" is «э» («эти», «это»).
  let out = text.toLowerCase().replace(/(?<![\p{L}])e/gu, "э");
  for (const [from, to] of LATIN_TO_RUSSIAN) out = out.replace(from, to);
  return out;
}

/** Latin-script Kazakh written in Cyrillic, so the Kazakh cue words and suffixes apply to it. */
export function latinKazakhToCyrillic(text: string): string {
  let out = text.toLowerCase();
  for (const [from, to] of LATIN_TO_KAZAKH) out = out.replace(from, to);
  return out;
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
    // «Нобелдікі», «Абдидікі» ("Nobel's", "Abdi's"): the possessive that stands alone.
    ...["дікі", "тікі", "нікі", "дыкы", "тыкы", "ныкы"],
    ...["ынан", "інен", "нан", "нен", "дан", "ден", "тан", "тен"],
    ...["ында", "інде", "нда", "нде", "да", "де", "та", "те"],
    ...["ның", "нің", "дың", "дің", "тың", "тің"],
    // («қаулыларга»: the dative typed without ғ, as Latin Kazakh "qaulylarga" is.)
    ...["ына", "іне", "на", "не", "ға", "га", "ге", "қа", "ке"],
    ...["ын", "ін", "ны", "ні", "ды", "ді", "ты", "ті", "мен", "бен", "пен"],
  ],
  // «Абдидікінен», «Альтинфармдікінен» ("than Abdi's"): the possessive left after the case ending.
  ["дікі", "тікі", "нікі", "дыкы", "тыкы", "ныкы"],
  // A 1-letter possessive is tried before "сы": облыс-ы is likelier than облы-сы.
  ["лары", "лері", "дары", "дері", "тары", "тері", "ы", "і", "сы", "сі"],
  ["лар", "лер", "дар", "дер", "тар", "тер"],
].map((g, i) => (i === 3 ? g : [...g].sort((a, b) => b.length - a.length)));

/** An accusative ending that is also a consonant and a possessive: кеше-ні or кешен-і, зауы-ты or зауыт-ы. */
const ACCUSATIVE_OR_POSSESSIVE = new Set(["ны", "ні", "ды", "ді", "ты", "ті", "ни", "ди", "ти"]);

/** Every plausible stem of a Kazakh word (облысы → облыс or облы; жобасы → жобас or жоба; кешені → кешен). */
export function kazakhStems(word: string, groups: string[][] = KAZAKH_GROUPS): string[] {
  let forms = [word];
  for (const group of groups) {
    const next: string[] = [];
    for (const form of forms) {
      const fits = group.filter((x) => form.endsWith(x) && form.length - x.length >= 3);
      next.push(...(fits.length ? fits.map((x) => form.slice(0, -x.length)) : [form]));
      // «кешені» is кешен-і as often as кеше-ні: the possessive group reads it next.
      if (fits.some((x) => ACCUSATIVE_OR_POSSESSIVE.has(x))) next.push(form);
      // «инвестициясын», «кешенін»: a possessive with the accusative «н» after it (инвестиция-сы-н).
      if (fits.some((x) => x === "ын" || x === "ін" || x === "ин")) next.push(form.slice(0, -1));
    }
    forms = [...new Set(next)];
  }
  return forms;
}

/** The suffix groups as typed without Kazakh letters («-дин» for «-дің», «-ин» for «-ін»). */
let foldedGroups: string[][] | undefined;

/**
 * The stems of a Kazakh word typed without its own letters («дарилердин» → «дари», «улесин» →
 * «улес»), folded: they meet only the folded spellings of the vocabulary's words. A case ending
 * only a folded spelling has («-дин» for «-дің») also leaves the word before it, since a folded «и»
 * may be the word's own letter («абдидин» → «абди», not «абд»); one a Kazakh word also has
 * («жылына») does not: «жылы» ("year") is no stem of «жылына» ("per year").
 */
export function foldedKazakhStems(word: string): string[] {
  foldedGroups ??= KAZAKH_GROUPS.map((g) => [...new Set(g.map(foldKazakh))]);
  const own = new Set(KAZAKH_GROUPS[1]);
  const folded = (foldedGroups[1] ?? []).filter(
    (x) => !own.has(x) && word.endsWith(x) && word.length - x.length >= 3,
  );
  return [...new Set([...kazakhStems(word, foldedGroups), ...folded.map((x) => word.slice(0, -x.length))])];
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

const TRANSLIT: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  і: "i",
  к: "k",
  қ: "q",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/**
 * Each lower-case Russian or Kazakh letter in Latin ("медсервис" → "medservis"); other characters
 * kept; `own` spells some letters another way.
 */
export function latinLetters(text: string, own: Readonly<Record<string, string>> = {}): string {
  return [...text].map((c) => own[c] ?? TRANSLIT[c] ?? c).join("");
}

/** Russian and Kazakh letters in Latin ("КФК Медсервис" → "kfk medservis"), for readable ids. */
export function transliterate(text: string): string {
  return latinLetters(normalize(text));
}

/** A readable id from a name or title in any of the three languages: lower-case words joined by hyphens. */
export function slugify(text: string, maxWords = 6): string {
  return transliterate(text)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(" ")
    .filter(Boolean)
    .slice(0, maxWords)
    .join("-");
}

/** Name words a journalist writes by their sound in the other script, not letter by letter. */
const NAME_WORDS: [string, string][] = [
  ["pharmaceuticals", "фармасьютикалс"],
  ["pharmaceutical", "фармацевтикал"],
  ["pharmacy", "фарма"],
  ["pharma", "фарма"],
  ["pharm", "фарм"],
  ["group", "групп"],
  ["holding", "холдинг"],
  ["medical", "медикал"],
  ["medica", "медика"],
  ["biotech", "биотех"],
  ["bio", "био"],
  ["glass", "гласс"],
  ["plus", "плюс"],
  ["lab", "лаб"],
  ["labs", "лабс"],
  ["vita", "вита"],
];
const LATIN_NAME_LETTERS: [RegExp, string][] = [
  [/ph/g, "ф"],
  [/shch/g, "щ"],
  [/ch/g, "ч"],
  [/sh/g, "ш"],
  [/zh/g, "ж"],
  [/kh/g, "х"],
  [/ck/g, "к"],
  // "Medservice", "Alliance": a final "ce" is said «с» («Медсервис»), its "e" silent.
  [/ce$/g, "с"],
  [/c(?=[eiy])/g, "ц"],
  [/c/g, "к"],
  [/ee/g, "и"],
  [/oo/g, "у"],
  [/^y(?=[aeiou])/g, "й"],
  // "Tassay", "Baykonur": a "y" after a vowel and before none is «й» («Тассай»), not «ы».
  // So is one between vowels ("Bayer" → «Байер»).
  [/(?<=[aeiou])y/g, "й"],
  [/^e/g, "э"],
  [/qu/g, "кв"],
  [/q/g, "к"],
  [/w/g, "у"],
  [/x/g, "кс"],
  [/h(?![a-z])/g, ""],
];

/**
 * A company's name as the other script writes it: "Taraz Pharm" → "тараз фарм", «Тобыл Фарм» →
 * "tobyl pharm". Known name words ("Pharm", "Group", "Medical") by their usual spelling, the rest
 * by sound. So a name met in one script is found when a question writes it in the other.
 */
export function nameInOtherScript(name: string): string | null {
  const words = normalize(name).split(" ").filter(Boolean);
  if (!words.length) return null;
  const latin = words.every((w) => /^[a-z0-9]+$/.test(w));
  const cyrillic = words.every((w) => /^[\u0400-\u04ff0-9]+$/.test(w));
  if (latin)
    return words
      .map((w) => {
        const known = NAME_WORDS.find(([l]) => l === w)?.[1];
        if (known) return known;
        let out = w;
        for (const [from, to] of LATIN_NAME_LETTERS) out = out.replace(from, to);
        return latinRussianToCyrillic(out);
      })
      .join(" ");
  if (cyrillic)
    return words.map((w) => NAME_WORDS.find(([, c]) => c === w)?.[0] ?? latinLetters(w)).join(" ");
  return null;
}

/**
 * Kazakh letters folded to their nearest Russian ones (қ → к, ұ → у, ә → а…), for matching only:
 * Kazakh typed on a Russian keyboard, or written in Latin letters and read back into Cyrillic
 * ("zauyty" → заұыты), still meets зауыт.
 */
const FOLD: Record<string, string> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  // ә typed on a Russian keyboard is as often э as а («элеуметтик» for «әлеуметтік»).
  э: "а",
};
const KAZAKH = /[әғқңөұүһіэ]/;

export function foldKazakh(word: string): string {
  if (!KAZAKH.test(word)) return word;
  let out = "";
  for (const ch of word) out += FOLD[ch] ?? ch;
  return out;
}
