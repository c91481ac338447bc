import type { FigureAttribute } from "../claims.js";
import type { Lang, Qualifier, Unit } from "../schema.js";

/**
 * Figures in one sentence of a press release: numbers written in digits ("58.5", "58,5",
 * "1 200", "US$116 million") or words ("thirty", "тридцать", "отыз"), the unit they count
 * (tenge, dollars, jobs, medicines, socially significant medicines) and the qualifier the source
 * puts on them ("around", "at least", "не менее", "кемінде", "290-нан астам").
 * Pure and offline; figures whose unit is not one of ours ("30 million tablets") are not returned.
 */

export interface FigureMention {
  attribute: FigureAttribute;
  value: number;
  /** The number as the sentence writes it: a substring of the sentence. */
  text: string;
  unit: Unit;
  qualifier: Qualifier;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}

/** A number that had no unit of ours, for the "not extracted" part of the ingest report. */
export interface BareNumber {
  text: string;
  start: number;
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

function numberWord(word: string): number | null {
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

/** Scale words after a number: money uses them as its unit, counts multiply by them. */
const SCALES: [RegExp, number][] = [
  [/^(trillion|трлн\.?|триллион\p{L}*)/iu, 1e12],
  [/^(billion|bn|bln|млрд\.?|миллиард\p{L}*)/iu, 1e9],
  [/^(million|mln|mn|млн\.?|миллион\p{L}*)/iu, 1e6],
  [/^(thousand|тыс\.?|тысяч\p{L}*|мың\p{L}*)/iu, 1e3],
];
const KZT = /^(tenge|kzt|₸|тенге|теңге)/iu;
const USD = /^(us\s?dollars?|u\.s\.\s?dollars?|dollars?|usd|долл\p{L}*\.?|доллар\p{L}*|ақш\s+доллар\p{L}*)/iu;
const USD_PREFIX = /(us\$|\$|usd\s?)$/iu;
const KZT_PREFIX = /(kzt\s?|₸\s?)$/iu;

/** Qualifiers written before the number; an optional preposition may stand between ("примерно в 60"). */
const BEFORE: [RegExp, Qualifier][] = [
  [
    /(at least|no fewer than|no less than|not less than|a minimum of|minimum of|не менее|не меньше|как минимум|минимум|кемінде|кем дегенде|ең кемі)$/iu,
    "at least",
  ],
  [/(more than|over|in excess of|upwards of|более|свыше|больше|астам)$/iu, "more than"],
  [/(up to|as many as|вплоть до|до)$/iu, "up to"],
  [
    /(approximately|approx\.|an estimated|estimated at|roughly|примерно|приблизительно|ориентировочно)$/iu,
    "approximately",
  ],
  [/(around|about|some|nearly|almost|circa|около|порядка|почти|шамамен|шамасы|жуық)$/iu, "around"],
];
/** Kazakh puts some qualifiers after the number: "290-нан астам", "200-ге дейін", "4 мыңға жуық". */
const AFTER: [RegExp, Qualifier][] = [
  [/^(астам|артық)/iu, "more than"],
  [/^дейін/iu, "up to"],
  [/^жуық/iu, "around"],
];
const PREPOSITION = /(\s(в|на|of|at|to|by)\s*)$/iu;

/** Unit nouns, matched at the start of a word (so inflections count). */
const JOB_NOUNS = [/^jobs?$/, /^workplaces?$/, /^рабоч/, /^мест/, /^жұмыс$/, /^орн|^орын/];
const PEOPLE_NOUNS =
  /^(people|persons|employees|workers|staff|specialists|человек|сотрудник|работник|специалист|адам|қызметкер|маман)/;
const EMPLOY_CUE = /(?<!\p{L})(employ|hire|staff|трудоустро|работ|занят|жұмыспен|жұмыс істе|еңбек)/iu;
const MEDICINE_NOUNS =
  /^(medicines?|drugs?|medications?|pharmaceuticals|preparations|лекарств|препарат|медикамент|дәрі|препарат)/;
const SOCIAL = /(socially significant|социально[- ]значим|әлеуметтік маңызы)/iu;
/** Words that may stand between a number and its noun ("675 new jobs", "150 новых рабочих мест"). */
const MAX_FILLERS = 2;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from = 0): Word[] {
  const out: Word[] = [];
  for (const m of text.slice(from).matchAll(/[\p{L}\p{N}$₸%]+/gu)) {
    out.push({ text: m[0], start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** Where the clause ends: the next , ; : ( ) or sentence mark (a decimal point does not count). */
function clauseEnd(text: string, from: number): number {
  const m = /[;:()–—]|[,.](?!\d)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

interface NumberToken {
  value: number;
  text: string;
  start: number;
  end: number;
}

/** Numbers in digits, with "1 200" and "58,5"; English "1,200" is a thousands separator. */
function digitNumbers(text: string, lang: Lang): NumberToken[] {
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
function wordNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const words = wordsOf(text);
  let i = 0;
  while (i < words.length) {
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
    if (any) {
      const first = words[i] as Word;
      const last = words[j - 1] as Word;
      out.push({
        value: total + current,
        text: text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
      });
      i = j;
    } else i++;
  }
  return out;
}

function qualifierBefore(text: string, at: number): Qualifier {
  const raw = text.slice(Math.max(0, at - 40), at).replace(/\s+$/, "");
  // "up to 40" ends in a preposition of its own; "примерно в 60" has one between.
  for (const before of [raw, raw.replace(PREPOSITION, "").replace(/\s+$/, "")]) {
    for (const [re, q] of BEFORE) {
      const m = re.exec(before);
      if (m && (m.index === 0 || /[\s(«"“]/.test(before[m.index - 1] ?? " "))) return q;
    }
  }
  return "exact";
}

/**
 * Every figure of ours in a sentence. `lang` is the source's language (it decides what a comma
 * in "1,200" means). Numbers without a unit of ours come back in `bare`.
 */
export function findFigures(sentence: string, lang: Lang): { figures: FigureMention[]; bare: BareNumber[] } {
  const figures: FigureMention[] = [];
  const bare: BareNumber[] = [];
  const numbers = [...digitNumbers(sentence, lang), ...wordNumbers(sentence)].sort(
    (a, b) => a.start - b.start,
  );
  const employs = EMPLOY_CUE.test(sentence);
  for (const n of numbers) {
    let pos = n.end;
    // A percentage ("70% of the medicines", "14,5 пайызға") is a share, never a count or an amount.
    if (/^\s*(%|percent|per cent|процент|пайыз)/iu.test(sentence.slice(pos))) {
      bare.push({ text: n.text, start: n.start });
      continue;
    }
    // Kazakh case endings written on the number: "200-ге", "290-нан", "20-сы".
    const suffix = /^-?[\p{L}]{1,4}(?![\p{L}])/u.exec(sentence.slice(pos));
    if (suffix && /^-/.test(suffix[0])) pos += suffix[0].length;
    let rest = sentence.slice(pos);
    let scale = 1;
    let scaleText = "";
    let scaleEnd = n.end;
    const space = /^\s*/.exec(rest)?.[0].length ?? 0;
    for (const [re, factor] of SCALES) {
      const m = re.exec(rest.slice(space));
      if (m) {
        scale = factor;
        scaleText = m[0];
        pos += space + m[0].length;
        scaleEnd = pos;
        rest = sentence.slice(pos);
        break;
      }
    }
    let qualifier = qualifierBefore(sentence, n.start);
    const afterQ = AFTER.find(([re]) => re.test(rest.trimStart()));
    if (afterQ) {
      qualifier = afterQ[1];
      pos += rest.length - rest.trimStart().length + (afterQ[0].exec(rest.trimStart())?.[0].length ?? 0);
      rest = sentence.slice(pos);
    }
    const prefix = sentence.slice(Math.max(0, n.start - 5), n.start);
    const usdBefore = USD_PREFIX.test(prefix);
    const kztBefore = KZT_PREFIX.test(prefix);
    if (usdBefore || kztBefore) {
      const cut = prefix.replace(usdBefore ? USD_PREFIX : KZT_PREFIX, "");
      qualifier = qualifierBefore(sentence, n.start - (prefix.length - cut.length));
    }
    const restTrim = rest.trimStart();
    const kzt = kztBefore || KZT.test(restTrim);
    const usd = usdBefore || USD.test(restTrim);
    const amount = n.value * scale;
    const base = { text: n.text, start: n.start, end: n.end, qualifier };
    // A count in thousands keeps its scale word in the text ("4 мың"), so the quote shows the figure.
    const counted =
      scale === 1e3 ? { ...base, text: sentence.slice(n.start, scaleEnd), end: scaleEnd } : base;
    if (kzt && !usd) {
      figures.push({ ...base, attribute: "investmentKzt", value: round(amount / 1e9), unit: "billion KZT" });
      continue;
    }
    if (usd) {
      figures.push({ ...base, attribute: "investmentUsd", value: round(amount / 1e6), unit: "million USD" });
      continue;
    }
    if (scaleText && scale !== 1e3) {
      bare.push({ text: n.text, start: n.start });
      continue;
    }
    // Counts: the noun comes within a couple of words, in the same clause.
    const end = clauseEnd(sentence, pos);
    const words = wordsOf(sentence.slice(0, end), pos).slice(0, MAX_FILLERS + 3);
    const lower = words.map((w) => w.text.toLowerCase());
    const clause = sentence.slice(pos, end);
    const social = SOCIAL.exec(clause);
    const noun = lower.findIndex(
      (w, i) =>
        i <= MAX_FILLERS + 1 &&
        (JOB_NOUNS.slice(0, 2).some((re) => re.test(w)) ||
          (/^рабоч/.test(w) && /^мест/.test(lower[i + 1] ?? "")) ||
          (/^жұмыс$/.test(w) && /^(орн|орын)/.test(lower[i + 1] ?? "")) ||
          MEDICINE_NOUNS.test(w) ||
          (PEOPLE_NOUNS.test(w) && employs)),
    );
    const nounWord = noun >= 0 ? (lower[noun] as string) : "";
    if (social && (noun < 0 || !/^(jobs?|рабоч|жұмыс|people|адам|человек)/.test(nounWord))) {
      if (social.index <= 40) {
        figures.push({ ...counted, attribute: "sociallySignificant", value: amount, unit: "medicines" });
        continue;
      }
    }
    if (noun < 0) {
      // "The number of jobs stays at about 265", "количество рабочих мест составит 300": the noun
      // stands before the number, in the same clause, with no other number between.
      const before = nounBefore(sentence, n.start);
      if (before)
        figures.push({
          ...counted,
          attribute: before,
          value: amount,
          unit: before === "jobs" ? "jobs" : "medicines",
        });
      else bare.push({ text: n.text, start: n.start });
      continue;
    }
    if (MEDICINE_NOUNS.test(nounWord)) {
      figures.push({ ...counted, attribute: "medicines", value: amount, unit: "medicines" });
    } else {
      figures.push({ ...counted, attribute: "jobs", value: amount, unit: "jobs" });
    }
  }
  // Number words without a unit ("one of the largest", "three projects") are not worth reporting.
  return { figures, bare: bare.filter((b) => !/^[\p{L}]+$/u.test(b.text)) };
}

/** A jobs or medicines noun just before a number ("the number of jobs will be 300"), or null. */
function nounBefore(sentence: string, at: number): "jobs" | "medicines" | null {
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;:()–—]|[.](?!\d)/)
      .at(-1) ?? "";
  if (/\d/.test(clause)) return null;
  const words = wordsOf(clause)
    .map((w) => w.text.toLowerCase())
    .slice(-6);
  const linked =
    /(is|are|be|stays|remains|amounts|reach|total|составит|составляет|состав|будет|достигнет|құрайды|болады|жетеді)/iu;
  if (!linked.test(clause)) return null;
  for (const [i, w] of words.entries()) {
    if (
      /^jobs?$|^workplaces$/.test(w) ||
      (/^рабоч/.test(w) && /^мест/.test(words[i + 1] ?? "")) ||
      (/^жұмыс$/.test(w) && /^(орн|орын)/.test(words[i + 1] ?? ""))
    )
      return "jobs";
    if (MEDICINE_NOUNS.test(w)) return "medicines";
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
