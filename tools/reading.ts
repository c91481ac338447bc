import { GENERIC } from "../knowledge/extract/names.js";
import { editDistance, PhraseIndex, type PhraseMatch } from "../knowledge/phrases.js";
import type { Lang } from "../knowledge/schema.js";
import {
  detectLang,
  foldKazakh,
  isLatinKazakh,
  isLatinRussian,
  latinKazakhToCyrillic,
  latinRussianToCyrillic,
  nameInOtherScript,
  normalize,
} from "../knowledge/text.js";
import { findConcepts } from "../retrieval/concepts.js";
import { skeleton } from "../retrieval/skeleton.js";
import type { EntityIndex, EntityMatch } from "./entities.js";
import {
  AGREEMENT_TOPIC,
  AMOUNT_WORDS,
  ANSWER_TYPE_CUES,
  BOUND_ASKED,
  CHANGE_TO_COME,
  CHEAPER,
  COMMON_WORDS,
  COPULAS,
  countOf,
  EACH_WORDS,
  GOAL_WORDS,
  GREETING_CUES,
  GROUP_CUES,
  ILL,
  INDEFINITE_SOMEONE,
  KAZAKH_WORDS,
  LEAD_WORDS,
  LEADING_PREPOSITIONS,
  LIST_HEAD,
  LIST_TAIL,
  MAKERS,
  MEDICINE_LIKE,
  METRIC_CUES,
  MONTHS,
  NAME_MARKERS,
  NOW_WORDS,
  NUMBER_WORDS,
  OBLIQUE_PRONOUNS,
  OP_CUES,
  PARTICIPLES,
  PAST_PERIODS,
  PAST_WORDS,
  PEOPLE,
  QUESTION_WORDS,
  QUOTE,
  RANK_PLACE_WORDS,
  REFERENCE_CUES,
  SECRET_CUES,
  STOPWORDS,
  SUM_CUES,
  TAG_QUESTION,
  TAG_WORDS,
  THAN_WORDS,
  UNSTATED_CUES,
  WHAT_WORDS,
  WHERE_WORDS,
  YES_NO,
  YES_NO_PARTICLES,
  YES_OR_NO,
} from "./lexicon.js";
import { t } from "./locales/index.js";
import { nationalityOf } from "./origin.js";

/**
 * One reading of a question: normalised, tokenised and tagged once against one vocabulary
 * (entities of the current view; attribute, operation, grouping, unstated, reference and
 * question words in en/ru/kk), its language decided once. Everything downstream (the
 * interpreter, the conversation context, retrieval's expansions, the answer check) reads it.
 */

/** Longest question we read; longer input is cut (the bot warns the user). */
export const MAX_QUESTION_CHARS = 1000;

export type Cue =
  | `m:${keyof typeof METRIC_CUES}`
  | `o:${keyof typeof OP_CUES}`
  | `g:${keyof typeof GROUP_CUES}`
  | `u:${keyof typeof UNSTATED_CUES}`
  | "secret"
  | "greeting";

/** Words that point back into a conversation: "and …?", "it", "there", "the second one", "source?". */
export type Reference = keyof typeof REFERENCE_CUES;

/** What kind of answer the question's form asks for. */
export type AnswerType = keyof typeof ANSWER_TYPE_CUES | "yesno" | "any";

export interface Reading {
  /** The question as read (cut to MAX_QUESTION_CHARS). */
  text: string;
  lang: Lang;
  /** Whether the question's own words decided the language (else the chat's language did). */
  clear: boolean;
  tokens: string[];
  entities: EntityMatch[];
  cues: Set<Cue>;
  /** Where each cue was found, for the question's structure ("per medicine", "vice minister"). */
  cueAt: { key: Cue; start: number; end: number }[];
  /** Tokens that are neither entities, cues nor stop words: what is left to understand. */
  unexplained: string[];
  unexplainedAt: number[];
  years: number[];
  /** The time a follow-up inherits from the conversation when it names no year ("who else signed it?"). */
  time?: { year?: number; month?: number };
  /** Proper names the sources never mention ("Pfizer"): the question is about something else. */
  foreign: string[];
  /**
   * Unread words that the sources write as names but the knowledge holds no entity for ("QazVac",
   * «Гвардейский»): the question is about something only the text tells of.
   */
  textNames: string[];
  /**
   * Unread Russian or Kazakh words that no source, no dataset text and no vocabulary holds in any
   * form («байер», «санофи»): perhaps a name the sources never mention, so no total is theirs.
   */
  unknown: string[];
  /** Words of several companies' names ("Kangli" of two companies): asked which, never guessed. */
  ambiguous: { name: string; ids: string[] }[];
  /** Conversation references found in the question, with where they are. */
  references: { key: Reference; start: number; end: number }[];
  /** An ordinal over the last list ("the second one", «о третьем», «екіншісі»): 1-based, -1 = last. */
  ordinal?: number;
  /** Several ordinals ("the first and the third", «у первой … чем у третьей»): each, in the order said. */
  ordinals?: number[];
  /** A place in a ranking asked for ("the second most", «на втором месте»): 2 = second. */
  rankPlace?: number;
  expects: AnswerType;
}

/** Russian and Kazakh endings of inflected everyday words, which a foreign company's name seldom has. */
const INFLECTED =
  /(ть|ться|ет|ют|ут|ит|ат|ят|ся|сь|ого|его|ому|ему|ой|ей|ая|яя|ое|ее|ые|ие|ых|их|ыми|ими|ами|ями|ов|ев|ах|ях|ом|ем|ам|ям|но|ло|ла|ли|ал|ил|ия|ию|ии|ние|ния|ка|ки|ку|ый|ий|ды|ді|ты|ті|ған|ген|қан|кен|ады|еді|йды|йді|ын|ін|ың|ің|ны|ні|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|лар|лер|дар|дер|тар|тер|ақ|ек|ма|ме|ба|бе|па|пе|сы|сі|ы|і|у)$/u;

/** The words of the vocabulary and of the Russian and Kazakh answers, folded. */
let everydayWords: Set<string> | undefined;
function everyday(): Set<string> {
  // Made once: serialising the answers' texts per question word would cost every question.
  if (everydayWords) return everydayWords;
  const text = JSON.stringify(
    [t("ru"), t("kk"), METRIC_CUES, OP_CUES, GROUP_CUES, UNSTATED_CUES, REFERENCE_CUES, ANSWER_TYPE_CUES],
    (_key, value) => (typeof value === "function" ? String(value) : value),
  );
  everydayWords = new Set(
    (text.toLowerCase().match(/\p{Script=Cyrillic}+/gu) ?? []).map((w) => foldKazakh(normalize(w))),
  );
  return everydayWords;
}

/** Cues that make "between" part of something else: a difference, a comparison, a link, a span of time. */
const BETWEEN_OTHER: readonly Cue[] = [
  "o:difference",
  "o:compare",
  "o:times",
  "o:interval",
  "m:link",
  "o:order",
];

/** Where "between" stands before the set in play ("between them", "between the two", "between both"). */
function betweenThem(tokens: string[], taken: boolean[], references: { key: string; start: number }[]) {
  const at = tokens.indexOf("between");
  if (at < 0 || taken[at]) return undefined;
  const next = tokens[at + 1] === "the" ? at + 2 : at + 1;
  const set = ["both", "two", "the two"].includes(tokens[next] ?? "");
  return set || references.some((r) => r.key === "plural" && r.start === at + 1) ? at : undefined;
}

/** The one-word answer-type words ("whose", «чей», «кімнің»): words of their own, no typos of a cue. */
const TYPE_WORDS: readonly string[] = Object.values(ANSWER_TYPE_CUES)
  .flat()
  .filter((w) => !w.includes(" "))
  .map((w) => normalize(w));

/** Cue phrases in all three languages, matched on stems and small typos. */
function cueIndex(known: ReadonlySet<string>): PhraseIndex<Cue> {
  const index = new PhraseIndex<Cue>({ known });
  for (const [k, phrases] of Object.entries(METRIC_CUES)) index.add(`m:${k}` as Cue, phrases);
  for (const [k, phrases] of Object.entries(OP_CUES)) index.add(`o:${k}` as Cue, phrases);
  for (const [k, phrases] of Object.entries(GROUP_CUES)) index.add(`g:${k}` as Cue, phrases);
  for (const [k, phrases] of Object.entries(UNSTATED_CUES)) index.add(`u:${k}` as Cue, phrases);
  index.add("secret", SECRET_CUES);
  index.add("greeting", GREETING_CUES);
  return index;
}

