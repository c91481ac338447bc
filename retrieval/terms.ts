import type { Lang } from "../knowledge/schema.js";
import {
  detectLang,
  foldKazakh,
  latinKazakhToCyrillic,
  latinRussianToCyrillic,
  stem,
  tokenize,
} from "../knowledge/text.js";
import {
  ABBREVIATIONS,
  FAMILY,
  FAMILY_CREDIT,
  type FrameName,
  findConcepts,
  findFrames,
  MONTHS,
} from "./concepts.js";

/**
 * Words that carry no topic in questions or sources (English, Russian, Kazakh): function words,
 * question words and the frame of a request ("tell me", "what does it involve", «расскажи»,
 * «не туралы»). Dropping them keeps "What is … about?" from matching every sentence and keeps the
 * relevance gate honest: what remains of a question is what the sources must hold.
 */
const STOPWORDS = new Set(
  [
    // English
    "a an the is are was were be been being am do does did doing done what which who whom whose when",
    "where why how many much of in on at to for from by with about and or not no nor it its this that",
    "these those there their theirs they them he she his her hers him i me my we our us you your will",
    "would shall should can could may might must tell please any some as than then so if into also has",
    "have had having just very more most other such only same too s t whats what's whos hows",
    "wheres anything something everything info information detail details know point involve involves",
    "involved mean means meaning part parts thing things stuff exactly actually really kind sort",
    "happen happened happening happens going go goes get gets got come came one ones like regarding",
    "concerning re pls plz hey hi u r ur ya ok okay here mention mentioned mentions exist exists behind",
    "explain describe give gives given let lets show shows want wanted need needed whether else",
    "again yes yeah include includes included including contain contains cover covers covered",
    "plan plans planned planning intend intends intended bit bits piece pieces section sections",
    "segment year years between among amongst our side main primary key basic overall after once",
    // "w/" for "with", "what does RWE stand for", «что означает RWE», «RWE нені білдіреді»: no topic.
    "w stand stands означает означают расшифровывается расшифровка білдіреді",
    // "summarize the az partnership", "tl;dr", «резюме»: a request for the whole, no topic.
    "summarize summarise summary tldr tl dr overview nutshell briefly brief резюме сводка",
    // "full list of what AZ will make", "specifics?", «полный список», «подробности», «толық тізімі»,
    // "all these plants", «всех этих заводов», «барлығынан»: the frame of a request, no topic.
    "all full list specifics specific specifically полный полного полностью список перечень подробности",
    "подробнее подробно детали деталей конкретно конкретнее всех всем всеми толық",
    "толығырақ барлығынан",
    // Russian
    "что как какой какая какое какие каков какова каково где когда кто сколько ли и в во на с со о об",
    "обо по за для от до из к ко у это этот эта эти этого был была было были будет будут же не а но",
    "или мне меня мы вы он она они его ее их расскажи скажи пожалуйста чем при то нибудь есть про",
    "известно говорится сказано упоминается упомянуто там тут вообще вот насчет касательно такое этих",
    "этой этом эту этому все всё весь вся так ну бы нам расскажите скажите подскажи подскажите",
    "объясни объясните каким каких какую каком чего кого кому ком кем куда уже еще могут может месте",
    "можно нужно надо сам сама само сами самой самом самого очень свой свои своих своей который",
    "которая которые котором которого чтобы ль входит входят включает включают содержит кроме",
    "произошло произошел произошла произошли происходит случилось случился случилась случились",
    "год года году годом годе годы лет пункт пункта пункте раздел разделе предусмотрено предусмотрен",
    "предусмотрена предусмотрены предусматривает предусматривают нужен нужна нужны нужное нужный",
    "нужная вкратце кратко коротко между сделал сделала сделали сделано делал делала делали",
    "наш наша нашу нашей нашего наши нашим стороны стороне сторона главная главный главное главные основная основной основное основные после",
    // Kazakh
    "негізгі басты кейін қандай қай қайсы кім кімдер кімге кімнің кімді кіммен не нені нелер туралы жайлы жөнінде мен бен",
    "пен және ма ме па пе ба бе бұл осы сол ол олар оның оны маған бізге айтшы айтып беріңізші бер",
    "беріңіз түсіндір бірдеңе бірнәрсе нәрсе нәрсеге нәрсені айтылған жазылған деген дегеніміз дегенді да де та те",
    // «Бектенов нақты неге қол қойды», «что такое СК-Фармация в этой истории»: "exactly", "in this
    // story" frame the question, no topic.
    "нақты нақтырақ story истории история историей оқиғада",
    "ғой ше бар ма екен еді болады болды бола болып ретінде қамтиды кіреді енеді қайда қайдан",
    "планирует планируют планируется намерен намерена намерено жоспарлап жоспарлайды",
    "қашан неге істеді істейді істеген занимает занимал занимают жерде still vs versus бойынша арқылы",
    // «кеңейіп жатыр ма» ("is it expanding"): the verb of an ongoing action, no topic.
    "жатыр жатқан жатыр ма",
    "ішінде соның қайсысы қайсысын әлде немесе либо",
    // «қаншасы» ("how many of them"), «нешеуі»: the question's count, no topic.
    "қанша қаншасы қаншама неше нешеуі нешесі",
    "жыл жылы жылғы жылдың жылға жылда жылдары жылдан тармақ тармағы бөлім бөлімі арналған",
    "көзделген көзделеді алғанда қысқаша арасында арасындағы жасады атқарды біздің жақтан тарапынан жағынан",
    // "i read the system came in in july 2025. correct?", "one report says 14, another 16. which is
    // right?", «пишут что …, это так?», «… дегені рас па»: a claim put to the sources, no topic.
    "correct correctly incorrect right true untrue accurate wrong heard read report reports another",
    "пишут пишет писали говорят говорится правда верно неверно правильно",
    "рас дұрыс шын дегені дейді",
    // "what document did Bektenov sign", «какой документ», «қандай құжатқа»: the kind of thing asked, no topic.
    "document documents документ документа документы документу құжат құжатқа құжатты құжаттар құжатына",
  ]
    .join(" ")
    .split(/\s+/),
);

