import { GENERIC } from "../knowledge/extract/names.js";
import { numberWord } from "../knowledge/extract/numbers.js";
import type { Knowledge } from "../knowledge/load.js";
import { variants } from "../knowledge/phrases.js";
import type { InvestmentProject, Lang } from "../knowledge/schema.js";
import { splitSentences } from "../knowledge/sentences.js";
import { normalize, tokenize } from "../knowledge/text.js";
import { CORRECTION, findConcepts } from "../retrieval/concepts.js";
import {
  dayOf,
  escapeRegExp,
  languageOf,
  ofOtherYears,
  sourcesNaming,
  sourcesNamingPlace,
  sourcesTitled,
  unnamedProjects,
  withoutNames,
  yearless,
} from "./article-evidence.js";
import { buildExpander, quoteTranslations } from "./bilingual.js";
import { CitationList, compose, understood } from "./compose.js";
import { nextContext, placeInConversation, type Turn, unique } from "./context.js";
import type { ConversationContext } from "./conversation-state.js";
import { EntityIndex, type Ref } from "./entities.js";
import { execute } from "./execute.js";
import { madeBySome, mentions, productsHold, within } from "./figures.js";
import type { Finding } from "./findings.js";
import { fitsExpected, type Interpretation, interpret } from "./interpret.js";
import {
  COMMON_WORDS,
  COMPARATIVES,
  DAY_ASKED,
  ELSE_WORDS,
  FACTOR_NUMBERS,
  FILLERS,
  KIND_QUESTION,
  MONTHS,
  type Nationality,
  QUESTION_WORDS,
  ROLE_WORDS,
  STOPWORDS,
  UNSTATED_CUES,
} from "./lexicon.js";
import { t } from "./locales/index.js";
import type { ModelParser } from "./model-parse.js";
import { nationalityOf, type Origin, originOf, originsOf } from "./origin.js";
import type { Query } from "./query.js";
import { isMonth, QuestionReader, type Reading } from "./reading.js";
import { restate } from "./restate.js";
import type { Answer, AnswerOptions } from "./types.js";

/** Words that only frame a yes/no question: "is it true", «правда ли», «верно ли», «рас па». */
const YES_NO_FRAME = new Set(
  "is it true that really confirm please правда ли верно так подтвердите пожалуйста рас па ма шын".split(" "),
);

/** Words of taking part, beside a nationality asked: "how many chinese companies are involved". */
const TAKING_PART = new Set(
  "involved participating participate there участвуют участвует участвующих қатысады".split(" "),
);

/** A question word that asks on its own of the subject before it: "… and where?", «… и когда?». */
const PLACE_OR_TIME_WORDS = new Set("where when где когда куда қайда қашан".split(" "));
/** The verbs that open an English yes/no question before its subject: "have nobel and msp signed". */
const AUXILIARIES = new Set("is are was were has have had will does do did can could".split(" "));

/**
 * Whether a sentence writes a number right before the words a count asks for ("how many new
 * primary healthcare facilities" — "655 new primary healthcare facilities"): two of them or more,
 * in order, by their stems.
 */
function countsWords(clause: Reading, quote: string, least = 2): boolean {
  const asked = countedWords(clause);
  if (asked.length < least) return false;
  const words = normalize(quote).split(" ");
  return words.some((w, i) => {
    // ("Two pharmaceutical factories", «екі фармацевтика зауыты»: a number in words counts too.)
    if (!/^\d/.test(w) && numberWord(w) === null) return false;
    const after = words.slice(i + 1, i + 6);
    let k = 0;
    for (const a of after) if (k < asked.length && a.startsWith(asked[k] as string)) k++;
    // (The first word counted stands at most one word after the number: "655 new …", «210 новых …».)
    return k >= least && after.slice(0, 2).some((a) => a.startsWith(asked[0] as string));
  });
}

/**
 * The stems of the words a count asks for, right after its question word ("how many domestic
 * enterprises …" → domest, enterp), when the first of them is no word the readings understood
 * ("how many jobs" asks a metric, whose sentences say it in many ways).
 */
function countedWords(clause: Reading): string[] {
  const count = clause.cueAt.find((c) => c.key === "o:count");
  if (!count) return [];
  const read = (i: number) => clause.cueAt.some((c) => c.start <= i && i < c.end && c.key !== "m:goal");
  const first = clause.tokens.findIndex((w, i) => i >= count.end && !STOPWORDS.has(w));
  if (first < 0 || read(first)) return [];
  const stem = (w: string) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
  return clause.tokens
    .slice(count.end, count.end + 5)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !AUXILIARIES.has(w))
    .map(stem);
}

/** Passages found by retrieval: verbatim sentences with their source. */
export interface PassageHit {
  source: string;
  title: string;
  quote: string;
  /** How much of the question the sentence holds (0…1), when retrieval measured it. */
  score?: number;
}

/**
 * A yes/no question is answered "yes" from the text only when its best sentence holds the whole
 * question (its weighted words, retrieval's relevance); below that the passages are shown with
 * no verdict, since a near miss ("visited the centre in Oxford" against Cambridge) is no yes.
 */
const CONFIRMS = 0.9;

/**
 * The relevance gate within the articles that write a name asked about: the name is theirs, though
 * retrieval may not match it across scripts ("Tassay" of «Тассай»).
 */
const NAMED_GATE = 0.45;
/** A scale or currency after a number: the number names a sum. */
const SUM_AFTER =
  /^(bn|billion|mln|million|млрд|млн|миллиард\p{L}*|миллион\p{L}*|tenge|тенге|теңге\p{L}*|dollars?|долл\p{L}*)$/u;
/**
 * The gate within articles titled by the companies asked, their names taken out of the question:
 * every sentence is about them, and "invest" meets "стоимость проекта" (a project's cost) only at
 * its family's part credit.
 */
const TITLED_GATE = 0.4;

/** A share of the work done, as articles write it: "85% complete", «85 пайызы орындалды», «готов на 70%». */
const PROGRESS_SAID =
  /\d+\s*(%|per ?cent|процент\p{L}*|пайыз\p{L}*)[^.]{0,60}(complet|done|ready|built|готов|выполн|заверш|дайын|орындал|аяқтал)|(complet|ready|готов|выполн|заверш|дайын|орындал|аяқтал)\p{L}*[^.]{0,30}\d+\s*(%|per ?cent|процент|пайыз)/iu;

/** The words a sentence gives a figure of the kind asked with: jobs, money, medicines. */
const FIGURE_WORDS: Partial<Record<string, RegExp>> = {
  "m:jobs":
    /(job|workplace|employ|hire|hiring|staff|worker|рабоч\p{L}* мест|рабочих|сотрудник|работник|трудоустро|занятост|вакан|жұмыс орн|жұмыс ор|жұмысқа|қызметкер|жұмысшы)/iu,
  "m:investment":
    /(invest|cost|worth|billion|million|bn|mln|\$|usd|kzt|tenge|инвест|стоим|млрд|млн|тенге|доллар|инвестиц|құн|теңге)/iu,
  "m:medicines": /(medicine|drug|generic|препарат|лекарств|медикамент|дәрі)/iu,
};

/**
 * The gate for an amount a company made ("how many doses has X produced") within the articles
 * that name it: only their sentences with a number are candidates, so less of the words will do.
 */
const MADE_GATE = 0.35;

/** Below retrieval's gate, the closest passages a question still has, shown as only that. */
const LOOSE_GATE = 0.45;

/** retrieval's own gate (retrieval/retriever.ts MIN_RELEVANCE), which a passage passes by itself. */
const MIN_PASSAGE = 0.6;

/** Words of making in the three languages: "producing", «выпуск», «шығаратын». */
const MAKING = ["produc", "manufactur", "make", "making", "выпуск", "производ", "шығар", "өндір"];

/** One plant or company, the word a description of it stands on: "the Turkish plant", «турецкий завод». */
const ONE_PLANT =
  /^(company|plant|factory|facility|firm|investor|project|complex|завод|заводе|завода|заводом|компания|проект|фабрика|комплекс|комплексом|комплекса|комплексе|зауыт\p{L}*|компаниясы|жоба|жобасы|кешен\p{L}*)$/u;
/** Plants or companies in the plural ask of a set, not one described. */
const MANY_PLANTS =
  /^(companies|plants|factories|facilities|firms|investors|projects|заводы|заводов|компаний|проекты|проектов|зауыттар\p{L}*|компаниялар\p{L}*|жобалар\p{L}*)$/u;

/** Words that ask for a count or a choice of plants: "how many", «неше», "which", «какая», «қай». */
const SET_ASKED = new Set(
  "many which what неше қанша сколько какая какой какие какое қай қандай которая который".split(" "),
);

/** Prepositions no reading reads, which ask nothing of their own ("in total across the projects"). */
const PREPOSITIONS = new Set(
  "across among amongst between within through throughout during after before over under near".split(" "),
);

/** How much more of the question (retrieval's relevance) a sentence must hold than a query's quotes to answer instead. */
const BETTER_BY = 0.25;
/** …when it also has two words of the question that none of the query's quotes has. */
const BETTER_BY_HOLDING = 0.1;

/** Cues an origin question may hold besides its nationality: "is it a British company". */
const ORIGIN_CUES = new Set<string>(["m:companies", "m:origin"]);
/** Cues of a figure: "the country's share of investment" asks a figure, not where a company is from. */
const FIGURE_CUES = new Set<string>([
  "m:jobs",
  "m:investment",
  "m:medicines",
  "m:products",
  "m:usd",
  "m:kzt",
  "o:share",
  "o:count",
]);

/** What an answer about agreements tells of each: when, who signed, what it holds. */
const AGREEMENT_ATTRIBUTES: Query["attributes"] = ["dates", "signatories", "items"];

/** What the answerer needs from retrieval (implemented in retrieval/, optional here). */
export interface PassageFinder {
  passages(
    query: string,
    options?: { expansions?: string[]; lang?: Lang; within?: readonly string[]; minRelevance?: number },
  ): Promise<PassageHit[]>;
  /** How much of the question these quotes hold, measured as the passages' own score. */
  explains?(
    query: string,
    quotes: readonly { source: string; quote: string }[],
    options?: { lang?: Lang },
  ): number;
  /** Which of these words of the question a sentence has, by stem or concept in any language. */
  held?(query: string, words: readonly string[], quote: string, lang?: Lang): string[];
}

/**
 * The engine's answering core: one reading of the question → its place in the conversation →
 * typed queries (one per clause) → the executor (or retrieval) → a composed, cited Answer and the
 * context the turn leaves. Knows nothing of Telegram.
 */
export class Answerer {
  readonly entities: EntityIndex;
  readonly reader: QuestionReader;
  private readonly country?: string;
  private readonly expand: (r: Reading) => string[];
  /** Russian and Kazakh meanings of quoted sentences, from the dataset. */
  private readonly translations: ReturnType<typeof quoteTranslations>;