/**
 * One-word status cues ("stage", «стадии», «кезеңде») and common verbs, as the question is
 * normalised: none is a name that sounds like it (Stada, «ТҰРАН» of «тұрады» "costs").
 */
const STATUS_WORDS: ReadonlySet<string> = new Set([
  ...METRIC_CUES.status.map((w) => normalize(w)).filter((w) => !w.includes(" ")),
  ...["тұрады", "тұр", "тұрған"].map((w) => normalize(w)),
]);

const SUBJECT_KINDS: ReadonlySet<Cue> = new Set(["m:companies", "m:facility"]);

/** The one-word phrases of the operations ("plus", «қосшы», «вместе»): words, not names. */
const OPERATION_WORDS: ReadonlySet<string> = new Set(
  Object.values(OP_CUES)
    .flat()
    .filter((p) => !p.includes(" ")),
);

/** «сал-» read as building, not investing: a site word on the same word, no money or amount beside it. */
function builds(c: PhraseMatch<Cue>, found: PhraseMatch<Cue>[], tokens: string[]): boolean {
  if (!/^сал/.test(tokens[c.start] ?? "") || c.end - c.start !== 1) return false;
  const site = found.some((k) => k.key === "m:location" && k.start === c.start);
  const money = found.some(
    (k) =>
      (k.key === "m:investment" && k.start !== c.start) ||
      k.key === "m:kzt" ||
      k.key === "m:usd" ||
      k.key === "o:count",
  );
  return site && !money && !tokens.includes("қанша");
}

function dropInsideKinds(found: PhraseMatch<Cue>[], tokens: string[]): PhraseMatch<Cue>[] {
  const kinds = found.filter((k) => SUBJECT_KINDS.has(k.key) && k.end - k.start > 1);
  const inside = (c: PhraseMatch<Cue>, k: PhraseMatch<Cue>) =>
    k !== c && k.start <= c.start && c.end <= k.end && k.end - k.start > c.end - c.start;
  return found.filter(
    (c) =>
      (SUBJECT_KINDS.has(c.key) || !kinds.some((k) => inside(c, k))) &&
      // "price tag" is the investment: an unstated thing's word inside a longer phrase is that phrase's.
      !(c.key.startsWith("u:") && found.some((k) => inside(c, k))) &&
      // «терапевтические области», "therapeutic areas": areas of medicine, no regions or memo areas.
      !(
        (c.key === "m:places" || c.key === "m:focusAreas") &&
        found.some((k) => k.key === "m:products" && inside(c, k))
      ) &&
      // "what share do the two make up": "make" of a share's phrase makes nothing.
      !(c.key.startsWith("m:") && found.some((k) => k.key === "o:share" && inside(c, k))) &&
      // "the investment agreements", «инвестиционные соглашения»: the agreements' kind, no figure.
      // (But «сколько стоит соглашение» asks what the agreement costs.)
      !(
        c.key === "m:investment" &&
        /^(invest|инвест)/.test(tokens[c.start] ?? "") &&
        found.some((k) => k.key === "m:agreements" && k.start === c.end)
      ) &&
      // «инвестиция салады» ("puts in investment"): the verb of investing, not of building a site.
      !(c.key === "m:location" && found.some((k) => k.key === "m:investment" && k.end === c.start)) &&
      // «Түркістанда зауыт сала ма» ("does it build a plant there"): «сал-» builds, unless money is
      // named or an amount asked («қанша салады»).
      !(c.key === "m:investment" && builds(c, found, tokens)),
  );
}

/**
 * The tokens that say what an agreement is about: "an agreement on building its plant",
 * «соглашение о строительстве завода», «зауыт салу туралы келісім».
 */
export function agreementTopic(tokens: string[], cueAt: PhraseMatch<Cue>[]): Set<number> {
  const out = new Set<number>();
  const span = (from: number, to: number) => {
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) out.add(i);
  };
  for (const c of cueAt.filter((c) => c.key === "m:agreements")) {
    if (AGREEMENT_TOPIC.after.includes(tokens[c.end] ?? "")) span(c.end + 1, c.end + 5);
    if (AGREEMENT_TOPIC.before.includes(tokens[c.start - 1] ?? "")) span(c.start - 5, c.start - 1);
  }
  return out;
}

/** Building words in an agreement's topic name what was agreed: they ask neither where nor when it opens. */
const TOPIC_CUES: ReadonlySet<Cue> = new Set(["m:location", "u:opening"]);

function dropAgreementTopics(tokens: string[], cueAt: PhraseMatch<Cue>[]): PhraseMatch<Cue>[] {
  const topic = agreementTopic(tokens, cueAt);
  return cueAt.filter((c) => !TOPIC_CUES.has(c.key) || !topic.has(c.start));
}

/** Short function words ("there", "it", "or") are matched exactly: "where" is no typo of "there". */
function indexOf<K extends string>(table: Record<K, readonly string[]>): PhraseIndex<K> {
  const index = new PhraseIndex<K>({ typos: false });
  for (const [k, phrases] of Object.entries(table) as [K, string[]][]) index.add(k, phrases);
  return index;
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  "5th": 5,
  перв: 1,
  втор: 2,
  трет: 3,
  четверт: 4,
  пятый: 5,
  пятое: 5,
  пятом: 5,
  пятая: 5,
  пятой: 5,
  бірінші: 1,
  екінші: 2,
  үшінші: 3,
  төртінші: 4,
  бесінші: 5,
  last: -1,
  последн: -1,
  соңғы: -1,
};

const HOW_MANY_ITEMS: Record<string, number> = {
  // "the top one", "the bottom one": that end's item.
  one: 1,
  two: 2,
  "2": 2,
  three: 3,
  "3": 3,
  два: 2,
  две: 2,
  двух: 2,
  двое: 2,
  двумя: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  трое: 3,
  тремя: 3,
  екі: 2,
  екеуі: 2,
  екеуін: 2,
  екеуінің: 2,
  үш: 3,
  үшеуі: 3,
  үшеуін: 3,
  үшеуінің: 3,
};

/** Words of time or of phases after a count: "two years", «два года», «екі жыл», "two phases". */
const SPAN_OF_TIME =
  /^(years?|months?|weeks?|days?|quarters?|phases?|stages?|decades?|лет|год\p{L}*|месяц\p{L}*|недел\p{L}*|дн\p{L}*|квартал\p{L}*|этап\p{L}*|очеред\p{L}*|жыл\p{L}*|ай(ы|да|ға|дан|лар\p{L}*|лық)?|апта\p{L}*|күн\p{L}*|тоқсан\p{L}*|кезең\p{L}*)$/u;

/** "add up the top two", «сложи последние два», «соңғы екеуін қос»: the positions of that end of the last list. */
function listEndOf(tokens: string[]): { n: number[]; at: number } | undefined {
  for (const [at, t] of tokens.entries()) {
    const count = HOW_MANY_ITEMS[t];
    if (!count) continue;
    // "the top two", «первые две», "last 2"; «две последние» has the count first.
    const end = [tokens[at - 1], tokens[at + 1]].find((w) => w && (LIST_HEAD.test(w) || LIST_TAIL.test(w)));
    // ("in the last two years", «за последние два года», "the first two phases": a span of time or phases.)
    if (!end || tokens.slice(at + 1, at + 3).some((w) => SPAN_OF_TIME.test(w))) continue;
    const n = Array.from({ length: count }, (_, i) => i + 1);
    return { n: LIST_HEAD.test(end) ? n : n.map((i) => i - count - 1), at };
  }
  return undefined;
}

/** A figure named as a ranking's criterion: "by jobs", «по инвестициям», «инвестиция бойынша». */
function rankedBy(tokens: string[], cueAt: PhraseMatch<Cue>[]): boolean {
  return cueAt.some(
    (c) =>
      c.key.startsWith("m:") &&
      (tokens[c.start - 1] === "by" || tokens[c.start - 1] === "по" || tokens[c.end] === "бойынша"),
  );
}