// Kazakh stopwords as typed without Kazakh letters too (оның → онын, ішінде → ишинде).
for (const w of [...STOPWORDS]) STOPWORDS.add(foldKazakh(w));

const POSSESSIVES = new Set("its their his her our your my whose".split(" "));

/** "Its own plant" frames nothing; "does the government own …" asks about owning. */
const ownAfterPossessive = (words: string[], i: number) =>
  words[i] === "own" && POSSESSIVES.has(words[i - 1] as string);

export function isStopword(token: string): boolean {
  return STOPWORDS.has(token);
}

/** Stopwords of six letters or more with one letter left out ("happened" → "happend"). */
const STOP_DELETIONS = new Set(
  [...STOPWORDS]
    .filter((w) => w.length >= 6)
    .flatMap((w) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1))),
);

/**
 * Whether a word is a stopword typed with a letter missing or doubled ("happend", "explaiin"):
 * only asked of words no source holds, so a real word next to a stopword ("plant") is never one.
 */
export function isStopwordTypo(word: string): boolean {
  if (word.length < 5) return false;
  if (STOP_DELETIONS.has(word)) return true;
  for (let i = 0; i < word.length; i++)
    if (STOPWORDS.has(word.slice(0, i) + word.slice(i + 1))) return word.length >= 7;
  return false;
}

/** Irregular English forms the Snowball stemmer leaves apart from their base ("said" vs "say"). */
const IRREGULAR: Record<string, string> = {
  said: "say",
  told: "tell",
  built: "build",
  made: "make",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  held: "hold",
  led: "lead",
  sold: "sell",
  bought: "buy",
  began: "begin",
  begun: "begin",
  grew: "grow",
  grown: "grow",
  spent: "spend",
  brought: "bring",
  met: "meet",
  won: "win",
  wrote: "write",
  written: "write",
  chose: "choose",
  chosen: "choose",
  knew: "know",
  known: "know",
  meds: "medicin",
  med: "medicin",
};

const CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();

/** Snowball stemming is the hot path of indexing; the cache makes it a map lookup. */
function cachedStem(token: string, kazakh: boolean): string {
  const key = kazakh ? `k:${token}` : token;
  let s = stemCache.get(key);
  if (s === undefined) {
    s = IRREGULAR[token] ?? stem(token, kazakh ? "kk" : "ru");
    // Kazakh voices a final қ, к, п before a vowel ending (денсаулық, денсаулығы): one stem for both.
    if (kazakh)
      s = s
        .replace(/ғ$/, "қ")
        .replace(/(?<=[\u0400-\u04ff])г$/, "к")
        .replace(/(?<=[\u0400-\u04ff])б$/, "п");
    if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
    stemCache.set(key, s);
  }
  return s;
}

/** A word of a text with the keys it can be found by. */
export interface Token {
  word: string;
  stem: string;
  /** "s:<stem>", the concepts it is part of ("c:…") and frame marks ("f:…"). */
  keys: string[];
  /** The families of its concepts ("c:accord" for a memorandum). */
  families: string[];
  stop: boolean;
}

/** The keys of a stem (what the lexical index and the relevance measure store). */
export const stemKey = (s: string) => `s:${s}`;

/**
 * Every word of a text, normalised, stemmed (Kazakh rules when the text or `lang` is Kazakh) and
 * keyed: its stem, the concepts of concepts.ts it takes part in (phrases included), their
 * families and the frame marks it carries (a month or a year gives a time, a number a quantity).
 */
export function analyzeText(text: string, lang?: Lang): Token[] {
  const words = tokenize(text);
  const kazakh = (lang ?? detectLang(text)) === "kk";
  const tokens: Token[] = words.map((word, i) => {
    // Kazakh typed in Latin letters comes back with ұ for у (turaly → тұралы): folded, it is known.
    const stop = STOPWORDS.has(word) || STOPWORDS.has(foldKazakh(word)) || ownAfterPossessive(words, i);
    const s = cachedStem(word, kazakh);
    return { word, stem: s, keys: stop ? [] : [stemKey(s)], families: [], stop };
  });
  const found = findConcepts(words);
  // "May" beside a day or a year is the month, not the verb ("what happened in may 2024").
  for (const span of found) {
    const t = tokens[span.start] as Token;
    if (!t.stop || !MONTHS.has(span.key)) continue;
    if ([words[span.start - 1], words[span.end]].some((w) => w !== undefined && /^\d{1,4}$/.test(w))) {
      t.stop = false;
      t.keys.push(stemKey(t.stem));
    }
  }
  for (const span of [...found, ...findFrames(words, found)]) {
    if (span.key.endsWith("?")) continue;
    const family = FAMILY.get(span.key);
    for (let i = span.start; i < span.end; i++) {
      const t = tokens[i] as Token;
      // A lone stopword is no concept ("may" the verb, not the month); inside a phrase it is.
      if (t.stop && span.end - span.start === 1) continue;
      t.keys.push(span.key);
      if (family) t.families.push(family);
    }
  }
  // "45%", "70%": a share written with its sign is a percentage, as "per cent" and «процентов» are.
  for (const t of tokens)
    if (/^\d+([.,]\d+)?%$/.test(t.word) && !t.keys.includes(PERCENT)) t.keys.push(PERCENT);
  return tokens;
}

const PERCENT = "c:percent";

/** The distinct keys of a text: what a sentence or chunk is indexed and measured by. */
export function keysOf(text: string, lang?: Lang): string[] {
  const out = new Set<string>();
  for (const t of analyzeText(text, lang)) for (const k of [...t.keys, ...t.families]) out.add(k);
  return [...out];
}

