import type { FigureAttribute } from "../claims.js";
import type { Lang, Qualifier, Unit } from "../schema.js";
import { MONTH_NAME } from "./dates.js";
import { type NumberToken, numbersIn, type Word, wordsOf } from "./numbers.js";

/**
 * Figures in one sentence of a press release: numbers in digits or words, the unit they count
 * (tenge, dollars, jobs, medicines, socially significant medicines; agreements, projects, a
 * growth in percent or a multiple for the figures of a sector or region) and the qualifier the
 * source puts on them ("around", "at least", "не менее", "кемінде", "290-нан астам",
 * "103 млрд теңгеден асады"), ranges ("150–200 jobs") and currency forms ("$40M", "USD 40 mln",
 * "KZT 39.5bn", "15,6 млрд теңге"). Pure and offline; a number whose unit is not one of ours
 * ("30 million tablets") comes back as bare.
 */

/** What a figure counts: a project's attribute, or one only a scope states. */
export type FigureKind =
  | FigureAttribute
  | "agreements"
  | "projects"
  | "growth"
  | "investmentGrowth"
  | "share"
  | "shareTarget";

export interface FigureMention {
  attribute: FigureKind;
  value: number;
  /** The number as the sentence writes it: a substring of the sentence ("150–200" for a range). */
  text: string;
  unit: Unit;
  qualifier: Qualifier;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
  /** A range's upper end: `value` is its lower end, with "at least". */
  upTo?: number;
  /** A target's deadline as written ("by 2035", «к 2030 году», «2030 жылға қарай»). */
  until?: string;
  /** The year a share applies to: YYYY. */
  year?: string;
  /** The value the sentence says this one changed from ("rose from 17% to 25%"), and its year. */
  from?: { value: number; text: string; year?: string };
}

/** A number that had no unit of ours, for the "not extracted" part of the ingest report. */
export interface BareNumber {
  text: string;
  start: number;
}

/** Scale words after a number: money uses them as its unit, counts multiply by them. */
const SCALES: [RegExp, number][] = [
  [/^(trillion|trln|трлн\.?|триллион\p{L}*)/iu, 1e12],
  [/^(billion|bn|bln|млрд\.?|миллиард\p{L}*)(?!\p{L})/iu, 1e9],
  [/^(million|mln|mn|млн\.?|миллион\p{L}*)(?!\p{L})/iu, 1e6],
  [/^(thousand|тыс\.?|тысяч\p{L}*|мың\p{L}*)/iu, 1e3],
];
/** "$40M", "KZT 39.5bn", "USD 40m": a one-letter scale glued to an amount in a currency. */
const SHORT_SCALES: [RegExp, number][] = [
  [/^(b|B)(?![\p{L}\d])/u, 1e9],
  [/^(m|M)(?![\p{L}\d])/u, 1e6],
];
const KZT = /^(tenge|kzt|₸|тенге|теңге)/iu;
const USD =
  /^(us\s?dollars?|u\.s\.\s?dollars?|dollars?|usd|\$|долл\p{L}*\.?|доллар\p{L}*|ақш\s+доллар\p{L}*)/iu;
const USD_PREFIX = /(us\$|\$|usd\s?)$/iu;
const KZT_PREFIX = /(kzt\s?|₸\s?)$/iu;

/** Qualifiers written before the number; an optional preposition may stand between ("примерно в 60"). */
const BEFORE: [RegExp, Qualifier][] = [
  [
    /(at least|no fewer than|no less than|not less than|a minimum of|minimum of|не менее|не меньше|как минимум|минимум|кемінде|кем дегенде|ең кемі)$/iu,
    "at least",
  ],
  [
    /(more than|over|in excess of|upwards of|exceeding|exceeds|will exceed|to exceed|topping|above|более|свыше|больше|превысит|превышает|превысил\p{L}*|превышающ\p{L}*|астам)$/iu,
    "more than",
  ],
  [/(up to|as many as|вплоть до|до)$/iu, "up to"],
  [
    /(approximately|approx\.|an estimated|estimated at|roughly|примерно|приблизительно|ориентировочно)$/iu,
    "approximately",
  ],
  [/(around|about|some|nearly|almost|circa|около|порядка|почти|шамамен|шамасы|жуық)$/iu, "around"],
];
/** Kazakh puts qualifiers after the number or its unit: "290-нан астам", "103 млрд теңгеден асады". */
const AFTER: [RegExp, Qualifier][] = [
  [/^(астам|артық|асады|асатын|асқан|асып|асты|асқаны|жоғары)(?!\p{L})/iu, "more than"],
  [/^дейін/iu, "up to"],
  [/^(жуық|шамасында|шақты)/iu, "around"],
];
/** A change to a new figure: "revised up to", "increased to", «увеличена до», «выросло до», «снижен до». */
const CHANGED_TO =
  /(?<!\p{L})((revised|raised|increased|ramped|scaled|adjusted|moved|gone|went|go)\s+up\s+to|(увеличен|увеличил|увеличит|увеличат|увеличива|вырос|выросл|возрос|возросл|повышен|повысил|снижен|снизил|сокращен|сокращён|сократил|уменьшен|уменьшил|пересмотрен|скорректирован|скорректировал|доведен|доведён|довед|расширен|выроста)\p{L}*\s+(\p{L}+\s+){0,2}((с|со)\s+\d[\d\s,.]*(%|\p{L}+)?\s+)?до)$/iu;
/** After «… дейін»: a change reached, «ұлғайтылды», «артты», «өсті», «қысқарды». */
const CHANGED_AFTER =
  /^\s*(\p{L}+\s+)?(ұлғай|арт(ты|қан|ып|тыр)|өс(ті|кен|іп)|көтер|қысқар|азай|төменде|жеткіз)\p{L}*/iu;
const PREPOSITION = /(\s(в|на|of|at|to|by)\s*)$/iu;