/** "the second one", «о втором», «екіншісі»: the position an ordinal word names, and where it is. */
function ordinalOf(tokens: string[]): { n: number; at: number } | undefined {
  return ordinalsOf(tokens)[0];
}

function ordinalsOf(tokens: string[]): { n: number; at: number }[] {
  const out: { n: number; at: number }[] = [];
  for (const [at, t] of tokens.entries()) {
    const hit = Object.entries(ORDINALS).find(
      ([word]) => t === word || (t.startsWith(word) && word.length >= 4),
    );
    // ("in the last two years", «в прошлом году»: a time, no item of the last list.)
    if (hit && !tokens.slice(at + 1, at + 3).some((w) => SPAN_OF_TIME.test(w))) out.push({ n: hit[1], at });
  }
  return out;
}

/**
 * "the second most medicines", «на втором месте по инвестициям», «екінші орында», "third by jobs":
 * an ordinal with a superlative, or beside a word of a ranking's place, is a place in a ranking,
 * not an item of the last list.
 */
function rankPlace(tokens: string[], cues: ReadonlySet<Cue>): { n: number; at: number[] } | undefined {
  const o = ordinalOf(tokens);
  if (!o || o.n < 2) return undefined;
  if (cues.has("o:most") || cues.has("o:least")) return { n: o.n, at: [] };
  // "second by jobs", «второй по …» after the ordinal; «… бойынша екінші» before it.
  const side = (w: string, i: number) => (w === "бойынша" ? i < o.at : i > o.at);
  const beside = [o.at - 1, o.at + 1].filter((i) =>
    RANK_PLACE_WORDS.some((w) =>
      ["by", "по", "бойынша"].includes(w) ? tokens[i] === w && side(w, i) : tokens[i]?.startsWith(w),
    ),
  );
  return beside.length ? { n: o.n, at: beside } : undefined;
}

/** A Russian loanword with a Kazakh ending ("инвестициясы", "компаниясына") makes the question Kazakh. */
const KAZAKH_LOANWORD = /(ия|ция)(сы|сын|сына|сының|сымен|ны|ның|ға|да|дағы|дан|лар|лары|лардың)$/;
/** Kazakh case endings spelled with Kazakh letters: on a name they make the question Kazakh. */
const KAZAKH_CASE = /(дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің|ға|ғы|қа|ңда|ңде)$/;
/** A language asked for ("in English please", «по-русски», «қазақша»), with the polite words around it. */
const LANG_REQUESTS: [RegExp, Lang][] = [
  [
    /\b(please\s+)?(answer\s+)?in english(\s+please)?\b|по-английски|на английском( языке)?|ағылшынша/iu,
    "en",
  ],
  [/\b(please\s+)?(answer\s+)?in russian(\s+please)?\b|по-русски|на русском( языке)?|орысша/iu, "ru"],
  [/\b(please\s+)?(answer\s+)?in kazakh(\s+please)?\b|по-казахски|на казахском( языке)?|қазақша/iu, "kk"],
];

/** Stop words as typed without Kazakh letters: «кандай», «кайда». */
const FOLDED_STOPWORDS: ReadonlySet<string> = new Set([...STOPWORDS].map(foldKazakh));

/** The question's form: which answer type its question word or particle asks for. */
function expectedType(
  text: string,
  tokens: string[],
  types: PhraseIndex<keyof typeof ANSWER_TYPE_CUES>,
): AnswerType {
  // «а инвестиции у него?»: «него» ("him") shares its stem with Kazakh «неге» ("why") and asks nothing.
  const found = types.find(tokens).filter((m) => !OBLIQUE_PRONOUNS.has(tokens[m.start] ?? ""));
  const first = found.sort((a, b) => a.start - b.start)[0];
  const joined = tokens.join(" ");
  // «альтинфарм строит в алматинской области?»: Russian and Kazakh ask yes/no by intonation alone.
  const cyrillic = /[а-яәғқңөұүһі]/.test(joined);
  // But «а у Нобела?», «ал Абди ше?» ask "and what about …", not yes or no.
  const lead = LEAD_WORDS.has(tokens[0] ?? "") || LEAD_WORDS.has(tokens.at(-1) ?? "");
  // («а рак лёгких есть?», «ал … бар ма?» ask whether something is there, lead word or not.)
  const there = tokens.includes("есть") || tokens.includes("бар");
  // («с кем сотрудничают X и Y?», «кім салады?» ask who: a leading question word is no intonation;
  // «у кого больше …, у того и …?», «правда что …?» and «… чем у МСП?» still ask yes or no.)
  const [t0 = "", t1 = ""] = tokens;
  // «кто-нибудь из них строит там?», "anyone building there?": whether someone does, yes or no.
  if ((t0 === "кто" && (t1 === "нибудь" || t1 === "то")) || INDEFINITE_SOMEONE.has(t0)) return "yesno";
  // («что будет выпускать X?» asks what; «что, X строит в Алматы?» asks yes or no.)
  const what = t0 === "что" && !/^\s*что\s*,/iu.test(text);
  const asksWord =
    (QUESTION_WORDS.has(t0) && t0 !== "что" && t0 !== "чем") ||
    what ||
    ((t0 === "с" || t0 === "со") && t1 === "кем") ||
    // («на что выделили 31 млрд?», «для чего …», «о чём …»: a question word after its preposition.)
    (LEADING_PREPOSITIONS.has(t0) &&
      (QUESTION_WORDS.has(t1) || /^(что|чем|чего|чём|чему|кем|кого|кому)$/.test(t1)));
  if (!first && cyrillic && (!lead || there) && !asksWord && tokens.length >= 3 && /\?\s*$/.test(text))
    return "yesno";
  // "more than 600 new jobs overall?": a bound and a number asked with no question word.
  if (!first && /\?\s*$/.test(text) && BOUND_ASKED.test(joined)) return "yesno";
  // "sk pharmacy is a private company?": a statement with its verb, asked by intonation.
  // ("what is the Young Health Program about?" asks what, whatever its verb.)
  const wh =
    QUESTION_WORDS.has(t0) || t0 === "whats" || (LEADING_PREPOSITIONS.has(t0) && QUESTION_WORDS.has(t1));
  if (!first && !wh && /\?\s*$/.test(text) && tokens.slice(1, 5).some((t) => COPULAS.has(t))) return "yesno";
  // "altinfarm isn't in almaty region?": a negated statement asked by intonation.
  if (!first && /\?\s*$/.test(text) && /\bnot\b/.test(joined)) return "yesno";
  // «қаласында ма, облыста ма», «в городе ли, в области ли»: two particles offer a choice.
  if (tokens.filter((t) => YES_NO_PARTICLES.has(t)).length >= 2) return "choice";
  // "is X in Y?", "бар ма?": a yes/no question unless a question word asks for more.
  const yesNo =
    YES_NO.test(joined) || TAG_QUESTION.test(joined) || tokens.some((t) => YES_NO_PARTICLES.has(t));
  // ("to what standard is …", «по каким стандартам …»: a question word after a preposition leads.)
  const leads = first && (first.start === 0 || (first.start === 1 && LEADING_PREPOSITIONS.has(t0)));
  if (yesNo && (!first || !leads || first.key === "choice"))
    return first?.key === "choice" ? "choice" : "yesno";
  return first?.key ?? "any";
}

/**
 * The question reader of one view of the knowledge: the entity index and the vocabulary are built
 * once per view; `read` is pure.
 */
/**
 * "each of the four companies", «по каждой из этих компаний»: each, then the companies within four
 * words. The positions of the words read so (each, and a count between: "four"), else none.
 */
function eachCompany(tokens: string[]): number[] {
  for (let at = 0; at < tokens.length; at++) {
    if (!EACH_WORDS.has(tokens[at] as string)) continue;
    const end = tokens.slice(at + 1, at + 5).findIndex((t) => COMPANY_WORDS.has(t));
    if (end < 0) continue;
    const between = tokens.slice(at + 1, at + 1 + end);
    return [at, ...between.flatMap((t, i) => (countOf(t) !== undefined ? [at + 1 + i] : []))];
  }
  return [];
}

