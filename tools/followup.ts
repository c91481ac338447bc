/**
 * Follow-up resolution (as in TREC CAsT / ConvFinQA query rewriting): a short follow-up ("and
 * Nobel?", "how much are they investing?", "sum them up", "in dollars?", "no, I meant the region")
 * is rewritten into a self-contained question from the previous turn's context, before the engine
 * parses it. Pure and deterministic: the same message and context always give the same question.
 * A self-contained question is returned unchanged: old context never leaks into a new topic.
 */

import { PhraseIndex } from "../knowledge/phrases.js";
import type { Dataset, Lang } from "../knowledge/schema.js";
import { detectLang, normalize } from "../knowledge/text.js";
import type { EntityIndex, EntityMatch, Ref } from "./entities.js";
import { METRIC_CUES } from "./lexicon.js";
import { t } from "./locales/index.js";
import type { Answer, AnswerCitation, AnswerOptions, ConversationContext } from "./types.js";

export type { ConversationContext };

export type Attribute = keyof typeof METRIC_CUES;
/** What a follow-up can ask to do with the previous subjects. */
export type Operation = "sum" | "total" | "compare" | "rank" | "share" | "perJob" | "chart";

/** Which parts of the context a follow-up took. */
export type ContextUse = "subjects" | "attributes" | "operation" | "unit" | "correction";

export type Resolution =
  | { kind: "standalone"; question: string }
  | {
      kind: "followup";
      question: string;
      lang: Lang;
      used: ContextUse[];
      subjects: Ref[];
      attributes: string[];
      operation?: Operation;
    }
  /** "source?": the last answer's citations; null when there is no last answer to quote. */
  | { kind: "sources"; citations: AnswerCitation[] | null }
  /** An operation on the previous subjects with no figure to apply it to: ask which one. */
  | { kind: "clarify"; lang: Lang; subjects: Ref[]; operation: Operation };

type Marker =
  | "lead"
  | "pronoun"
  | "whichOfThem"
  | "sources"
  | "negation"
  | "region"
  | "city"
  | `op:${Operation}`;

/**
 * Follow-up markers in en/ru/kk. "lead" words only count at the start (or "ше" at the end), since
 * "and" also joins two names inside a self-contained question.
 */