/** Unit nouns, matched at the start of a word (so inflections count). */
const JOB_NOUN = /^(jobs?|workplaces?)$/;
const PEOPLE_NOUNS =
  /^(people|persons|employees|workers|staff|specialists|человек|сотрудник|работник|специалист|адам|қызметкер|маман)/;
const EMPLOY_CUE =
  /(?<!\p{L})(employ|hire|staff|work(?!\p{L})|трудоустро|работ|занят|жұмыспен|жұмыс істе|еңбек)/iu;
/**
 * People a plant needs are a staffing need, not jobs it creates: "the company will need 300
 * specialists", «для работы завода потребуется 250 специалистов», «зауытқа 200 маман қажет».
 */
const STAFF_NEED =
  /(?<!\p{L})(need(s|ed)?|require[sd]?|will require|потребу\p{L}*|требу\p{L}*|нужн\p{L}*|необходим\p{L}*|қажет\p{L}*|керек\p{L}*)(?!\p{L})/iu;
const MEDICINE_NOUNS =
  /^(medicines?|drugs?|medications?|pharmaceuticals|preparations|generics|vaccines?|лекарств|препарат|медикамент|дженерик|вакцин|дәрі|препарат)/;
/** "38 types", "58 атауын", "40 наименований": a count of kinds, of medicines when a medicine noun is near. */
const KIND_NOUNS = /^(types?|kinds?|items?|names|наименован|вид|позици|атау|түр)/;
/** Units of a product ("90 thousand doses of the vaccine", «вакцинаның 60 мың дозасы», "vials of insulin"): no count of medicines. */
const UNIT_NOUNS =
  /^(doses?|vials?|bottles?|ampoules?|ampules?|packs?|packages?|boxes|tablets?|pieces?|units?|syringes?|tonnes?|tons?|litres?|доз|флакон|ампул|упаков|таблет|штук|шприц|тонн|литр|бутыл|доза|дана|құты|қорап|қаптама|тонна)/;
/**
 * Things counted that are no medicine, job, agreement or project: "193 domestic enterprises make
 * medicines", «23 ауруға қарсы вакцина», "655 new primary healthcare facilities". The number is
 * theirs, not the medicine noun's after them.
 */
const OTHER_COUNTED =
  /^(enterprises?|compan(y|ies)|firms?|producers?|manufacturers?|plants?|factories|hospitals?|clinics?|facilit(y|ies)|diseases?|infections?|regions?|countries|districts?|laborator(y|ies)|labs?|centres?|centers?|pharmacies|cases?|outbreaks?|предприяти|компани|фирм|производител|завод|фабрик|больниц|клиник|объект|заболевани|болезн|инфекц|регион|стран|район|лаборатор|центр|аптек|случа|вспышк|кәсіпорын|компания|өндіруш|зауыт|аурухана|емхана|нысан|ауру|инфекция|өңір|аудан|зертхана|дәріхана|ошақ)/;
const AGREEMENT_NOUNS = /^(agreements?|contracts?|соглашени|договор|контракт|келісім)/;
const PROJECT_NOUNS = /^(projects?|проект|жоба)/;
/** Documents or memoranda signed together ("31 documents were signed", «подписано 26 документов»): agreements counted. */
const DOCUMENT_NOUNS = /^(documents?|memorand\p{L}*|документ\p{L}*|меморандум\p{L}*|құжат\p{L}*)/u;
const SIGNING = /(?<!\p{L})(sign\p{L}*|подпис\p{L}*|заключ\p{L}*|қол қой\p{L}*)/iu;
const SOCIAL = /(socially significant|социально[- ]значим|әлеуметтік маңызы)/iu;
/** Kazakh (and some Russian) put it before the number: "әлеуметтік маңызы бар 17 препарат". */
const SOCIAL_BEFORE = /(социально[- ]значим\p{L}*|әлеуметтік маңызы бар)\s*[:–—-]?\s*$/iu;
/** "14 препаратов, из них 9 — социально значимые": the kind after a dash. */
const SOCIAL_AFTER_DASH =
  /^\s*[—–-]\s*(социально[- ]значим\p{L}*|socially significant|әлеуметтік маңызы бар)/iu;
/** International non-proprietary names: a portfolio's substances, never a count of medicines. */
const INN =
  /(?<!\p{L})(INNs?|МНН)(?!\p{L})|(?<!\p{L})([Ii]nternational non-?proprietary|[Мм]еждународн\p{L}* непатентованн|[Хх]алықаралық патенттелмеген)/u;
const GROWTH_CUE =
  /(?<!\p{L})(grew|grow|rose|rise|increas|up by|growth|вырос|рост|увелич|прирост|өс(ті|іп|уі|кен)|арт(ты|қан|ып))/iu;
const SHARE_CUE = /(?<!\p{L})(share|proportion|дол[яюи]|үлес\p{L}*)(?!\p{L})/iu;
/** A part of the market said without "share": "account for 25% of the market", «занимают 25% рынка», «нарығының 41 пайызын». */
const MARKET_PART =
  /(?<!\p{L})(accounts? for|accounted for|занима\p{L}*|приход\p{L}* на|of (the |kazakhstan['’]s |the country['’]s )?(\p{L}+ )?market|рынка|нарық\p{L}*|нарығ\p{L}*)(?!\p{L})/iu;
const INVESTMENT_WORD = /(?<!\p{L})(invest|инвест|салым)/iu;
const TIMES = /^(times|fold|раз[а]?|есе)(?!\p{L})/iu;
/** Words that may stand between a number and its noun ("675 new jobs", "150 новых рабочих мест"). */
const MAX_FILLERS = 2;