/** The one-word names of companies and projects as the question is normalised ("companies", «компаний»). */
const COMPANY_WORDS: ReadonlySet<string> = new Set(
  METRIC_CUES.companies.map((w) => normalize(w)).filter((w) => !w.includes(" ")),
);

const NUMBER_WITH_SCALE = /(\d)(bn|b|mln|mn|m|k|млрд|млн|тыс)(?![\p{L}\d])/giu;

/** Verbs of what an agreement holds: "cover", «охватывает», «қамтиды». */
export const COVER_WORDS: ReadonlySet<string> = new Set([
  "cover",
  "covers",
  "include",
  "includes",
  "involve",
  "involves",
  "охватывает",
  "включает",
  "предусматривает",
  "қамтиды",
  "қамти",
]);

export class QuestionReader {
  private readonly cues: PhraseIndex<Cue>;
  private readonly references = indexOf(REFERENCE_CUES);
  private readonly types = indexOf(ANSWER_TYPE_CUES);

  /**
   * `corpusWords`: every Latin word of the sources and the dataset, to tell a foreign proper name;
   * `corpusNames`: the words the sources write only as names (lower-cased), to tell a name they know;
   * `knownWords`: every word of the sources and the dataset in any script, none of them a typo.
   */
  constructor(
    readonly entities: EntityIndex,
    private readonly corpusWords: Set<string>,
    private readonly corpusNames: ReadonlySet<string> = new Set(),
    private readonly knownWords: ReadonlySet<string> = new Set(),
  ) {
    // Common words are no typos either: "heart stuff" is not "staff"; nor are question words:
    // "whose project" is not "whole".
    this.cues = cueIndex(new Set([...knownWords, ...STOPWORDS, ...COMMON_WORDS, ...TYPE_WORDS]));
  }

  /** Reads a question; `prior` (the chat's language) decides short or unclear ones. */
  read(question: string, prior?: Lang): Reading {
    // "in english please: how many medicines?": the answer's language is asked, not a name.
    const request = LANG_REQUESTS.find(([pattern]) => pattern.test(question));
    if (request) {
      const rest = question
        .replace(request[0], " ")
        .replace(/(^|\s)(please|пожалуйста|өтінемін)(?=[\s:,.!?]|$)/giu, " ")
        .replace(/^[\s:,.;!-]+/, "");
      if (rest.trim()) return { ...this.read(rest, request[1]), lang: request[1], clear: true };
    }
    // "the WHO's list of essential medicines": in capitals among lower-case words, the World Health
    // Organization, not the question word.
    // "msp painkillers y/n", «да или нет», «иә әлде жоқ»: asked to answer yes or no; the words
    // themselves ask nothing else.
    const typed = question.slice(0, MAX_QUESTION_CHARS);
    const yesOrNo = YES_OR_NO.test(typed);
    const cut = yesOrNo ? typed.replace(YES_OR_NO, " ").trim() : typed;
    const text = /\p{Ll}/u.test(cut)
      ? cut.replace(/(?<!\p{L})WHO(?!\p{L})/gu, "world health organization")
      : cut;
    const latin = this.tag(text);
    const read = this.respelledLatin(text, latin) ?? latin;
    const reading: Reading = yesOrNo ? { ...read, expects: "yesno" } : read;
    const clear = clearLang(text, reading, prior);
    // A chat in English typing Cyrillic («и у мсп?») writes Russian or Kazakh, whatever its prior.
    const possible = prior === "en" && /\p{Script=Cyrillic}/u.test(text) ? undefined : prior;
    const lang = clear ?? possible ?? reading.lang;
    // "Tarazmedservice qansha salady": a name typed in Latin inside Kazakh or Russian typed so is
    // found as written, not only as re-spelled («таразмедсервіце»).
    const asTyped = (i: number) =>
      reading !== latin && latin.tokens.length === reading.tokens.length ? latin.tokens[i] : undefined;
    const named = new Map<number, string>();
    for (const i of reading.unexplainedAt) {
      const word = reading.tokens[i] as string;
      const typed = asTyped(i);
      const name = this.isCorpusName(word) ? word : typed && this.isCorpusName(typed) ? typed : null;
      // "Jan" of "Jan. 22" is a month, not a name the text knows.
      // ("Korean" of "Korean Hanmi Bio …" is where a company is from, no name.)
      if (name && !isMonth(name) && !nationalityOf(name)) named.set(i, name);
    }
    const textNames = [...named.values()];
    return {
      ...reading,
      lang,
      clear: clear !== null,
      foreign: this.foreignNames(text, reading.unexplained, lang),
      textNames,
      unknown:
        lang === "en"
          ? []
          : reading.unexplainedAt.flatMap((i) => {
              const word = reading.tokens[i] as string;
              return !named.has(i) && this.isUnknown(word) ? [word] : [];
            }),
    };
  }