const MARKERS: Record<Marker, string[]> = {
  lead: [
    "and",
    "what about",
    "how about",
    "and what about",
    "а у",
    "а что с",
    "а как с",
    "а как насчет",
    "а",
    "и",
    "ал",
    "ше",
  ],
  pronoun: [
    "it",
    "its",
    "they",
    "them",
    "their",
    "both",
    "each of them",
    "that company",
    "this company",
    "the company",
    "these companies",
    "those companies",
    "the plant",
    "the factory",
    "that project",
    "the project",
    "он",
    "она",
    "оно",
    "они",
    "его",
    "ее",
    "их",
    "им",
    "эта компания",
    "этой компании",
    "эти компании",
    "этих компаний",
    "этот завод",
    "завод",
    "ол",
    "олар",
    "оның",
    "олардың",
    "оларға",
    "бұл компания",
    "сол компания",
    "бұл зауыт",
    "зауыт",
  ],
  /** "which one?": a comparison of the previous subjects. */
  whichOfThem: [
    "which one",
    "which of them",
    "which of the two",
    "кто из них",
    "какая из них",
    "какая компания из них",
    "который из них",
    "олардың қайсысы",
    "қайсысы",
  ],
  sources: [
    "source",
    "sources",
    "where does it say that",
    "where does it say",
    "where is that from",
    "where's that from",
    "what is your source",
    "says who",
    "citation",
    "proof",
    "откуда это",
    "откуда",
    "источник",
    "источники",
    "где это написано",
    "где это сказано",
    "где об этом написано",
    "откуда эти данные",
    "дереккөз қайда",
    "дереккөзі",
    "дереккөз",
    "қайдан",
  ],
  negation: ["no", "not", "i meant", "i mean", "нет", "не", "я имел в виду", "жоқ", "емес"],
  region: ["region", "oblast", "province", "область", "регион", "облыс", "өңір"],
  city: ["city", "town", "город", "қала"],
  "op:sum": [
    "sum them up",
    "sum up",
    "sum",
    "add them up",
    "add up",
    "сложи",
    "сложи их",
    "суммируй",
    "қос",
    "қосып",
    "қосыңыз",
  ],
  "op:total": [
    "total",
    "the total",
    "in total",
    "overall",
    "altogether",
    "всего",
    "итого",
    "в сумме",
    "жалпы",
    "барлығы",
  ],
  "op:compare": [
    "which is bigger",
    "which is more",
    "which is larger",
    "which one is bigger",
    "who has more",
    "compare",
    "compare them",
    "сравни",
    "что больше",
    "кто больше",
    "у кого больше",
    "қайсысы көп",
    "қайсысы үлкен",
    "салыстыр",
    "салыстырып",
    "салыстырыңыз",
  ],
  "op:share": [
    "what share",
    "share",
    "what percentage",
    "percentage",
    "what percent",
    "какая доля",
    "доля",
    "какой процент",
    "процент",
    "үлесі",
    "пайызы",
    "қанша пайыз",
  ],
  "op:rank": [
    "rank them",
    "rank",
    "order them",
    "sort them",
    "ранжируй",
    "упорядочи",
    "по порядку",
    "ретте",
    "рейтинг",
  ],
  "op:perJob": [
    "per job",
    "per workplace",
    "per employee",
    "на рабочее место",
    "на одно рабочее место",
    "бір жұмыс орнына",
  ],
  "op:chart": [
    "as a chart",
    "chart",
    "graph",
    "plot",
    "диаграмма",
    "диаграммой",
    "график",
    "графиком",
    "диаграмма түрінде",
    "диаграммамен",
  ],
};
/** Units and views the cue vocabulary does not stem to ("долларымен" → доллар). */
const UNIT_WORDS: Record<"usd" | "kzt", string[]> = {
  usd: ["долларымен", "доллармен", "долларда"],
  kzt: ["теңгемен", "тенгемен"],
};

/** The attributes an operation can sum or compare: numeric ones, narrowest first. */
const NUMERIC: Attribute[] = ["social", "usd", "kzt", "medicines", "jobs", "investment"];
const LEAD_FIRST = new Set(["and", "а", "и", "ал"]);
/** Words that make a Cyrillic follow-up Kazakh even without Kazakh-only letters. */
const KAZAKH_FOLLOWUP_WORDS = new Set([
  "ал",
  "ше",
  "бер",
  "беріңіз",
  "долларымен",
  "доллармен",
  "теңгемен",
  "тенгемен",
]);
/** Common Russian words: a Cyrillic follow-up in a Kazakh conversation with none of them stays Kazakh. */
const RUSSIAN_WORDS = new Set(
  "а и у в во на с со что как кто где откуда сколько какой какая какие каков их они он она оно это эти этот нет не по для из за больше меньше всего сравни сложи в долларах тенге".split(
    " ",
  ),
);

export interface Vocabulary {
  markers: PhraseIndex<Marker>;
  attributes: PhraseIndex<Attribute>;
}

/** The follow-up and attribute vocabularies, built once per engine. */
export function buildVocabulary(): Vocabulary {
  const markers = new PhraseIndex<Marker>();
  for (const [k, phrases] of Object.entries(MARKERS)) markers.add(k as Marker, phrases);
  const attributes = new PhraseIndex<Attribute>();
  for (const [k, phrases] of Object.entries(METRIC_CUES)) attributes.add(k as Attribute, phrases);
  for (const [k, phrases] of Object.entries(UNIT_WORDS)) attributes.add(k as Attribute, phrases);
  return { markers, attributes };
}

export interface ResolverDeps {
  entities: EntityIndex;
  dataset: Dataset;
  vocabulary: Vocabulary;
}

/** The country itself (the gazetteer's root) is no subject to carry into a follow-up. */
const isCountry = (e: Ref, dataset: Dataset) =>
  e.type === "place" && dataset.places.find((p) => p.id === e.id)?.kind === "country";