/** Where the clause ends: the next , ; : ( ) or sentence mark (a decimal point does not count). */
function clauseEnd(text: string, from: number): number {
  const m = /[;:()–—]|[,.](?!\d)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Where the part of a sentence holding `from` ends: the next ; or : (or the sentence's end). */
function sentenceEnd(text: string, from: number): number {
  const m = /[;:]/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function qualifierBefore(text: string, at: number): Qualifier {
  const raw = text.slice(Math.max(0, at - 40), at).replace(/\s+$/, "");
  // "add up to 173 billion": a sum, not a ceiling; nor is a new figure a change reached
  // ("revised up to 27.4 billion", «увеличена до 27,4 млрд», «сокращено до 200»).
  if (/(?<!\p{L})add(s|ed|ing)?\s+up\s+to$/iu.test(raw)) return "exact";
  if (CHANGED_TO.test(raw)) return "exact";
  // "up to 40" ends in a preposition of its own; "примерно в 60" has one between.
  for (const before of [raw, raw.replace(PREPOSITION, "").replace(/\s+$/, "")]) {
    for (const [re, q] of BEFORE) {
      const m = re.exec(before);
      if (m && (m.index === 0 || /[\s(«"“]/.test(before[m.index - 1] ?? " "))) return q;
    }
  }
  return "exact";
}

/** A qualifier written after the number or its unit, and where it ends. */
function qualifierAfter(text: string, from: number): { qualifier: Qualifier; end: number } | null {
  const rest = text.slice(from);
  const lead = rest.length - rest.trimStart().length;
  for (const [re, q] of AFTER) {
    const m = re.exec(rest.trimStart());
    // «27,4 млрд теңгеге дейін ұлғайтылды»: the figure a change reached, not a ceiling.
    if (m && q === "up to" && CHANGED_AFTER.test(rest.trimStart().slice(m[0].length))) return null;
    if (m) return { qualifier: q, end: from + lead + m[0].length };
  }
  return null;
}

/** A Kazakh case ending written on a number or a unit: "200-ге", "290-нан", "теңгеден". */
function skipSuffix(text: string, from: number): number {
  const m = /^-?[\p{L}]{1,4}(?![\p{L}])/u.exec(text.slice(from));
  return m?.[0].startsWith("-") ? from + m[0].length : from;
}

interface Amount {
  scale: number;
  /** Where the number's unit words end. */
  end: number;
  currency: "KZT" | "USD" | null;
  /** The end of the scale word, for counts in thousands ("4 мың"). */
  scaleEnd: number;
}

/** The scale and currency around a number: "58.5 billion tenge", "US$116 million", "$40M", "KZT 39.5bn". */
function amountAt(sentence: string, n: NumberToken): Amount {
  let pos = skipSuffix(sentence, n.end);
  const prefix = sentence.slice(Math.max(0, n.start - 5), n.start);
  let currency: Amount["currency"] = USD_PREFIX.test(prefix) ? "USD" : KZT_PREFIX.test(prefix) ? "KZT" : null;
  let scale = 1;
  let scaleEnd = n.end;
  const space = /^\s*/.exec(sentence.slice(pos))?.[0].length ?? 0;
  const rest = sentence.slice(pos + space);
  const glued = currency && space === 0 ? SHORT_SCALES : [];
  for (const [re, factor] of [...SCALES, ...glued]) {
    const m = re.exec(rest);
    if (m) {
      scale = factor;
      pos += space + m[0].length;
      scaleEnd = pos;
      break;
    }
  }
  const after = sentence.slice(pos).trimStart();
  const unit = KZT.exec(after) ?? USD.exec(after);
  if (unit && !currency) {
    currency = KZT.test(after) ? "KZT" : "USD";
    pos = skipSuffix(sentence, pos + (sentence.slice(pos).length - after.length) + unit[0].length);
    // "теңгеден": the case ending is glued to the currency word.
    pos += /^\p{L}*/u.exec(sentence.slice(pos))?.[0].length ?? 0;
  }
  return { scale, end: pos, currency, scaleEnd };
}

/** The noun a count stands for, within a couple of words after it in the same clause. */
function countNoun(
  sentence: string,
  from: number,
): { kind: "jobs" | "medicines" | "agreements" | "projects" | "kinds"; at: number } | null {
  const end = clauseEnd(sentence, from);
  const words = wordsOf(sentence.slice(0, end), from).slice(0, MAX_FILLERS + 3);
  const lower = words.map((w) => w.text.toLowerCase());
  // Employing is said in the count's own part of the sentence: "needs 60 specialists to run its
  // equipment; experts are training staff" is a staffing need, no jobs.
  const part = sentence.slice(
    sentence.slice(0, from).search(/[;:][^;:]*$/u) + 1,
    sentenceEnd(sentence, from),
  );
  const employs = EMPLOY_CUE.test(part) && !STAFF_NEED.test(part);
  for (const [i, w] of lower.entries()) {
    if (i > MAX_FILLERS + 1) break;
    const next = lower[i + 1] ?? "";
    if (
      JOB_NOUN.test(w) ||
      (/^рабоч/.test(w) && /^мест/.test(next)) ||
      (/^жұмыс$/.test(w) && /^(орн|орын)/.test(next))
    )
      return { kind: "jobs", at: i };
    if (UNIT_NOUNS.test(w)) return null;
    if (MEDICINE_NOUNS.test(w)) return { kind: "medicines", at: i };
    if (OTHER_COUNTED.test(w)) return null;
    if (PEOPLE_NOUNS.test(w) && employs) return { kind: "jobs", at: i };
    if (AGREEMENT_NOUNS.test(w)) return { kind: "agreements", at: i };
    if (DOCUMENT_NOUNS.test(w) && SIGNING.test(sentence)) return { kind: "agreements", at: i };
    if (PROJECT_NOUNS.test(w)) return { kind: "projects", at: i };
    if (KIND_NOUNS.test(w)) return { kind: "kinds", at: i };
  }
  return null;
}

/** A medicine noun just before a number: "medicines of 38 types", "препараттың 58 атауын". */
function medicineBefore(sentence: string, at: number): boolean {
  const before =
    sentence
      .slice(Math.max(0, at - 40), at)
      .split(/[,;:()–—]|[.](?!\d)/)
      .at(-1) ?? "";
  const words = wordsOf(before)
    .map((w) => w.text.toLowerCase())
    .slice(-3);
  return words.some((w) => MEDICINE_NOUNS.test(w) || /^дәрілік$/.test(w));
}

/** A change verb before "from": "rose from", "was raised from", «увеличилось с». */
const CHANGE_BEFORE =
  /(?<!\p{L})(rose|risen|raised|increased|grew|grown|went up|climbed|fell|fallen|dropped|declined|decreased|cut|reduced|revised|expanded|увелич\p{L}*|вырос\p{L}*|выросл\p{L}*|возрос\p{L}*|сниз\p{L}*|снижен\p{L}*|сократ\p{L}*|сокращ\p{L}*|уменьш\p{L}*|пересмотр\p{L}*|расширен\p{L}*)\s+(\p{L}+\s+){0,2}(from|с|со)\s+$/iu;

/** A range's second number: "150–200", "150-200", "from 150 to 200", "от 150 до 200", "150-ден 200-ге дейін". */
function rangeEnd(sentence: string, n: NumberToken, numbers: NumberToken[]): NumberToken | null {
  const next = numbers.find((m) => m.start > n.end);
  if (!next || next.value <= n.value) return null;
  const between = sentence.slice(n.end, next.start);
  const dash = /^\s?[–—-]\s?$/.test(between);
  const words = /^(-?\p{L}{0,4})?\s+(to|and|до)\s+$/iu.test(between);
  const before = sentence.slice(Math.max(0, n.start - 8), n.start);
  const opened = /(from|between|от)\s+$/iu.test(before);
  const kazakh =
    /^-?\p{L}{2,4}\s+$/u.test(between) && /^-?\p{L}{0,4}\s+дейін/u.test(sentence.slice(next.end));
  // "hire 150 to 200 more people": a range when its unit follows, even with no "from".
  const counted =
    /^\s+((more|new|additional)\s+)?(people|jobs|workers|employees|человек|рабочих|сотрудник\p{L}*|адам|жұмыс)(?!\p{L})/iu.test(
      sentence.slice(next.end),
    );
  // "was raised from 140 to 190", «увеличено с 140 до 190», «140-тан 190-ға дейін артты»: a change, no range.
  if (CHANGE_BEFORE.test(sentence.slice(Math.max(0, n.start - 50), n.start))) return null;
  if (kazakh && CHANGED_AFTER.test(sentence.slice(next.end).replace(/^-?\p{L}{0,4}\s+дейін/u, "")))
    return null;
  return dash || (words && (opened || counted)) || kazakh ? next : null;
}

interface Reading {
  figure?: FigureMention;
  bare?: boolean;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The domestic share of the market: "the share of domestically produced medicines", «доля отечественных», «отандық … үлесі». */
const DOMESTIC =
  /(?<!\p{L})(domestic\p{L}*|locally produced|local (medicines|drugs|production|producers)|home-grown|Kazakh-made|made in Kazakhstan|отечествен\p{L}*|казахстанск\p{L}* (производ|лекарств|препарат)\p{L}*|местн\p{L}* (производ|лекарств|препарат)\p{L}*|отандық)/iu;
/** Words pointing back to a share the sentence before gives: "this figure", «этот показатель», «бұл көрсеткіш». */
const SHARE_ANAPHOR =
  /(?<!\p{L})((this|that|the) (figure|share|indicator|level)|(этот|данный|это(т)?|эту|данную) (показател\p{L}*|дол\p{L}*|уров\p{L}*)|бұл (көрсеткіш\p{L}*|үлес\p{L}*|деңгей\p{L}*))(?!\p{L})/iu;
/** A share still to be reached: "a target of 55%", «довести до 50%», «50 пайызға жеткізу». */
const SHARE_TARGET =
  /(?<!\p{L})(target\p{L}*|goal|aim\p{L}*|plan\p{L}*|seeks?|to rais\p{L}*|to increas\p{L}*|to bring|цел\p{L}*|довести|планиру\p{L}*|намерен\p{L}*|задач\p{L}*|мақсат\p{L}*|жеткізу\p{L}*|арттыру\p{L}*|жоспар\p{L}*)(?!\p{L})/iu;
/** An earlier value beside the new: "up from 29%", «против 29%», «с 29%». */
const EARLIER_SHARE = /(?<!\p{L})(up from|from|against|compared with|против|с|со|по сравнению с)\s+$/iu;
/** A deadline after a target: "by 2035", «к 2030 году», «2030 жылға қарай/дейін». */
const UNTIL =
  /(?<!\p{L})(by (the end of )?(19|20)\d\d|к (концу )?(19|20)\d\d(\s+год\p{L}*)?|до (19|20)\d\d(\s+год\p{L}*)?|(19|20)\d\d\s+жыл\p{L}*\s+(қарай|дейін))/iu;

/** The domestic share of the market a percentage states, or the share a target sets; undefined for another share. */
function shareAt(
  sentence: string,
  n: NumberToken,
  qualifier: Qualifier,
  clause: string,
  shareBefore: boolean,
): Reading | undefined {
  const domestic = DOMESTIC.test(sentence) && (SHARE_CUE.test(sentence) || MARKET_PART.test(sentence));
  if (!domestic && !(shareBefore && SHARE_ANAPHOR.test(sentence))) return undefined;
  if (EARLIER_SHARE.test(sentence.slice(Math.max(0, n.start - 20), n.start))) return { bare: true };
  const target = SHARE_TARGET.test(clause);
  // Kazakh puts the deadline first: «Үкімет 2030 жылға қарай … үлесін 50 пайызға жеткізуді …».
  const until = target
    ? (UNTIL.exec(sentence.slice(n.end, n.end + 40)) ?? UNTIL.exec(sentence))?.[0]
    : undefined;
  // "reached 41% in 2034", «По итогам 2034 года доля … составила 38%», «2034 жылы … 33 пайызға
  // жетті»: the year the share is of, right after it or before it in its clause.
  const before = sentence.slice(0, n.start);
  const from = Math.max(...[";", ":", " – ", " — "].map((b) => before.lastIndexOf(b)), 0);
  const ofYear = target
    ? undefined
    : (yearOf(sentence.slice(n.end, n.end + 30)) ?? yearOf(before.slice(from)));
  return {
    figure: {
      attribute: target ? "shareTarget" : "share",
      value: n.value,
      text: n.text,
      unit: "percent",
      // «довести до 50%», "raise to 55%": the level to reach, not an upper bound.
      qualifier: target && qualifier === "up to" ? "exact" : qualifier,
      start: n.start,
      end: n.end,
      ...(until ? { until } : {}),
      ...(ofYear ? { year: ofYear } : {}),
    },
  };
}

/** A year a figure is of: "in 2034", «в 2034 году», «по итогам 2034 года», «2034 жылы» (never "by 2035", a deadline). */
const YEAR_OF =
  /(?<!\p{L})(?:in|for|as of|at the end of)\s+((?:19|20)\d\d)(?!\d)|(?<!\p{L})(?:в|за|по итогам|на конец|по состоянию на)\s+((?:19|20)\d\d)(?:\s+год\p{L}*)?(?!\d)|(?<![\p{L}\d])((?:19|20)\d\d)\s+жыл(?:ы|дың соңында|дың қорытындысы бойынша)(?!\p{L})/iu;
function yearOf(text: string): string | undefined {
  const m = YEAR_OF.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** An old level right before a new one: "from 19% to", «с 27 до», «33 пайыздан». */
const LEVEL_FROM =
  /(?:(?<!\p{L})(?:from|с|со)\s+\d[\d\s,.]*(?:%|\s?процент\p{L}*|\s?per\s?cent)?\s+(?:to|до)|\d[\d\s,.]*\s*(?:%|пайыз)?-?(?:дан|ден|тан|тен|нан|нен))\s*$/iu;

/** A percentage: a growth when the clause speaks of growth, the domestic share, else a share we do not track. */
function percentAt(sentence: string, n: NumberToken, qualifier: Qualifier, shareBefore: boolean): Reading {
  const m = /^\s*(%|percent|per cent|процент\p{L}*|пайыз\p{L}*)/iu.exec(sentence.slice(n.end));
  if (!m) return {};
  const end = clauseEnd(sentence, n.end);
  const clause = sentence.slice(Math.max(0, n.start - 60), end);
  // "the share of domestic medicines reached 37%", "a target of 55% by 2035": the market's, by the country.
  const share = shareAt(sentence, n, qualifier, sentence.slice(Math.max(0, n.start - 80), end), shareBefore);
  // "… reached 37%, while output grew 18%": a growth in its own part of the sentence is no share.
  const own =
    sentence
      .slice(Math.max(0, n.start - 60), n.start)
      .split(/[,;]|\s(?:and|while|whereas|и|а|және|ал)\s/u)
      .at(-1) ?? "";
  // "rose from 19% to 27%", «с 27 до 33%», «33 пайыздан 38 пайызға»: a level reached, no growth.
  const level = LEVEL_FROM.test(sentence.slice(Math.max(0, n.start - 40), n.start));
  if (share && (level || !(GROWTH_CUE.test(own) && !SHARE_CUE.test(own)))) return share;
  if (level) return { bare: true };
  // "the share of local medicines to 50%", «долю … до 50%», «үлесін 50 пайызға»: a share, not a growth.
  if (!GROWTH_CUE.test(clause) || SHARE_CUE.test(sentence.slice(Math.max(0, n.start - 60), n.start)))
    return { bare: true };
  // "Investment in the industry rose 25%", «Инвестиции в отрасль увеличились на 18%», «Салаға
  // салынған инвестиция 22 пайызға артты»: the investment's growth, not the output's.
  const grown =
    INVESTMENT_WORD.test(own) && !/(?<!\p{L})(output|production|производств|выпуск|өндіріс)/iu.test(own);
  return {
    figure: {
      attribute: grown ? "investmentGrowth" : "growth",
      value: n.value,
      text: n.text,
      unit: "percent",
      qualifier,
      start: n.start,
      end: n.end,
    },
  };
}

/** One number read with its unit and qualifier. */
function readNumber(
  sentence: string,
  n: NumberToken,
  range: NumberToken | null,
  shareBefore = false,
): Reading {
  const last = range ?? n;
  let qualifier = qualifierBefore(sentence, n.start);
  const percent = percentAt(sentence, last, qualifier, shareBefore);
  if (percent.figure || percent.bare) return percent;
  const amount = amountAt(sentence, last);
  const prefixed = sentence.slice(Math.max(0, n.start - 5), n.start);
  if (USD_PREFIX.test(prefixed) || KZT_PREFIX.test(prefixed)) {
    const cut = prefixed.replace(USD_PREFIX, "").replace(KZT_PREFIX, "");
    qualifier = qualifierBefore(sentence, n.start - (prefixed.length - cut.length));
  }
  const after = qualifierAfter(sentence, amount.end);
  if (after) qualifier = after.qualifier;
  const text = range ? sentence.slice(n.start, range.end) : n.text;
  const base = { text, start: n.start, end: range?.end ?? n.end, qualifier };
  const withRange = (f: FigureMention): FigureMention =>
    range
      ? { ...f, value: n.value * (f.value / (range.value || 1)), upTo: f.value, qualifier: "at least" }
      : f;
  const value = last.value * amount.scale;
  if (amount.currency === "KZT")
    return {
      figure: withRange({
        ...base,
        attribute: "investmentKzt",
        value: round(value / 1e9),
        unit: "billion KZT",
      }),
    };
  if (amount.currency === "USD")
    return {
      figure: withRange({
        ...base,
        attribute: "investmentUsd",
        value: round(value / 1e6),
        unit: "million USD",
      }),
    };
  if (amount.scale !== 1 && amount.scale !== 1e3) return { bare: true };
  const counted =
    amount.scale === 1e3 && !range
      ? { ...base, text: sentence.slice(n.start, amount.scaleEnd), end: amount.scaleEnd }
      : base;
  return countAt(sentence, last, counted, value, withRange);
}

/**
 * Whether a Latin brand word stands right before a number inside a sentence ("… the Prevenar 13
 * vaccine"): not a month ("on January 22"), a currency code ("USD 40") or the first word ("About 200").
 */
function brandBefore(text: string): boolean {
  const word = /(?:\S\s+|[(«"“])([A-Z][a-z]{2,})\s$/u.exec(text)?.[1];
  return !!word && !MONTH_NAME.test(word);
}

/** Registering medicines for sale: "register", «зарегистрир…», «регистрац…», «тіркеу», «тіркелді». */
const REGISTERED =
  /(?<!\p{L})(regist\p{L}*|зарегистрир\p{L}*|регистрац\p{L}*|регистрир\p{L}*|тірке\p{L}*|тіркел\p{L}*)/iu;

/** A count: jobs, medicines (socially significant or not), agreements, projects, or a multiple. */
function countAt(
  sentence: string,
  n: NumberToken,
  base: Omit<FigureMention, "attribute" | "value" | "unit">,
  value: number,
  withRange: (f: FigureMention) => FigureMention,
): Reading {
  // "COVID-19", "Covid-19 vaccine": a number joined to a word by a hyphen is part of a name; so is
  // one after a brand inside a sentence ("the Prevenar 13 vaccine" is no 13 medicines).
  const ahead = sentence.slice(0, n.start);
  if (/\p{L}[-‑]$/u.test(ahead) || brandBefore(ahead)) return { bare: true };
  const from = skipSuffix(sentence, base.end);
  const rest = sentence.slice(from).trimStart();
  // "20-valent", «13 валентную», «20 валентті»: how many strains a vaccine covers, no count of medicines.
  if (
    /^[-‑]?(valent|валентн|валентті)/iu.test(rest) ||
    /^[-‑](valent|валентн|валентті)/iu.test(sentence.slice(base.end))
  )
    return { bare: true };
  if (
    TIMES.test(rest) ||
    (/в\s*$/.test(sentence.slice(Math.max(0, n.start - 3), n.start)) && /^\s*раз/.test(sentence.slice(from)))
  ) {
    const clause = sentence.slice(0, clauseEnd(sentence, from));
    if (GROWTH_CUE.test(clause) && INVESTMENT_WORD.test(clause))
      return { figure: { ...base, attribute: "investmentGrowth", value, unit: "times" } };
    return { bare: true };
  }
  const noun = countNoun(sentence, from);
  const clause = sentence.slice(from, clauseEnd(sentence, from));
  const social =
    SOCIAL.exec(clause) ??
    SOCIAL_BEFORE.exec(sentence.slice(Math.max(0, n.start - 40), n.start)) ??
    SOCIAL_AFTER_DASH.exec(sentence.slice(base.end));
  if (INN.test(sentence.slice(n.end, clauseEnd(sentence, from) + 1))) return { bare: true };
  if (
    social &&
    (social.index <= 40 || social.input !== clause) &&
    (!noun || noun.kind === "medicines" || noun.kind === "kinds")
  )
    return { figure: withRange({ ...base, attribute: "sociallySignificant", value, unit: "medicines" }) };
  const make = (attribute: FigureKind, unit: Unit): Reading => ({
    figure: withRange({ ...base, attribute, value, unit }),
  });
  if (noun?.kind === "jobs") return make("jobs", "jobs");
  // "plans to register 12 new medicines", «зарегистрировать 12 препаратов», «12 дәріні тіркеу»:
  // medicines registered for sale, none a plant makes.
  const registering =
    REGISTERED.test(sentence.slice(Math.max(0, n.start - 40), n.start)) ||
    /^\s*\S+\s+\S*тірке/iu.test(sentence.slice(n.end, n.end + 30));
  if (noun?.kind === "medicines" && registering) return { bare: true };
  if (noun?.kind === "medicines") return make("medicines", "medicines");
  if (
    noun?.kind === "kinds" &&
    (medicineBefore(sentence, n.start) ||
      /^\S+\s+(of\s+)?(medicines?|drugs?|лекарств|препарат|дәрі)/iu.test(sentence.slice(from).trimStart()))
  )
    return make("medicines", "medicines");
  if (noun?.kind === "agreements") return make("agreements", "agreements");
  if (noun?.kind === "projects") return make("projects", "companies");
  // "to supply medicines for 10 years", «на 10 лет», «10 жылға»: a term, no count of the noun before.
  if (TIME_UNIT_AFTER.test(sentence.slice(n.end))) return { bare: true };
  const before = nounBefore(sentence, n.start);
  if (before) return make(before, before === "jobs" ? "jobs" : "medicines");
  return { bare: true };
}

const CURRENCY = new Set<FigureKind>(["investmentKzt", "investmentUsd"]);
/** A time unit right after a number: "10 years", «10 лет», «10 жылға», "six months". */
const TIME_UNIT_AFTER =
  /^[\s-]*(years?|months?|weeks?|days?|лет|года?|месяц\p{L}*|недел\p{L}*|дн(я|ей)|жыл(ға|да|дан|ы|дық)?|ай(ға|да|дан|ы|лық)?|апта\p{L}*|күн(ге|де|нен|і)?)(?!\p{L})/iu;

/**
 * An amount in the other currency in brackets right after one ("more than 103 billion tenge
 * (US$190 million)", «более 40 млрд тенге ($80 млн)») converts it and keeps its qualifier, unless
 * it states its own ("173 billion tenge (approximately US$370 million)").
 */
function conversion(sentence: string, f: FigureMention, previous: FigureMention | undefined): FigureMention {
  if (!previous || f.qualifier !== "exact" || previous.qualifier === "exact") return f;
  if (!CURRENCY.has(f.attribute) || !CURRENCY.has(previous.attribute) || f.attribute === previous.attribute)
    return f;
  const between = sentence.slice(previous.end, f.start);
  return /^[^()\d;]{0,30}\(\s*[^\d()\s]{0,6}\s?$/u.test(between)
    ? { ...f, qualifier: previous.qualifier }
    : f;
}

/**
 * A table row's figures: each cell read alone, and a bare number read with its column's header
 * ("| … | 140 |" under "Jobs" is 140 jobs). Offsets are the row's.
 */
export function rowFigures(
  cells: { text: string; start: number }[],
  columns: string[],
  lang: Lang,
): { figures: FigureMention[]; bare: BareNumber[] } {
  const figures: FigureMention[] = [];
  const bare: BareNumber[] = [];
  const shift = <T extends { start: number }>(x: T, by: number): T =>
    "end" in x
      ? { ...x, start: x.start + by, end: (x as T & { end: number }).end + by }
      : { ...x, start: x.start + by };
  for (const [i, cell] of cells.entries()) {
    const alone = findFigures(cell.text, lang);
    const header = columns[i];
    const read =
      alone.figures.length || !header || !alone.bare.length
        ? alone
        : findFigures(`${cell.text} ${header.toLowerCase()}`, lang);
    figures.push(...read.figures.filter((f) => f.end <= cell.text.length).map((f) => shift(f, cell.start)));
    if (!read.figures.length) bare.push(...alone.bare.map((b) => shift(b, cell.start)));
  }
  return { figures, bare };
}

/**
 * Every figure of ours in a sentence. `lang` is the source's language (it decides what a comma
 * in "1,200" means); `previous` the sentence before it, which "this figure" may point back to.
 * Numbers without a unit of ours come back in `bare`.
 */
export function findFigures(
  sentence: string,
  lang: Lang,
  previous = "",
): { figures: FigureMention[]; bare: BareNumber[] } {
  // «Доля отечественных … 31%. К 2030 году этот показатель планируется довести до 50%»: the share.
  const shareBefore = DOMESTIC.test(previous) && (SHARE_CUE.test(previous) || MARKET_PART.test(previous));
  const figures: FigureMention[] = [];
  const bare: BareNumber[] = [];
  const numbers = numbersIn(sentence, lang);
  const used = new Set<NumberToken>();
  // "worth 10 and 6 billion tenge", «10 и 6 млрд тенге»: a number before "and" takes the next one's unit.
  let pending: NumberToken | null = null;
  // "95 of 250 vital medicines", «95 из 250», «285 дәрілік заттың 107-сі»: a part of a list, both
  // numbers of the list, not a count of anyone's medicines.
  for (const [i, n] of numbers.entries()) {
    const next = numbers[i + 1];
    if (
      next &&
      (PART_OF_NEXT.test(sentence.slice(n.end, next.start)) ||
        PART_OF_KAZAKH.test(sentence.slice(n.end, next.end + 4)))
    )
      used.add(n).add(next);
  }
  for (const n of numbers) {
    if (used.has(n)) continue;
    // «олардың 33-і дәрілік заттар өндіреді», "33 of them make medicines": a part of the things
    // counted before, no count of medicines.
    if (
      OF_THEM_BEFORE.test(sentence.slice(Math.max(0, n.start - 80), n.start)) &&
      /^-?(сі|сы|і|ы)(?!\p{L})/u.test(sentence.slice(n.end))
    )
      continue;
    // "one of the largest", «один из крупнейших», «бірі»: no count.
    if (/^\p{L}+$/u.test(n.text) && /^\s+(of|из)\s/iu.test(sentence.slice(n.end))) continue;
    const range = rangeEnd(sentence, n, numbers);
    if (range) used.add(range);
    const read = readNumber(sentence, n, range, shareBefore);
    const shared = pending && read.figure && !range ? sharedUnit(pending, n, read.figure) : null;
    if (shared) {
      figures.push(shared);
      bare.pop();
    }
    pending = null;
    if (read.figure) figures.push(conversion(sentence, read.figure, figures.at(-1)));
    else {
      bare.push({ text: n.text, start: n.start });
      const next = numbers.find((m) => m.start > n.end);
      if (next && SHARED_UNIT_BETWEEN.test(sentence.slice(n.end, next.start))) pending = n;
    }
  }
  // «выросла с 17 до 25%»: the old value is told with the new, never a figure of its own.
  const olds = new Set<number>();
  for (const f of figures) {
    const from = changedFrom(sentence, f, numbers, figures);
    if (!from) continue;
    const { start, ...told } = from;
    f.from = told;
    olds.add(from.start);
  }
  return {
    figures: figures.filter((f) => !olds.has(f.start)),
    // Number words without a unit ("one of the largest", "three projects") are not worth reporting.
    bare: bare.filter((b) => !/^[\p{L}]+$/u.test(b.text) && !olds.has(b.start)),
  };
}

/** A unit written after a number, in any of our languages: "%", "percent", "bn", «млрд тенге», «пайыз». */
const UNIT_WORDS =
  "(?:\\s*(?:%|percent|per cent|процент\\p{L}*|пайыз\\p{L}*|billion|million|bn|mln|млрд|млн|миллиард\\p{L}*|миллион\\p{L}*|tenge|KZT|тенге|теңге\\p{L}*|dollars|долл\\p{L}*|\\p{L}+)){0,4}";
/** Between an old value and the new: "from 17% to", «с 17% до», "from KZT 12.6bn to KZT". */
const FROM_TO = new RegExp(`^${UNIT_WORDS}\\s*(?:to|до)\\s*(?:KZT|US\\$|\\$|USD)?\\s*$`, "iu");
const FROM_BEFORE = /(?<!\p{L})(?:from|с|со)\s*(?:KZT|US\$|\$|USD)?\s*$/iu;
/** A Kazakh old value, in the ablative: «17 пайыздан 25 пайызға», «12,6 млрд теңгеден 14,1». */
const KAZAKH_FROM = new RegExp(
  `^${UNIT_WORDS.replace("{0,4}", "{0,2}")}-?(?:дан|ден|тан|тен|нан|нен)\\s+$`,
  "iu",
);
/** An old value after the new: ", up from 17%", «против 17%», "compared with 17% a year earlier". */
const FROM_AFTER = new RegExp(
  `^${UNIT_WORDS}\\s*,?\\s*\\(?(?:up from|down from|from|compared (?:with|to)|against|vs\\.?|против|по сравнению с)\\s*(?:KZT|US\\$|\\$|USD)?\\s*$`,
  "iu",
);

/**
 * The value a figure changed from, when its sentence says so ("rose from 17% to 25%", «выросла
 * с 17 до 25%», «17 пайыздан 25 пайызға дейін», "25%, up from 17%"): a number of the same unit (a
 * bare one carries no scale word between it and the new value).
 */
function changedFrom(
  sentence: string,
  f: FigureMention,
  numbers: NumberToken[],
  figures: FigureMention[],
): { value: number; text: string; start: number; year?: string } | undefined {
  const old = (m: NumberToken) => {
    const g = figures.find((x) => x.start === m.start && x !== f);
    // A count read off the old value's words ("с 17 до 25%" after «лекарств») is no unit of its own.
    if (g && g.unit !== f.unit && g.unit !== "medicines" && g.unit !== "jobs") return undefined;
    // "up from 24% in 2021", «2021 жылғы 17 пайыздан»: the year the old value is of.
    const year =
      yearOf(sentence.slice(m.end, m.end + 30)) ??
      /((?:19|20)\d\d)\s+жылғы\s+$/u.exec(sentence.slice(Math.max(0, m.start - 12), m.start))?.[1];
    const value = g?.unit === f.unit ? { value: g.value, text: g.text } : { value: m.value, text: m.text };
    return { ...value, start: m.start, ...(year && year !== f.year ? { year } : {}) };
  };
  const before = numbers.filter((m) => m.end <= f.start).at(-1);
  // "from 2021 to 2024": years, not values.
  if (before && !/^(19|20)\d\d$/u.test(before.text)) {
    const between = sentence.slice(before.end, f.start);
    const lead = sentence.slice(Math.max(0, before.start - 12), before.start);
    if ((FROM_TO.test(between) && FROM_BEFORE.test(lead)) || KAZAKH_FROM.test(between)) return old(before);
  }
  const after = numbers.find((m) => m.start >= f.end);
  if (after && FROM_AFTER.test(sentence.slice(f.end, after.start))) {
    const unitAfter = sentence.slice(after.end, after.end + 12);
    if (f.unit !== "percent" || /^\s*(%|percent|per cent|процент|пайыз)/iu.test(unitAfter)) return old(after);
  }
  return undefined;
}

/** Between a part and its whole: "95 of 250", "95 out of 250", «95 из 250». */
const PART_OF_NEXT = /^\s+(of|out of|из)\s+$/iu;
/** A Kazakh whole and its part: «285 дәрілік заттың 107-сі», «320 дәрінің 121-і». */
/** «96 кәсіпорын …: олардың 33-і»: "of them (the enterprises), 33" (of medicines, «олардың 20-сы», it is their count). */
const OF_THEM_BEFORE =
  /(?<!\p{L})(кәсіпорын|компания|зауыт|өндіруші|фирма)\p{L}*[^.;]{0,40}(олардың|бұлардың)\s+$/iu;
const PART_OF_KAZAKH =
  /^\s+(\p{L}+\s+){0,3}\p{L}+(ның|нің|дың|дің|тың|тің)\s+\d+-?(сі|сы|і|ы|ін|ын|сін|сын)(?!\p{L})/u;

/** Between two numbers sharing one unit: "10 billion and 6", «10 и 6», "10, 6". */
const SHARED_UNIT_BETWEEN =
  /^\s*(billion|million|bn|mln|млрд|млн|миллиард\p{L}*|миллион\p{L}*)?\s*(and|и|және|or|или)\s+$/iu;

/** The figure of a number that shares the next number's unit: same kind, its own value. */
function sharedUnit(first: NumberToken, next: NumberToken, figure: FigureMention): FigureMention | null {
  if (!next.value || figure.upTo !== undefined) return null;
  const scale = figure.value / next.value;
  return {
    ...figure,
    text: first.text,
    start: first.start,
    end: first.end,
    value: round(first.value * scale),
    qualifier: "exact",
  };
}

/** A jobs or medicines noun just before a number ("the number of jobs will be 300"), or null. */
function nounBefore(sentence: string, at: number): "jobs" | "medicines" | null {
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;:()–—]|[.](?!\d)/)
      .at(-1) ?? "";
  // "was raised from 140 to 190": the old value stands between the noun and the new one.
  const own = clause.replace(/(?<!\p{L})(from|с|со)\s+\d[\d\s,.]*\s+(to|до)\s*$/iu, "");
  if (/\d/.test(own)) return null;
  const words = wordsOf(own)
    .map((w: Word) => w.text.toLowerCase())
    .slice(-6);
  const linked =
    /(?<!\p{L})(is|are|be|stays|remains|amounts|reach\p{L}*|totals?|составит|составляет|будет|достигнет|құрайды|болады|жетеді)(?!\p{L})/iu;
  // A number a change reached: "the number of jobs at the plant was increased to 140»,
  // «количество рабочих мест на заводе увеличено до 140», «жұмыс орындарының саны 140-қа дейін ұлғайтылды».
  const changed =
    /(?<!\p{L})(increased|raised|revised|grown|rose|увеличен\p{L}*|увеличил\p{L}*|вырос\p{L}*|выросл\p{L}*|повышен\p{L}*|ұлғай\p{L}*|артты\p{L}*|өсті)(?!\p{L})/iu;
  if (!linked.test(clause) && !changed.test(clause)) return null;
  for (const [i, w] of words.entries()) {
    // The noun stands close before the number ("the number of jobs will be 300"), or a little
    // further when a change verb links them («рабочих мест на заводе увеличено до 140»).
    if (i < words.length - (changed.test(clause) ? 6 : 4)) continue;
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