  /**
   * Word stems (first five letters), folded, of every known word and of the everyday Russian and
   * Kazakh the vocabulary and the answers use («примерно», «планируется»), made once.
   */
  private stems: Set<string> | undefined;
  /** A Cyrillic word no known word shares its stem with, nor any vocabulary word. */
  private isUnknown(word: string): boolean {
    if (word.length < 4 || !/^\p{Script=Cyrillic}+$/u.test(word)) return false;
    if (STOPWORDS.has(word) || COMMON_WORDS.has(word) || isMonth(word)) return false;
    const folded = foldKazakh(word);
    if (this.knownWords.has(word) || this.foldedWords().has(folded)) return false;
    this.stems ??= new Set(
      [...this.foldedWords(), ...everyday()].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)),
    );
    if (everyday().has(folded)) return false;
    if (word.length >= 5 && this.stems.has(folded.slice(0, 5))) return false;
    // An inflected everyday word («появится», «санын», «жазылған») is no name.
    return !INFLECTED.test(word);
  }

  /** A name as the sources write it, or with a case ending after it («Гвардейскийдегі»). */
  private isCorpusName(word: string): boolean {
    if (word.length < 3 || /^\d/.test(word)) return false;
    // "Tassay" of a Russian source's «Тассай», «орзакс» of "Orzax": a name the sources write in the other script.
    const other = nameInOtherScript(word);
    // «в Тассае», «Химфарма»: a Cyrillic name inflected, its last letter changed or an ending added.
    this.nameStems ??= new Set(
      [...this.corpusNames]
        .filter((n) => n.length >= 6 && /^\p{Script=Cyrillic}+$/u.test(n))
        .map((n) => n.slice(0, -1)),
    );
    const stems = this.nameStems;
    return [word, ...(other && !other.includes(" ") ? [other] : [])].some((w) => {
      if (this.corpusNames.has(w)) return true;
      for (let n = w.length - 1; n >= 5; n--)
        if (this.corpusNames.has(w.slice(0, n)) || stems.has(w.slice(0, n))) return true;
      return false;
    });
  }
  private nameStems: Set<string> | undefined;

  private tag(text: string): Reading {
    // "36.7bn", "58,5млрд", "$40M": a number and its scale are two words.
    const tokens = normalize(text.replace(NUMBER_WITH_SCALE, "$1 $2")).split(" ").filter(Boolean);
    // «на стадии меморандума»: a word of stage is no company that sounds like it (Stada).
    // Nor is a question word typed without its Kazakh letters («кандай» is «қандай», not Kangtai).
    // «…инвестициясын қосшы» ("add them up") is no town Қосшы: a one-word name that is an
    // operation word of the vocabulary is the name only when written as one (capitalised).
    const written = new Set(
      text
        .split(/[^\p{L}\d-]+/u)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w.toLowerCase()),
    );
    const entities = this.entities
      .find(tokens)
      .filter(
        (e) =>
          !(
            e.end - e.start === 1 &&
            (STATUS_WORDS.has(tokens[e.start] as string) ||
              FOLDED_STOPWORDS.has(tokens[e.start] as string) ||
              (OPERATION_WORDS.has(tokens[e.start] as string) && !written.has(tokens[e.start] as string)))
          ),
      );
    const taken = new Array<boolean>(tokens.length).fill(false);
    for (const e of entities) for (let i = e.start; i < e.end; i++) taken[i] = true;
    const named = new Set(taken.flatMap((x, i) => (x ? [i] : [])));
    // The language is the question's own words': a company named in Kazakh ("Оңтүстік Фарм") does
    // not make an English question Kazakh. A question that is only a name keeps the whole text.
    const own = tokens.filter((_, i) => !taken[i]).join(" ");
    // «СК-Фармация это кто», "SK-Pharmacy – what is it": «это» / "it" right after a name is that
    // name again (a copula), not a pointer into the conversation.
    let references = this.references
      .find(tokens, { taken })
      .filter((r) => !(r.key === "pronoun" && entities.some((e) => e.end === r.start)))
      // «абди ибрагим откуда компания»: "where from" of a company named asks its origin, not a source.
      .filter(
        (r) =>
          !(
            r.key === "sources" &&
            r.end - r.start === 1 &&
            tokens[r.start] === "откуда" &&
            entities.some((e) => e.type === "organisation")
          ),
      )
      // "Nurbek's quote", «цитата Нурбека», «Нұрбектің дәйексөзі»: the words of the one named, no source
      // of the last answer.
      .filter((r) => !(r.key === "sources" && entities.length && QUOTE.test(tokens[r.start] ?? "")))
      // "the plants", "the companies" (stems of "the plant", "the company") are no one subject.
      .filter(
        (r) => !(r.key === "pronoun" && r.end - r.start > 1 && /[a-z]s$/.test(tokens[r.end - 1] ?? "")),
      );
    // Words that point back are no attribute ("where" in "where does it say that?").
    const pointing = new Set(["sources", "whichOfThem", "pronoun", "person", "plural", "there", "ordinal"]);
    for (const r of references)
      if (pointing.has(r.key)) for (let i = r.start; i < r.end; i++) taken[i] = true;
    // "the four drug makers", "medicine plant": a metric word inside a phrase naming the subject's
    // kind is part of that name, not a figure asked for.
    // «теңге ме» is the currency asked of, not «тең ме» ("does it equal"), whatever its stem.
    // «қай зауыт GMP стандартына сай» ("which plant"), «қай дереккөзде» ("in which source"): «қай»
    // before a noun is "which", not «қайда» ("where"; «қай жерде», «қай облыста» still are).
    const whichOnly = (c: PhraseMatch<Cue>) =>
      c.key === "m:location" &&
      c.end - c.start === 1 &&
      tokens[c.start] === "қай" &&
      !!tokens[c.start + 1] &&
      !/^(жер|жақ|облыс|өңір|аймақ|қала|аудан|ел)/.test(tokens[c.start + 1] ?? "");
    // "- meaning?", "what it means": what words mean, no mean (average) of figures.
    const meaning = (c: PhraseMatch<Cue>) =>
      c.key === "o:average" && /^(meaning|means|meant)$/.test(tokens[c.start] ?? "");
    const currency = (c: PhraseMatch<Cue>) =>
      (/^(теңге|тенге|tenge)/.test(tokens[c.start] ?? "") && !["m:kzt", "m:investment"].includes(c.key)) ||
      // «қай күні» ("on what day") folds to «құны» ("its value"): a day, no money.
      (c.key === "m:investment" && /^күн/.test(tokens[c.start] ?? ""));
    const cueAt = dropAgreementTopics(
      tokens,
      dropInsideKinds(this.cues.find(tokens, { taken }), tokens).filter(
        (c) => !currency(c) && !whichOnly(c) && !meaning(c),
      ),
    );
    // «қант диабетімен ауыратын қанша адам», "how many people have diabetes": people who are ill are
    // no one's jobs, and what they are is left for the text to answer.
    if (tokens.some((t) => ILL.test(t)))
      for (let i = cueAt.length - 1; i >= 0; i--) {
        const c = cueAt[i] as PhraseMatch<Cue>;
        if (c.key === "m:jobs" && tokens.slice(c.start, c.end).some((t) => PEOPLE.has(t))) cueAt.splice(i, 1);
      }
    for (const c of cueAt) for (let i = c.start; i < c.end; i++) taken[i] = true;
    // «соглашение апреля 2024 года»: the year's word after its number is the date said, not a date asked.
    // (The words stay read: no cue, nothing left to explain.)
    for (let i = cueAt.length - 1; i >= 0; i--) {
      const c = cueAt[i] as PhraseMatch<Cue>;
      if (c.key === "m:date" && c.end - c.start === 1 && /^(19|20)\d\d$/.test(tokens[c.start - 1] ?? ""))
        cueAt.splice(i, 1);
      // «кто-нибудь из них», «кто-то»: someone, asked whether they do — no one asked for by name.
      else if (c.key === "m:who" && ["нибудь", "то"].includes(tokens[c.end] ?? "")) cueAt.splice(i, 1);
    }
    for (const r of references) for (let i = r.start; i < r.end; i++) taken[i] = true;
    // "Kangli" of Zhejiang Kangli Pharmaceutical: a word of one company's name names it; of several, none.
    const ambiguous: { name: string; ids: string[] }[] = [];
    for (const n of this.entities.shortNames(tokens, taken)) {
      for (let i = n.start; i < n.end; i++) taken[i] = true;
      if (n.ids.length === 1)
        entities.push({ type: "organisation", id: n.ids[0] as string, start: n.start, end: n.end });
      else ambiguous.push({ name: n.name, ids: n.ids });
    }
    entities.sort((x, y) => x.start - y.start);
    // "…, right?", «…, верно?», «…, солай ма?»: the tag asks whether the statement holds, nothing more.
    for (let i = tokens.length - 1; i >= Math.max(0, tokens.length - 3); i--) {
      const t = tokens[i] as string;
      if (TAG_WORDS.has(t)) taken[i] = true;
      else if (!YES_NO_PARTICLES.has(t) && !STOPWORDS.has(t)) break;
    }
    // The words of "each of the four companies" are read: the grouping, and the set's count.
    const each = eachCompany(tokens);
    for (const i of each) taken[i] = true;
    const place = rankPlace(tokens, new Set(cueAt.map((c) => c.key)));
    for (const i of place?.at ?? []) taken[i] = true;
    // "how many jobs between them", "between the two": what they have between them, added up —
    // unless a difference or a time is asked ("the difference between them", "how long between").
    const between = betweenThem(tokens, taken, references);
    if (between !== undefined) taken[between] = true;
    const unexplainedAt = tokens.flatMap((t, i) =>
      !taken[i] && !STOPWORDS.has(t) && t.length > 1 ? [i] : [],
    );
    // "the top two", «соңғы екеуі»: the count of a list's end is no sum asked ("екеуі" is "both" too).
    // ("top 2 by investment", «топ-2 по инвестициям», «инвестиция бойынша топ 2»: a criterion of
    // its own asks a new ranking, not the last list's head.)
    const span =
      !place && !cueAt.some((c) => c.key === "o:order") && !rankedBy(tokens, cueAt)
        ? listEndOf(tokens)
        : undefined;
    if (span) {
      const at = span.at;
      for (let i = cueAt.length - 1; i >= 0; i--) {
        const c = cueAt[i] as PhraseMatch<Cue>;
        if (SUM_CUES.has(c.key) && c.start <= at && at < c.end) cueAt.splice(i, 1);
      }
    }
    // "are cold medicines part of the plan at all": emphasis at the end, like «вообще», no total
    // ("jobs at all four plants" is one).
    for (let i = cueAt.length - 1; i >= 0; i--) {
      const c = cueAt[i] as PhraseMatch<Cue>;
      if (
        c.key === "o:total" &&
        tokens[c.start] === "all" &&
        tokens[c.start - 1] === "at" &&
        c.end === tokens.length
      )
        cueAt.splice(i, 1);
    }
    // "which companies have an investment amount given", «у каких компаний указан объём инвестиций»:
    // the amount beside the investment names it, no count of the companies.
    if (cueAt.some((c) => c.key === "o:list"))
      for (let i = cueAt.length - 1; i >= 0; i--) {
        const c = cueAt[i] as PhraseMatch<Cue>;
        const beside = (m: PhraseMatch<Cue>) =>
          m.key === "m:investment" && (m.end === c.start || m.start === c.end || m.start === c.end + 1);
        if (c.key === "o:count" && AMOUNT_WORDS.test(tokens[c.start] ?? "") && cueAt.some(beside))
          cueAt.splice(i, 1);
      }
    const cues = new Set(cueAt.map((c) => c.key));
    // «екеуінің айырмасы» ("the difference of the two"): the two set side by side, not added.
    if (cues.has("o:difference")) cues.delete("o:together");
    // «с кем АльтИнФарм строит завод», "who is it building the plant with", «кіммен бірге»: the
    // partners asked; the building and the plant only say what they partner in (no place is asked).
    const withWhom = tokens.includes("кіммен") || (cues.has("m:who") && tokens.at(-1) === "with");
    if (withWhom) cues.add("m:partners");
    if (cues.has("m:partners") && !entities.some((e) => e.type === "place")) {
      cues.delete("m:location");
      cues.delete("m:facility");
      if (withWhom) cues.delete("o:together");
    }
    if (between !== undefined && !BETWEEN_OTHER.some((c) => cues.has(c))) cues.add("o:together");
    if (each.length) cues.add("g:company");
    if (place && !cues.has("o:least")) cues.add("o:most");
    // "now vs a year earlier", «годом ранее»: a time past, no output per year.
    const joined = ` ${tokens.join(" ")} `;
    if (PAST_PERIODS.some((p) => joined.includes(` ${p} `))) cues.delete("u:capacity");
    // «а какая сейчас доля отечественных лекарств», "what share is made locally today", "what was
    // the share before": the share as it stands (told with what it was), in any word order — unless
    // the goal is asked ("what share by 2025", «цель»).
    if (
      cues.has("o:share") &&
      tokens.some((t) => NOW_WORDS.has(t) || PAST_WORDS.has(t)) &&
      !tokens.some((t) => GOAL_WORDS.has(t) || /^20\d\d$/.test(t))
    ) {
      cues.add("u:currentShare");
      cues.delete("m:goal");
    }
    // "$60 billion", "$116 million": a sum in dollars, as "116 million dollars" is.
    if (tokens.some((t) => /^\$\d/.test(t))) cues.add("m:usd");
    // "how many (domestic) companies make medicines", «сколько предприятий выпускают лекарства»,
    // «қанша кәсіпорын дәрі шығарады»: what is counted stands right after the count word (or before
    // «қанша»'s noun in Kazakh); the medicines after it say what they make, no count of their own.
    const countCue = cueAt.find((c) => c.key === "o:count");
    const near = (i: number) => !!countCue && i >= countCue.end && i - countCue.end <= 1;
    const countedOther =
      !!countCue &&
      (cueAt.some((c) => c.key === "m:companies" && near(c.start)) ||
        tokens.some((t, i) => near(i) && MAKERS.test(t)) ||
        // ("how many new medicines": a word before the metric describes it, no noun of its own.)
        (unexplainedAt.some(
          (i) => near(i) && !cueAt.some((c) => c.start === i + 1 && COUNTED_METRICS.has(c.key)),
        ) &&
          // ("domestic", «отечественных» read as the goal's word describe the noun counted.)
          !cueAt.some(
            (c) =>
              c.key !== "m:goal" &&
              c.key !== "o:count" &&
              countCue &&
              c.start <= countCue.end &&
              c.end > countCue.end,
          )));
    if (countedOther && cueAt.some((c) => c.key === "m:medicines" && countCue && c.start > countCue.end)) {
      cues.delete("m:medicines");
      cues.delete("m:products");
      cues.delete("m:goal");
    }
    // "how many analysers can TAKURRA make", «TAKURRA қанша анализатор шығара алады»: a unit of its
    // own counted beside a verb of making, of a company named, is what its plant can make.
    const makersCounted = tokens.some((t, i) => near(i) && (MAKERS.test(t) || MEDICINE_LIKE.test(t)));
    if (
      countedOther &&
      !makersCounted &&
      cues.has("m:products") &&
      !cues.has("m:medicines") &&
      entities.some((e) => e.type === "organisation")
    )
      cues.add("u:capacity");
    // «станут ли лекарства дешевле», "will the meds be cheaper": what medicines will cost, which no
    // source gives — unless two things are compared ("is Nobel cheaper than MSP per medicine").
    if (
      cues.has("m:medicines") &&
      tokens.some((t) => CHEAPER.test(t)) &&
      !tokens.some((t) => THAN_WORDS.has(t)) &&
      !entities.some((e) => e.type === "organisation")
    )
      cues.add("u:price");
    // "what is it about", "what does the memo cover": what something holds (words between keep it
    // from one phrase); "does it cover green tech?" asks yes or no of a part.
    if (cues.has("o:whatIs") && tokens.some((t) => t === "about" || t === "cover" || t === "covers"))
      cues.add("m:contents");
    // "what will change once they are built", «что изменится», «не өзгереді» ask what the projects
    // will bring, where "what changed", «что изменилось», «не өзгерді» (one stem) ask what a newer source changed.
    const typed = CHANGE_TO_COME.test(tokens.join(" ")) ? "reason" : expectedType(text, tokens, this.types);
    // "which factory will be GMP compliant", «какой завод будет соответствовать GMP», «қай зауыт GMP
    // стандартына сай»: the plant asked by the standard it meets is named, not placed.
    // ("which plant is built to GMP standards": building is no "where".)
    const where = tokens.some((t) => WHERE_WORDS.has(t));
    // "what exactly is nobel building", «что именно строит Нобел»: the kind of facility, not where it is.
    const builds =
      cues.has("m:location") &&
      !where &&
      tokens.some((t) => WHAT_WORDS.has(t)) &&
      tokens.some((t) => BUILD_WORDS.test(t));
    if (builds) {
      cues.delete("m:location");
      cues.add("m:facility");
    }
    const expects = builds ? "kind" : typed === "place" && cues.has("m:standard") && !where ? "agent" : typed;
    // "does the memo cover vaccines?", «охватывает ли меморандум …»: whether it holds a part (of an
    // agreement; a company's "cover" is its products).
    const company =
      entities.some((e) => e.type === "organisation") && !entities.some((e) => e.type === "agreement");
    if (expects === "yesno" && !company && tokens.some((t) => COVER_WORDS.has(t))) cues.add("m:contents");
    // "altinfarm + nobel": the plus sign is lost to normalisation, but it asks for a sum — unless
    // the question asks something else of the two ("sk pharmacy + astrazeneca agreement, what does it cover").
    const other = [...cues].some((c) => !SUM_CUES.has(c));
    if (/\S\s*\+\s*\S/.test(text) && !other) cues.add("o:together");
    let lang = /\p{L}{2,}/u.test(own) ? detectLang(own) : detectLang(text);
    // A Kazakh word of the question's own, or a Kazakh case ending on a name («меморандумдағы»),
    // is never Russian; a name spelled in Kazakh («Алтын Дәрі») says nothing.
    const kazakhWord = (w: string, i: number) =>
      KAZAKH_LOANWORD.test(w) ||
      KAZAKH_WORDS.has(w) ||
      (named.has(i) ? KAZAKH_CASE.test(w) : /[әғқңөұүһі]/.test(w));
    if (lang === "ru" && tokens.some(kazakhWord)) lang = "kk";
    // Kazakh «не» asks "what" («Тұранда не салынады»); only in Russian is it "not".
    if (lang === "kk")
      references = references.filter((r) => r.key !== "negation" || tokens[r.start] !== "не");
    // "which was signed first" orders events; it picks nothing from a list.
    const ordinal =
      span?.n[0] ??
      (references.some((r) => r.key === "ordinal") && !cues.has("o:order") && !place
        ? ordinalOf(tokens)?.n
        : undefined);
    const ordinals = span?.n ?? (ordinal ? [...new Set(ordinalsOf(tokens).map((o) => o.n))] : []);
    return {
      text,
      lang,
      clear: false,
      tokens,
      entities,
      cues,
      cueAt,
      unexplained: unexplainedAt.map((i) => tokens[i] as string),
      unexplainedAt,
      years: tokens.filter((t) => /^(19|20)\d\d$/.test(t)).map(Number),
      foreign: [],
      textNames: [],
      unknown: [],
      ambiguous,
      references,
      ...(ordinal ? { ordinal } : {}),
      ...(ordinals.length >= 2 ? { ordinals } : {}),
      ...(place ? { rankPlace: place.n } : {}),
      expects,
    };
  }

  /**
   * Latin-script Kazakh is read again in Cyrillic, where the Kazakh words, suffixes and place names
   * are known; names found only as written in Latin (Abdi Ibrahim) are kept. A Latin question with
   * no marker word ("msp serikterleri", "pavlodarda joba bar ma") is Kazakh when the Cyrillic
   * reading explains most of the words the English one could not.
   */
  /**
   * Kazakh or Russian typed in Latin letters. Unless Kazakh marks itself (its letters, its words),
   * the respelling that leaves fewer words unread wins; on a tie, Russian when its own words mark
   * it ("msp i nobel skolko rabochih mest", though «і» is Kazakh too), else Kazakh.
   */
  private respelledLatin(text: string, latin: Reading): Reading | null {
    const kk = this.latinKazakh(text, latin);
    if (kk && isLatinKazakh(text)) return kk;
    const ru = this.latinRussian(text, latin);
    if (kk && ru) {
      const [own, other] = isLatinRussian(text) ? [ru, kk] : [kk, ru];
      return other.unexplained.length < own.unexplained.length ? other : own;
    }
    return kk ?? ru;
  }

  private latinKazakh(text: string, latin: Reading): Reading | null {
    const marked = isLatinKazakh(text);
    if (latin.lang !== "en" && !marked) return null;
    if (!marked && latin.unexplained.length === 0) return null;
    const cyrillic = this.tag(respell(text, latin, latinKazakhToCyrillic));
    if (!marked && !explainsMore(latin, cyrillic)) return null;
    return respelled(text, latin, cyrillic, "kk");
  }

  /** Russian typed in Latin letters ("gde budet stroit nobel"), when Cyrillic explains it better. */
  private latinRussian(text: string, latin: Reading): Reading | null {
    // One unread word is enough when Russian words mark it ("kakie partnery u altinfarm").
    if (latin.lang !== "en" || latin.unexplained.length < (isLatinRussian(text) ? 1 : 2)) return null;
    const cyrillic = this.tag(respell(text, latin, latinRussianToCyrillic));
    // Its own words ("gde", "skolko") mark it: then it need only read more than the Latin does.
    const marked = isLatinRussian(text) && cyrillic.unexplained.length < latin.unexplained.length;
    return marked || explainsMore(latin, cyrillic) ? respelled(text, latin, cyrillic, "ru") : null;
  }

  /**
   * "Tajikistan" of a Kazakh source's «Тәжікстанға»: a Latin name whose consonants (as they
   * sound) begin a word of the sources in the other script. Four consonants at least.
   */
  private soundsKnown(word: string): boolean {
    const own = consonantsOf(word);
    if (own.length < 4) return false;
    // Every beginning (4 to 10 consonants) of the sources' Cyrillic words, made once.
    this.cyrillicSounds ??= new Set(
      [...this.knownWords]
        .filter((w) => /^\p{Script=Cyrillic}+$/u.test(w))
        .flatMap((w) => {
          const c = consonantsOf(w);
          return Array.from({ length: Math.max(0, Math.min(c.length, 10) - 3) }, (_, k) => c.slice(0, k + 4));
        }),
    );
    return this.cyrillicSounds.has(own.slice(0, 10));
  }
  private cyrillicSounds: Set<string> | undefined;

  /** Capitalised Latin words inside a sentence that appear nowhere in the sources or the dataset. */
  private folded: Set<string> | undefined;
  /** The sources' words with Kazakh letters folded («Смағұлова» → «смагулова»), made once. */
  private foldedWords(): Set<string> {
    this.folded ??= new Set([...this.knownWords].map(foldKazakh));
    return this.folded;
  }

  private foreignNames(text: string, unexplained: string[], lang: Lang): string[] {
    // Only words left unread: "Almaty Oblast" is a place, whatever the sources spell.
    // A capitalised word before an ordinary word the sources use ("the Comprehensive Plan", "the
    // Digital Programme") names a plan or a programme, not a company: the text may say it in
    // another language, so it is never said to be absent.
    const titled = (after: string) => {
      const next = /^\s+([A-Za-z]+)/.exec(after)?.[1] ?? "";
      const word = next.toLowerCase();
      const used = [word, `${word}s`, word.replace(/e?s$/u, "")].some((v) => this.corpusWords.has(v));
      return /^[A-Z]/.test(next) && used && !GENERIC.has(word);
    };
    const names = [...text.matchAll(/(?<=[^.?!\s]\s+)[A-Z][a-z]{2,}\b/g)]
      .filter((m) => unexplained.includes(m[0].toLowerCase()) && !titled(text.slice(m.index + m[0].length)))
      .map((m) => m[0]);
    // "Teva kompaniyasy qatysady ma": a capitalised first word of a question re-spelled from Latin
    // Kazakh, left unread in its Cyrillic spelling («тева»), is a name too.
    const first = /^[A-Z][a-z]{2,}\b/.exec(text.trim())?.[0];
    if (first && lang === "kk" && unexplained.includes(latinKazakhToCyrillic(first.toLowerCase())))
      names.push(first);
    // Typed in lower case, a name still follows "in", "does", "of"…: "jobs in france", "does pfizer invest".
    // Not a participle or an adverb ("is backed by", "is mostly"): names seldom end so.
    // Nor a word between "of" and a word the sources use: "the list of essential medicines".
    const lower = [
      ...text.matchAll(/\b(in|at|does|do|of|from|by|for|is|with)\s+([a-z]{3,})\b(?=(?:\s+([a-z]+))?)/g),
    ]
      .filter((m) => !(m[1] === "of" && m[3] && this.corpusWords.has(m[3]) && !STOPWORDS.has(m[3])))
      .map((m) => m[2] as string)
      // ("all in one answer", "for two of them": a number word is no name.)
      // (Nor a word of what the sources talk about, "veterinary", "livestock": retrieval's vocabulary.)
      .filter(
        (w) =>
          !/(ed|ing|ly)$/.test(w) &&
          !NUMBER_WORDS.test(w) &&
          !PARTICIPLES.has(w) &&
          // (A country stays a name: "jobs in china" asks of a place the sources may not know.)
          !findConcepts([w]).some((c) => !COUNTRY_CONCEPTS.has(c.key)),
      );
    // A Latin word in a Russian or Kazakh question is a name ("pfizer қанша инвестиция салады"),
    // unless it is another spelling of one the sources use ("Kyzyljar" of "Qyzyljar Medical").
    const spelledOtherwise = (w: string) => [...this.corpusWords].some((c) => editDistance(w, c, 1) <= 1);
    const latin = /\p{Script=Cyrillic}/u.test(text)
      ? unexplained.filter((w) => /^[a-z]{3,}$/.test(w) && !spelledOtherwise(w))
      : [];
    const words = [
      ...names,
      ...lower.filter((w) => unexplained.includes(w)),
      ...latin,
      ...markedNames(text, unexplained, lang, this.knownWords),
    ];
    // "Almas Tulegenov" of a Russian source's «Алмас Тулегенов»: a name the sources write in the other script.
    const otherScript = (w: string) => {
      const other = nameInOtherScript(w);
      return !!other && (this.knownWords.has(other) || this.foldedWords().has(foldKazakh(other)));
    };
    // A word the sources use in the plural or singular ("bottles of disinfectant" of "disinfectants") is theirs.
    const inCorpus = (w: string) =>
      [w, `${w}s`, `${w}es`, w.replace(/e?s$/u, "")].some((v) => this.corpusWords.has(v));
    const known = (w: string) =>
      inCorpus(w) || isMonth(w) || otherScript(w.toLowerCase()) || this.soundsKnown(w.toLowerCase());
    // One word of a person's name found so ("Smagulova"): the name beside it ("Aigul") is theirs.
    if (words.some((w) => otherScript(w.toLowerCase()))) return [];
    const absent = words.filter((n) => !known(n.toLowerCase()));
    return [...new Set(absent.map((n) => n.charAt(0).toUpperCase() + n.slice(1)))];
  }
}