/** What a message says by itself: its entities, attributes and follow-up markers. */
export interface Reading {
  tokens: string[];
  entities: EntityMatch[];
  attributes: Attribute[];
  markers: Set<Marker>;
  /** A lead word ("and", "а", "ал … ше") opens (or closes) the message. */
  lead: boolean;
  operation?: Operation;
}

export function read(text: string, deps: ResolverDeps): Reading {
  const tokens = normalize(text).split(" ").filter(Boolean);
  const entities = deps.entities.find(tokens);
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const e of entities) for (let i = e.start; i < e.end; i++) taken[i] = true;
  const found = deps.vocabulary.markers.find(tokens, { taken });
  const markers = new Set<Marker>();
  let lead = false;
  for (const m of found) {
    if (m.key !== "lead") markers.add(m.key);
    else if (
      m.end - m.start > 1 ||
      m.start === 0 ||
      (m.start === tokens.length - 1 && tokens[m.start] === "ше")
    )
      lead = true;
  }
  if (!lead && LEAD_FIRST.has(tokens[0] ?? "")) lead = true;
  // Marker words are not attributes ("where" in "where does it say that?" asks for no location).
  for (const m of found) for (let i = m.start; i < m.end; i++) if (m.key !== "lead") taken[i] = true;
  const attributes = [...new Set(deps.vocabulary.attributes.find(tokens, { taken }).map((m) => m.key))];
  // "which one creates more jobs?" compares whoever "one" stands for.
  if (markers.has("whichOfThem")) markers.add("pronoun");
  const op = [...markers].find((m) => m.startsWith("op:"))?.slice(3) as Operation | undefined;
  const operation = op ?? (markers.has("whichOfThem") ? "compare" : undefined);
  return { tokens, entities, attributes, markers, lead, operation };
}

const refKey = (r: Ref) => `${r.type}:${r.id}`;
const unique = (refs: Ref[]) => [...new Map(refs.map((r) => [refKey(r), r])).values()];
const stripped = (e: EntityMatch): Ref => ({ type: e.type, id: e.id });

/** The language a follow-up is written in: its own when it has words of a language, else the context's. */
function followUpLang(text: string, reading: Reading, context: ConversationContext): Lang {
  if (/[\u0400-\u04ff]/.test(text)) {
    const own = reading.tokens.filter(
      (_, i) =>
        !reading.entities.some((e) => i >= e.start && i < e.end) &&
        /[\u0400-\u04ff]/.test(reading.tokens[i] ?? ""),
    );
    if (own.length) {
      // Russian and Kazakh share most letters: without a Kazakh-only letter, a short follow-up in
      // a Kazakh conversation ("ал … ше?", "долларымен?") is still Kazakh.
      const detected = detectLang(text);
      const kazakhWord = reading.tokens.some((tok) => KAZAKH_FOLLOWUP_WORDS.has(tok));
      const russianWord = reading.tokens.some((tok) => RUSSIAN_WORDS.has(tok));
      if (detected === "ru" && (kazakhWord || (context.lang === "kk" && !russianWord))) return "kk";
      return detected;
    }
  }
  const latinWords = reading.tokens.filter(
    (tok, i) => /^[a-z]+$/.test(tok) && !reading.entities.some((e) => i >= e.start && i < e.end),
  );
  return latinWords.length ? "en" : context.lang;
}

/**
 * Resolves a message against the previous turn. Returns it unchanged when it stands alone (or
 * there is no context), the last answer's citations on "source?", else a rewritten question.
 */