  /**
   * The optional model parser (PARSE_BASE_URL / PARSE_MODEL, built by createEngine from the
   * validated settings): asked only when the rules read no query.
   */
  private readonly model?: ModelParser;

  constructor(
    private readonly knowledge: Pick<Knowledge, "dataset" | "sources">,
    private readonly retrieval?: PassageFinder,
    options: { model?: ModelParser } = {},
  ) {
    this.model = options.model;
    this.entities = new EntityIndex(knowledge.dataset);
    this.country = knowledge.dataset.places.find((p) => p.kind === "country")?.id;
    this.expand = buildExpander(this.entities);
    this.translations = quoteTranslations(knowledge.dataset);
    // Every word of the sources and the dataset, once: its Latin letter runs tell a foreign name.
    const text = [...knowledge.sources.map((s) => s.body), JSON.stringify(knowledge.dataset)].join(" ");
    const knownWords = new Set(tokenize(text));
    // Word beginnings (4 to 6 letters) of the sources: one word left unread that no source has
    // needs no search for a sentence that has it.
    this.beginnings = new Set([...knownWords].flatMap((w) => [w.slice(0, 4), w.slice(0, 5), w.slice(0, 6)]));
    const corpusWords = new Set(text.toLowerCase().match(/[a-z]+/g));
    this.reader = new QuestionReader(this.entities, corpusWords, namesIn(knowledge), knownWords);
    this.organisationNames = knowledge.dataset.organisations.flatMap((o) => namesOf(o));
    // ("Almaty" of "Nobel Almaty Pharmaceutical Factory" is a place's word: "the new facilities will
    // be located in Almaty …, 675 new jobs" names no Nobel.) Once per knowledge, not per question.
    this.placeWords = new Set(
      knowledge.dataset.places.flatMap((p) => namesOf(p).flatMap((n) => normalize(n).split(" "))),
    );
  }

  /** Whether a passage is the sentence right after another of the same source. */
  private follows(before: PassageHit | undefined, h: PassageHit): boolean {
    if (!before || before.source !== h.source) return false;
    const body = this.knowledge.sources.find((x) => x.id === h.source)?.body ?? "";
    const at = body.indexOf(before.quote);
    return (
      at >= 0 &&
      body
        .slice(at + before.quote.length)
        .trimStart()
        .startsWith(h.quote)
    );
  }

  /** Every name of every organisation the knowledge holds. */
  private readonly organisationNames: string[];