/**
 * Names in either script marked by a company word beside them ("Roche компаниясы", "компания
 * Байер") or, opening the question, by a verb of taking part ("санофи участвует …?"). A Latin word
 * so marked must be written as a name ("Bayer company", never "per company").
 */
/** A month, written out or cut short ("jul 2024", "Jan"), is no name. */
export const isMonth = (w: string) =>
  w.length >= 3 && MONTHS.some(([m]) => m.length >= 3 && (w.startsWith(m) || m.startsWith(w)));

function markedNames(text: string, unexplained: string[], lang: Lang, known: ReadonlySet<string>): string[] {
  const words = text.split(/[\s,.;:!?«»"“”()]+/).filter(Boolean);
  const out: string[] = [];
  words.forEach((word, i) => {
    const lower = word.toLowerCase();
    if (lower.length < 3 || !unexplained.includes(lower)) return;
    if (/^[a-z]/.test(word)) return;
    // «елде қанша …» ("in the country"): a short word in the Kazakh locative is where, no name.
    const stem = lower.replace(/(да|де|та|те)$/u, "");
    if (lang === "kk" && stem !== lower && (stem.length <= 3 || known.has(stem))) return;
    const before = words[i - 1]?.toLowerCase() ?? "";
    const after = words[i + 1]?.toLowerCase() ?? "";
    // In Kazakh the word before «компания» is a verb of a relative clause («ашатын компания»).
    const marked =
      // After «компании» a name is written as one ("компания Байер"), a verb is not ("компании работают").
      (lang !== "kk" && NAME_MARKERS.before.includes(before) && /^\p{Lu}/u.test(word)) ||
      NAME_MARKERS.after.includes(after) ||
      (i === 0 && NAME_MARKERS.verbs.includes(after)) ||
      // «сколько инвестирует пфайзер»: a word the sources never use, last, after a verb of investing.
      // «пфайзер қанша инвестиция салады»: one first, before the question word.
      // An adjective or pronoun ending («каждая», «крупнейший») is no name.
      (((i === words.length - 1 && NAME_MARKERS.lastAfter.includes(before)) ||
        (i === 0 && NAME_MARKERS.firstBefore.includes(after))) &&
        !known.has(lower) &&
        !/(ая|яя|ый|ий|ой|ое|ее|ие|ые|их|ых|ех|ем|ого|его|ому|ему|ғы|гі|сы|сі|лық|лік)$/.test(lower));
    if (marked) out.push(word);
  });
  return out;
}

/**
 * Whether a Cyrillic re-spelling explains a Latin question better: most of the words English could
 * not, at least two of them (or something more understood: "msp serikterleri"), and nothing the
 * Latin reading understood lost ("the second one invest" is English).
 */
function explainsMore(latin: Reading, cyrillic: Reading): boolean {
  if (cyrillic.tokens.length !== latin.tokens.length) return false;
  const explained = latin.unexplainedAt.filter((i) => !cyrillic.unexplainedAt.includes(i));
  if (explained.length * 2 <= latin.unexplained.length) return false;
  const understood = (r: Reading) => r.cueAt.length + r.entities.length + r.references.length;
  if (understood(cyrillic) < understood(latin)) return false;
  // A respelling keeps every name the Latin reading found: "no, i meant almaty region" is not
  // Kazakh «но і меант алматы регіон», which finds Almaty and loses the region.
  if (!latin.entities.every((e) => cyrillic.entities.some((c) => c.id === e.id))) return false;
  return explained.length >= 2 || understood(cyrillic) > understood(latin);
}

/**
 * A Latin question in Cyrillic letters, the names its Latin reading found left as written ("Nobel
 * İlaç kimnin seriktesi" → «nobel ilac кімнін серіктесі»): a name respelled is no name.
 */
function respell(text: string, latin: Reading, toCyrillic: (t: string) => string): string {
  // Places are spelled in Kazakh with their case ("Almaty oblysynda" is «Алматы облысында»).
  const names = latin.entities.filter((e) => e.type === "organisation" || e.type === "person");
  if (!names.length) return toCyrillic(text);
  const named = new Set(names.flatMap((e) => Array.from({ length: e.end - e.start }, (_, k) => e.start + k)));
  const words = latin.tokens.map((t, i) => (named.has(i) ? t : toCyrillic(t)));
  return `${words.join(" ")}${/\?\s*$/.test(text) ? "?" : ""}`;
}

/** The Cyrillic reading of a Latin question, keeping names found only as written (Abdi Ibrahim). */
function respelled(text: string, latin: Reading, cyrillic: Reading, lang: Lang): Reading {
  const aligned = cyrillic.tokens.length === latin.tokens.length;
  const types = new Set(cyrillic.entities.map((e) => e.type));
  // A word is unexplained only if neither reading explains it.
  const both = cyrillic.unexplainedAt.filter((i) => !aligned || latin.unexplainedAt.includes(i));
  return {
    ...cyrillic,
    text,
    unexplainedAt: both,
    unexplained: both.map((i) => cyrillic.tokens[i] as string),
    lang,
    entities: [...cyrillic.entities, ...latin.entities.filter((e) => !types.has(e.type))],
    // Latin spellings near English words ("salady" ~ "salary", "budet" ~ "budget") say nothing the
    // Cyrillic reading did not: an English cue counts only on a word the Cyrillic reading left unread.
    cues: new Set([
      ...cyrillic.cues,
      ...latin.cueAt
        .filter((c) => !c.key.startsWith("u:") && (!aligned || cyrillic.unexplainedAt.includes(c.start)))
        .map((c) => c.key),
    ]),
    expects: cyrillic.expects === "any" ? latin.expects : cyrillic.expects,
  };
}

/** A word's consonants as they sound, the same in both scripts ("Tajikistan" ~ «Тәжікстан»: tjkstn). */
const consonantsOf = (word: string) => skeleton(word).replace(/[aeiou]/g, "");

/** The metrics a count may ask of: a word right before one of them describes it. */
const COUNTED_METRICS: ReadonlySet<string> = new Set([
  "m:medicines",
  "m:jobs",
  "m:social",
  "m:investment",
  "m:companies",
]);
const BUILD_WORDS =
  /^(build|builds|building|built|construct\p{L}*|строит|строят|построит|построят|строится|возводит|возводят|салады|салып|салмақ|салынады)$/u;
/** Retrieval concepts of countries and peoples: such a word is a place or an origin, not vocabulary. */
const COUNTRY_CONCEPTS = new Set([
  "c:egyptian",
  "c:turkish",
  "c:chinese",
  "c:russia",
  "c:british",
  "c:swedish",
  "c:polish",
  "c:kazakhstan",
]);
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const CYRILLIC_WORD = /\p{Script=Cyrillic}{2,}/gu;
/** Acronyms and brand spellings (MSP, ROMPHARM, AltINFARM) say nothing about the writer's language. */
const isName = (word: string) => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
const ordinary = (text: string, re: RegExp) => (text.match(re) ?? []).filter((w) => !isName(w));

/**
 * The question's language when its own words make it clear: at least two ordinary words of the
 * language, or a Kazakh letter or word. "MSP-ROMPHARM?", "Нобел", "ok" are not clear: the chat's
 * language decides those.
 */
function clearLang(text: string, reading: Reading, prior?: Lang): Lang | null {
  if (reading.lang === "kk" && (isLatinKazakh(text) || /[әғқңөұүһі]/i.test(text))) return "kk";
  if (reading.lang === "kk" && reading.tokens.some((w) => KAZAKH_WORDS.has(w) || KAZAKH_LOANWORD.test(w)))
    return "kk";
  const named = new Set(reading.entities.flatMap((e) => reading.tokens.slice(e.start, e.end)));
  const own = (re: RegExp) => ordinary(text, re).filter((w) => !named.has(w.toLowerCase()));
  const words = own(reading.lang === "en" ? LATIN_WORD : CYRILLIC_WORD).length;
  if (words >= 2) return reading.lang;
  // One Cyrillic word after English is a switch ("а инвестиции?"); one Latin word in a Russian or
  // Kazakh chat is as often a name or a term ("jobs?"), and Russian and Kazakh share a script.
  return words === 1 && prior === "en" && reading.lang !== "en" ? reading.lang : null;
}