export function resolveFollowUp(
  text: string,
  context: ConversationContext | null | undefined,
  deps: ResolverDeps,
  options: { lang?: Lang } = {},
): Resolution {
  const standalone: Resolution = { kind: "standalone", question: text };
  const r = read(text, deps);
  const ents = r.entities.filter((e) => !isCountry(e, deps.dataset));
  const has = (m: Marker) => r.markers.has(m);

  if (has("sources") && ents.length === 0 && r.attributes.length === 0 && r.tokens.length <= 6) {
    return { kind: "sources", citations: context ? context.citations : null };
  }
  if (!context) return standalone;

  // The caller's language stands, except that a follow-up read as Kazakh is not answered in
  // Russian (the two share letters; "ал Нобельде ше?" looks Russian to a letter count).
  const own = followUpLang(text, r, context);
  const lang = options.lang && !(options.lang === "ru" && own === "kk") ? options.lang : own;
  const prevAttrs = context.attributes.filter((a): a is Attribute => a in METRIC_CUES);
  const unit = r.attributes.find((a) => a === "usd" || a === "kzt");
  const otherAttrs = r.attributes.filter((a) => a !== "usd" && a !== "kzt" && a !== "places");
  const placeWord = has("region") ? "region" : has("city") ? "city" : null;
  const short = r.tokens.length <= 4;

  // A correction of the place: "no, I meant the region", "не город, а область", "what about the region?".
  if (placeWord && ents.length === 0 && otherAttrs.length === 0 && (short || has("negation") || r.lead)) {
    const swapped = swapPlaces(context.subjects, placeWord, deps.dataset);
    if (swapped) {
      return rewrite(
        context,
        { subjects: swapped, attributes: prevAttrs, operation: op(context) },
        ["correction"],
        lang,
        deps,
      );
    }
  }

  // "compare with Nobel", "сложи с Нобель": the new subjects join the previous ones.
  const joins = r.operation === "compare" || r.operation === "sum" || r.operation === "rank";
  if (ents.length && joins && otherAttrs.length === 0 && prevAttrs.some((a) => NUMERIC.includes(a))) {
    const subjects = unique([...context.subjects, ...ents.map(stripped)]);
    const attributes = unit ? withUnit(prevAttrs, unit) : prevAttrs;
    const used: ContextUse[] = ["subjects", "attributes", "operation"];
    return rewrite(context, { subjects, attributes, operation: r.operation }, used, lang, deps);
  }

  // A self-contained question: it names its subjects and asks something about them.
  if (ents.length && (otherAttrs.length || unit || r.operation) && !r.lead) return standalone;
  if (ents.length && otherAttrs.length) return standalone;

  // A new subject, the rest from before: "and Nobel?", "а у Нобель?", "ал Нобельде ше?".
  if (ents.length) {
    // A bare name ("Nobel") is a new question: its profile, not the old attribute's value.
    if (!r.lead) return standalone;
    if (prevAttrs.length === 0 && !r.operation && !unit) return standalone;
    const subjects = unique(ents.map(stripped));
    // "and MSP?" after a question about a memorandum is a new question, not the memorandum's.
    const fits = (n: Ref) => context.subjects.length === 0 || context.subjects.some((p) => compatible(n, p));
    if (!subjects.every(fits)) return standalone;
    const attributes = unit ? withUnit(prevAttrs, unit) : prevAttrs;
    const keepOp = r.operation ?? (subjects.length > 1 ? op(context) : undefined);
    return rewrite(context, { subjects, attributes, operation: keepOp }, ["attributes"], lang, deps);
  }

  // Nothing named: the previous subjects, with what this message changes.
  const pronoun = has("pronoun");
  // An operation word refers back on its own ("sum them up", "which is bigger?"); inside a longer
  // question ("what is the sum of the stated investments?") it belongs to that question.
  const opRefers = !!r.operation && (pronoun || r.lead || short);
  const referring = pronoun || r.lead || opRefers || (short && (otherAttrs.length > 0 || !!unit));
  if (!referring) return standalone;
  const used: ContextUse[] = ["subjects"];
  let attributes: Attribute[] = otherAttrs.filter((a) => a !== "companies");
  if (attributes.length === 0) {
    if (prevAttrs.length === 0 && !unit) return standalone;
    attributes = prevAttrs;
    used.push("attributes");
  }
  if (unit) {
    attributes = withUnit(attributes, unit);
    used.push("unit");
  }
  let operation = opRefers ? r.operation : otherAttrs.length || unit ? op(context) : undefined;
  if (opRefers) used.push("operation");
  let subjects = referents(context, r);
  // "and the total?" is over every project; "their total" is the sum of the previous subjects.
  if (operation === "total" && opRefers) {
    if (pronoun && subjects.length > 1) operation = "sum";
    else subjects = [];
  } else if (operation === "total") subjects = [];
  if (subjects.length === 0 && operation !== "total") return standalone;
  const numeric = attributes.some((a) => NUMERIC.includes(a));
  if (operation && operation !== "perJob" && !numeric) return { kind: "clarify", lang, subjects, operation };
  return rewrite(context, { subjects, attributes, operation }, used, lang, deps);
}