  async answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const previous = options.context ?? null;
    // The chat's language (its choice, or the client's) decides an unclear message; without one
    // (the CLI, the graders), the conversation's language does.
    const reading = this.described(this.reader.read(question, options.prior ?? previous?.lang));
    const turn = placeInConversation(reading, previous, this.knowledge.dataset);
    const at = (options.now ?? new Date()).toISOString();
    if (turn.kind === "sources") return lastSources(question, reading.lang, previous, at);
    if (turn.kind === "item")
      return listedItem(question, reading.lang, previous as ConversationContext, turn.index, at, this.leads);
    const lang = reading.lang;
    if (turn.kind === "clarify") {
      const tx = t(lang).conversation;
      const names = tx.list(turn.subjects.map((s) => this.entities.name(s, lang)));
      const context = nextContext(
        turn,
        previous,
        { question, lang, citations: [], listed: previous?.list ?? [], agreements: [], at },
        this.knowledge.dataset,
      );
      return {
        question,
        lang,
        route: "none",
        tool: null,
        answer: tx.whichFigure(names),
        citations: [],
        understoodFrom: question,
        context,
      };
    }
    // A follow-up to an answer from the text ("where?"), or one asking who took part ("who was
    // there?"), is looked up in the text with the question before it, to say what it concerns.
    // "why?" about the last answer is looked up with it too («зачем это» after an agreement's date).
    // ("who signed it?" of an agreement in play is its signatories, which the knowledge holds.)
    const signers =
      turn.kind === "followup" &&
      turn.reading.cues.has("m:agreements") &&
      turn.subjects.some((x) => x.type === "agreement");
    const fromText =
      !previous?.query || (turn.reading.expects === "agent" && !signers) || turn.reading.expects === "reason";
    // "Why?" is asked of what the last answer quoted, not of how its question was restated.
    const lastQuote = turn.reading.expects === "reason" ? previous?.citations[0]?.quote : undefined;
    const topic =
      turn.kind === "followup" && previous && fromText ? (lastQuote ?? previous.question) : undefined;
    const answer = await this.answerReading(turn.reading, question, topic);
    const query = answer.queries[0];
    const onText = topic !== undefined && !query;
    const restated = onText
      ? (topic as string)
      : turn.kind === "followup" && query
        ? restate(query, lang, this.entities, question)
        : newTopic(turn, question);
    const context = nextContext(
      turn,
      previous,
      {
        question: restated,
        lang,
        citations: answer.citations,
        query,
        ...this.listed(answer, query),
        people: this.people(answer),
        at,
      },
      this.knowledge.dataset,
    );
    const { queries: _, ...rest } = answer;
    if (turn.kind !== "followup" || onText) return { ...rest, context };
    const understood = t(lang).conversation.understood(restated);
    return {
      ...rest,
      question: restated,
      // The answer first (a yes/no leads with it), then how the follow-up was taken.
      answer: `${answer.answer}\n${understood}`,
      understoodFrom: question,
      context,
    };
  }

  /** Answers one reading: each clause a query for the executor, or retrieval. */
  private async answerReading(
    asked: Reading,
    question: string,
    topic?: string,
  ): Promise<Answer & { queries: Query[] }> {
    const whole = this.withSpeaker(asked);
    const lang = whole.lang;
    const tx = t(lang).answers;
    const citations = new CitationList(this.knowledge.sources, lang);
    const base = { question, lang, tool: null, citations: citations.items, queries: [] as Query[] };
    const topics = [...new Set(whole.entities.filter((e) => e.type !== "person").map((e) => e.id))];
    const first = interpret(whole, this.knowledge.dataset);
    if (first.route === "refuse") return { ...base, route: "none", answer: tx.refuse };
    if (first.route === "absent")
      return {
        ...base,
        route: "none",
        answer: tx.absent(t(lang).conversation.list(first.names), this.companyNames(lang)),
      };
    if (first.route === "ambiguous") {
      const names = first.ids.map((id) => this.entities.name({ type: "organisation", id }, lang));
      return { ...base, route: "none", answer: tx.ambiguous(first.name, t(lang).conversation.list(names)) };
    }
    if (first.route === "greeting")
      return { ...base, route: "none", answer: `${tx.greeting} ${examples(lang)}` };
    if (first.route === "empty")
      return { ...base, route: "none", answer: `${tx.empty} ${examples(lang, "")}` };

    const findings: Finding[] = [];
    const tools: string[] = [];
    const queries: Query[] = [];
    const retrievalQueries: Reading[] = [];
    /** Clauses whose totals were of other years: their passages must be of the years asked. */
    const ofYears = new Set<Reading>();
    /** Clauses a sentence answers better than their query did, with its passages. */
    const answeredBy = new Map<Reading, PassageHit[]>();
    /** Projects articles place where a clause asks, whose companies they do not name. */
    const unnamedThere: { place: Ref; quotes: { source: string; quote: string }[] }[] = [];
    /** Queries already run: a follow-up clause ("…, and in what year?") can repeat one. */
    const seen = new Set<string>();
    /** The clause before, as context: "how many jobs at Nobel, and how many at Abdi" reads the second by it. */
    let before: ConversationContext | null = null;
    /** Answers told in words of their own: "Is AstraZeneca American?" by what the sources call it. */
    const told: string[] = [];
    for (const clause of this.clauses(whole)) {
      // "which companies are Turkish", «сколько компаний из Турции»: the companies the sources say are.
      const ofCountry = this.nationalitiesAsked(clause);
      if (ofCountry) {
        told.push(this.companiesOfCountry(ofCountry, lang, citations));
        continue;
      }
      const asked = this.originAsked(clause);
      if (asked) {
        const origin = originOf(this.knowledge.sources, this.entities, asked.subject, asked.nationalities);
        const name = this.entities.name(asked.subject, lang);
        const said = origin?.said.map((n) => tx.nationality[n]) ?? [];
        const verdict = asked.nationalities.length ? `${origin?.yes ? tx.yes : tx.no} ` : "";
        told.push(
          origin
            ? `${verdict}${tx.origin(name, said)} “${origin.citation.quote}”${citations.marks(origin.citation)}`
            : tx.noOrigin(name),
        );
        continue;
      }
      const own = clause === whole ? first : interpret(clause, this.knowledge.dataset);
      // ("who is bektenov and what did he do": a clause that asks of its subject in the text's words
      // stays the text's, not the clause before it again.)
      const textual = own.route === "retrieval" && clause.entities.length > 0 && clause.cues.has("m:deeds");
      const turn: Turn | null =
        own.route === "query" || textual
          ? null
          : placeInConversation(clause, before, this.knowledge.dataset, true);
      let decided: Interpretation =
        turn?.kind === "followup" ? interpret(turn.reading, this.knowledge.dataset) : own;
      // "…negotiating with in June 2022, and on how many projects?": the set goes on.
      const set: string | undefined = (before as ConversationContext | null)?.query?.set;
      const ownSubject = decided.route === "query" && decided.query.subjects.some((x) => x.type !== "place");
      if (set && decided.route === "query" && !ownSubject)
        decided = {
          route: "query",
          query: { ...decided.query, attributes: ["companies"], operation: "list", set },
        };
      // The rules read no query: a configured model may, and the executor still computes everything.
      const query: Query | undefined =
        decided.route === "query"
          ? decided.query
          : decided.route === "retrieval"
            ? ((await this.model?.(clause.text)) ?? undefined)
            : undefined;
      if (!query) {
        retrievalQueries.push(clause);
        continue;
      }
      const key = JSON.stringify({ ...query, unparsed: [] });
      if (seen.has(key)) continue;
      seen.add(key);
      // The answer must be of the kind the question asks for: a person's title is no place.
      if (!fitsExpected(query, clause.expects)) {
        retrievalQueries.push(clause);
        continue;
      }
      const executed = execute(query, this.knowledge.dataset);
      // "who else besides AltINFARM works with Sinovac": a verdict on the pair answers no "who".
      const done =
        clause.expects === "agent" && query.operation !== "exists"
          ? { ...executed, findings: executed.findings.filter((f) => f.kind !== "exists") }
          : executed;
      // "who is the director of X", "how many countries does X export to": never "not stated"
      // when an article about X says it in words no claim holds — its sentences are quoted instead.
      // "the total value of the documents signed at the round table on 17 November 2023": a headline
      // total of another year's announcement is no answer to a question dated otherwise.
      // (The country named is no subject of its own: "in Kazakhstan's industry in 2020".)
      const ownSubjects = query.subjects.filter((x) => !(x.type === "place" && x.id === this.country));
      if (!ownSubjects.length && this.otherYearsTotal(clause, done.findings)) {
        retrievalQueries.push(clause);
        ofYears.add(clause);
        continue;
      }
      // "which official visited the INP in November 2025": a deed and a time no claim holds, which a
      // sentence may tell with its doer ("who is the health minister" asks the role alone).
      const roleOnly =
        done.findings.length > 0 && done.findings.every((f) => f.kind === "unknown" && f.what === "role");
      if (roleOnly && !clause.cues.has("m:said") && this.unreadWords(clause).length >= 2) {
        retrievalQueries.push(clause);
        continue;
      }
      const unstated = done.tool === "not_stated" || done.findings.every((f) => f.kind === "notStated");
      if (!done.findings.length) {
        retrievalQueries.push(clause);
        continue;
      }
      // An article about the subject says it in words no claim holds: its sentences, when one
      // answers; else "not stated" as the executor found.
      // ("how many doses has OTARBIOPHARM produced": an amount its article states, «свыше 18
      // миллионов доз», though no claim holds it; a sentence without a number answers no "how many".)
      const aboutSubject = query.subjects.some((x) => x.type === "organisation");
      const said = unstated && saidOfSubject(query, this.knowledge);
      // (Only an amount made: a price or a stake no article gives stays "not stated".)
      const made = query.unknown === "capacity" && clause.expects === "quantity";
      const subjectHits: PassageHit[] =
        said || (unstated && aboutSubject && made)
          ? await this.subjectTold(clause, query, said ? NAMED_GATE : MADE_GATE)
          : [];
      // "how much pharma output was exported in 2023", «сколько экспортировали», "how much did
      // prices for cancer drugs fall": the country's exports or prices, which an article may state
      // with a number ("including 7.9 billion tenge of products that were exported", "prices for
      // some cancer drugs fell by up to 40%").
      // ("when did the new medicine price rules come into force", "how often may a price change":
      // prices an article regulates, asked of no company, are its sentences' to tell.)
      const figureOf = query.unknown === "export" || query.unknown === "price" ? query.unknown : undefined;
      const counted = clause.expects === "quantity";
      const exported =
        unstated && !aboutSubject && figureOf && (counted || figureOf === "price")
          ? await this.unstatedTold(clause, figureOf)
          : [];
      if (exported.length) subjectHits.push(...exported);
      const saidThere =
        said || (exported.length && !counted) ? subjectHits : subjectHits.filter((h) => /\d/.test(h.quote));
      if (saidThere.length) {
        retrievalQueries.push(clause);
        answeredBy.set(clause, saidThere);
        continue;
      }
      // "which regions will Pfizer's new office cover", «какой вакцины … обсуждалось»: a figure or a
      // site of the subject is a neighbouring question when a sentence of the sources holds much
      // more of the words asked: that sentence answers.
      const better =
        (await this.sentenceOfFigure(clause, query, done.findings)) ??
        (await this.passageAnswersBetter(clause, query, done.findings));
      if (better) {
        retrievalQueries.push(clause);
        answeredBy.set(clause, better);
        continue;
      }
      // "which pharmaceutical projects are in Shymkent": a plant an article places there without
      // naming its company is told too, and "no project there" is never said beside it.
      const figureAsked = query.attributes.includes("jobs")
        ? "jobs"
        : query.attributes.some((x) => x === "investmentKzt" || x === "investmentUsd")
          ? "money"
          : undefined;
      const unnamed = unnamedProjects(done.findings, this.knowledge, figureAsked);
      // "how much did the pharma plant in Atyrau cost": no project of the knowledge is there, yet an
      // article tells of that place: its sentences answer, never "no project there".
      const noAnswer = unstated || done.findings.some((f) => f.kind === "noProjects");
      const aboutPlace = unnamed || !noAnswer ? [] : await this.placeTold(clause, query);
      if (aboutPlace.length) {
        retrievalQueries.push(clause);
        answeredBy.set(clause, aboutPlace);
        continue;
      }
      if (unnamed) unnamedThere.push(unnamed);
      const kept = unnamed ? done.findings.filter((f) => f.kind !== "noProjects") : done.findings;
      findings.push(...kept);
      tools.push(done.tool);
      queries.push(focused(query, kept));
      before = {
        question: clause.text,
        lang,
        query,
        subjects: query.subjects,
        list: [],
        agreements: [],
        citations: [],
        at: "",
      };
    }

    const parts: string[] = [];
    let table: Answer["table"];
    if (findings.length) {
      const composed = compose(findings, {
        lang,
        dataset: this.knowledge.dataset,
        entities: this.entities,
        citations,
      });
      parts.push(composed.text);
      table = composed.table;
    }
    parts.push(...told);
    // "exact day the deal was signed in April 2024?": a date the sources give by its month only.
    const joined = ` ${whole.tokens.join(" ")} `;
    const monthOnly = findings.find((f) => f.kind === "agreement" && f.date?.month && !f.date.day);
    if (monthOnly?.kind === "agreement" && monthOnly.date && DAY_ASKED.some((d) => joined.includes(` ${d} `)))
      parts.push(t(lang).answers.agreement.noDay(t(lang).answers.date(monthOnly.date)));
    for (const { place, quotes } of unnamedThere)
      parts.push(
        tx.unnamedThere(
          this.entities.name(place, lang),
          quotes.map((q) => `“${q.quote}”${citations.marks(q)}`).join(" "),
        ),
      );
    for (const clause of retrievalQueries) {
      // The reading's language, not the text's: Kazakh or Russian typed in Latin letters is read as such.
      // A follow-up's subjects from the conversation are named for the text search ("their medicines").
      // Only beside a question of its own ("where are their medicines made"), not a bare "and in July?".
      const asksOwn = [...clause.cues].some((c) => c.startsWith("m:"));
      const carried = clause.entities
        .filter(
          (e) =>
            asksOwn &&
            e.start < 0 &&
            (e.type === "organisation" || e.type === "person" || e.type === "agreement"),
        )
        .map((e) => this.entities.name(e, "en"));
      const search = (names: string[]) =>
        this.retrieval?.passages([topic, ...names, clause.text].filter(Boolean).join(" "), {
          expansions: this.expand(clause),
          lang: clause.lang,
        });
      // A name carried in is a help, not a demand: the sentence that answers may call its subject
      // "the complex" or «кешен» ("…, and how many INNs are in its portfolio"), and the name's
      // words would then weigh it under the gate.
      // "how much was the Karaozek plant worth": a name only the articles know is looked for in
      // them, every sentence a candidate (the one with the figure may not repeat the name).
      const within = sourcesNaming(clause.textNames, this.knowledge.sources);
      let hits = answeredBy.has(clause)
        ? answeredBy.get(clause)
        : within.length
          ? await this.retrieval?.passages(clause.text, {
              expansions: this.expand(clause),
              lang: clause.lang,
              within,
              minRelevance: NAMED_GATE,
            })
          : await search(carried);
      // "how much will KFK Medservice Plus invest" of an article titled by the company: every
      // sentence of it is about the company, and the one with the figure («стоимость … 60 млн
      // долларов») need not write its name, whose words would then weigh it under the gate.
      const titled = hits?.length
        ? []
        : sourcesTitled(clause.textNames, this.knowledge.sources, this.organisationNames);
      if (titled.length)
        hits = await this.retrieval?.passages(withoutNames(clause.text, clause.textNames), {
          expansions: this.expand(clause),
          lang: clause.lang,
          within: titled,
          minRelevance: TITLED_GATE,
        });
      if (!hits?.length) hits = await search(carried);
      if (!hits?.length && carried.length) hits = await search([]);
      // A question the sources answer in other words weighs under the gate ("how far has the
      // plant progressed" against «қазір 90 пайызы дайын», a plan's target asked in English of a
      // Russian quote): its closest passages, said to be no more than that.
      let loose = false;
      // (Not of a name the sources never write, «новартис»: no passage can be about it.)
      if (!hits?.length && !clause.textNames.length && !clause.unknown.length && !clause.foreign.length) {
        hits = await this.retrieval?.passages([topic, clause.text].filter(Boolean).join(" "), {
          expansions: this.expand(clause),
          lang: clause.lang,
          minRelevance: LOOSE_GATE,
        });
        loose = !!hits?.length;
      }
      // "how many enterprises were there in 2022": a sentence of another year's report is no answer
      // (nor, for a clause whose totals were of other years, one not of the years asked). A sentence
      // breaking down the one before it ("Domestic production accounted for 144.3 billion tenge of
      // that") is of that sentence's year.
      if (hits) {
        const ofYear = (h: PassageHit) =>
          (!ofYears.has(clause) || this.ofYearsAsked(clause, h)) &&
          !ofOtherYears(clause.years, h, this.knowledge.sources);
        const kept: PassageHit[] = [];
        for (const h of hits) if (ofYear(h) || this.follows(kept.at(-1), h)) kept.push(h);
        hits = kept;
      }
      if (!hits?.length) continue;
      const titles = [...new Set(hits.map((h) => `“${h.title}”`))].join(` ${tx.and} `);
      const quotes = hits.map((h) => {
        const translation = lang === "en" ? undefined : this.translations.get(h.quote)?.[lang];
        const said = translation ? ` ${tx.retrieval.translated(translation)}` : "";
        const date = yearless(h.quote) ? this.knowledge.sources.find((x) => x.id === h.source)?.date : null;
        const dated = date ? ` ${tx.retrieval.dated(tx.date(dayOf(date)))}` : "";
        return `“${h.quote}”${citations.marks({ source: h.source, quote: h.quote })}${said}${dated}`;
      });
      const written = [...new Set(hits.map((h) => languageOf(h.quote)))];
      // A place named is a relation the words alone cannot confirm: TURAN and Almaty Region stand in
      // one sentence, yet the zone is in Turkistan Region.
      const placed = clause.entities.some((e) => e.type === "place" && e.id !== this.country);
      // Nor can words confirm an operation ("only there?", "the most?"): a sentence naming MSP is no
      // "yes, only there".
      const operated = [...clause.cues].some((c) => c.startsWith("o:") && c !== "o:list");
      const confirmed = (hits[0]?.score ?? 0) >= CONFIRMS && !placed && !operated;
      // "how many jobs has the cluster created" met by "almost 5,000 specialists work in the
      // cluster": a figure of another kind than asked is only the closest the sources come.
      // ("how many companies make medical gloves" counts companies: no figure of medicines asked.)
      const offFigure = [...clause.cues].some(
        (c) =>
          FIGURE_WORDS[c] &&
          !(c === "m:medicines" && clause.cues.has("m:companies")) &&
          !hits.some((h) => FIGURE_WORDS[c]?.test(h.quote)),
      );
      // "how many domestic enterprises make medicines" met by sentences in its own language none of
      // which writes a number before "enterprises": the closest the sources come, no count of them.
      const ownLanguage = hits.filter((h) => languageOf(h.quote) === clause.lang);
      const countUnmet =
        clause.expects === "quantity" &&
        ownLanguage.length === hits.length &&
        countedWords(clause).length > 0 &&
        !hits.some((h) => countsWords(clause, h.quote, 1));
      const verdict =
        // ("budget for the young health program?": a figure asked with no question word is asked all the same.)
        loose || ((offFigure || countUnmet) && (clause.expects === "quantity" || clause.expects === "any"))
          ? `${tx.retrieval.unconfirmed} `
          : clause.expects !== "yesno"
            ? ""
            : confirmed
              ? `${tx.yes} `
              : `${tx.retrieval.unconfirmed} `;
      // A source calling one of them an error is said so first (and no yes or no is given over it).
      // (Over a claim asked as yes or no, in place of the yes or no; else after the quotes when a
      // sentence of another report is quoted beside its correction.)
      const correction = hits.find((h) => CORRECTION.test(h.quote));
      const claim = !!correction && clause.expects === "yesno";
      const beside = !!correction && !claim && hits[0]?.source !== correction.source;
      const said = `${tx.retrieval.intro(titles, written)} ${quotes.join(" ")}`;
      const part = claim
        ? `${tx.retrieval.corrected} ${said}`
        : `${verdict}${said}${beside ? ` ${tx.retrieval.correctedBeside}` : ""}`;
      // Two parts of one question ("which centre, and where") may find the same passages: said once.
      if (!parts.includes(part)) parts.push(part);
    }
    if (!parts.length) {
      return {
        ...base,
        route: "none",
        answer: `${tx.notCovered(this.companyNames(lang))} ${examples(lang)}`,
      };
    }
    const only = this.onlyTheNamed(whole, citations.items, queries);
    if (only) parts.unshift(tx.onlyOf(this.entities.name(only, lang)));
    const route = findings.length ? "tool" : "retrieval";
    const tool = tools.length ? [...new Set(tools)].join("+") : null;
    const read_ = queries.map((q) => understood(q, lang, this.entities)).join("; ");
    return { ...base, route, tool, understood: read_, answer: parts.join("\n\n"), table, topics, queries };
  }

  /**
   * "the Turkish plant in the Turkistan region", «инсулиновый завод в Караганде»: a company the
   * question describes instead of naming — by where it is from, where it builds and what it makes
   * — is that company when exactly one fits every word of the description. A plural ("the Turkish
   * plants") asks of a set, and a description two companies fit names neither.
   */
  private described(reading: Reading): Reading {
    if (reading.entities.some((e) => e.type === "organisation")) return reading;
    // «неше жоба» ("how many projects", singular in Kazakh), "which company": a set counted or
    // looked for, not one described ("which company is behind the GMP complex": the complex is).
    const asked = (i: number) =>
      SET_ASKED.has(reading.tokens[i - 1] ?? "") || SET_ASKED.has(reading.tokens[i - 2] ?? "");
    const at = reading.tokens.findIndex((t, i) => ONE_PLANT.test(t) && !asked(i));
    if (at < 0 || reading.tokens.some((t) => MANY_PLANTS.test(t))) return reading;
    const named = (i: number) => reading.entities.some((e) => e.start <= i && i < e.end);
    const nationalities = reading.tokens.flatMap((t, i) => (named(i) ? [] : (nationalityOf(t) ?? [])));
    const places = reading.entities
      .filter((e) => e.type === "place" && e.id !== this.country)
      .map((e) => e.id);
    const dataset = this.knowledge.dataset;
    // What it is built as: "the multi-profile complex", «высокотехнологичный завод», "the GMP complex"
    // (words some plant's description or standard holds, not every one's).
    const builtAs = (p: InvestmentProject, w: string) =>
      [p.facility, p.standard].some(
        (f) => f && [f.text, f.ru ?? "", f.kk ?? ""].some((text) => mentions(normalize(text), w)),
      );
    // What it makes ("the insulin plant"), not what every plant is ("pharmaceutical").
    const generic = (w: string) => dataset.projects.every((p) => builtAs(p, w));
    const made = reading.unexplained.filter(
      (w) => w.length >= 5 && !COMMON_WORDS.has(w) && madeBySome(dataset, w) && !generic(w),
    );
    // (Not a word of what is asked: «ең жоғары» is "the highest", whatever plant is "high-tech".)
    const asking = (i: number) =>
      reading.cueAt.some(
        (c) => c.start <= i && i < c.end && c.key !== "m:standard" && c.key !== "m:facility",
      );
    const built = reading.tokens.filter(
      (w, i) =>
        !named(i) &&
        !asking(i) &&
        i !== at &&
        w.length >= 3 &&
        !COMMON_WORDS.has(w) &&
        !STOPWORDS.has(w) &&
        dataset.projects.some((p) => builtAs(p, w)) &&
        !generic(w),
    );
    // Two kinds of description, or what it makes: the sources' word on origins is partial
    // ("ISIKLAR PACKAGING Ltd. of Turkey" is told no Turkish company), so "the Turkish company"
    // alone may be another one.
    const kinds = [nationalities, places, made, built].filter((d) => d.length).length;
    if (kinds < 2 && !made.length && !built.length) return reading;
    this.origins ??= originsOf(this.knowledge.sources, this.entities, []);
    const origins = this.origins;
    const fits = dataset.projects.filter(
      (p) =>
        nationalities.every((n) => origins.get(`organisation:${p.company}`)?.said.includes(n)) &&
        places.every((place) => p.sites.some((x) => within(dataset, x.place, place))) &&
        made.every((w) => productsHold(p, w)) &&
        built.every((w) => builtAs(p, w)),
    );
    const companies = [...new Set(fits.map((p) => p.company))];
    if (companies.length !== 1) return reading;
    const entity = { type: "organisation" as const, id: companies[0] as string, start: at, end: at + 1 };
    return { ...reading, entities: [...reading.entities, entity] };
  }
  private origins: Map<string, Origin> | undefined;

  /**
   * "besides Nobel, who builds to GMP standards", «кроме Нобеля кто …»: when every sentence quoted
   * names the company left out and no other company, the answer is that the sources say it of no
   * one else — said first, so the quotes are not read as an answer about someone else.
   */
  private onlyTheNamed(reading: Reading, cited: readonly { quote: string }[], queries: Query[]): Ref | null {
    const besides = reading.cues.has("o:remainder") || reading.tokens.some((t) => ELSE_WORDS.has(t));
    // (A query that set them aside already says who else there is.)
    if (!besides || reading.expects !== "agent" || !cited.length || queries.some((q) => q.besides))
      return null;
    const marks = reading.tokens.flatMap((t, i) =>
      ELSE_WORDS.has(t) || reading.cueAt.some((c) => c.key === "o:remainder" && c.start === i) ? [i] : [],
    );
    const named = reading.entities.filter((e) => e.type === "organisation" && e.start >= 0);
    // The company next to "besides" / «кроме» / «…ден басқа» (a hyphened ending between: «Altinfarm-нан
    // басқа») is the one left out; others named are asked of.
    const left = (
      named.length === 1
        ? named[0]
        : named.find((e) => marks.some((at) => e.start === at + 1 || e.end === at || e.end === at - 1))
    ) as Ref | undefined;
    if (!left) return null;
    const names = (id: string) => this.nameWords(id).filter((n) => n.length >= 4 && !GENERIC.has(n));
    const own = new Set(names(left.id));
    const says = (quote: string, id: string) => {
      const words = normalize(quote).split(" ");
      return names(id).some((n) => !(id !== left.id && own.has(n)) && words.some((w) => w.startsWith(n)));
    };
    // Any other company with a project: a partner named in the sentence ("with Sinopharm, Sinovac …") is no such one.
    const others = [...new Set(this.knowledge.dataset.projects.map((p) => p.company))].filter(
      (id) => id !== left.id && !named.some((e) => e.id === id),
    );
    // A query's findings are of its subjects (their sentences may say "the project"); passages must name it.
    const ofIt = queries.length
      ? queries.every((q) =>
          q.subjects.every((x) => x.type !== "organisation" || named.some((e) => e.id === x.id)),
        ) && queries.some((q) => q.subjects.some((x) => x.id === left.id))
      : cited.every((c) => says(c.quote, left.id));
    const onlyIt = ofIt && !cited.some((c) => others.some((id) => says(c.quote, id)));
    return onlyIt ? { type: "organisation", id: left.id } : null;
  }

  /** Whether a sentence is of a year the question asks: it says the year, or its source is dated then. */
  private ofYearsAsked(clause: Reading, hit: { source: string; quote: string }): boolean {
    const date = this.knowledge.sources.find((x) => x.id === hit.source)?.date ?? "";
    return clause.years.some((y) => date.startsWith(String(y)) || hit.quote.includes(String(y)));
  }

  /** Sentences with a number and a word of exporting (or of prices) that answer a question of them. */
  private async unstatedTold(clause: Reading, what: "export" | "price"): Promise<PassageHit[]> {
    const words = [...UNSTATED_CUES[what], ...(what === "price" ? ["цен", "баға", "pricing"] : [])]
      .map((w) => normalize(w))
      .filter((w) => w.length >= 3);
    const hits =
      (await this.retrieval?.passages(clause.text, {
        expansions: this.expand(clause),
        lang: clause.lang,
        minRelevance: NAMED_GATE,
      })) ?? [];
    const numbered = clause.expects === "quantity";
    return hits.filter(
      (h) => (!numbered || /\d/.test(h.quote)) && words.some((w) => normalize(h.quote).includes(w)),
    );
  }

  /** The sentences of the articles that name the subjects asked about which answer the question. */
  private async subjectTold(clause: Reading, query: Query, gate = NAMED_GATE): Promise<PassageHit[]> {
    if (!this.retrieval) return [];
    const names = query.subjects
      .filter((x) => x.type === "organisation")
      .flatMap((x) => {
        const o = this.knowledge.dataset.organisations.find((y) => y.id === x.id);
        return o ? namesOf(o) : [];
      })
      .map((n) => normalize(n));
    const within = sourcesNaming(names, this.knowledge.sources);
    // "how far along is it": the sentence of its article that gives the share of the work done.
    if (query.unknown === "progress") {
      const done = this.knowledge.sources
        .filter((x) => within.includes(x.id))
        .flatMap((x) =>
          splitSentences(x.body)
            .filter((s) => PROGRESS_SAID.test(s.text))
            .map((s) => ({ source: x.id, title: x.title, quote: s.text })),
        );
      if (done.length) return done.slice(0, 2);
    }
    const options = { expansions: this.expand(clause), lang: clause.lang };
    // A sentence of an article about several companies is the subject's only when it names it
    // (the seed's "The facility is expected to produce 54 medicines" is AltINFARM's, not Abdi's).
    const asked = new Set(query.subjects.map((x) => x.id));
    const others = this.knowledge.dataset.projects
      .map((p) => p.company)
      .filter((c) => !asked.has(c))
      .flatMap((c) => this.nameWords(c).filter((n) => n.length >= 4 && !GENERIC.has(n)));
    const ownArticle = (source: string) => {
      const body = normalize(this.knowledge.sources.find((x) => x.id === source)?.body ?? "");
      return !others.some((n) => ` ${body} `.includes(` ${n}`));
    };
    const ownWords = names.flatMap((n) => n.split(" ")).filter((n) => n.length >= 4 && !GENERIC.has(n));
    const itsOwn = (h: PassageHit) =>
      ownArticle(h.source) || ownWords.some((n) => normalize(h.quote).includes(n));
    const named = within.length
      ? await this.retrieval.passages(clause.text, { ...options, within, minRelevance: gate })
      : [];
    const found = named?.length ? named : ((await this.retrieval.passages(clause.text, options)) ?? []);
    return gate === NAMED_GATE ? found : found.filter(itsOwn);
  }

  /**
   * The sentences that answer a question about a place no project of the knowledge lies in, from
   * the articles that name it (none when no article does, or none answers).
   */
  private async placeTold(clause: Reading, query: Query): Promise<PassageHit[]> {
    // (A name the question gives that the knowledge does not hold, "Атырау Курылыс", is its subject.)
    const named = clause.textNames.length > 0 || clause.foreign.length > 0;
    if (!this.retrieval || named || query.subjects.some((x) => x.type === "organisation")) return [];
    const { dataset, sources } = this.knowledge;
    const places = query.subjects.filter((x) => x.type === "place" && x.id !== this.country);
    const bare = places.filter(
      (x) => !dataset.projects.some((p) => p.sites.some((s) => within(dataset, s.place, x.id))),
    );
    if (!bare.length || bare.length !== places.length) return [];
    const names = bare.flatMap((x) => {
      const place = dataset.places.find((p) => p.id === x.id);
      return place ? namesOf(place) : [];
    });
    const naming = sourcesNamingPlace(names, sources);
    if (!naming.length) return [];
    // ("how many jobs will Atyrau Kurylys create": the place's name begins a company's the articles write.)
    const spans = clause.entities.filter((e) => e.type === "place" && e.start >= 0);
    const capital = (w: string) => (w[0]?.toUpperCase() ?? "") + w.slice(1);
    const nameRun = (e: { start: number; end: number }) => {
      const next = clause.tokens[e.end];
      const run = [...clause.tokens.slice(e.start, e.end), next ?? ""].map(capital).join(" ");
      return !!next && next.length >= 3 && sources.some((x) => naming.includes(x.id) && x.body.includes(run));
    };
    if (spans.some(nameRun)) return [];
    // (Within the articles that name the place, its name tells no sentence from another: "no date
    // for its launch has been set" answers without it.)
    const text = clause.tokens.filter((_, i) => !spans.some((e) => i >= e.start && i < e.end)).join(" ");
    return (
      (await this.retrieval.passages(text, {
        expansions: this.expand(clause),
        lang: clause.lang,
        within: naming,
        minRelevance: NAMED_GATE,
      })) ?? []
    );
  }

  /** Whether every total found (a headline, a set's or a place's figure) is of a year the question does not ask about. */
  private otherYearsTotal(clause: Reading, found: Finding[]): boolean {
    if (!clause.years.length) return false;
    // "How many companies were in the industry in 2020": a list of the sources' companies, none
    // reported that year, is no count of that year either.
    const cited = found.flatMap((f) =>
      f.kind === "headline" || f.kind === "scopeFigure"
        ? [f.figure.citation]
        : f.kind === "list" && f.what === "companies"
          ? f.items.map((i) => i.citation)
          : [],
    );
    if (!cited.length) return false;
    return cited.every((citation) => !this.ofYearsAsked(clause, citation));
  }

  /** The words of a company's names, with the capitalised word the sources write after one ("Zydus Lifesciences" of "Zydus"); once per company. */
  private nameWords(id: string): string[] {
    const known = this.nameWordsOf.get(id);
    if (known) return known;
    const o = this.knowledge.dataset.organisations.find((x) => x.id === id);
    const names = o ? namesOf(o) : [];
    const written = this.knowledge.sources.flatMap((x) =>
      names.flatMap((n) =>
        [...x.body.matchAll(new RegExp(`${escapeRegExp(n)}\\s+(\\p{Lu}[\\p{L}-]+)`, "gu"))].map(
          (m) => m[1] ?? "",
        ),
      ),
    );
    const words = [...names, ...written].flatMap((n) => normalize(n).split(" "));
    this.nameWordsOf.set(id, words);
    return words;
  }
  private readonly nameWordsOf = new Map<string, string[]>();
  /** The sentences that introduce an agreement's list of items. */
  private get leads(): ReadonlySet<string> {
    this.leadQuotes ??= new Set(
      this.knowledge.dataset.agreements.flatMap((a) => (a.itemsLead ? [a.itemsLead.quote] : [])),
    );
    return this.leadQuotes;
  }
  private leadQuotes: Set<string> | undefined;
  private readonly beginnings: Set<string>;
  /** The words of the places' names: no company's name word makes a sentence its own. */
  private readonly placeWords: Set<string>;

  /**
   * "Who is quoted as saying the partnership strengthens …", "who said AstraZeneca's medicines will
   * be made at Nobel": the person whose quoted words hold most of the question's, when they hold at
   * least half of them; the question then asks about that person.
   */
  private withSpeaker(reading: Reading): Reading {
    if (!reading.cues.has("m:who") || !reading.cues.has("m:said")) return reading;
    if (reading.entities.some((e) => e.type === "person")) return reading;
    const words = reading.tokens.filter((t) => t.length > 3 && !QUESTION_WORDS.has(t));
    if (!words.length) return reading;
    const stemsOf = (text: string) =>
      new Set(
        normalize(text)
          .split(" ")
          .flatMap((w) => [...variants(w)]),
      );
    let best: { id: string; held: number } | undefined;
    for (const person of this.knowledge.dataset.people) {
      const said = stemsOf(
        person.statements.map((x) => [x.text, x.ru ?? "", x.kk ?? ""].join(" ")).join(" "),
      );
      const held = words.filter((w) => [...variants(w)].some((v) => said.has(v))).length;
      if (held > (best?.held ?? 0)) best = { id: person.id, held };
    }
    if (!best || best.held * 2 < words.length) return reading;
    return {
      ...reading,
      entities: [...reading.entities, { type: "person", id: best.id, start: -1, end: -1 }],
    };
  }

  /** "Which companies are Turkish", «сколько компаний из Турции»: a nationality asked of no one named. */
  /**
   * Whether a sentence of the sources holds clearly more of the question than the sentences the
   * query's findings cite. Weighed only when two or more of its content words are left unread by
   * the query (a question read whole is the query's): the quotes are then scored as retrieval
   * scores its own, the best of them against its best sentence.
   */
  /** The sentences findings would cite, in the order an answer cites them. */
  private citedBy(found: Finding[], lang: Lang): CitationList {
    const cited = new CitationList(this.knowledge.sources, lang);
    compose(found, { lang, dataset: this.knowledge.dataset, entities: this.entities, citations: cited });
    return cited;
  }

  /**
   * "what's the 39 bn tenge investment agreement for": a figure the question names that none of the
   * findings' sentences has is another sentence's, and that sentence answers.
   */
  private async sentenceOfFigure(
    clause: Reading,
    query: Query,
    found: Finding[],
  ): Promise<PassageHit[] | null> {
    // (A bound asked of a figure, "more than 150 jobs?", is no figure of a sentence; a sum is
    // named with its scale or currency: "39 bn tenge", «44 млрд».)
    if (query.threshold || clause.expects === "yesno" || !this.retrieval) return null;
    const figures = clause.tokens.filter(
      (t, i) =>
        /^\d+([.,]\d+)?$/.test(t) && !/^(19|20)\d\d$/.test(t) && SUM_AFTER.test(clause.tokens[i + 1] ?? ""),
    );
    if (!figures.length) return null;
    const has = (quote: string) =>
      figures.some((n) =>
        new RegExp(`(?<![\\d.,])${n.replace(/[.,]/, "[.,]")}(?![\\d]|[.,]\\d)`).test(quote),
      );
    const cited = this.citedBy(found, clause.lang);
    if (!cited.items.length || cited.items.some((c) => has(c.quote))) return null;
    const options = { expansions: this.expand(clause), lang: clause.lang };
    const hits = (await this.retrieval.passages(clause.text, { ...options, minRelevance: NAMED_GATE })) ?? [];
    const own = hits.filter((h) => has(h.quote));
    return own.length ? own : null;
  }

  private async passageAnswersBetter(
    clause: Reading,
    query: Query,
    found: Finding[],
  ): Promise<PassageHit[] | null> {
    // "How much will Pfizer invest": that the sources state no figure is the answer, not a sentence without one.
    // (A role no one holds answers "who is the health minister"; "what did the akim instruct" asks of deeds.)
    const unsaid = (f: Finding) =>
      f.kind === "notStated" ||
      f.kind === "notInSources" ||
      (f.kind === "unknown" && clause.expects === "agent") ||
      // ("what did the vice-minister of healthcare say": no one holds it, whatever the ministry said.)
      (f.kind === "unknown" && query.attributes.includes("statements"));
    // (A list of companies is no sentence's; but "how many new primary healthcare facilities will be
    // built" counts what a sentence may state, "655 new primary healthcare facilities".)
    const listing = query.attributes.includes("companies") && query.operation !== "count";
    if (listing || found.every(unsaid)) return null;
    const unread = this.unreadWords(clause);
    if (!unread.length || !this.retrieval?.explains) return null;
    const stem = (w: string) => w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
    if (unread.length === 1 && !unread.some((w) => this.beginnings.has(stem(w)))) return null;
    const options = { expansions: this.expand(clause), lang: clause.lang };
    const hits = (await this.retrieval.passages(clause.text, { ...options, minRelevance: NAMED_GATE })) ?? [];
    const best = hits[0];
    if (!best) return null;
    const cited = this.citedBy(found, clause.lang);
    if (cited.items.some((c) => c.quote.includes(best.quote) || best.quote.includes(c.quote))) return null;
    // Of a company asked about (named or carried from the conversation: «оның нешеуі …» after
    // Nobel), only a sentence that names it: "The facility will produce 54 medicines, including
    // 35 socially significant" is AltINFARM's.
    const subjects = query.subjects.filter((x) => x.type === "organisation");
    const words = normalize(best.quote).split(" ");
    const placeWords = this.placeWords;
    const namesOne = subjects.some((x) =>
      this.nameWords(x.id).some(
        (n) => n.length >= 4 && !GENERIC.has(n) && !placeWords.has(n) && words.some((w) => w.startsWith(n)),
      ),
    );
    if (subjects.length && !namesOne) return null;
    // The words left unread that the sentence has (by stem or concept, in any language), and no
    // quote of the findings does.
    const heldIn = (quote: string) =>
      new Set(this.retrieval?.held?.(clause.text, unread, quote, clause.lang));
    const inQuotes = new Set(cited.items.flatMap((c) => [...heldIn(c.quote)]));
    const inBest = heldIn(best.quote);
    const held = unread.filter((w) => inBest.has(w) && !inQuotes.has(w));
    const beside = (h: PassageHit) => h === best || held.some((w) => heldIn(h.quote).has(w));
    // A word in the sentence's own letters: a concept alone («салады» ~ "build") is no evidence for one word.
    const written = (w: string) =>
      normalize(best.quote)
        .split(" ")
        .some((x) => x.startsWith(stem(w)));
    // Which companies do or do not, the largest, the sum: a set worked out over every project, which
    // no one sentence holds ("AltINFARM has one of the largest projects" is no ranking) — unless the
    // sentence has two words of the question the set has not ("jobs under the industrialization
    // roadmap": the programme's own figure).
    // "how many new primary healthcare facilities" met by "655 new primary healthcare facilities":
    // a number right before the very words counted answers the count, whatever the quotes share.
    if (query.operation === "count" && countsWords(clause, best.quote)) return hits.filter(beside);
    const own = query.subjects.some((x) => x.type === "organisation" || x.type === "agreement");
    const lookup = ["value", "list", "exists"].includes(query.operation);
    const ofOne = own && ["count", "min", "max"].includes(query.operation);
    if (!(lookup || ofOne) && held.length < 2) return null;
    // One word left unread weighs only when the sentence has it («жол картасына» of a roadmap signed).
    if (unread.length === 1 && !held.some(written)) return null;
    // Under the usual gate only with two such words: "Tassay", "roadmap" are no accident.
    if ((best.score ?? 0) < MIN_PASSAGE && held.length < 2) return null;
    const orgs = clause.entities.filter((e) => e.type === "organisation");
    const asked = clause.tokens.filter((_, i) => !orgs.some((e) => i >= e.start && i < e.end)).join(" ");
    // A count of the projects' companies is no answer to a count of what a sentence states with two
    // words of the question the companies' quotes lack ("primary healthcare facilities").
    if (query.attributes.includes("companies") && held.length >= 2 && /\d/.test(best.quote))
      return hits.filter(beside);
    const claimed = this.retrieval.explains(asked, cited.items, options);
    // Two words of the question the sentence has and the quotes have not are evidence of their own.
    const margin = held.length >= 2 ? BETTER_BY_HOLDING : BETTER_BY;
    if (this.retrieval.explains(asked, [best], options) < claimed + margin) return null;
    // Beside it, only sentences that also have words the query left unread.
    return hits.filter(beside);
  }

  /**
   * The content words of a clause that no reading read: not a subject's own name (a figure's
   * sentence may call it "the plant", and "Lifesciences" of "Zydus Lifesciences" is no word left
   * unread), a product word (the query reads those), a month, a number or a preposition.
   */
  private unreadWords(clause: Reading): string[] {
    const named = new Set(
      clause.entities.filter((e) => e.type === "organisation").flatMap((e) => this.nameWords(e.id)),
    );
    return clause.unexplained.filter(
      (w) =>
        w.length >= 3 &&
        !COMMON_WORDS.has(w) &&
        !STOPWORDS.has(w) &&
        !PREPOSITIONS.has(w) &&
        !AUXILIARIES.has(w) &&
        !/^\d/.test(w) &&
        !isMonth(w) &&
        !named.has(w) &&
        !(w in FACTOR_NUMBERS) &&
        !madeBySome(this.knowledge.dataset, w),
    );
  }

  private nationalitiesAsked(clause: Reading): Nationality[] | null {
    if (clause.entities.some((e) => e.type === "organisation") || !clause.cues.has("m:companies"))
      return null;
    const nationalities = clause.unexplained.flatMap((w) => nationalityOf(w) ?? []);
    const other = clause.unexplained.some((w) => !nationalityOf(w) && !TAKING_PART.has(w));
    return nationalities.length && !other ? nationalities : null;
  }

  /**
   * The organisations the sources give that nationality, each with its sentence; the project
   * companies whose origin they do not give, said as unknown.
   */
  private companiesOfCountry(asked: Nationality[], lang: Lang, citations: CitationList): string {
    const tx = t(lang).answers;
    const projects = new Set(this.knowledge.dataset.projects.map((p) => p.company));
    const told: string[] = [];
    const unknown: Ref[] = [];
    const origins = originsOf(this.knowledge.sources, this.entities, asked);
    for (const { id } of this.knowledge.dataset.organisations) {
      const company: Ref = { type: "organisation", id };
      const origin = origins.get(`organisation:${id}`);
      if (!origin && projects.has(id)) unknown.push(company);
      else if (origin?.yes) {
        const said = origin.said.map((n) => tx.nationality[n]);
        const name = this.entities.name(company, lang);
        told.push(`${tx.origin(name, said)} “${origin.citation.quote}”${citations.marks(origin.citation)}`);
      }
    }
    const names = unknown.map((r) => this.entities.name(r, lang));
    return [...told, ...(names.length ? [tx.noOrigins(t(lang).conversation.list(names))] : [])].join(" ");
  }

  /** A yes/no question naming one organisation and a nationality: "is AstraZeneca American?". */
  private originAsked(clause: Reading): { subject: Ref; nationalities: Nationality[] } | null {
    const orgs = clause.entities.filter((e) => e.type === "organisation");
    // A word of a name is no nationality: «Түркістанда» is the region, not "Turkish".
    const named = (i: number) => clause.entities.some((e) => e.start <= i && i < e.end);
    const nationalities = clause.tokens.flatMap((t, i) => (named(i) ? [] : (nationalityOf(t) ?? [])));
    const subject = orgs[0];
    // "How does the article describe AstraZeneca's nationality?", «қай елдің компаниясы»: no verdict.
    // ("where is Abdi Ibrahim from": its origin, not where it builds.)
    // (Not a cue: «қайдан» is one letter from «қайда», "where".)
    const whereFrom =
      (clause.tokens[0] === "where" && clause.tokens.at(-1) === "from") || clause.tokens.includes("қайдан");
    const described = (clause.cues.has("m:origin") || whereFrom) && !nationalities.length;
    if (orgs.length !== 1 || !subject || !(described || (clause.expects === "yesno" && nationalities.length)))
      return null;
    // Only when that is all it asks: «египетская EIPICO подписала соглашение?» asks about the agreement.
    // ("which countries will Nobel export to" asks of its production, not where it is from.)
    const asksElse = described
      ? [...clause.cues].some((c) => FIGURE_CUES.has(c) || c.startsWith("u:")) ||
        clause.unexplained.length > 2 ||
        // One company is from one country: "what countries does Roche's hub cover" asks of a reach.
        (!whereFrom &&
          clause.tokens.some(
            (t) =>
              /^(countries|стран|странах|странам|елдер\p{L}*)$/u.test(t) ||
              (t === "страны" && clause.tokens.includes("какие")),
          )) ||
        // ("which countries will Roche's hub in Almaty cover": of its hub there, not of where it is from.)
        clause.entities.some((e) => e.type === "place" && e.id !== this.country)
      : clause.unexplained.some((w) => !nationalityOf(w)) ||
        [...clause.cues].some((c) => (c.startsWith("m:") || c.startsWith("o:")) && !ORIGIN_CUES.has(c));
    if (asksElse) return null;
    return { subject: { type: subject.type, id: subject.id }, nationalities };
  }

  /**
   * People an answer's first quotes name ("who approved them?" is answered by a quote); a person the
   * answer is about is its query's subject. The first few quotes only: a ranking of a thousand
   * projects cites a thousand sentences.
   */
  private people(answer: Answer): Ref[] {
    const tokens = normalize(
      answer.citations
        .slice(0, 12)
        .map((c) => c.quote)
        .join(" "),
    )
      .split(" ")
      .filter(Boolean);
    return unique(
      this.entities
        .find(tokens)
        .filter((e) => e.type === "person")
        .map((e) => ({ type: e.type, id: e.id })),
    );
  }

  /**
   * Organisations an answer names in its own words (quoted sentences left out), in order, and the
   * agreements an answer about agreements names.
   */
  private listed(answer: Answer, query?: Query): { listed: Ref[]; agreements: Ref[] } {
    // "which of those has a partner" names partners beside its companies: "the second one" is a company.
    const asked = (query?.subjects ?? []).filter((x) => x.type === "organisation");
    if (query?.attributes.includes("partners") && asked.length >= 2) return { listed: asked, agreements: [] };
    // "compare abdi ibrahim and msp on jobs", then "the second one": the second the question named,
    // whichever the answer puts ahead.
    if (["compare", "difference", "times"].includes(query?.operation ?? "") && asked.length >= 2)
      return { listed: asked, agreements: [] };
    let own = answer.answer;
    // Most quotes (a ranking cites every project it ranks) are not in the text: looked for once,
    // split out only when there.
    for (const c of answer.citations) if (own.includes(c.quote)) own = own.split(c.quote).join(" ");
    const tokens = normalize(own).split(" ").filter(Boolean);
    const found = this.entities.find(tokens);
    const of = (type: Ref["type"]) =>
      unique(found.filter((e) => e.type === type).map((e) => ({ type: e.type, id: e.id })));
    // "what agreements did AstraZeneca sign" lists agreements: "the second one" is the second of them.
    const aboutAgreements = query?.attributes.some((a) => AGREEMENT_ATTRIBUTES.includes(a));
    const agreements = aboutAgreements ? of("agreement") : [];
    // "who are AltINFARM's partners" lists its partners: "the second one" is the second partner.
    const partners =
      query?.attributes.includes("partners") && asked.length === 1
        ? of("organisation").filter((x) => x.id !== asked[0]?.id)
        : [];
    // A ranking's list is what it ranked: "the last one" is the lowest, not a company left out unstated.
    const ranking = query && ["max", "min", "rank"].includes(query.operation ?? "");
    const unranked = new Set(
      ranking
        ? (answer.table?.rows ?? [])
            .filter((r) => r.value === null)
            .flatMap((r) =>
              this.entities.find(normalize(r.label).split(" ").filter(Boolean)).map((e) => e.id),
            )
        : [],
    );
    const companies = of("organisation").filter((x) => !unranked.has(x.id));
    const listed = agreements.length >= 2 ? agreements : partners.length >= 2 ? partners : companies;
    return { listed, agreements };
  }

  /**
   * Splits "How many jobs will AltINFARM create and who are its partners?" into clauses: a part
   * after "and" (и, және) or "?" is its own clause only if it asks something itself; a clause that
   * names nothing inherits the question's entities ("its partners").
   */
  /** The companies are the dataset's, so one that arrived with an ingested article is named too. */
  private companyNames(lang: Lang): string {
    const names = this.knowledge.dataset.projects.map((p) =>
      this.entities.name({ type: "organisation", id: p.company }, lang),
    );
    return [...new Set(names)].join(", ");
  }

  private clauses(whole: Reading): Reading[] {
    const pieces: { reading: Reading; asks: boolean }[] = [];
    // Russian or Kazakh typed in Latin letters is split as it was read, in Cyrillic ("… i kakie").
    const respelled =
      whole.lang !== "en" &&
      !/\p{Script=Cyrillic}/u.test(whole.text) &&
      /\p{Script=Cyrillic}/u.test(whole.tokens.join(" "));
    const question = respelled ? inCyrillic(whole) : whole.text;
    // "when and where was it signed", «когда и где …»: each question word asks of the same rest.
    const paired = question.trim().match(/^(\S+)\s+(?:and|и|және)\s+(\S+)\s+(.+)$/iu);
    const [, first, second, rest] = paired ?? [];
    const asOwn = (texts: string[]) =>
      texts.map((text) => ({ ...this.reader.read(text, whole.lang), lang: whole.lang }));
    if (first && second && rest && [first, second].every((w) => QUESTION_WORDS.has(w.toLowerCase())))
      return asOwn([`${first} ${rest}`, `${second} ${rest}`]);
    // «куда ездил Нурбек и когда», "where did Nurbek go and when": the last question word asks of
    // the same rest as the first.
    // So does "when was it signed and by whom": the preposition goes with its question word.
    const trailing = question
      .trim()
      .match(/^(\S+)\s+(.+?)\s+(?:and|и|және)\s+((?:(?:by|with|from|с|от)\s+)?(\S+?))[?!.\s]*$/iu);
    const [, lead, body, last, lastWord] = trailing ?? [];
    if (lead && body && last && [lead, lastWord ?? ""].every((w) => QUESTION_WORDS.has(w.toLowerCase())))
      return asOwn([`${lead} ${body}`, `${last} ${body}`]);
    // «қаласында ма, облыста ма»: the options of one choice, never two questions.
    if (whole.expects === "choice") return [whole];
    // "the memorandum between the Health Ministry and Novo Nordisk", «между X и Y»: one party pair, no two questions.
    const texts = question
      .replace(BETWEEN_PAIR, (_m, pair: string, and: string) => `${pair} ${HIDDEN}${and}${HIDDEN} `)
      .split(CLAUSE_BREAK)
      .map((p) => p.replaceAll(HIDDEN, ""))
      .flatMap(atQuestionWords)
      .map((p) => p.trim())
      .filter(Boolean);
    // One piece is the whole question: reading it again would only give one clause.
    if (texts.length < 2) return [whole];
    // A question word of its own; «чем у МСП» ("than MSP's") goes on with the comparison before it.
    const asksWord = (text: string) => {
      const words = normalize(text).split(" ");
      // ("whats the link …", "wheres it": a question word typed with its verb.)
      const asks = (w: string) => QUESTION_WORDS.has(w) || QUESTION_WORDS.has(w.replace(/s$/, ""));
      return !COMPARATIVES.than.includes(words[0] ?? "") && words.some(asks);
    };
    const countSaid = whole.cueAt.some((c) => c.key === "o:count");
    for (const [i, text] of texts.entries()) {
      const reading = this.reader.read(text, whole.lang);
      // «…больше, чем AltINFARM?»: "than" opening a piece goes on with the comparison before it.
      const questionWord = asksWord(text);
      // "which is newer, A or B": the options of the question before them ask nothing new.
      const options = reading.expects === "choice" && !questionWord && pieces.length > 0;
      // "niak plant jobs and what will it make": a leading figure named with its subject asks for
      // it when a question of its own follows.
      const figure =
        i === 0 &&
        reading.entities.length > 0 &&
        reading.unexplained.length <= 1 &&
        [...reading.cues].some((c) => c.startsWith("m:")) &&
        asksWord(texts[1] ?? "");
      // "nobel or msp, who puts in more": names alone, the options of the question after them.
      const namesOnly =
        !questionWord && !reading.cues.size && !reading.unexplained.length && reading.entities.length > 0;
      // "have nobel and altinfarm signed", "who are msp's and abdi's partners": an auxiliary or a
      // question word and names open the question the next piece goes on with.
      const named = (j: number) => reading.entities.some((e) => e.start <= j && j < e.end);
      // ("who is Nurbek, and what did he do", «Нұрбек кім, не істеді» ask twice: no auxiliary leads,
      // no possessive is left open.)
      const opening =
        i < texts.length - 1 &&
        [...reading.cues].every((c) => c === "m:who" || c === "m:deeds") &&
        reading.entities.length > 0 &&
        (AUXILIARIES.has(reading.tokens[0] ?? "") || /['’]s?\s*$/.test(text.trim())) &&
        reading.tokens.every((t, j) => named(j) || AUXILIARIES.has(t) || QUESTION_WORDS.has(t) || t === "s");
      // «Правда ли, что …», "is it true that …", «рас па, …»: the frame of the question after it.
      const frameOnly = reading.tokens.every((t) => YES_NO_FRAME.has(t));
      // "msp location + investment + partners", "jobs and investment of nobel": a list of what is
      // asked, each a figure or fact of its own, when nothing is computed across them.
      // (A kind of place or subject, «не город, а область», is no figure asked.)
      // (Only a piece that is little more than its attribute: "the sustainable development bit in
      // the az deal, what does it cover" names what the question after it asks of.)
      // ("location, number of medicines and its partner": a count typed is one item's own, nothing
      // computed across them; one a follow-up carried over is no list.)
      const listed =
        reading.unexplained.length <= 1 &&
        [...reading.cues].some((c) => c.startsWith("m:") && !SUBJECT_WORDS.has(c)) &&
        ![...whole.cues].some((c) => c.startsWith("o:") && c !== "o:list" && !(c === "o:count" && countSaid));
      // "…, and with who": the partners asked of the subject before.
      const withWhom = PARTNERS_ASKED.test(text.trim());
      // "msp how many meds, how many jobs and where", «… и где»: a question word alone asks of the same subject.
      const word = reading.tokens.length === 1 ? (reading.tokens[0] ?? "") : "";
      const lone =
        i > 0 &&
        (PLACE_OR_TIME_WORDS.has(word) ||
          (KIND_QUESTION.has(word) && !!pieces.at(-1)?.reading.cues.has("m:medicines")));
      // «…, саны қанша», "…, how many exactly": the count asked again, no question of its own.
      const again =
        i > 0 &&
        !reading.entities.length &&
        reading.tokens.length <= 3 &&
        reading.cues.size > 0 &&
        [...reading.cues].every((c) => c === "o:count");
      // "who was there when the MoU was signed", «кто присутствовал, когда подписывали меморандум»:
      // "when" opening the event after a "who" that names no one asks no time, it says whose moment.
      const before = pieces.at(-1)?.reading;
      const moment =
        i > 0 &&
        MOMENT_WORDS.has(reading.tokens[0] ?? "") &&
        reading.tokens.length >= 3 &&
        !!before?.cues.has("m:who") &&
        // ("who from Kazakhstan was there": a place says where they are from, not whom it asks of.)
        before.entities.every((e) => e.type === "place");
      const asks =
        !again &&
        !moment &&
        (listed || withWhom || lone || reading.tokens.length >= 2) &&
        !options &&
        !namesOnly &&
        !opening &&
        !frameOnly &&
        (reading.expects !== "any" || questionWord || figure || listed || withWhom || lone);
      // A piece that asks nothing of its own ("nobel and abdi", "the headline says 356") belongs
      // to the question beside it.
      const last = pieces.at(-1);
      if (last && (!asks || !last.asks))
        pieces[pieces.length - 1] = {
          reading: this.reader.read(`${last.reading.text} ${text}`, whole.lang),
          asks: asks || last.asks,
        };
      else pieces.push({ reading, asks });
    }
    if (pieces.length < 2) return [whole];
    // A follow-up's clauses keep the figure it took from the conversation: "which is bigger and by
    // how many" after two answers about jobs compares jobs in both clauses.
    const own = new Set(pieces.flatMap(({ reading }) => [...reading.cues]));
    const taken = [...whole.cues].filter((c) => !own.has(c) && (c.startsWith("m:") || c.startsWith("u:")));
    const asksFigure = (r: Reading) => [...r.cues].some((c) => c.startsWith("m:") || c.startsWith("u:"));
    // "how many do AltINFARM and Nobel make together, and how many of them are socially
    // significant": a clause naming no one of its own counts them together too.
    const together = (["o:together", "o:sum"] as const).filter((c) => whole.cues.has(c));
    return pieces.map(({ reading: clause }, i) => {
      const cues = asksFigure(clause) ? clause.cues : new Set([...clause.cues, ...taken]);
      if (PARTNERS_ASKED.test(clause.text.trim())) cues.add("m:partners");
      if (!clause.entities.length) for (const c of together) cues.add(c);
      // "how many meds and what kinds?", "… and which ones": the kinds of the medicines just counted.
      const counted = pieces[i - 1]?.reading.cues.has("m:medicines");
      const kind =
        clause.expects === "kind" || clause.expects === "list" || KIND_QUESTION.has(clause.tokens.join(" "));
      if (counted && !asksFigure(clause) && kind) cues.add("m:products");
      return {
        ...clause,
        lang: whole.lang,
        // The whole's subjects stand nowhere in the clause ("…, and what did he do": named for the text search).
        entities: clause.entities.length
          ? clause.entities
          : whole.entities.map((e) => ({ ...e, start: -1, end: -1 })),
        cues,
      };
    });
  }
}

/**
 * The query as the conversation goes on from it: "what did AstraZeneca sign in January?" found one
 * agreement, so "where?" next asks where that agreement was signed.
 */
function focused(query: Query, findings: Finding[]): Query {
  // (Several found, "what did az agree in 2024" → "where?": where each of them was signed.)
  const found = findings.flatMap((f) => (f.kind === "agreement" ? [f.agreement] : []));
  if (
    !found.length ||
    found.length > 4 ||
    !query.attributes.some((a) => a === "dates" || a === "signatories")
  )
    return query;
  return { ...query, subjects: found };
}

/**
 * Words the sources write only capitalised inside a sentence, never in lower case, and that no
 * entity's name holds: names the text tells of and the knowledge does not ("QazVac", "Hayat",
 * «Гвардейский»). Months are no names; "Zone" of "TURAN Special Economic Zone" is an entity's word.
 */
function namesIn(knowledge: Pick<Knowledge, "dataset" | "sources">): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  const d = knowledge.dataset;
  const names: (string | Record<string, string | undefined>)[] = [
    ...[...d.organisations, ...d.places, ...d.people].flatMap((e) => [e.name, ...e.aliases]),
    ...d.agreements.flatMap((a) => [a.title, ...a.aliases]),
    ...d.partnerships.flatMap((p) => [p.name, ...(p.aliases ?? [])]),
  ];
  for (const n of names)
    for (const s of typeof n === "string" ? [n] : Object.values(n))
      for (const t of normalize(s ?? "").split(" ")) lower.add(t);
  for (const { body } of knowledge.sources)
    for (const m of body.matchAll(/(?<![\p{L}])\p{Ll}[\p{L}\d-]{2,}/gu))
      for (const t of normalize(m[0]).split(" ")) lower.add(t);
  // (Each word looked up once: the same words run through every article.)
  const known = new Map<string, boolean>();
  const vocabulary = (w: string) => {
    const seen = known.get(w);
    if (seen !== undefined) return seen;
    const v = findConcepts([w]).length > 0;
    known.set(w, v);
    return v;
  };
  // A capitalised run with a common word in it ("Young Health Program") is a name made of ordinary
  // words: "program" in a question is no name the sources know.
  for (const { body } of knowledge.sources)
    for (const m of body.matchAll(
      /(?<=[^.?!\s"“«(\n#]\s+)\p{Lu}[\p{L}\d-]{2,}(?:\s+\p{Lu}[\p{L}\d-]{2,})*/gu,
    )) {
      const run = normalize(m[0]).split(" ");
      if (run.length > 1 && run.some((t) => lower.has(t))) continue;
      // ("President Tokayev", «Южного Казахстана»: words of the vocabulary before a name, or all
      // of a run, are no name; "Irtysh Glove" is one.)
      const first = run.findIndex((t) => !vocabulary(t));
      if (first < 0) continue;
      for (const t of run.slice(first)) capitalised.add(t);
    }
  // A short capitalised run standing alone in quotes is a name wherever it stands: «Тассай», “Khimpharm”.
  for (const { body } of knowledge.sources)
    for (const m of body.matchAll(/[«“"](\p{Lu}[\p{L}\d-]{2,}(?:\s+[\p{L}\d-]+){0,3})[»”"]/gu)) {
      // («Амир и Д»: a short joining word is no ordinary word of the name.)
      const run = normalize(m[1] ?? "")
        .split(" ")
        .filter((t) => t.length > 2);
      if (run.length > 1 && run.some((t) => lower.has(t))) continue;
      for (const t of run) capitalised.add(t);
    }
  const months = (w: string) => MONTHS.some(([m]) => m.length >= 3 && w.startsWith(m));
  return new Set([...capitalised].filter((w) => !lower.has(w) && !months(w)));
}

/** "the second one" after an agreement's items: that item's sentence, quoted again with its source. */
function listedItem(
  question: string,
  lang: Lang,
  previous: ConversationContext,
  index: number,
  at: string,
  /** Sentences that introduce a list ("… sets out 4 focus areas:"), cited before its items but none of them. */
  leads: ReadonlySet<string>,
): Answer {
  const items = previous.citations.filter((c) => !leads.has(c.quote));
  const cited = (items[index] ?? previous.citations[index]) as ConversationContext["citations"][number];
  const citation = { ...cited, n: 1 };
  const tx = t(lang).answers;
  return {
    question,
    lang,
    route: "tool",
    tool: "listed_item",
    answer: `${tx.retrieval.intro(`“${citation.title}”`, [languageOf(citation.quote)])} “${citation.quote}” [1]`,
    citations: [citation],
    understoodFrom: question,
    context: { ...previous, at },
  };
}

/** "source?": the last answer's citations, named after the answer they back. */
function lastSources(question: string, lang: Lang, previous: ConversationContext | null, at: string): Answer {
  const tx = t(lang).conversation;
  if (!previous) return { question, lang, tool: null, route: "none", answer: tx.noContext, citations: [] };
  // Named after the answer it quotes, so two chats' "source?" are never the same answer.
  const base = { question: tx.sourcesOf(previous.question), lang, tool: null, understoodFrom: question };
  const citations = previous.citations.map((c, i) => ({ ...c, n: i + 1 }));
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

/** Where one question may end and the next begin: "?", ";", a comma, "and" / «и» / «және». */
/**
 * A respelled question's Cyrillic words with the punctuation its Latin words carried, so it splits
 * into clauses as typed ("…shygarady, onyn qanshasy …"); as typed when the words do not align.
 */
function inCyrillic(reading: Reading): string {
  let at = 0;
  const words = reading.text
    .trim()
    .split(/\s+/)
    .map((w) => {
      const n = normalize(w).split(" ").filter(Boolean).length;
      const cyrillic = reading.tokens.slice(at, at + n).join(" ");
      at += n;
      return `${cyrillic}${/[,;?]$/.test(w) ? w.at(-1) : ""}`;
    });
  return at === reading.tokens.length ? words.filter(Boolean).join(" ") : reading.text;
}

/**
 * "ok different topic: where was the memorandum signed" is kept as its question alone, so "who
 * was there" next looks up the signing, not "different topic".
 */
function newTopic(turn: Turn, question: string): string {
  if (turn.kind !== "standalone") return question;
  const { tokens, references } = turn.reading;
  const switched = references.filter((r) => r.key === "switch");
  if (!switched.length) return question;
  const kept = tokens.filter(
    (t, i) =>
      !switched.some((r) => r.start <= i && i < r.end) && !(i < (switched[0]?.start ?? 0) && FILLERS.has(t)),
  );
  return kept.length ? kept.join(" ") : question;
}

/**
 * Where a message's questions part: "?", ";", "," (not a decimal comma, «39,2»), "and"/«и»/«және»,
 * and " + " between two questions; Kazakh «мен/пен/бен» joins nouns («жұмыс орны мен серіктесі»,
 * "jobs and partner": two things asked; names joined so ask nothing of their own and go back together).
 */
const CLAUSE_BREAK = /\?|;|(?<!\d),|,(?!\d)|\s\+\s|\s+(?:and|и|а также|және|мен|пен|бен)\s+/iu;

/** "between X and Y", «между X и Y»: the "and" of a pair, which parts no questions. */
// ("which of GE HealthCare and Mindray signed", «кто из Нобел и МСП …»: the pair a choice is among.)
const BETWEEN_PAIR =
  /((?<!\p{L})(?:between|между|which of|who of|кто из|какая из|какой из|какие из)\s+[^?;,]{1,60}?)\s+(and|и)\s+/giu;
/** An invisible mark that keeps a pair's "and" from CLAUSE_BREAK. */
const HIDDEN = "\u2063";

/** Cues naming the kind of a subject (a city, a company, a plant), not a figure or fact of it. */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(["m:places", "m:companies", "m:facility"]);

/** A clause that is only "with who(m)", «с кем», «кіммен»: who the subject works with. */
const PARTNERS_ASKED = /^(?:with who(?:m)?|с кем|кіммен)[?!.\s]*$/iu;

/** Question words that open a question of their own inside a run of text. */
/** "when" opening the moment a question is about, not a question of its own. */
const MOMENT_WORDS: ReadonlySet<string> = new Set(["when", "while", "когда"]);

const OPENERS = new Set("where when who где когда сколько скока кто куда қайда қашан қанша кім".split(" "));

/**
 * «нобел где строит сколько вложит», "msp where does it build how much": a question word after
 * another question's words opens a question of its own ("how" only as "how many/much").
 */
function atQuestionWords(text: string): string[] {
  const words = text.split(/\s+/);
  const opens = (i: number) => {
    const w = (words[i] ?? "").toLowerCase();
    return OPENERS.has(w) || (w === "how" && /^(many|much)$/i.test(words[i + 1] ?? ""));
  };
  const out: string[][] = [[]];
  let asked = false;
  for (const [i, word] of words.entries()) {
    const current = out.at(-1) as string[];
    const previous = (words[i - 1] ?? "").toLowerCase();
    if (opens(i) && asked && current.length > 0 && !opens(i - 1) && !QUESTION_WORDS.has(previous)) {
      out.push([word]);
      continue;
    }
    if (opens(i)) asked = true;
    current.push(word);
  }
  return out.map((w) => w.join(" "));
}

function examples(lang: Lang, intro = t(lang).answers.examplesIntro): string {
  const tx = t(lang).answers;
  return `${intro} ${tx.examples.map((e) => `“${e}”`).join("; ")}.`.trim();
}

/**
 * Whether an article naming the query's company has a sentence with the words of what the query
 * found unstated (a role asked: "director", «директор»; exports: «экспорттайды»): then the text
 * says it, and retrieval quotes it rather than the answer saying the sources do not.
 */
function saidOfSubject(query: Query, knowledge: Pick<Knowledge, "dataset" | "sources">): boolean {
  const orgs = query.subjects.filter((x) => x.type === "organisation").map((x) => x.id);
  if (!orgs.length) return false;
  const roles = (query.role ?? []).flatMap((r) => [r, ...(ROLE_WORDS[r] ?? [])]);
  const names = knowledge.dataset.organisations
    .filter((o) => orgs.includes(o.id))
    .flatMap(namesOf)
    .flatMap((n) => (n ? [normalize(n)] : []));
  // "who heads TAKURRA" of «Генеральный директор ТОО «TAKURRA» Андрей Кайзер», "Rob Walton,
  // president of GE HealthCare": a company's head title said right beside its name.
  const heads = (query.role ?? []).some((r) => r === "head" || (ROLE_WORDS.head ?? []).includes(r));
  if (heads) {
    const beside = names.map(
      (n) =>
        new RegExp(
          `(${COMPANY_HEADS.join("|")})\\s(\\S+\\s){0,3}${escapeRegExp(n)}|${escapeRegExp(n)}\\s(\\S+\\s){0,2}(${COMPANY_HEADS.join("|")})`,
          "u",
        ),
    );
    if (knowledge.sources.some((x) => beside.some((re) => re.test(normalize(x.body))))) return true;
  }
  // Only what no claim records (a person's role, export markets): a capacity or a price not
  // stated is said so, as the claims record those.
  // What a plant makes, when no claim holds it ("a plant producing biological bacteria"): the
  // article's words of making.
  const cues: readonly string[] =
    query.unknown === "export" || query.unknown === "progress"
      ? UNSTATED_CUES[query.unknown]
      : query.attributes.includes("products") && query.operation !== "count"
        ? MAKING
        : [];
  const topic = [...roles, ...cues].map((w) => normalize(w)).filter((w) => w.length >= 4);
  if (!topic.length) return false;
  // ("85 per cent of the works are done", «85 пайызы орындалды»: a share of work done, in any words.)
  const progressed = (body: string) => query.unknown === "progress" && PROGRESS_SAID.test(body);
  return knowledge.sources.some((source) => {
    const body = normalize(source.body);
    if (!names.some((n) => body.includes(n))) return false;
    return topic.some((w) => body.includes(w)) || progressed(source.body);
  });
}

/** A company's head by title, in the three languages (normalised: lower case, no punctuation). */
const COMPANY_HEADS = [
  "ceo",
  "chief executive",
  "director general",
  "general director",
  "managing director",
  "president",
  "chairman",
  "генеральный директор",
  "гендиректор",
  "директор",
  "председатель правления",
  "бас директоры",
  "басшысы",
];

/** An organisation's or a place's names in every language, and its aliases. */
const namesOf = (x: { name: { en: string; ru?: string; kk?: string }; aliases: readonly string[] }) =>
  [x.name.en, x.name.ru ?? "", x.name.kk ?? "", ...x.aliases].filter(Boolean);
