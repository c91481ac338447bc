import type { Lang } from "../schema.js";

/**
 * Numbers as press releases write them, in digits ("58.5", "58,5", "1 200", "1,200", "$40M") or
 * in words ("thirty-five", "ста пятидесяти", "үш жүз"), with their offsets in the sentence.
 */

export interface NumberToken {
  value: number;
  text: string;
  start: number;
  end: number;
}

const EN_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const RU_WORDS: Record<string, number> = {
  один: 1,
  одна: 1,
  одного: 1,
  два: 2,
  две: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  двадцати: 20,
  тридцать: 30,
  тридцати: 30,
  сорок: 40,
  сорока: 40,
  пятьдесят: 50,
  пятидесяти: 50,
  шестьдесят: 60,
  шестидесяти: 60,
  семьдесят: 70,
  семидесяти: 70,
  восемьдесят: 80,
  восьмидесяти: 80,
  девяносто: 90,
  девяноста: 90,
  сто: 100,
  ста: 100,
  двести: 200,
  двухсот: 200,
  триста: 300,
  трехсот: 300,
  четыреста: 400,
  четырехсот: 400,
  пятьсот: 500,
  пятисот: 500,
  шестьсот: 600,
  шестисот: 600,
  семьсот: 700,
  семисот: 700,
  восемьсот: 800,
  восьмисот: 800,
  девятьсот: 900,
  девятисот: 900,
};
/** Kazakh number words; suffixes ("отызға", "жүзден") are stripped before the look-up. */
const KK_WORDS: Record<string, number> = {
  бір: 1,
  екі: 2,
  үш: 3,
  төрт: 4,
  бес: 5,
  алты: 6,
  жеті: 7,
  сегіз: 8,
  тоғыз: 9,
  он: 10,
  жиырма: 20,
  отыз: 30,
  қырық: 40,
  елу: 50,
  алпыс: 60,
  жетпіс: 70,
  сексен: 80,
  тоқсан: 90,
};
const HUNDRED = /^(hundred|жүз)/;
const THOUSAND = /^(thousand|тысяч|тысяча|тысячи|мың)/;
const KK_SUFFIX = /(ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|ды|ді|ты|ті|ны|ні|сы|сі|ы|і|да|де|та|те)$/;

export function numberWord(word: string): number | null {
  const w = word.toLowerCase().replace(/ё/g, "е");
  if (w in EN_WORDS) return EN_WORDS[w] as number;
  if (w in RU_WORDS) return RU_WORDS[w] as number;
  if (w in KK_WORDS) return KK_WORDS[w] as number;
  // "отызға", "жиырмадан": a case ending on a longer number word. Short ones are not stripped:
  // "онда" (there), "оны" (it), "үшін" (for), "бірге" (together) are no numbers.
  const bare = w.replace(KK_SUFFIX, "");
  if (bare !== w && bare.length >= 4 && bare in KK_WORDS) return KK_WORDS[bare] as number;
  return null;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsOf(text: string, from = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from).matchAll(/[\p{L}\p{N}$₸%]+/gu)) {
    out.push({ text: m[0], start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** Numbers in digits, with "1 200" and "58,5"; English "1,200" is a thousands separator. */
export function digitNumbers(text: string, lang: Lang): NumberToken[] {
  const out: NumberToken[] = [];
  const re =
    /(?<![\p{L}\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\d])/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[1] as string;
    let clean = raw.replace(/[ \u00a0\u202f]/g, "");
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(clean) && lang === "en") clean = clean.replace(/,/g, "");
    else clean = clean.replace(",", ".");
    const value = Number(clean);
    if (Number.isFinite(value))
      out.push({ value, text: raw, start: m.index ?? 0, end: (m.index ?? 0) + raw.length });
  }
  return out;
}

/** Runs of number words: "thirty", "two hundred fifty", "сто пятьдесят", "екі жүз", "thirty-five". */
export function wordNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const words = wordsOf(text);
  let i = 0;
  while (i < words.length) {
    const run = numberRun(text, words, i);
    if (run) {
      out.push(run.token);
      i = run.next;
    } else i++;
  }
  return out;
}

function numberRun(text: string, words: Word[], i: number): { token: NumberToken; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < words.length) {
    const w = (words[j] as Word).text.toLowerCase();
    const gap = j > i ? text.slice((words[j - 1] as Word).end, (words[j] as Word).start) : "";
    if (j > i && !/^[\s-]+$/.test(gap)) break;
    const n = numberWord(w);
    if (n !== null) current += n;
    else if (HUNDRED.test(w) && (any || w === "hundred")) current = (current || 1) * 100;
    else if (THOUSAND.test(w) && any) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (
      w === "and" &&
      any &&
      j + 1 < words.length &&
      numberWord((words[j + 1] as Word).text) !== null
    ) {
      j++;
      continue;
    } else break;
    any = true;
    j++;
  }
  if (!any) return null;
  const first = words[i] as Word;
  const last = words[j - 1] as Word;
  return {
    token: {
      value: total + current,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
    },
    next: j,
  };
}

/** Every number of a sentence, in digits and in words, in order. */
export function numbersIn(text: string, lang: Lang): NumberToken[] {
  return [...digitNumbers(text, lang), ...wordNumbers(text)].sort((a, b) => a.start - b.start);
}