/** Subjects one can stand for the other in a question: the same kind, or a company and a place. */
const compatible = (a: Ref, b: Ref) =>
  a.type === b.type ||
  (["organisation", "place"].includes(a.type) && ["organisation", "place"].includes(b.type));

const op = (c: ConversationContext) => c.operation as Operation | undefined;

/** Investment in a currency: "in dollars?" narrows investment (or replaces the other currency). */
function withUnit(attributes: Attribute[], unit: "usd" | "kzt"): Attribute[] {
  const rest = attributes.filter((a) => a !== "investment" && a !== "usd" && a !== "kzt");
  return [...rest, unit];
}

/** Whom a pronoun means: the previous subjects, or the companies a list answer named. */
function referents(context: ConversationContext, r: Reading): Ref[] {
  const named = context.subjects.filter((s) => s.type !== "place");
  if (named.length) return context.subjects;
  const listed = (context.mentioned ?? []).filter((m) => m.type === "organisation");
  const plural = r.markers.has("pronoun") || !!r.operation;
  return listed.length && plural ? listed : context.subjects;
}

/**
 * Replaces each place among the subjects by its city or region counterpart: the place of that
 * kind named after it ("Almaty" → "Almaty Region"), or its parent region.
 */
function swapPlaces(subjects: Ref[], want: "region" | "city", dataset: Dataset): Ref[] | null {
  let changed = false;
  const out = subjects.map((s) => {
    if (s.type !== "place") return s;
    const place = dataset.places.find((p) => p.id === s.id);
    if (!place || place.kind === want) return s;
    const base = place.name.en.toLowerCase();
    const counterpart =
      dataset.places.find(
        (p) =>
          p.kind === want &&
          p.id !== place.id &&
          (p.name.en.toLowerCase().startsWith(`${base} `) || base.startsWith(`${p.name.en.toLowerCase()} `)),
      ) ?? dataset.places.find((p) => p.kind === want && p.id === place.parent);
    if (!counterpart) return s;
    changed = true;
    return { type: "place" as const, id: counterpart.id };
  });
  return changed ? out : null;
}

interface Wanted {
  subjects: Ref[];
  attributes: Attribute[];
  operation?: Operation;
}

/**
 * The self-contained question: the previous question with its subjects substituted when only the
 * subjects change and the language is the same (keeping its wording), else a question written
 * from the locale's templates.
 */
function rewrite(
  context: ConversationContext,
  wanted: Wanted,
  used: ContextUse[],
  lang: Lang,
  deps: ResolverDeps,
): Resolution {
  const sameAsked =
    wanted.operation === op(context) &&
    wanted.attributes.length === context.attributes.length &&
    wanted.attributes.every((a) => context.attributes.includes(a));
  // A company put where a place was (or back) reads better from a template.
  const sameKinds = wanted.subjects.every((n) => context.subjects.some((p) => p.type === n.type));
  const substituted =
    sameAsked && sameKinds && lang === context.lang
      ? substitute(context.question, wanted.subjects, lang, deps)
      : null;
  const question = substituted ?? compose(wanted, lang, deps);
  return { kind: "followup", question, lang, used: [...new Set(used)], ...wanted };
}