/** One content unit of a question: a word, or a phrase of concepts.ts ("real world", "жұмыс орны"). */
export interface Slot {
  words: string[];
  /** Its token span in the question, [start, end). */
  start: number;
  end: number;
  /** The stems of its words, in order. */
  stems: string[];
  /** Keys any of which stands for it, with the credit (0…1] each gives. */
  alts: Map<string, number>;
  /** A phrase of concepts.ts: found by its concept only, never by its words' spellings. */
  phrase?: boolean;
  /**
   * For an abbreviation of several concepts ("rwe"), the keys of each concept of the term it
   * stands for, each also held by the abbreviation itself: a sentence must hold them all.
   */
  terms?: Map<string, number>[];
}

export interface Question {
  slots: Slot[];
  /**
   * For a choice between two things ("the SK-Pharmacy deal or the contract manufacturing one"),
   * the token position of the "or": the slots on each side are also asked on their own.
   */
  or?: number;
  /** What kind of answer it asks for, from its question words ("when" → time). */
  asks: Set<FrameName>;
  lang: Lang;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const OR_WORDS = new Set(["or", "или", "либо", "әлде", "немесе"]);

/** Part credit for a concept of the same family when its family names none. */
const DEFAULT_FAMILY_CREDIT = 0.6;

/** A word's keys: its stem and concepts at full credit, its concepts' families at part credit. */
function wordAlts(members: readonly Token[]): Map<string, number> {
  const alts = new Map<string, number>();
  for (const t of members) {
    for (const k of t.keys) if (!k.startsWith("f:")) alts.set(k, 1);
    for (const f of t.families) {
      const credit = FAMILY_CREDIT.get(f) ?? DEFAULT_FAMILY_CREDIT;
      alts.set(f, Math.max(alts.get(f) ?? 0, credit));
    }
  }
  return alts;
}

function phraseAlts(key: string): Map<string, number> {
  const alts = new Map([[key, 1]]);
  const family = FAMILY.get(key);
  if (family) alts.set(family, FAMILY_CREDIT.get(family) ?? DEFAULT_FAMILY_CREDIT);
  return alts;
}

/**
 * Reads a question into content slots and frames: question words ("when", «зачем», «қанша») set
 * the frame and are not content; stopwords go; a phrase of concepts.ts is one slot; every other
 * word is one slot, found by its stem, its concepts (full credit) and their families (part credit).
 */
export function analyzeQuestion(question: string, lang?: Lang): Question {
  const detected = lang ?? detectLang(question);
  // Kazakh or Russian typed in Latin letters is read in Cyrillic, where its words and endings are
  // known; names come back to the sources' spelling by their sound skeleton (nobel → нобел → Nobel).
  const text = CYRILLIC.test(question)
    ? question
    : detected === "kk"
      ? latinKazakhToCyrillic(question)
      : detected === "ru"
        ? latinRussianToCyrillic(question)
        : question;
  const words = tokenize(text);
  const tokens = analyzeText(text, detected);
  dropWholeAdverbs(tokens);
  const asks = new Set<FrameName>();
  const asked = new Array<boolean>(words.length).fill(false);
  for (const span of findFrames(words)) {
    if (!span.key.endsWith("?")) continue;
    asks.add(span.key.slice(2, -1) as FrameName);
    for (let i = span.start; i < span.end; i++) asked[i] = true;
  }
  if (words.includes("where") && words.at(-1) === "from") asks.add("origin");
  if (words.includes("what") && endsWith(tokens, "for")) asks.add("purpose");
  const slots: Slot[] = [];
  const acronyms = new Set((question.match(/\b[A-Z]{2,5}\b/g) ?? []).map((w) => w.toLowerCase()));
  const phrases = findConcepts(words).filter((s) => s.end - s.start > 1);
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phrases.find((p) => p.start === i && !asked.slice(p.start, p.end).some(Boolean));
    const end = phrase ? phrase.end : i + 1;
    const start = i;
    const members = tokens.slice(i, end).filter((t, k) => !t.stop && !asked[i + k]);
    if (phrase) i = end - 1;
    if (members.length === 0) continue;
    // A phrase stands for its concept, not for each of its words ("prime minister" is no ministry).
    // An abbreviation typed in capitals ("what does RWE stand for") is itself first, its concept
    // ("real-world") only in part.
    const exact = members.length === 1 && acronyms.has((members[0] as Token).word);
    const alts = phrase ? phraseAlts(phrase.key) : partConcepts(wordAlts(members), exact);
    const slot = { words: members.map((t) => t.word), stems: members.map((t) => t.stem), alts, start, end };
    const terms =
      members.length === 1 ? termsOf(members[0] as Token)?.map((m) => partConcepts(m, exact)) : undefined;
    slots.push(phrase ? { ...slot, phrase: true } : terms ? { ...slot, terms } : slot);
  }
  dropDocumentSay(slots);
  const or = words.findIndex((w) => OR_WORDS.has(w));
  const sides = [slots.filter((s) => s.end <= or).length, slots.filter((s) => s.start > or).length];
  return { slots, asks, lang: detected, or: or > 0 && sides.every((n) => n >= 2) ? or : undefined };
}

/** Concept keys at part credit when the word is an abbreviation typed as itself. */
function partConcepts(alts: Map<string, number>, exact: boolean): Map<string, number> {
  if (!exact) return alts;
  return new Map(
    [...alts].map(([k, c]) => [k, k.startsWith("c:") ? Math.min(c, ACRONYM_CONCEPT_CREDIT) : c]),
  );
}
const ACRONYM_CONCEPT_CREDIT = 0.5;

/**
 * Words that name a total before a noun ("overall investment", «общем объеме», «жалпы
 * инвестиция») but only ask about the thing as a whole after one or at the end ("the point of the
 * memorandum overall", «жалпы алғанда»): there they carry no content.
 */
const AS_A_WHOLE = new Set("overall general generally basically общем целом жалпы негізінен".split(" "));

/** Whether `word` is the question's last word but for stopwords ("what is the memorandum for, in general"). */
function endsWith(tokens: readonly Token[], word: string): boolean {
  const i = tokens.map((t) => t.word).lastIndexOf(word);
  return i >= 0 && tokens.slice(i + 1).every((t) => t.stop);
}

function dropWholeAdverbs(tokens: Token[]): void {
  for (const [i, t] of tokens.entries()) {
    if (t.stop || !AS_A_WHOLE.has(t.word)) continue;
    const next = tokens[i + 1];
    if (next && !next.stop) continue;
    t.stop = true;
    t.keys = [];
    t.families = [];
  }
}

/** The concepts of the term an abbreviation stands for, each with the abbreviation's own key. */
function termsOf(token: Token): Map<string, number>[] | undefined {
  const term = ABBREVIATIONS.get(token.word);
  if (!term) return undefined;
  const own = stemKey(token.stem);
  return analyzeQuestion(term, "en").slots.map((s) => new Map([...s.alts, [own, 1]]));
}

const SAY = "c:say";
/** What a text, not a person, "says": an agreement of any kind, an article, the sources. */
const DOCUMENTS = new Set(["c:accord", "c:document"]);

/**
 * "What does the memorandum say about youth" asks what the memorandum holds, not for anyone's
 * words: a "say" right after a document is no content of the question. After a person ("what did
 * Nurbek say") it stays, and a quotation answers it best.
 */
function dropDocumentSay(slots: Slot[]): void {
  for (let i = slots.length - 1; i > 0; i--) {
    const before = (slots[i - 1] as Slot).alts;
    const document = [...before.keys()].some((k) => DOCUMENTS.has(k) || DOCUMENTS.has(FAMILY.get(k) ?? ""));
    if (document && (slots[i] as Slot).alts.has(SAY)) slots.splice(i, 1);
  }
}