/** Original words of a question with the token positions each one covers. */
function words(question: string): { word: string; from: number; to: number }[] {
  const out: { word: string; from: number; to: number }[] = [];
  let at = 0;
  for (const word of question.split(/\s+/).filter(Boolean)) {
    const n = normalize(word).split(" ").filter(Boolean).length;
    out.push({ word, from: at, to: at + n });
    at += n;
  }
  return out;
}

/** Puts `subjects` where the question named its own (all its subject mentions become one list). */
function substitute(question: string, subjects: Ref[], lang: Lang, deps: ResolverDeps): string | null {
  const tokens = normalize(question).split(" ").filter(Boolean);
  const spans = deps.entities.find(tokens).filter((e) => !isCountry(e, deps.dataset));
  if (spans.length === 0) return null;
  const names = t(lang).conversation.list(subjects.map((s) => deps.entities.name(s, lang)));
  const ws = words(question);
  const out: string[] = [];
  let placed = false;
  for (const w of ws) {
    const span = spans.find((s) => w.from < s.end && w.to > s.start);
    if (!span) {
      out.push(w.word);
      continue;
    }
    if (placed && w.from >= span.start) {
      // A later word of a replaced name: keep only what follows the name ("?", "'s").
      const tail = w.to > span.end ? "" : (w.word.match(/(?:['’]s)?[^\p{L}\p{N}]*$/u)?.[0] ?? "");
      if (tail && out.length) out[out.length - 1] += tail;
      continue;
    }
    const lead = w.word.match(/^[^\p{L}\p{N}]*/u)?.[0] ?? "";
    const isLast = w.to >= span.end;
    const tail = isLast ? (w.word.match(/(?:['’]s)?[^\p{L}\p{N}]*$/u)?.[0] ?? "") : "";
    out.push(`${lead}${names}${tail}`);
    placed = true;
  }
  // Two subject lists joined by "and" collapse into one ("AltINFARM and Nobel and Nobel").
  return out.join(" ").replace(new RegExp(`(${escapeRe(names)})(?:,? (?:and|и|және) \\1)+`, "g"), "$1");
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A question written from templates: one attribute (the narrowest numeric one for operations). */
function compose(wanted: Wanted, lang: Lang, deps: ResolverDeps): string {
  const tx = t(lang).conversation;
  const subjects = tx.list(wanted.subjects.map((s) => deps.entities.name(s, lang)));
  const place = wanted.subjects.every((s) => s.type === "place");
  const numeric = NUMERIC.find((a) => wanted.attributes.includes(a));
  const noun = numeric ? tx.noun[numeric as keyof typeof tx.noun] : undefined;
  if (wanted.operation === "perJob") return tx.perJob(subjects);
  if (noun && (wanted.operation === "sum" || wanted.operation === "compare" || wanted.operation === "rank")) {
    return tx[wanted.operation](noun, subjects);
  }
  if (noun && wanted.operation === "chart") return tx.compare(noun, subjects);
  if (noun && wanted.operation === "share") return tx.share(noun, subjects);
  if (noun && wanted.operation === "total")
    return wanted.subjects.length ? tx.sum(noun, subjects) : tx.total(noun);
  // An agreement is signed somewhere, on some date; it builds no plant.
  const signed = wanted.subjects.every((s) => s.type === "agreement" || s.type === "partnership");
  if (signed && wanted.attributes.includes("location")) return tx.signedWhere(subjects);
  if (signed && wanted.attributes.includes("date")) return tx.signedWhen(subjects);
  const attribute = (numeric ?? wanted.attributes.find((a) => a in tx.ask)) as
    | keyof typeof tx.ask
    | undefined;
  if (attribute) return tx.ask[attribute](subjects, place);
  return `${subjects}?`;
}

/** What the conversation layer needs from the answerer (tools/answer.ts). */
export interface Answering {
  readonly entities: EntityIndex;
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
}

/** Longest message read for follow-up markers (the answerer cuts questions the same way). */
const MAX_CHARS = 1000;

/**
 * The engine's `answer` with conversations: resolves a follow-up against `options.context`,
 * answers the self-contained question, says how it was understood, and returns the new context.
 */
export function conversational(
  currentAnswerer: () => Answering,
  currentDataset: () => Dataset,
): (question: string, options?: AnswerOptions) => Promise<Answer> {
  const vocabulary = buildVocabulary();
  return async (question, options = {}) => {
    // Read per question: a knowledge update may swap in a new answerer (and entity index).
    const answerer = currentAnswerer();
    const deps: ResolverDeps = { entities: answerer.entities, dataset: currentDataset(), vocabulary };
    const at = (options.now ?? new Date()).toISOString();
    const previous = options.context ?? null;
    const text = question.slice(0, MAX_CHARS);
    const resolution = resolveFollowUp(text, previous, deps, { lang: options.lang });

    if (resolution.kind === "sources") {
      const lang = options.lang ?? previous?.lang ?? detectLang(text);
      const tx = t(lang).conversation;
      if (!previous || !resolution.citations)
        return { question, lang, tool: null, route: "none", answer: tx.noContext, citations: [] };
      // Named after the answer it quotes, so two chats' "source?" are never the same answer.
      const base = { question: tx.sourcesOf(previous.question), lang, tool: null, understoodFrom: question };
      const citations = resolution.citations.map((c, i) => ({ ...c, n: i + 1 }));
      const context = { ...previous, at };
      if (!citations.length) return { ...base, route: "none", answer: tx.noSources, citations, context };
      const quotes = citations.map((c) => `[${c.n}] “${c.quote}”`).join("\n");
      return {
        ...base,
        route: "tool",
        tool: "last_sources",
        answer: `${tx.sourcesIntro}\n${quotes}`,
        citations,
        context,
      };
    }

    if (resolution.kind === "standalone") {
      const answer = await answerer.answer(question, { lang: options.lang });
      const r = read(text, deps);
      const subjects = unique(r.entities.filter((e) => !isCountry(e, deps.dataset)).map(stripped));
      const context: ConversationContext = {
        question,
        lang: answer.lang,
        subjects,
        attributes: r.attributes,
        ...(r.operation ? { operation: standaloneOp(r.operation, subjects) } : {}),
        mentioned: mentioned(answer, deps),
        citations: answer.citations,
        at,
      };
      return { ...answer, context };
    }

    if (resolution.kind === "clarify") {
      const tx = t(resolution.lang).conversation;
      const names = tx.list(resolution.subjects.map((s) => answerer.entities.name(s, resolution.lang)));
      // The subjects and operation stay, so a reply of "jobs" completes the question.
      const context: ConversationContext = {
        ...(previous as ConversationContext),
        subjects: resolution.subjects,
        attributes: [],
        operation: resolution.operation,
        at,
      };
      return {
        question,
        lang: resolution.lang,
        route: "none",
        tool: null,
        answer: tx.whichFigure(names),
        citations: [],
        understoodFrom: question,
        context,
      };
    }

    const answer = await answerer.answer(resolution.question, { lang: resolution.lang });
    const context: ConversationContext = {
      question: resolution.question,
      lang: answer.lang,
      subjects: resolution.subjects,
      attributes: resolution.attributes,
      ...(resolution.operation ? { operation: resolution.operation } : {}),
      mentioned: mentioned(answer, deps),
      citations: answer.citations,
      at,
    };
    const understood = t(answer.lang).conversation.understood(resolution.question);
    return { ...answer, answer: `${understood}\n${answer.answer}`, understoodFrom: question, context };
  };
}

/** A sum over no named subjects ("the sum of the stated investments") is a total over all. */
const standaloneOp = (operation: Operation, subjects: Ref[]): Operation =>
  operation === "sum" && subjects.length === 0 ? "total" : operation;

/** Organisations an answer names in its own words (quoted sentences left out). */
function mentioned(answer: Answer, deps: ResolverDeps): Ref[] {
  let own = answer.answer;
  for (const c of answer.citations) own = own.split(c.quote).join(" ");
  const tokens = normalize(own).split(" ").filter(Boolean);
  return unique(
    deps.entities
      .find(tokens)
      .filter((e) => e.type === "organisation")
      .map(stripped),
  );
}
