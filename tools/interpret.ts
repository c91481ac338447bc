import { variants } from "../knowledge/phrases.js";
import type { Dataset, InvestmentProject } from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { projectOf } from "../knowledge/view.js";
import { affiliates, agreementsWith } from "./agreements.js";
import type { Ref } from "./entities.js";
import { companiesIn, scopeOf } from "./execute.js";
import { expressionOf } from "./expression.js";
import {
  counterpartOf,
  coveredBy,
  factNames,
  madeByAnyone,
  madeBySome,
  mentions,
  metricOf,
  productFacts,
  sentenceNames,
  within,
} from "./figures.js";
import {
  ANY_OF,
  COMMON_WORDS,
  COMPARATIVES,
  countOf,
  ELSE_WORDS,
  EVENT_PICKS,
  FACTOR_NUMBERS,
  FACTOR_WORDS,
  FRACTIONS,
  HEADCOUNT_WORDS,
  MONTHS,
  NOT_WORDS,
  ORG_KINDS,
  OUTPUT_PERIODS,
  PER_WORDS,
  PHARMA_WORDS,
  PHASES,
  PLACE_KINDS,
  PRODUCT_SYNONYMS,
  QUESTION_WORDS,
  ROLE_MODIFIERS,
  ROLE_VERBS,
  SCALES,
  STAGES_ASKED,
  STOPWORDS,
  STORY_WORDS,
  TIMES_WORDS,
  typeNumeral,
} from "./lexicon.js";
import {
  type Attribute,
  isNumeric,
  type NumericAttribute,
  type Operation,
  type Query,
  type SubjectType,
} from "./query.js";
import { type AnswerType, agreementTopic, COVER_WORDS, type Cue, isMonth, type Reading } from "./reading.js";

/** How a question is taken: as a query for the executor, or one of the routes that need none. */
export type Interpretation =
  | { route: "query"; query: Query }
  | { route: "retrieval" }
  | { route: "refuse" }
  /** About names the sources never mention ("Pfizer"): said so, never answered with another subject. */
  | { route: "absent"; names: string[] }
  /** A word of several companies' names ("Kangli"): which one is asked, never guessed. */
  | { route: "ambiguous"; name: string; ids: string[] }
  | { route: "greeting" }
  | { route: "empty" };

function monthOf(tokens: string[]): number | undefined {
  return monthsOf(tokens)[0];
}

/** Every month a question names, in order ("the april and july agreements"). */
function monthsOf(tokens: string[]): number[] {
  return tokens.flatMap((t) =>
    MONTHS.filter(([name]) => (name.length >= 3 ? t.startsWith(name) : t === name)).map(([, n]) => n),
  );
}

/**
 * The agreements a question picks by month and by party: "the april and july az agreements", "how
 * long after the april deal was the sk pharmacy one signed" (a party with one agreement names it).
 */
function agreementsOfMonths(dataset: Dataset, p: Reading, organisations: string[]): Ref[] {
  // ("astrazeneca's two 2024 agreements": by the year, when no month is named.)
  const months = new Set(monthsOf(p.tokens));
  const years = new Set(p.years);
  if (!months.size && !years.size) return [];
  const inMonth = dataset.agreements.filter((x) =>
    months.size ? !!x.date?.month && months.has(x.date.month) : !!x.date?.year && years.has(x.date.year),
  );
  const parties = (o: string) => {
    const group = affiliates(dataset, o);
    return dataset.agreements.filter((x) => x.parties.some((party) => group.includes(party)));
  };
  const theirs = inMonth.filter((x) => organisations.some((o) => parties(o).includes(x)));
  const singles = organisations.flatMap((o) => (parties(o).length === 1 ? parties(o) : []));
  const picked = [...new Set([...(theirs.length ? theirs : inMonth), ...singles])];
  return picked.map((x) => ({ type: "agreement" as const, id: x.id }));
}

/** The question's year and month, or the conversation's when it names none ("and in July?" keeps 2024). */
function timeOf(p: Reading): { year?: number; month?: number } {
  const month = monthOf(p.tokens);
  return { year: p.years[0] ?? p.time?.year, month: month ?? (p.years.length ? undefined : p.time?.month) };
}

/** The period phrases as the reader tokenises them. */
const PERIODS = new Set(OUTPUT_PERIODS.map((x) => normalize(x)));
/** The figures the knowledge records. */
const FIGURE_CUES: Cue[] = ["m:jobs", "m:investment", "m:usd", "m:kzt", "m:medicines", "m:social"];

/** Which metric a cue names, for "per …" denominators. */
const PER: Partial<Record<Cue, "jobs" | "medicines">> = { "m:jobs": "jobs", "m:medicines": "medicines" };
/** "per", "на один", "бір": the next metric word is a ratio's denominator. */

/**
 * Unstated things asked only with a companion word: "open" asks for a date with "when", and
 * "pay" for a salary with the workers paid ("how much will X pay its workers", not "pay for the plant").
 */
const NEEDS: Partial<Record<Cue, Cue[]>> = {
  "u:opening": ["m:date"],
  "u:pay": ["m:jobs"],
  "u:received": ["m:jobs"],
  "u:resumption": ["m:date"],
};

/**
 * "per medicine", "на один препарат", "бір дәріге": the metric after a per-word divides. Words of
 * no figure may stand between ("per locally made medicine", «на один новый препарат», «бір жаңа
 * жұмыс орнына»).
 */
function perOf(p: Reading): "jobs" | "medicines" | undefined {
  // ("divided by the number of medicines": the count's words stand between.)
  const read = (i: number) =>
    p.cueAt.some((c) => c.start <= i && i < c.end && c.key !== "o:count") ||
    p.entities.some((e) => e.start <= i && i < e.end);
  let per: "jobs" | "medicines" | undefined;
  for (const c of p.cueAt) {
    if (!PER[c.key] || comparedBy(p.tokens[c.end])) continue;
    // ("msp's money divided by its jobs", «разделить на рабочие места», «жұмыс орнына бөлсек».)
    if (KK_DIVIDE.test(p.tokens[c.end] ?? "")) per = PER[c.key];
    for (let i = c.start - 1; i >= Math.max(0, c.start - 4); i--) {
      const divides = PER_WORDS.has(p.tokens[i] ?? "") || DIVIDE.has(p.tokens[i] ?? "");
      if (divides) per = PER[c.key];
      if (divides || read(i)) break;
    }
  }
  return per;
}

/** Dividing by the metric after it: "divided by", «разделить на». */
const DIVIDE = new Set([
  "divided",
  "divide",
  "dividing",
  "разделить",
  "поделить",
  "делить",
  "разделим",
  "поделим",
  "разделенные",
  "деленные",
]);
/** Kazakh divides after the metric: «жұмыс орнына бөлсек», «бөлгенде». */
const KK_DIVIDE = /^бөл(сек|генде|іңіз|ге|сең|ем)\p{L}*$/u;

/** What the workers are paid or get: a salary. */
const PAID: ReadonlySet<Cue> = new Set(["u:pay", "u:received"]);

/** Words of animal health: "veterinary", "livestock", «ветеринарные», «мал», «жануарлар». */
const VETERINARY =
  /^(veterinary|vet|livestock|cattle|animals?|ветеринар\p{L}*|вет|животн\p{L}*|скот\p{L}*|мал|малға|малды|малдың|жануар\p{L}*)$/u;

/** A meeting and taking part in it: "attended", «встреча», «участвовал», «кездесу», «қатысты». */
const MEETING_WORDS =
  /^(meeting|meetings|met|attended|attend|attending|talks|negotiations|participated|took|переговор\p{L}*|келіссөз\p{L}*|встреч\p{L}*|участвовал\p{L}*|присутствовал\p{L}*|кездесу\p{L}*|кездесті|қатысты|қатысқан\p{L}*)$/u;

/** «бір дәріге аз ба» ("fewer by one medicine"): a count before a comparative is the gap, not "per". */
const comparedBy = (next: string | undefined) =>
  !!next && (COMPARATIVES.more.includes(next) || COMPARATIVES.less.includes(next));

/** How a question sets ratios against each other: the top one, or two by how much and how many times. */
function versusOf(p: Reading, companies: number): Query["versus"] {
  const has = (c: Cue) => p.cues.has(c);
  if (has("o:most")) return "most";
  if (has("o:least")) return "least";
  if (companies !== 2) return undefined;
  if (has("o:times")) return "times";
  const comparative = p.tokens.some((t) => COMPARATIVES.more.includes(t) || COMPARATIVES.less.includes(t));
  return has("o:difference") || has("o:compare") || comparative ? "difference" : undefined;
}

/**
 * Reads a parsed question into a query: attributes from the vocabulary, the operation from the
 * question's structure (question word, conjunctions, "per …"), subjects from the entity index.
 * What cannot be read as a query goes to retrieval.
 */
export function interpret(reading: Reading, dataset: Dataset): Interpretation {
  let p = intervalAsked(typeAsked(productAsked(moneyAsked(reading), dataset)));
  const has = (c: Cue) => p.cues.has(c);
  if (p.tokens.length === 0) return { route: "empty" };
  if (has("secret")) return { route: "refuse" };
  const country = dataset.places.find((x) => x.kind === "country")?.id;
  // "How much does Apple invest in Kazakhstan?" is about Apple, which the sources never mention;
  // a place beside it changes nothing ("does Pfizer have a plant in Almaty Region").
  const ambiguous = p.ambiguous[0];
  if (ambiguous && !p.entities.some((e) => e.type === "organisation"))
    return { route: "ambiguous", name: ambiguous.name, ids: ambiguous.ids };
  if (p.foreign.length && p.entities.every((e) => e.id === country || e.type === "place"))
    return { route: "absent", names: p.foreign };
  if (has("greeting") && p.entities.length === 0 && p.unexplained.length === 0 && p.cues.size === 1)
    return { route: "greeting" };
  // "what's 58.5 bn tenge in dollars", "$116 million in tenge": one company's investment, said by its
  // number in one currency, asked in the other: given in both, with whose it is.
  const dollars = p.tokens.some((t) => /^\$\d/.test(t));
  const twoCurrencies = (has("m:usd") && has("m:kzt")) || (dollars && has("m:kzt"));
  const converted = !p.entities.length && twoCurrencies ? investmentSaid(p, dataset) : [];
  if (converted.length === 1 && converted[0])
    return {
      route: "query",
      query: {
        subjects: [{ type: "organisation", id: converted[0] }],
        unparsed: [],
        attributes: ["investmentKzt"],
        operation: "value",
      },
    };
  // "tl;dr of the investment agreements", "the headline numbers", «кратко о проектах»: the headline
  // figures; a summary of anything else (the AstraZeneca partnership) is its article's lead.
  if (has("o:summary")) {
    const projects = new Set(dataset.projects.map((x) => x.agreement));
    const other = p.entities.some(
      (e) => e.type !== "place" && !(e.type === "agreement" && projects.has(e.id)),
    );
    if (other) return { route: "retrieval" };
    const attributes: Attribute[] = ["investmentKzt", "jobs", "medicines"];
    return { route: "query", query: { subjects: [], unparsed: [], attributes, operation: "value" } };
  }
  // "Why" is for the text, unless it asks why figures do not add up to a headline the question
  // states ("why is it 356 when the companies give less"): the total answer holds that gap.
  // So does "by how much do the company figures fall short of 356", «на сколько … меньше 356».
  const shortOf = has("o:difference") && p.entities.length === 0;
  // "Is 356 the sum of the companies' figures?", «356 — это сумма по компаниям?»: whether they add up.
  const sumOfCompanies = has("o:sum") && (has("g:company") || has("m:companies"));
  // «сколько препаратов из 356 не расписано по компаниям», "how many of the 356 are not assigned":
  // the part of a headline the question states that no company's figure holds.
  const unassigned = p.tokens.some((t) => NOT_WORDS.has(t));
  const gap =
    has("o:addUp") ||
    ((p.expects === "reason" || shortOf || sumOfCompanies || unassigned) &&
      headlineSaid(p, dataset).length > 0);
  // "Why was X suspended?", «почему остановили проект X»: the stop, with the reason the sources give.
  const whyStopped =
    p.expects === "reason" &&
    stoppedAsked(p) &&
    p.entities.some((e) => e.type === "organisation" || (e.type === "place" && e.id !== country));
  if (p.expects === "reason" && !gap && !whyStopped) return { route: "retrieval" };
  // "what share of veterinary vaccines is made at home", "how much goes on vet lab equipment":
  // animal health, which no figure of the projects (medicines for people) answers — its sentences do.
  if (p.tokens.some((t) => VETERINARY.test(t)) && !p.entities.some((e) => e.type === "organisation"))
    return { route: "retrieval" };
  // "who attended the meeting with Mindray", «Mindray кездесуіне кімдер қатысты»: the people of a
  // meeting are told by its sentences, not by the company's profile (nor a signing's parties).
  // ("what else came up at the Mindray meeting", «что обсуждали на встрече»: what it was about.)
  if (
    ((p.expects === "agent" && has("m:who")) || ["any", "list"].includes(p.expects)) &&
    p.tokens.some((t) => MEETING_WORDS.test(t)) &&
    // (A meeting with a company named: "who is in talks with the government" asks the stage.)
    p.entities.some((e) => e.type === "organisation") &&
    !p.entities.some((e) => e.type === "agreement") &&
    !has("m:agreements")
  )
    return { route: "retrieval" };
  // "Who led the delegation to the Zhambyl Region?", «кто возглавлял делегацию области?»: leading
  // a thing the knowledge does not hold (a delegation, a visit) is told by the sentences, not by an
  // office or the place's companies.
  const ledUnheld =
    p.expects === "agent" &&
    has("m:role") &&
    p.tokens.some((t) => LEADING.test(t)) &&
    p.entities.every((e) => e.type === "place") &&
    p.unexplained.some((w) => w.length >= 4 && !/^\d/.test(w) && !isMonth(w) && !COMMON_WORDS.has(w));
  if (ledUnheld) return { route: "retrieval" };
  // "Which companies make bandages?", «кто выпускает маски?»: goods no project makes are told by
  // the sentences that name them (a list of makers, a plant's output), never by the projects.
  if (has("m:products") && !p.entities.some((e) => e.type === "organisation") && goodsNoneMake(p, dataset))
    return { route: "retrieval" };
  // "where will AZ's medicines be made": at a partner's plant, which the partnership's sentence
  // tells — not where a project of the company's own (at the talks stage, say) would be built.
  // So does "will AZ's meds be made at Nobel?": the sentence holds the whole question, or not.
  const madeByPartner =
    // (Not "will AZ's kidney drugs be made at Nobel": whether its portfolio names them is asked.)
    (p.expects === "place" ||
      (p.expects === "yesno" &&
        !p.unexplained.some((w) => inPortfolio(dataset, w)) &&
        !!medicinesOwner(p, dataset))) &&
    (has("m:products") || has("m:medicines")) &&
    p.entities.some(
      (e) =>
        e.type === "organisation" &&
        dataset.agreements.some(
          (x) =>
            x.kind === "production partnership" &&
            // The owner of the medicines, not the plant that makes them (a project company).
            x.parties.some(
              (party) =>
                affiliates(dataset, e.id).includes(party) &&
                !dataset.projects.some((pr) => pr.company === party),
            ),
        ),
    );
  if (madeByPartner) return { route: "retrieval" };
  // What a person did is told in the sentences that name them.
  const people = p.entities.filter((e) => e.type === "person");
  if (has("m:deeds") && !has("m:said") && people.length && people.length === p.entities.length)
    return { route: "retrieval" };

  const kinds = placeKindsIn(dataset, p);
  const mentioned = [
    ...p.entities.flatMap(({ type, id, start, end }) =>
      ofKind(dataset, p, { type, id, start, end }).map((x) => ({ type, id: x })),
    ),
    ...kinds.places.map((id) => ({ type: "place" as const, id })),
  ];
  // "how many AstraZeneca drugs will Nobel produce", «препараты АстраЗенеки»: the medicines are the
  // owner's (whose count no source gives), not the plant's own 53.
  const owner = medicinesOwner(p, dataset);
  const own = owner ? mentioned.filter((x) => x.type !== "organisation" || x.id === owner) : mentioned;
  // "besides Sinopharm, who else partners with AltINFARM", «кроме Синофарм кто ещё», «Синофармнан
  // басқа … кім»: the partner set aside is not asked of; the company is.
  const setAside = leftOut(p, dataset);
  // "which companies are in Almaty Region (not the city of Almaty)", «Алматы қаласы емес, Алматы
  // облысында»: of two places the one set aside is no subject, and nothing is complemented.
  const notHere = p.expects === "yesno" ? new Set<string>() : negatedPlaces(p);
  const placesKept = own.filter((x) => x.type === "place" && !notHere.has(x.id));
  const narrowed = notHere.size > 0 && placesKept.length > 0;
  const subjects = own.filter((x) => !setAside.has(x.id) && !(narrowed && notHere.has(x.id)));
  // "which plants are not in an SEZ", «кто не в Алматы»: a place negated is its complement; but
  // "Abdi is not in Almaty city, right?" asks whether that holds: the same question, answered the other way.
  const notThere = !narrowed && placeNegated(p, kinds.at);
  const negated = notThere && p.expects === "yesno";
  if (notThere && !negated && !p.cues.has("o:remainder"))
    p = { ...p, cues: new Set([...p.cues, "o:remainder"]) };
  const s = scopeOf(subjects, dataset);
  const pharmaceutical = p.tokens.some((t) => PHARMA_WORDS.some((w) => t.startsWith(w)));
  const phase = phaseAsked(p.tokens);
  const base = {
    subjects,
    unparsed: p.unexplained,
    ...(pharmaceutical ? { pharmaceutical } : {}),
    ...(phase ? { phase } : {}),
    ...(negated ? { negated } : {}),
  };
  const query = (attributes: Attribute[], operation: Operation, extra: Partial<Query> = {}): Query => ({
    ...base,
    attributes,
    operation,
    ...extra,
  });
  // "is SK-Pharmacy a strategic partner of AZ", "who is Nobel's strategic partner": whom the sources
  // call so (a yes only of those), never any partner or agreement instead.
  if (has("m:strategic") && s.organisations.length)
    return {
      route: "query",
      query: query(["partners"], p.expects === "yesno" ? "exists" : "list", {
        subjects: s.organisations.map((id) => ({ type: "organisation" as const, id })),
        role: ["strategic partner"],
      }),
    };
  // "is SK-Pharmacy the state distributor?", «АстраЗенека — фармацевтический гигант?»: whether what the
  // sources call it holds every word said of it (only then a yes; else what they call it).
  const [one] = s.organisations;
  const description = one ? dataset.organisations.find((o) => o.id === one)?.description : undefined;
  const inName = (i: number) => p.entities.some((e) => e.start <= i && i < e.end);
  const said = p.tokens.filter(
    (w, i) => !inName(i) && w.length >= 3 && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !/^\d/.test(w),
  );
  const calls = (w: string) =>
    !!description &&
    [description.text, description.ru ?? "", description.kk ?? ""].some((t) => mentions(normalize(t), w));
  if (
    p.expects === "yesno" &&
    s.organisations.length === 1 &&
    !s.people.length &&
    said.length &&
    said.every(calls)
  )
    return {
      route: "query",
      query: query(["profile"], "exists", {
        subjects: [{ type: "organisation", id: one as string }],
        topic: said,
      }),
    };
  // "what is SK-Pharmacy's role in the agreement with AZ", «роль СК-Фармации в соглашении с …»: the
  // role is the one named next to the role's word («СК-Фармацияның рөлі»), as the sources describe it
  // (with its agreements), not the agreement's date.
  const roleOnly = roleWords(p).every((w) => GENERIC_ROLE.test(w));
  const roleAt = p.cueAt.find((c) => c.key === "m:role");
  const whose = roleAt
    ? p.entities
        .filter((e) => e.type === "organisation" && s.organisations.includes(e.id))
        .sort(
          (x, y) =>
            Math.min(Math.abs(x.end - roleAt.start), Math.abs(x.start - roleAt.end)) -
            Math.min(Math.abs(y.end - roleAt.start), Math.abs(y.start - roleAt.end)),
        )[0]
    : undefined;
  if (whose && roleOnly && s.organisations.length >= 2 && !s.people.length && p.expects !== "yesno")
    return {
      route: "query",
      query: query(["profile"], "value", {
        subjects: [{ type: "organisation", id: whose.id }],
        role: roleWords(p),
      }),
    };
  // "what exchange rate does AltINFARM's investment imply", «какой курс следует из …»: the tenge per
  // dollar of each investment given in both currencies (the headline's when no company is named).
  // (A bare "rate", «курс» asks it beside money only: not "growth rate", «курс лечения».)
  // (Carried from the last question, "and Nobel?" after a rate, it stands nowhere in this one.)
  const rate =
    perDollar(p) ||
    (has("o:rate") && !p.cueAt.some((c) => c.key === "o:rate")) ||
    p.cueAt.some(
      (c) =>
        c.key === "o:rate" && (c.end - c.start > 1 || has("m:usd") || has("m:kzt") || has("m:investment")),
    );
  if (rate && !s.places.length && !s.people.length)
    return {
      route: "query",
      query: query(["investmentKzt"], "ratio", {
        subjects: s.organisations.map((id) => ({ type: "organisation" as const, id })),
        exchangeRate: true,
      }),
    };
  // "how many types of cancer does AZ treat", «сколько видов рака», «неше түрін»: the kinds one
  // source sentence lists, counted — never a count of medicines.
  const product =
    (p.expects === "quantity" || p.expects === "any") && has("o:kinds")
      ? p.unexplained.filter((w) => w.length >= 3 && !COMMON_WORDS.has(w) && madeByAnyone(dataset, w))
      : [];
  // "how many vaccines does AZ make", «сколько вакцин выпускает АстраЗенека»: a product its products
  // never name has no number either (never the medicines' count instead).
  const field = (w: string) => PRODUCT_SYNONYMS.some((g) => g.some((x) => mentions(x, w)));
  // (Only a count of the product itself: «сколько стоит завод шприцев» asks the plant's cost.)
  const ofProduct = [...p.cues].every((c) => c === "m:products" || c === "m:medicines" || c.startsWith("o:"));
  const unmade =
    p.expects === "quantity" && s.organisations.length && ofProduct
      ? p.unexplained.filter(
          (w) =>
            w.length >= 3 &&
            field(w) &&
            !s.organisations.some((o) => productFacts(dataset, o).some((f) => factNames(f, w))),
        )
      : [];
  const counted = product.length ? product : unmade;
  if (counted.length && !s.places.length)
    return {
      route: "query",
      query: query(["products"], "count", {
        subjects: s.organisations.map((id) => ({ type: "organisation" as const, id })),
        topic: counted,
      }),
    };
  // "58.5+39.2+36.7", «173 - 58,5 - 39,2 - 36,7 = ?»: arithmetic over stated figures, as typed.
  const typed = expressionOf(p, dataset);
  if (typed) {
    const companies = typed.companies.map((id) => ({ type: "organisation" as const, id }));
    // Dollars are asked as the investment in USD, the way the figure questions ask them.
    const usd = typed.attribute === "investmentUsd";
    const attribute = usd ? "investmentKzt" : typed.attribute;
    return {
      route: "query",
      query: query([attribute], typed.operation, { subjects: companies, unit: usd ? "USD" : undefined }),
    };
  }
  const member = has("o:member") ? namedSet(p, dataset, "member") : undefined;
  if (member && s.companies.length)
    return { route: "query", query: query(["companies"], "exists", { set: member }) };
  // A set asked as itself: "who was Kazakhstan negotiating with in June 2022", "those 13 projects".
  const set = !s.companies.length && !s.agreements.length ? namedSet(p, dataset, "itself") : undefined;
  if (set) return { route: "query", query: query(["companies"], "list", { set }) };
  // "Which company invests 61 billion?" of a figure no company has (a region's, a sector's): the
  // text says whose it is; a ranking would name a company that never had it.
  const named = figureNamed(p);
  const asked = subjects.filter((x) => x.type === "place").map((x) => x.id);
  if (p.expects === "agent" && named && (!companyHas(dataset, named, asked) || scopeHas(dataset, named)))
    return { route: "retrieval" };
  // "how much is the April 2024 agreement worth": an agreement's value, which no source states —
  // never the approved projects' 173 bn, whose agreements are the only ones with figures.
  const valued = agreementValued(p, dataset, s, timeOf(p));
  if (valued.length)
    return { route: "query", query: query(["profile"], "value", { unknown: "value", subjects: valued }) };
  // "whose is 36.7?", "which company invests 36.7 billion", «у кого 265 рабочих мест»: whose figure the
  // number is — never a ranking or a total.
  const owned = ownerAsked(p, s);
  if (owned)
    return { route: "query", query: query(owned.attributes, "list", { threshold: owned.threshold }) };
  // "which projects are worth 40 million dollars (and what is their status)": the projects whose
  // stated investment is that number, in the currency asked — never a ranking of all.
  const worth = !p.entities.length && asksWhich(p) ? worthSaid(p, dataset) : [];
  if (worth.length)
    return {
      route: "query",
      query: {
        subjects: worth.map((id) => ({ type: "organisation" as const, id })),
        unparsed: [],
        attributes: ["investmentKzt", ...(has("m:status") ? (["stage"] as const) : [])],
        operation: "value",
      },
    };
  const ask: Ask = { p, gap, has, s, dataset, query };
  const best = bestOf([...readings(ask)], ask);
  // «сколько вкладывает байер в казахстан»: a figure of no one named, beside a word nothing holds
  // (a name the sources never mention, perhaps), is no total or place figure of theirs.
  // (Only a total over everything: a ranking or a place's figure names what it is of.)
  const total =
    !!best?.q.attributes.some(isNumeric) &&
    best.q.subjects.every((x) => x.id === country) &&
    !best.q.groupBy &&
    ["value", "sum", "count", "exists"].includes(best.q.operation);
  if (best?.fits && total && p.unknown.length) return { route: "retrieval" };
  // «байер зауыт салады ма», «строит ли байер завод»: a yes or no about a word nothing holds is
  // about it, never answered by every project's sites.
  // («Санофи Қазақстанда зауыт сала ма»: the country names no one of ours.)
  const ours = p.entities.some((e) => e.id !== country);
  if (best?.fits && p.expects === "yesno" && !ours && p.unknown.length) return { route: "retrieval" };
  // A query that cannot be the answer asked for is no answer: the text may hold one.
  if (best?.fits) return { route: "query", query: companiesTogether(p, best.q, dataset) ?? best.q };
  if (best) return { route: "retrieval" };
  if (has("greeting") && p.unexplained.length === 0) return { route: "greeting" };
  return { route: "retrieval" };
}

/** Memoranda in the plural: the stage, not the one memorandum named. */
const MEMORANDA =
  /^(memoranda|memorandums|mous|меморандумы|меморандумов|меморандумам\p{L}*|меморандумдар\p{L}*)$/u;

/** Words that make one currency a unit of the other: "tenge per dollar", «тенге за доллар», «к доллару». */
const PER_UNIT = new Set(["per", "to", "for", "за", "к", "на"]);
/** "one dollar", «один доллар», «бір доллар». */
const ONE = new Set(["one", "1", "a", "один", "бір"]);

/**
 * "how many tenge per dollar", «сколько тенге за доллар», «бір доллар қанша теңге»: tenge set per
 * dollar is a rate, whatever words ask it.
 */
function perDollar(p: Reading): boolean {
  const kzt = p.cueAt.find((c) => c.key === "m:kzt");
  const usd = p.cueAt.find((c) => c.key === "m:usd");
  if (!kzt || !usd || Math.abs(kzt.start - usd.start) > 3) return false;
  const between = p.tokens.slice(Math.min(kzt.end, usd.end), Math.max(kzt.start, usd.start));
  return between.some((t) => PER_UNIT.has(t)) || ONE.has(p.tokens[usd.start - 1] ?? "");
}

/**
 * "how many medicines will the two Almaty Region companies make together", «компании Алматинской
 * области вместе»: the companies with sites there, their own figures added up — not the place's part.
 */
function companiesTogether(p: Reading, q: Query, dataset: Dataset): Query | undefined {
  const [place, ...more] = q.subjects;
  if (place?.type !== "place" || more.length) return undefined;
  if (!p.cues.has("m:companies") || !(p.cues.has("o:together") || p.cues.has("o:sum"))) return undefined;
  if (!q.attributes.some(isNumeric) || !["count", "value", "sum"].includes(q.operation)) return undefined;
  const ids = companiesIn(dataset, place.id);
  if (ids.length < 2) return undefined;
  return { ...q, subjects: ids.map((id) => ({ type: "organisation" as const, id })), operation: "sum" };
}

/** A number asked of no company by an agent question: the figures it may be, to find whose. */
function ownerAsked(
  p: Reading,
  s: { companies: string[]; places: string[] },
): { attributes: Query["attributes"]; threshold: NonNullable<Query["threshold"]> } | undefined {
  // («у кого 265 рабочих мест» asks whose, with no question word of its own kind.)
  const whose = p.tokens.some((t, i) => t === "кого" && p.tokens[i - 1] === "у");
  if (!(p.expects === "agent" || (p.expects === "any" && whose)) || s.companies.length || s.places.length)
    return undefined;
  const at = p.tokens.findIndex((t) => /^\d+(\.\d+)?$/.test(t) && !p.years.includes(Number(t)));
  if (at < 0 || p.tokens.some((t) => /^\d+(\.\d+)?%$/.test(t))) return undefined;
  // "which companies create more than 100 jobs" sets figures against a bound: no one's own number.
  const bound = thresholdOf(p);
  if (bound && !bound.said) return undefined;
  const scale = SCALES.find(([, words]) => words.includes(p.tokens[at + 1] ?? ""))?.[0];
  const asked = [...new Set(FIGURE_ATTRIBUTE_CUES.filter(([cue]) => p.cues.has(cue)).map(([, a]) => a))];
  const attributes: Query["attributes"] = asked.length
    ? asked
    : ["jobs", "investmentKzt", "investmentUsd", "medicines", "sociallySignificant"];
  return { attributes, threshold: { value: Number(p.tokens[at]), above: false, said: true, scale } };
}

const FIGURE_ATTRIBUTE_CUES: [Cue, NumericAttribute][] = [
  ["m:jobs", "jobs"],
  ["m:investment", "investmentKzt"],
  ["m:investment", "investmentUsd"],
  ["m:usd", "investmentUsd"],
  ["m:medicines", "medicines"],
  ["m:social", "sociallySignificant"],
];

/** An organisation with no project of its own named right beside a medicines word: their owner. */
function medicinesOwner(p: Reading, dataset: Dataset): string | undefined {
  const companies = p.entities.filter((e) => e.type === "organisation" && projectOf(dataset, e.id));
  if (!companies.length) return undefined;
  const words = p.cueAt.filter((c) => c.key === "m:medicines" || c.key === "m:products");
  // «AstraZeneca Нобелде неше дәрі шығарады», "how many medicines does AZ make at Nobel": the plant
  // named where it is made (at it, «на Нобеле», «Нобелде») makes them for the other one.
  const at = companies.some((e) => {
    const word = p.tokens[e.end - 1] ?? "";
    const before = p.tokens[e.start - 1] ?? "";
    return /(де|да|те|та)$/.test(word) || ["at", "на", "в"].includes(before);
  });
  return p.entities.find(
    (e) =>
      e.type === "organisation" &&
      !projectOf(dataset, e.id) &&
      (words.some((c) => c.start === e.end || c.end === e.start) || (at && words.length > 0)),
  )?.id;
}

/** Whether a production partnership's portfolio names a word ("kidney" of AstraZeneca's at Nobel). */
/** Verbs of leading ("led", «возглавлял», «басқарды»), not an office's noun ("the minister of health"). */
const LEADING =
  /^(led|leads?|leading|headed|heads|chaired|возглав|руководил|басқар|бастаған|бастады|бастап)/u;

/**
 * Goods asked of that no project makes and no portfolio names ("which companies make bandages",
 * «кто выпускает маски»): the sentences that name them answer, not the projects' medicines.
 */
function goodsNoneMake(p: Reading, dataset: Dataset): boolean {
  // ("medical masks", «медицинские маски»: "medical" describes the goods, it asks no medicines.)
  const medicines = p.cueAt.some(
    (c) => c.key === "m:medicines" && !/^(medical|медицинск|медициналық)/u.test(p.tokens[c.start] ?? ""),
  );
  if (medicines || p.cues.has("m:goal")) return false;
  if (!(p.expects === "agent" || p.cues.has("o:list") || p.cues.has("m:companies"))) return false;
  const goods = p.unexplained.filter((w) => w.length >= 4 && !COMMON_WORDS.has(w) && !/^\d/.test(w));
  return goods.length > 0 && goods.every((w) => !madeByAnyone(dataset, w));
}

function inPortfolio(dataset: Dataset, word: string): boolean {
  return dataset.agreements.some((a) =>
    a.items.some((i) =>
      [i.description.text, i.description.ru ?? "", i.description.kk ?? ""].some((t) =>
        normalize(t)
          .split(" ")
          .some((x) => x.startsWith(word.slice(0, Math.max(4, word.length - 2)))),
      ),
    ),
  );
}

/** The agreements, named or found by the time asked, whose worth is asked; none with figures of their own. */
function agreementValued(
  p: Reading,
  dataset: Dataset,
  s: ReturnType<typeof scopeOf>,
  time: { year?: number; month?: number },
): Ref[] {
  // "its value", "worth", «на какую сумму», «стоимость», «сомасы», «құны»: what it is worth.
  const money =
    p.cues.has("m:investment") ||
    p.cues.has("m:usd") ||
    p.cues.has("m:kzt") ||
    p.tokens.some((t) => /^(value|worth|сумм|стоимост|сомас|құн(ы|ын)$)/.test(t));
  if (!money || s.companies.length || (!p.cues.has("m:agreements") && !s.agreements.length)) return [];
  // "the 13 contract manufacturing projects … worth": projects of that kind, not the agreement so named.
  if (p.cues.has("m:companies")) return [];
  const dated = (a: Dataset["agreements"][number]) =>
    (time.year !== undefined || time.month !== undefined) &&
    (time.year === undefined || a.date?.year === time.year) &&
    (time.month === undefined || a.date?.month === time.month);
  const asked = dataset.agreements.filter(
    (a) =>
      s.agreements.includes(a.id) ||
      (!s.agreements.length && !s.others.length ? dated(a) : false) ||
      (s.others.length > 0 && s.others.every((o) => a.parties.includes(o)) && (!time.month || dated(a))),
  );
  // The investment agreements' worth is their projects' stated total.
  if (!asked.length || asked.some((a) => a.kind.includes("investment"))) return [];
  return asked.map((a) => ({ type: "agreement" as const, id: a.id }));
}

/**
 * "how many months between the april and july deals", «сколько лет прошло между …»: the time
 * between two dated events is their order and its gap — no count, and no term the agreements run.
 */
function intervalAsked(p: Reading): Reading {
  if (!p.cues.has("o:interval")) return p;
  const cues = new Set([...p.cues].filter((c) => c !== "o:count" && c !== "u:duration"));
  return { ...p, cues: cues.add("o:order"), expects: "any" };
}

/**
 * "Ertis MedGlass how much?", "Qarmed Pack — how much": "how much" of a company, with no figure
 * named, asks what it costs; "how many" stays a count of something named.
 */
function moneyAsked(p: Reading): Reading {
  const much = p.tokens.some((t, i) => t === "much" && p.tokens[i - 1] === "how");
  const measured = [...p.cues].some((c) => c.startsWith("m:") || c.startsWith("u:"));
  if (!much || measured || !p.entities.some((e) => e.type === "organisation")) return p;
  return { ...p, cues: new Set([...p.cues, "m:investment"]) };
}

/**
 * "which company does immunobiological stuff", «кто занимается противоанемическими»: a word only
 * some project's products hold, asked of an agent with no figure named, asks who makes it.
 */
function productAsked(p: Reading, dataset: Dataset): Reading {
  // ("msp painkillers y/n": a company and a product it makes, asked yes or no.)
  const ofCompany = p.expects === "yesno" && p.entities.some((e) => e.type === "organisation");
  if (!["agent", "list"].includes(p.expects) && !ofCompany) return p;
  const other = (c: Cue) =>
    c.startsWith("u:") || (c.startsWith("m:") && !["m:companies", "m:medicines", "m:who"].includes(c));
  if ([...p.cues].some(other)) return p;
  const word = p.unexplained.some((w) => w.length >= 5 && !COMMON_WORDS.has(w) && madeBySome(dataset, w));
  return word ? { ...p, cues: new Set([...p.cues, "m:products"]) } : p;
}

/**
 * "type I diabetes", «диабета I типа», «1-типті диабет»: the type is part of what is asked (a word
 * "type-1" the products must match), never dropped as a one-letter word.
 */
function typeAsked(p: Reading): Reading {
  const n = typeNumeral(p.tokens);
  return n ? { ...p, unexplained: [...p.unexplained, `type-${n}`] } : p;
}

/** A sum of money the question writes with its scale or currency ("61 billion", «150 млрд», "$40 million"), or none. */
function figureNamed(
  p: Reading,
): { value: number; attribute: "investmentKzt" | "investmentUsd" } | undefined {
  const billions = /^(billion|bn|млрд|миллиард\p{L}*|tenge|тенге|теңге)$/u;
  const millions = /^(million|mln|mn|млн|миллион\p{L}*|dollars?|доллар\p{L}*)$/u;
  const at = p.tokens.findIndex(
    (t, i) =>
      /^\d+([.,]\d+)?$/.test(t) &&
      !/^(19|20)\d\d$/.test(t) &&
      (billions.test(p.tokens[i + 1] ?? "") || millions.test(p.tokens[i + 1] ?? "")),
  );
  if (at < 0) return undefined;
  const value = Number((p.tokens[at] as string).replace(",", "."));
  return { value, attribute: billions.test(p.tokens[at + 1] ?? "") ? "investmentKzt" : "investmentUsd" };
}

/** Whether a region, a sector, a set or the country states this sum: a total, whose the text tells. */
function scopeHas(dataset: Dataset, sum: NonNullable<ReturnType<typeof figureNamed>>): boolean {
  return dataset.scopes.some((x) => {
    const f = x.figures[sum.attribute];
    return f?.value === sum.value || f?.upTo === sum.value;
  });
}

/** Whether some project (in one of the places asked, if any) states this sum as its investment. */
function companyHas(
  dataset: Dataset,
  sum: NonNullable<ReturnType<typeof figureNamed>>,
  places: string[],
): boolean {
  return dataset.projects.some((x) => {
    const f = x[sum.attribute];
    const placed =
      !places.length || x.sites.some((site) => places.some((place) => within(dataset, site.place, place)));
    return placed && (f?.value === sum.value || f?.upTo === sum.value);
  });
}

/**
 * The set of projects a question names, one or none: by its agreement ("the four projects approved
 * in January" of the seed), or among the sets articles announced by its time and its count. Asked
 * of a company ("is X one of the four …"), the count is of its members; asked as itself, a round of
 * talks is named by a talks word ("who was the ministry negotiating with in June 2022") and any set
 * by its count of projects ("those 13 projects").
 */
function namedSet(p: Reading, dataset: Dataset, asked: "member" | "itself"): string | undefined {
  const sets = dataset.scopes.filter((x) => x.kind === "set" && x.members?.length);
  const agreement = p.entities.find((e) => e.type === "agreement");
  const byAgreement = sets.filter((x) => agreement && x.agreement === agreement.id);
  if (asked === "member" && byAgreement.length === 1) return byAgreement[0]?.id;
  const time = timeOf(p);
  const dates = (x: (typeof sets)[number]) => [
    x.stage?.date ?? "",
    ...dataset.projects.filter((pr) => x.members?.includes(pr.id)).map((pr) => pr.stage?.date ?? ""),
  ];
  const inTime = (x: (typeof sets)[number]) =>
    (!time.year || dates(x).some((d) => d.startsWith(String(time.year)))) &&
    (!time.month || dates(x).some((d) => Number(d.slice(5, 7)) === time.month));
  const counts = p.tokens.map(countOf).filter((n): n is number => !!n);
  const talks = p.cues.has("m:talks");
  const fits = sets.filter((x) => {
    if (!inTime(x)) return false;
    if (asked === "member") return counts.includes(x.members?.length ?? 0);
    if (talks) return x.stage?.value === "talks";
    return counts.some((n) => x.figures.projects?.value === n && n !== x.members?.length);
  });
  return fits.length === 1 ? fits[0]?.id : undefined;
}

/**
 * Every query the question's tags allow, in the order of preference when two explain it equally:
 * the attribute the knowledge never records, changes, a project's stage, a person's office, the
 * figures, what people said or are, then facts and lists.
 */
function* readings(a: Ask): Generator<Query> {
  const { p, has, s, query } = a;
  // Something the knowledge never records: said precisely, never answered with a nearby figure.
  // "Open" asks for a date only with a date word ("when will it open"); a question with more words
  // to read ("which laboratory did AltINFARM open") is for retrieval.
  // A bare phrase ("construction start abdi ibrahim?", "nobel plant opening?") asks its time too.
  const bare =
    p.expects === "any" &&
    p.tokens.length <= 5 &&
    !p.tokens.some((t) => QUESTION_WORDS.has(t) || t.startsWith("what"));
  // The jobs a figure is divided by are no workers paid: «сколько денег получается на одно рабочее место».
  const companion = (c: Cue) => has(c) && !(c === "m:jobs" && perOf(p) === "jobs");
  const unknown = [...p.cues].find((c) => c.startsWith("u:") && (bare || (NEEDS[c] ?? []).every(companion)));
  // "capacity in tablets per year": a unit word and "per" leave nothing else to read.
  // (Numbers say which figure is meant: "of its 39.2 bn" leaves nothing unread.)
  const unread = p.unexplained.filter((w) => !PER_WORDS.has(w) && !/^\d/.test(w));
  // A capacity is asked with what the plant makes ("monthly COVID-19 vaccine capacity"); a period
  // beside a figure of ours is no capacity ("how much will AltINFARM invest per year").
  const periodOnly =
    unknown === "u:capacity" &&
    p.cueAt
      .filter((c) => c.key === "u:capacity")
      .every((c) => {
        // «жылын» is «жылына» cut to its stem: a period word in any of its forms.
        const said = p.tokens.slice(c.start, c.end).join(" ");
        return PERIODS.has(said) || (c.end - c.start === 1 && [...PERIODS].some((x) => shareStem(x, said)));
      });
  const figure = FIGURE_CUES.some(has);
  // A price is of the products named around it ("the price of AZ's diabetes drugs made in KZ").
  // ("what is the current share of KZ-made medicines on the market right now": the share asked whole.)
  // ("how far along is the BSL-3 substance shop at X": the part of the plant named is what progressed.)
  const described =
    unknown === "u:capacity" ||
    unknown === "u:price" ||
    unknown === "u:currentShare" ||
    unknown === "u:progress";
  // A period alone ("bottles per year", «жылына») is a capacity unless a date is asked:
  // «жылын да айтыңыз» ("say the year too") asks when.
  const periodAsked = !periodOnly || p.expects !== "time";
  if (unknown && periodAsked && !(periodOnly && figure) && (unread.length <= 1 || described))
    yield query(["profile"], "value", { unknown: PAID.has(unknown) ? "salary" : unknown.slice(2) });

  // "What changed for Abdi Ibrahim?", "что изменилось?": the figures a newer source changed.
  // (Not "how has the domestic share changed": the share's values by year, which its goal query gives.)
  const shareAsked = has("m:goal") && has("o:share");
  if (has("m:changes") && !has("o:compare") && p.expects !== "reason" && !shareAsked)
    yield query(["changes"], "list", { time: timeOf(p) });
  // "Has MSN Group signed an agreement?", "what is the status of Nobel's project", «на какой
  // стадии», «қай кезеңде»: how far the company's project has got.
  const stage = has("m:agreements") || has("m:status") || has("m:talks");
  // "Has construction of the AltINFARM plant started?": whether it has reached that stage.
  const asked = p.expects === "yesno" ? stageAsked(p) : undefined;
  // "Are any of the plants operating yet?", "have the plants been launched": every project's plant.
  const plants = !s.companies.length && !s.agreements.length && !s.others.length && has("m:facility");
  if (asked && (s.companies.length || plants) && !has("m:date"))
    yield query(["stage"], "exists", { stage: asked });
  // "Is the Altyn Dala deal still only a memorandum?", «всё ещё только переговоры?»: whether it is still there.
  const still = p.expects === "yesno" ? stillAt(p) : undefined;
  if (still && s.companies.length && !has("m:date")) yield query(["stage"], "exists", { still });
  // "Where was X's 2023 memorandum signed", "its first memorandum": the events of that time, or the
  // earliest (latest) alone.
  const pick = eventPicked(p);
  // "Why was construction of X's plant stopped?", «почему остановлено строительство завода X»:
  // the stop and its reason only, never where the plant is built.
  if (p.expects === "reason" && stoppedAsked(p) && s.companies.length) {
    yield query(["stage"], "value");
    return;
  }
  // "Why was the Aktau project suspended?": the stops of the projects there, with their reasons (the
  // stages of all of them when none stopped).
  if (p.expects === "reason" && stoppedAsked(p) && s.places.length) {
    const stopped = a.dataset.projects.filter(
      (x) =>
        (x.stage?.value === "suspended" || x.stage?.value === "cancelled") &&
        x.sites.some((site) => s.places.some((place) => within(a.dataset, site.place, place))),
    );
    const subjects = [...new Set(stopped.map((x) => x.company))].map((id) => ({
      type: "organisation" as const,
      id,
    }));
    yield subjects.length ? { ...query(["stage"], "value"), subjects } : query(["stage"], "list");
    return;
  }
  if (stage && s.companies.length && !has("m:date") && !has("m:partners") && !has("m:who"))
    yield query(["stage"], pick ?? (p.expects === "yesno" && has("m:agreements") ? "exists" : "value"), {
      time: timeOf(p),
    });
  // "Has an agreement been signed for the plant in Semey?", «подписано ли соглашение по фармзаводу в
  // Семее?»: the stage of the projects there (not whether a project is there).
  const placed =
    p.expects === "yesno" && has("m:agreements") && !s.companies.length && s.places.length === 1
      ? companiesIn(a.dataset, s.places[0] as string)
      : [];
  if (placed.length && placed.length <= 3 && !has("m:date") && !has("m:who"))
    yield {
      ...query(["stage"], "exists"),
      subjects: placed.map((id) => ({ type: "organisation" as const, id })),
    };
  // «с СК-Фармацией у АстраЗенеки только переговоры?»: organisations without a project of their own
  // stand where their agreements do.
  // ("is the AstraZeneca memorandum signed or still just talks": the agreement named, with its date.)
  if (
    (has("m:talks") || has("m:status")) &&
    !s.companies.length &&
    (s.others.length || s.agreements.length) &&
    !has("m:date")
  )
    yield query(["dates"], "list");
  // "Which project in the Alatau SEZ was suspended?": the stages of the projects there; "when were
  // the projects approved": the stages of every project, with their dates.
  if (has("m:status") && !s.companies.length && !s.agreements.length && (s.places.length || has("m:date")))
    yield query(["stage"], "list");
  // "Which projects are suspended?", «какие проекты приостановлены», "where has construction
  // started": the projects at that stage now.
  // ("which projects are still at the talks stage", «какие компании подписали меморандумы»: the
  // early stages are listed too; whether one was reached is asked otherwise.)
  const listable = !["yesno", "quantity", "time", "reason"].includes(p.expects);
  const now =
    listable &&
    ((has("m:status") && stageAsked(p)) ||
      ((has("m:status") || has("m:talks") || has("m:agreements")) && earlyStageListed(p)));
  // ("memoranda" alone names no one memorandum: the word, not AstraZeneca's; nor does «қай
  // компаниялар меморандумға қол қойды», companies asked; "who was present at the signing of the
  // memorandum", in the singular and of no companies, is the one memorandum the sources tell of.)
  const byWordOnly = p.entities
    .filter((e) => e.type === "agreement")
    .every(
      (e) =>
        e.end - e.start === 1 &&
        STAGES_ASKED.memorandum.some((w) => p.tokens[e.start]?.startsWith(w)) &&
        (MEMORANDA.test(p.tokens[e.start] ?? "") || has("m:companies")),
    );
  const agreementNamed = s.agreements.length > 0 && !(now === "memorandum" && byWordOnly);
  if (now && !s.companies.length && !agreementNamed && !has("m:date"))
    yield query(["stage"], "list", { stage: now });

  // "whats sayasat nurbek's job": a person's job is their office, not the projects' jobs.
  if (s.people.length && !s.companies.length && !s.places.length && has("m:jobs") && !has("m:said"))
    yield query(["roles"], "value");

  // "how many ministries are involved", «сколько министерств», «неше министрлік»: that kind, counted.
  const orgKind = Object.entries(ORG_KINDS).find(([, words]) => p.tokens.some((t) => words.includes(t)))?.[0];
  // ("what ministries are involved": which of that kind.)
  const which = QUESTION_WORDS.has(p.tokens[0] ?? "");
  if (orgKind && !p.entities.length && (has("o:count") || has("o:list") || has("m:who") || which))
    yield query(["companies"], has("o:count") ? "count" : "list", { orgKind });
  // "which company gives no investment figure", «у какой компании не указаны инвестиции»,
  // «қай компанияның инвестициясы көрсетілмеген»: the companies lacking it.
  const lacks =
    !s.companies.length &&
    !s.places.length &&
    (has("o:list") || has("m:who") || has("m:companies")) &&
    (p.references.some((r) => r.key === "negation") || p.tokens.some((t) => KAZAKH_NEGATIVE.test(t)));
  if (lacks && has("m:partners")) yield query(["partners"], "missing");
  // "how many partner firms in total", «сколько партнёров у всех проектов»: the partners counted.
  if (has("m:partners") && has("o:count") && !s.companies.length && !s.others.length && !lacks)
    yield query(["partners"], "count");
  else if (lacks && (has("m:investment") || has("m:jobs") || has("m:medicines") || has("m:social")))
    yield query(
      [
        has("m:investment")
          ? "investmentKzt"
          : has("m:jobs")
            ? "jobs"
            : has("m:social")
              ? "sociallySignificant"
              : "medicines",
      ],
      "missing",
    );
  const figures = readFigures(a);
  if (figures) yield figures;
  // What someone signed is told in the text: retrieval, unless a figure was asked, or the date of
  // an agreement named ("when did Nurbek sign the memorandum", "where did he sign the az memo").
  // ("how long after the SK-Pharmacy deal did the PM approve them": their order, with the time between.)
  const dateOrPlace = has("m:date") || has("m:location") || has("o:interval") || has("o:order");
  if (s.people.length && has("m:agreements") && !(dateOrPlace && s.agreements.length)) return;
  yield* readPeople(a);
  yield* readFacts(a);
}

/** Cues each part of a query accounts for: what a reading explains of the question. */
const EXPLAINED_BY: Partial<Record<Attribute | Operation, Cue[]>> = {
  jobs: ["m:jobs"],
  medicines: ["m:medicines"],
  investmentKzt: ["m:investment", "m:usd", "m:kzt"],
  sociallySignificant: ["m:social"],
  sites: ["m:location", "m:places", "m:facility"],
  facility: ["m:facility", "m:location"],
  dates: ["m:date", "m:agreements", "m:talks", "m:status"],
  // "Kangtai – which project is it in": the projects an organisation partners.
  partners: ["m:partners", "m:companies"],
  products: ["m:products", "m:medicines"],
  // "to what standard is Nobel building its complex": the building is what the standard is of.
  standard: ["m:standard", "m:facility", "m:location"],
  items: ["m:focusAreas", "m:contents"],
  // "the target share of local medicines": the goal is a share of medicines.
  goal: ["m:goal", "o:share", "m:medicines"],
  // "any plants in Karaganda": the plants are the companies' projects.
  companies: ["m:companies", "m:facility"],
  roles: ["m:role", "m:who", "o:whatIs"],
  statements: ["m:said"],
  signatories: ["m:link", "m:partners", "m:agreements", "m:parties", "m:who"],
  stage: ["m:agreements", "m:status", "m:talks"],
  changes: ["m:changes"],
  // "tell me about X's project": the subject's own noun and the question word, nothing more.
  profile: ["o:whatIs", "m:companies", "m:facility", "m:origin"],
  count: ["o:count"],
  sum: ["o:total", "o:together", "o:sum"],
  average: ["o:average"],
  max: ["o:most"],
  min: ["o:least"],
  rank: ["o:top"],
  compare: ["o:compare"],
  difference: ["o:difference"],
  times: ["o:times"],
  ratio: ["o:perJob"],
  share: ["o:share"],
  remainder: ["o:remainder"],
  missing: ["o:list", "m:who"],
  order: ["o:order", "m:date", "m:agreements"],
};

/**
 * Words that name the subject's kind or ask in general more than they say what is asked ("Nobel's
 * complex", "the project", "what is"): half weight.
 */
const WEAK: ReadonlySet<Cue> = new Set(["m:facility", "m:companies", "o:whatIs"]);

/** How much of the question's cues a query accounts for ("which" and "what" ask for every reading alike). */
function explained(q: Query, p: Reading): number {
  const cues = new Set<Cue>();
  for (const part of [...q.attributes, q.operation]) for (const c of EXPLAINED_BY[part] ?? []) cues.add(c);
  // What the knowledge lacks is the most specific thing a question asks ("сколько получают сотрудники").
  if (q.unknown)
    cues
      .add(`u:${q.unknown}` as Cue)
      .add("o:count")
      .add("o:average");
  // "Why was construction of X's plant stopped?": the stop is of the plant, and its reason is asked.
  if (q.attributes.includes("stage") && p.expects === "reason" && stoppedAsked(p))
    cues.add("m:facility").add("m:companies").add("m:status");
  // A salary is what the workers are paid: "pay its workers" asks no count of jobs.
  if (q.unknown === "salary") cues.add("u:pay").add("u:received").add("m:jobs");
  // A total over every project is set against the companies' own figures: "do they add up to 356".
  if (q.attributes.some(isNumeric) && !q.subjects.length) cues.add("o:total").add("o:addUp");
  // "Bektenov's job" is his office.
  if (q.attributes.includes("roles") && q.subjects.some((x) => x.type === "person")) cues.add("m:jobs");
  // "what is turan": a place is told by what is built there.
  if (q.attributes.includes("companies") && q.subjects.length && q.subjects.every((x) => x.type === "place"))
    cues.add("o:whatIs");
  if (q.groupBy) cues.add(`g:${q.groupBy}` as Cue);
  if (q.per) cues.add(q.per === "jobs" ? "m:jobs" : "m:medicines");
  if (q.whole) cues.add("m:medicines");
  if (q.signed) cues.add("m:agreements");
  if (q.spansPlaces) cues.add("o:spansRegions");
  if (q.only) cues.add("o:only");
  if (q.besides) cues.add("o:remainder");
  // "which official was there when the memorandum was signed": the signing is the occasion asked of.
  if (q.attributes.includes("roles") && q.role?.length && q.subjects.some((x) => x.type === "agreement"))
    cues.add("m:agreements").add("m:date");
  // "who are Kazakh Invest", «СК-Фармация это кто»: what an organisation is — not who builds where.
  const orgs = q.subjects.length > 0 && q.subjects.every((x) => x.type === "organisation");
  const operation = [...p.cues].some((c) => c.startsWith("o:") && c !== "o:whatIs");
  if (q.attributes.includes("profile") && orgs && !operation && !p.cues.has("m:location")) cues.add("m:who");
  if (q.stated) cues.add("o:stated");
  // "how many ministries", "which ministries are involved": the kind counted or listed, and who.
  if (q.orgKind) cues.add("o:count").add("o:list").add("m:who");
  if (q.role && q.attributes.includes("profile")) cues.add("m:role");
  if (q.time) cues.add("m:date");
  // The words of the stage asked ("already built": "built" is no question of where).
  if (q.stage) for (const c of cuesWithin(p, STAGES_ASKED[q.stage])) cues.add(c);
  // "что строят в СЭЗ Туран": a place named answers what is built or located there.
  if (q.subjects.some((x) => x.type === "place")) cues.add("m:location");
  // "who is in the TURAN zone?": the companies there are who.
  if (q.attributes.includes("companies") && q.subjects.some((x) => x.type === "place")) cues.add("m:who");
  let n = 0;
  // What the knowledge never records names the very thing asked ("когда истекает соглашение"): double.
  for (const c of cues) if (p.cues.has(c)) n += WEAK.has(c) ? 1 : c.startsWith("u:") ? 6 : 2;
  // A comparison explains its comparative word ("more", «көп»), which no cue holds; a stage asked
  // ("has the plant opened?", "already built?") its stage word.
  if (q.comparative) n += 2;
  // "which of Abdi and MSP is in Turkistan Region": where each builds explains the "which".
  const companies = q.subjects.filter((x) => x.type === "organisation").length;
  const whichOf = p.cues.has("o:list") || p.references.some((r) => r.key === "whichOfThem");
  if (q.operation === "list" && q.attributes.includes("sites") && companies >= 2 && whichOf) n += 2;
  // "which makes more medicines, Abdi or AltINFARM": the comparison explains its "more".
  if (
    q.operation === "compare" &&
    p.tokens.some((t) => COMPARATIVES.more.includes(t) || COMPARATIVES.less.includes(t))
  )
    n += 2;
  if (q.stage) n += 2;
  // "does MSP make 150 medicines?": the number said is what is asked, never a product's name.
  // (What the knowledge never records, asked beside the number, is still the thing asked.)
  if (q.threshold && ![...p.cues].some((c) => c.startsWith("u:"))) n += 3;
  // "wher is abdi bulding its plant": "where" asks where, before what is built.
  if (p.expects === "place" && q.attributes.includes("sites")) n += 2;
  return n;
}

/**
 * The reading that explains the question best: first one whose result can be the kind of answer
 * the question asks for about the subjects it names, then the one that accounts for most of its
 * cues, then the earlier.
 */
function bestOf(candidates: Query[], a: Ask): { q: Query; fits: boolean } | undefined {
  let best: { q: Query; fits: boolean; n: number } | undefined;
  // A reading that explains none of the question's words (a profile) fits only a question without any.
  const asked = [...a.p.cues].some((c) => c.startsWith("m:") || c.startsWith("o:"));
  const acronyms = (a.p.text.match(/\b[A-Z]{2,5}\b/g) ?? []).filter((w) =>
    a.p.unexplained.includes(w.toLowerCase()),
  );
  for (const q of candidates) {
    const n = explained(q, a.p);
    // A text answer (dates, a profile) for one cue word while an abbreviation stays unread ("RWE??
    // what is that in the az deal"): the text says what it is.
    const partial = !q.attributes.some(isNumeric) && !q.unknown && n <= 2 && acronyms.length > 0;
    // "How much does the QazVac plant cost?": a name the text knows and the knowledge does not is
    // never answered with a total or a list over every project.
    // Only a figure of a subject the question names may stand beside such a name ("AltINFARM's
    // jobs in Sortobe"); a list or a fact ("what did they sign in Cambridge") is the text's.
    const named = q.subjects.some((x) => NAMED_SUBJECTS.includes(x.type));
    // "Young Health бағдарламасына қанша қаржы": a capitalised name left unread is what is asked about.
    const run = /\b[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}\b/.exec(a.p.text)?.[0].toLowerCase().split(/\s+/) ?? [];
    const unreadName = run.length > 0 && run.every((w) => a.p.unexplained.includes(w));
    // ("is Early Diagnosis one of the memo areas?": the names are the items looked for.)
    const itemsAsked = q.attributes.includes("items") && !!q.topic?.length;
    const unnamed =
      (a.p.textNames.length > 0 || unreadName) && (!named || !q.attributes.some(isNumeric)) && !itemsAsked;
    const fits =
      (n > 0 || !asked || !!q.unknown) &&
      !partial &&
      !unnamed &&
      fitsExpected(q, a.p.expects) &&
      fitsSubjects(q, a.s);
    const scored = { q, fits, n };
    if (!best || (fits && !best.fits) || (fits === best.fits && scored.n > best.n)) best = scored;
  }
  return best;
}

/** "role" itself names no office ("CEO" and «министр» do). */
const GENERIC_ROLE = /^(role|roles|роль|роли|рол[ьи]|рөл\S*|officials?|чиновник\S*|шенеунік\S*)$/;

/** Subjects that are the named thing a question asks about (a place alone is where to look). */
const NAMED_SUBJECTS: SubjectType[] = ["organisation", "person", "agreement", "partnership"];

/** What a person, or an organisation without a project of its own (AstraZeneca), cannot have. */
const NOT_OF_PEOPLE: Attribute[] = ["sites", "facility", "standard", "products", "companies"];
const NOT_OF_OTHERS: Attribute[] = ["sites", "standard", "companies"];

/**
 * Whether a query can be about the subjects named: "Nurbek's job" is no count of the projects'
 * jobs, and where AstraZeneca's medicines are made is no list of the projects' sites.
 */
function fitsSubjects(q: Query, s: Ask["s"]): boolean {
  // "SK-Pharmacy's role in the AZ story" asks what the company does, not who holds an office there.
  const office = q.role?.some((w) => !GENERIC_ROLE.test(w));
  if (q.attributes.includes("roles") && s.organisations.length && !s.people.length && !office) return false;
  // An agreement has its place and date whoever signed it ("where was the az memorandum signed").
  if (s.companies.length || s.places.length || s.agreements.length) return true;
  if (s.people.length && q.attributes.some((x) => isNumeric(x) || NOT_OF_PEOPLE.includes(x))) return false;
  return !(s.others.length && q.attributes.some((x) => NOT_OF_OTHERS.includes(x)));
}

/** Attributes that can answer each kind of question; a kind not listed takes any query. */
const ANSWERS: Partial<Record<AnswerType, Attribute[]>> = {
  place: ["sites", "facility", "companies", "profile", "changes", "stage"],
  time: ["dates", "stage", "changes", "profile"],
  kind: ["products", "facility", "sites", "profile", "items", "standard", "goal"],
  description: [
    // "what did Kazakhstan sign with AstraZeneca in April 2024": the agreement is the answer.
    "dates",
    "signatories",
    "items",
    "statements",
    "products",
    "profile",
    "goal",
    "facility",
    "stage",
    "partners",
    "roles",
  ],
};

/**
 * Whether a query's result can be the kind of answer the question's form asks for ("where did
 * Nurbek go" is not answered by his title, "when" by a product list, "how many" by a stage). What
 * the knowledge never records (`unknown`) is said precisely whatever the form.
 */
export function fitsExpected(query: Query, expects: AnswerType): boolean {
  // A set asked as itself answers with its members and its own figures, whatever the form.
  // (Agreements in order answer "which came first" and "how many months between" alike.)
  // ("what ministries are involved": the organisations of that kind are what it asks, whatever its form.)
  if (
    query.unknown ||
    query.set ||
    query.orgKind ||
    query.operation === "exists" ||
    query.operation === "order"
  )
    return true;
  // A figure asked in any form is still that figure ("ең көп дәрі шығаратын компания қайсы"),
  // but never the kinds of a thing.
  // "Where" is answered by a figure only as a place's ("where will most jobs be created").
  // "besides Nobel, who builds to GMP": what is left of a total is a figure, no one who does it.
  if (expects === "agent" && query.operation === "remainder" && query.attributes.some(isNumeric))
    return false;
  if (query.attributes.some(isNumeric))
    return expects === "place"
      ? !!query.groupBy ||
          ["max", "min", "rank"].includes(query.operation) ||
          query.subjects.some((x) => x.type === "place")
      : expects !== "kind";
  // "what is turan", «что такое туран»: a place is told by what is built there.
  if (
    expects === "description" &&
    query.attributes.includes("companies") &&
    query.subjects.length > 0 &&
    query.subjects.every((x) => x.type === "place")
  )
    return true;
  // The goal is a figure too: «үлесін қаншаға жеткізу» ("to how much the share is to rise") asks 50%.
  if (expects === "quantity") return query.operation === "count" || query.attributes.includes("goal");
  const allowed = ANSWERS[expects];
  return !allowed || query.attributes.some((a) => allowed.includes(a));
}

/** The figures whose headline total the question states as a number ("… add up to 356"). */
function headlineSaid(p: Reading, dataset: Dataset): Attribute[] {
  const said = new Set(p.tokens.map(Number).filter((n) => Number.isFinite(n) && n > 0));
  const out = new Set<Attribute>();
  for (const [metric, figure] of Object.entries(dataset.totals)) {
    if (!figure || !("value" in figure) || !said.has(figure.value)) continue;
    const asked = (metric === "investmentUsd" ? "investmentKzt" : metric) as Attribute;
    if (isNumeric(asked)) out.add(asked);
  }
  return [...out];
}

/** The figures of the companies named that the question states by their number ("MSP's 36.7 bn"). */
function figuresSaid(p: Reading, dataset: Dataset, companies: string[]): Attribute[] {
  const said = new Set(
    p.tokens.map(Number).filter((n) => Number.isFinite(n) && n > 0 && !p.years.includes(n)),
  );
  const out = new Set<Attribute>();
  for (const c of companies) {
    const project = projectOf(dataset, c);
    if (!project) continue;
    for (const metric of NUMERIC_SAID) {
      const figure = metricOf(project, metric);
      if (figure && said.has(figure.value)) out.add(metric === "investmentUsd" ? "investmentKzt" : metric);
    }
  }
  return [...out];
}
/** The companies whose investment (in either currency) is a number the question says. */
function investmentSaid(p: Reading, dataset: Dataset): string[] {
  const bare = { ...p, tokens: p.tokens.map((t) => t.replace(/^\$(?=\d)/, "")) };
  return dataset.projects
    .filter((x) => figuresSaid(bare, dataset, [x.company]).includes("investmentKzt"))
    .map((x) => x.company);
}
/** A question asking which ones, with no bound on the number it says ("more than 40" asks a filter, not a match). */
function asksWhich(p: Reading): boolean {
  const which = p.tokens.some((t) => WHICH_WORDS.has(t)) || p.expects === "agent";
  return which && !p.tokens.some((t) => BOUND_WORDS.has(t));
}
const WHICH_WORDS = new Set(["which", "what", "какие", "какой", "какая", "какое", "қай", "қандай", "қайсы"]);
const BOUND_WORDS = new Set(
  "more over above exceed exceeds less under below fewer least most than более свыше больше менее меньше превышает астам артық кем аз көп".split(
    " ",
  ),
);
/** The companies whose investment, in the currency the question names (either when none), is a number it says. */
function worthSaid(p: Reading, dataset: Dataset): string[] {
  const said = new Set(
    p.tokens
      .map((t) => Number(t.replace(/^\$(?=\d)/, "")))
      .filter((n) => Number.isFinite(n) && n > 0 && !p.years.includes(n)),
  );
  if (!said.size) return [];
  const usd = p.cues.has("m:usd") || p.tokens.some((t) => /^\$\d/.test(t));
  const kzt = p.cues.has("m:kzt");
  return dataset.projects
    .filter((x) => {
      const dollars = metricOf(x, "investmentUsd");
      const tenge = metricOf(x, "investmentKzt");
      return (
        (!!dollars && (usd || !kzt) && said.has(dollars.value)) ||
        (!!tenge && (kzt || !usd) && said.has(tenge.value))
      );
    })
    .map((x) => x.company);
}
const NUMERIC_SAID = ["investmentKzt", "investmentUsd", "jobs", "medicines", "sociallySignificant"] as const;

/** The figures whose per-company sum (over the projects a headline covers) is a number the question says. */
function listedSumSaid(p: Reading, dataset: Dataset): Attribute[] {
  const said = p.tokens.map(Number).filter((n) => Number.isFinite(n) && n > 0 && !p.years.includes(n));
  if (!said.length) return [];
  const out = new Set<Attribute>();
  for (const metric of ["investmentKzt", "investmentUsd", "jobs", "medicines"] as const) {
    const headline = dataset.totals[metric];
    const figures = coveredBy(dataset, headline).flatMap((x) => metricOf(x, metric) ?? []);
    if (figures.length < 2) continue;
    const total = figures.reduce((sum, f) => sum + f.value, 0);
    // "Nobel's share of the 356" is of the headline, which the sum may equal.
    if (Math.abs(total - headline.value) < 0.05) continue;
    if (said.some((n) => Math.abs(n - total) < 0.05))
      out.add(metric === "investmentUsd" ? "investmentKzt" : metric);
  }
  return [...out];
}

/** Operation words that make a question about figures. */
const FIGURE_OPERATIONS = [
  "o:count",
  "o:total",
  "o:most",
  "o:least",
  "o:compare",
  "o:average",
  "o:share",
  "o:difference",
  "o:times",
  "o:sum",
  "o:together",
  "o:addUp",
] as const;

/** What the interpreter's stages share: the reading, its cues, the scope of its subjects. */
interface Ask {
  p: Reading;
  /** The question asks why figures do not add up to a headline ("why … not 356", «не сходится»). */
  gap: boolean;
  has: (c: Cue) => boolean;
  s: ReturnType<typeof scopeOf>;
  dataset: Dataset;
  query: (attributes: Attribute[], operation: Operation, extra?: Partial<Query>) => Query;
}

/** "what", «что»: a question asking what a thing is or what is done. */
const WHAT_WORDS = new Set(["what", "whats", "что", "чего"]);

/** Figures: which numeric attributes, with which operation, grouping, unit and denominator. */
function readFigures(a: Ask): Query | null {
  const { p, has, s, dataset, query } = a;

  const exists = p.expects === "yesno" && !a.gap;
  // "Is MSP more expensive than AltINFARM", «Абди Нобелден көп дәрі шығара ма»: figures compared;
  // "are there more than 300 medicines", «больше 200 рабочих мест?»: a figure against a bound.
  const comparative = exists && s.companies.length === 2 ? comparativeOf(p, a.query) : undefined;
  const threshold = exists ? thresholdOf(p) : undefined;
  // "which makes more medicines, Abdi or AltINFARM": two companies set against each other by a figure.
  const versus =
    !exists &&
    s.companies.length >= 2 &&
    p.tokens.some((t) => COMPARATIVES.more.includes(t) || COMPARATIVES.less.includes(t));
  const numeric =
    FIGURE_OPERATIONS.some(has) ||
    has("o:perJob") ||
    has("o:top") ||
    a.gap ||
    !!comparative ||
    !!threshold ||
    versus;
  const investment = has("m:investment") || has("m:usd") || has("m:kzt");
  const unit = has("m:usd") && !has("m:kzt") ? "USD" : has("m:kzt") && !has("m:usd") ? "KZT" : undefined;

  let per = has("o:perJob") ? "jobs" : perOf(p);
  if (!per && p.tokens.includes("per") && investment && has("m:jobs")) per = "jobs";

  const attributes: Attribute[] = [];
  if (has("m:social")) attributes.push("sociallySignificant");
  else if (
    has("m:medicines") &&
    per !== "medicines" &&
    (numeric ||
      investment ||
      ((s.places.length || has("o:remainder")) &&
        !has("m:products") &&
        !has("o:list") &&
        p.expects !== "list"))
  )
    attributes.push("medicines");
  if (has("m:jobs") && per !== "jobs") attributes.push("jobs");
  if (investment) attributes.push("investmentKzt");
  // "how much per job at Nobel", «сколько на одно рабочее место»: divided by jobs (or medicines)
  // with nothing else named, it is the money.
  const perMoney = !!per && !attributes.length;
  if (perMoney) attributes.push("investmentKzt");
  // "if the total is 173, what's left for Abdi Ibrahim": the number names the headline it is.
  // "nobel's share of the 173 bn": so does a share or a difference taken of it.
  const ofHeadline = has("o:remainder") || has("o:share") || has("o:difference") || a.gap;
  if (!attributes.length && ofHeadline) attributes.push(...headlineSaid(p, dataset));
  // "how much of MSP's 36.7 bn goes to Almaty Region": a company's own figure names what is asked.
  if (!attributes.length) attributes.push(...figuresSaid(p, dataset, s.companies));
  // "Nobel's share of the 284": a number that is the per-company figures' sum names that sum.
  const listedSum = listedSumSaid(p, dataset);
  if (!attributes.length) attributes.push(...listedSum);
  // "what's left for Abdi": the headline less the others is told of the investment; "which
  // companies besides Nobel build in Almaty" asks a list, no figure.
  // ("besides Sinopharm, who else partners with AltINFARM", «кроме … кто ещё»: whom, not how much.)
  const listing =
    has("o:list") ||
    s.places.length > 0 ||
    p.expects === "list" ||
    p.expects === "agent" ||
    has("m:partners");
  if (!attributes.length && has("o:remainder") && s.companies.length && !listing)
    attributes.push("investmentKzt");
  // "what share of the stated sum is Nobel's": a sum of money is the investment; a share of "the
  // total" with no figure named is given for each figure the total states.
  if (!attributes.length && has("o:share") && s.companies.length)
    attributes.push(
      ...(has("o:sum") ? (["investmentKzt"] as const) : (["investmentKzt", "jobs", "medicines"] as const)),
    );

  // "is Abdi the biggest?", «Нобел самый крупный проект?»: by what a project's size is told in.
  if (
    !attributes.length &&
    (has("o:most") || has("o:least")) &&
    s.companies.length === 1 &&
    p.expects === "yesno"
  )
    attributes.push("investmentKzt", "jobs", "medicines");

  // "which region has the most …": a ranking of regions, not of companies.
  const ranksPlaces =
    (has("o:most") || has("o:least")) && (has("m:places") || p.expects === "place") && !s.places.length;
  // "why don't the per-company figures add up to 356": the total answer sets them against it.
  // "the sum of the figures given for each company" adds them up: the companies are the parts, not groups.
  const addsStated = has("o:stated") && (has("o:total") || has("o:sum") || has("o:together"));
  const groupBy =
    a.gap || addsStated
      ? undefined
      : has("g:region") || ranksPlaces
        ? "region"
        : has("g:company")
          ? "company"
          : has("g:city")
            ? "city"
            : undefined;

  // "which project creates the most jobs per tenge", "per job by company": each company's ratio.
  const eachCompany =
    (has("o:most") || has("o:least") || has("g:company") || has("o:top")) &&
    !s.companies.length &&
    !s.places.length;
  // «Sinovac компаниясының АльтИнФарм жобасындағы үлесі»: a partner's stake, which no source states.
  // ("what share in the project does Sinovac hold": the project said, not named.)
  const ofProject = p.tokens.some((t) => /^(project|plant|venture|проект|жоба|завод|зауыт)/.test(t));
  if (has("o:share") && s.others.length && (s.companies.length || ofProject))
    return query(["profile"], "value", { unknown: "owner" });
  if (per && (investment || perMoney)) {
    const versus = versusOf(p, s.companies.length);
    // "is Nobel's per job more than MSP's?": yes or no, of the company asked about.
    const asked = versus === "difference" && p.expects === "yesno" ? comparativeOf(p, query) : undefined;
    // "investment per job of nobel and msp together", «вместе на одно рабочее место»: one ratio of the sums.
    // (Not when they are set against each other: «бір жұмыс орнына … айырмасы», "more per job than".)
    const combined =
      s.companies.length >= 2 && !versus && (has("o:together") || has("o:sum") || has("o:total"))
        ? true
        : undefined;
    return query(["investmentKzt"], "ratio", {
      unit,
      per,
      groupBy: eachCompany ? "company" : undefined,
      versus,
      combined,
      ...(asked ? { subjects: asked.subjects, comparative: asked.comparative } : {}),
    });
  }
  // "jobs per medicine at MSP", «рабочих мест на один препарат»: one count over the other.
  if (per === "medicines" && has("m:jobs")) return query(["jobs"], "ratio", { per });
  // "what share of Nobel's medicines are socially significant", "how many are NOT": of its own whole.
  const negated = p.references.some((r) => r.key === "negation");
  // "which project has the highest share of socially significant medicines": each of its own.
  const ranked = has("o:most") || has("o:least") || has("o:top");
  if (has("m:social") && has("o:share") && ranked && !s.companies.length && !s.places.length)
    return query(["sociallySignificant"], has("o:least") ? "min" : "max", { whole: "medicines" });
  // "how many of its medicines are socially significant", «сколько из них», «олардың қаншасы»: a part of its whole.
  const ofWhole =
    /(?<!\p{L})(of (its|their|them|the plant['’]s)|из (них|его|е[её]|которых)|олардың|оның ішінде|ішінен)(?!\p{L})/iu.test(
      p.text,
    );
  if (has("m:social") && (s.companies.length || s.places.length) && (has("o:share") || negated || ofWhole))
    return query(["sociallySignificant"], negated ? "difference" : "share", { whole: "medicines" });
  // "Are there more than 300 medicines in total?": the figure set against the number asked.
  const counts = attributes.filter((x) => x === "jobs" || x === "medicines" || x === "sociallySignificant");
  if (threshold && counts.length === 1 && !comparative) return query(counts, "exists", { threshold });
  // "is Nobel investing more than $100 million?", "is 58.5 billion the Nobel investment?".
  if (threshold && investment && !threshold.share && !comparative && !has("o:top"))
    return query(["investmentKzt"], "exists", { threshold, unit });
  // "Is AltINFARM's investment more than a third of the total?": its share against the fraction.
  if (threshold?.share && s.companies.length)
    return query(attributes.length ? attributes : ["investmentKzt"], "exists", { threshold, unit });
  // "Is Nobel bigger than AltINFARM?" with no figure named: by what a project's size is told in.
  if (comparative)
    return {
      ...comparative,
      attributes: attributes.length ? attributes : ["investmentKzt", "jobs", "medicines"],
      unit,
    };
  if (attributes.length) {
    const limit = p.tokens
      .map(Number)
      .find((n, i) => Number.isInteger(n) && n > 0 && n < 20 && has("o:top") && i > 0);
    const operation = operationOf(a, { groupBy, exists });
    // "fewest jobs outside Almaty city": a ranking over the place's complement.
    const outside =
      has("o:remainder") && s.places.length > 0 && ["max", "min", "rank"].includes(operation)
        ? true
        : undefined;
    const sameTop =
      p.expects === "yesno" &&
      (operation === "max" || operation === "min") &&
      attributes.length >= 2 &&
      !s.companies.length
        ? true
        : undefined;
    const topIn =
      p.expects === "yesno" &&
      (operation === "max" || operation === "min") &&
      s.places.length > 0 &&
      !s.companies.length
        ? true
        : undefined;
    const position = operation === "max" || operation === "min" ? p.rankPlace : undefined;
    return query(attributes, operation, {
      outside,
      sameTop,
      topIn,
      percentMore: percentMore(a)
        ? a.p.tokens.some((t) => COMPARATIVES.less.includes(t))
          ? "less"
          : "more"
        : undefined,
      unit,
      // "how much of the 173 bn isn't covered by the per-company figures": the remainder, not by company.
      // ("besides AltINFARM, what are the other amounts", «кроме Нобел какие суммы у остальных»,
      // «Абдиден басқалардың инвестициялары қандай»: each of the others.)
      groupBy:
        operation === "remainder"
          ? s.companies.length && p.expects === "list"
            ? "company"
            : undefined
          : groupBy,
      limit,
      position,
      stated:
        has("o:stated") ||
        a.gap ||
        attributes.some((x) => listedSum.includes(x)) ||
        // "what fraction of the 173 bn is backed by per-company figures": their sum's share.
        (operation === "share" && has("g:company") && !s.companies.length) ||
        undefined,
      addUp: (a.gap && p.expects === "yesno") || undefined,
      // "what share of the 173 do they have together": one share of their sum.
      combined: (operation === "share" && s.companies.length >= 2 && has("o:together")) || undefined,
      addUpSide:
        a.gap && p.expects === "yesno"
          ? p.tokens.some((t) => COMPARATIVES.more.includes(t))
            ? "more"
            : p.tokens.some((t) => COMPARATIVES.less.includes(t))
              ? "less"
              : undefined
          : undefined,
    });
  }

  return null;
}

/**
 * "Is MSP more expensive than AltINFARM?": a yes/no comparison, its direction from the comparative
 * word and its subject the company not marked as the standard ("than X", «чем X», «X-тен»); with no
 * mark, the first named. None without a comparative word.
 */
function comparativeOf(p: Reading, query: Ask["query"]): Query | undefined {
  const at = (words: string[]) => p.tokens.findIndex((t) => words.includes(t));
  const more = at(COMPARATIVES.more);
  const less = at(COMPARATIVES.less);
  if (more < 0 && less < 0) return undefined;
  const direction = less < 0 || (more >= 0 && more < less) ? "more" : "less";
  const companies = p.entities.filter((e) => e.type === "organisation");
  const standard = companies.find(
    (e) =>
      COMPARATIVES.than.includes(p.tokens[e.start - 1] ?? "") ||
      COMPARATIVES.than.includes(p.tokens[e.end] ?? "") ||
      COMPARATIVES.ablative.test(p.tokens[e.end - 1] ?? ""),
  );
  const asked = companies.find((e) => e !== standard) ?? companies[0];
  const others = p.entities.filter((e) => e !== asked);
  const subjects = [asked, ...others].flatMap((e) => (e ? [{ type: e.type, id: e.id }] : []));
  const factor = factorOf(p.tokens);
  return query([], "exists", { subjects, comparative: direction, ...(factor ? { factor } : {}) });
}

/** "more than twice as many", "3 times more", «в два раза больше», «екі есе көп»: the multiple asked. */
function factorOf(tokens: string[]): number | undefined {
  for (const [i, t] of tokens.entries()) {
    if (FACTOR_WORDS[t]) return FACTOR_WORDS[t];
    const n = FACTOR_NUMBERS[t] ?? (/^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined);
    if (n && n > 1 && TIMES_WORDS.has(tokens[i + 1] ?? "")) return n;
  }
  return undefined;
}

/**
 * "more than 300", «свыше 300», «300-ден астам»: a plain count and which side of it is asked;
 * "exactly 200" the figure as stated; "more than a third" or "over 30%" a share of the headline.
 */
function thresholdOf(p: Reading): Query["threshold"] {
  const text = ` ${p.tokens.join(" ")} `;
  const side = (near: string[]) => {
    // «не менее 100», «не меньше 100» are at least 100.
    const lower = (t: string, i: number) => COMPARATIVES.below.includes(t) && near[i - 1] !== "не";
    const above = near.some(
      (t, i) =>
        COMPARATIVES.above.includes(t) ||
        /^\d+(ден|тен|нан|нен|дан|тан)$/.test(t) ||
        (COMPARATIVES.below.includes(t) && !lower(t, i)),
    );
    const below = near.some(lower);
    return above === below ? undefined : above;
  };
  const fraction = FRACTIONS.find(([words]) => words.some((w) => text.includes(` ${w}`)));
  if (fraction) {
    const above = side(p.tokens);
    return above === undefined ? undefined : { value: fraction[1], above, share: true };
  }
  const percent = p.tokens.findIndex(
    (t, i) =>
      /^\d+(\.\d+)?%$/.test(t) ||
      (/^\d+(\.\d+)?$/.test(t) && /^(%|percent|процент|пайыз)/.test(p.tokens[i + 1] ?? "")),
  );
  const at =
    percent >= 0
      ? percent
      : // ("more than $60 billion": the dollar sign stays on the number.)
        p.tokens.findIndex((t) => /^\$?\d+(\.\d+)?$/.test(t) && !p.years.includes(Number(t)));
  if (at < 0) return undefined;
  const value = Number.parseFloat((p.tokens[at] as string).replace(/^\$/, ""));
  const scale = SCALES.find(([, words]) => words.includes(p.tokens[at + 1] ?? ""))?.[0];
  // The bound word stands two words from the number phrase — the number, its scale and its unit:
  // «150 млрд теңгеден асады ма», "more than 150 billion tenge".
  const near = p.tokens.slice(Math.max(0, at - 2), numberPhraseEnd(p, at, !!scale) + 2);
  // "is Nobel's 200 jobs an exact figure?", "is the 265 approximate?": how the figure is stated.
  // ("approximately 58 billion?" says the number roughly: the word right before it asks no such thing.)
  const roughly = p.tokens.slice(Math.max(0, at - 2), at).some((t) => COMPARATIVES.roughly.includes(t));
  const qualified = (Object.entries(COMPARATIVES.qualified) as [QualifierKind, string[]][]).find(
    ([, words]) => p.tokens.some((t, i) => (i < at - 2 || i > at) && words.some((w) => t.startsWith(w))),
  )?.[0];
  if (percent < 0 && p.expects === "yesno" && qualified && !roughly)
    return { value, above: false, qualified, scale };
  if (percent < 0 && near.some((t) => COMPARATIVES.exactly.includes(t)))
    return { value, above: false, exactly: true, scale };
  const above = side(near);
  // "is 58.5 billion the Nobel investment?", "altinfarm 200 jobs correct?": no bound word, so the
  // number is stated as the figure itself, to be confirmed or corrected — when it stands as a figure
  // (its scale or the figure's word right after it), not inside a name ("COVID-19").
  if (above === undefined) {
    // "will employ like 200 people, correct?": people counted, when the jobs are asked, are jobs.
    const headcount = p.cues.has("m:jobs") && HEADCOUNT_WORDS.has(p.tokens[at + 1] ?? "");
    const figureWord = headcount || p.cueAt.some((c) => c.start === at + 1 && FIGURE_CUES.includes(c.key));
    const inName = new RegExp(`\\p{L}-${p.tokens[at]}(?!\\d)`, "u").test(p.text);
    return percent < 0 && (scale || figureWord) && !inName
      ? { value, above: false, said: true, scale, ...(roughly ? { rough: true } : {}) }
      : undefined;
  }
  return percent >= 0 ? { value, above, share: true } : { value, above, scale };
}

/** Where the number phrase at `at` ends: after its scale word and the figure's words that follow. */
function numberPhraseEnd(p: Reading, at: number, scaled: boolean): number {
  let end = at + (scaled ? 2 : 1);
  for (;;) {
    const unit = p.cueAt.find((c) => c.start === end && FIGURE_CUES.includes(c.key));
    if (!unit) return end;
    end = unit.end;
  }
}

type QualifierKind = NonNullable<NonNullable<Query["threshold"]>["qualified"]>;

/** The phase a question names: "the second phase", «первая очередь», «екінші кезеңі». */
function phaseAsked(tokens: string[]): number | undefined {
  const at = tokens.findIndex((t, i) => i > 0 && PHASES.words.some((w) => t.startsWith(w)));
  const word = at > 0 ? (tokens[at - 1] as string) : "";
  return PHASES.ordinals.find(([o]) => word.startsWith(o))?.[1];
}

/** "its first memorandum" picks the earliest event (min), "the latest" the newest (max). */
function eventPicked(p: Reading): "min" | "max" | undefined {
  const said = (words: string[]) => p.tokens.some((t) => words.some((w) => t.startsWith(w)));
  return said(EVENT_PICKS.first) ? "min" : said(EVENT_PICKS.last) ? "max" : undefined;
}

/** "in which city", «в каком городе», «қай облыста»: a kind of place asked for, none named. */
function asksPlaceKind(p: Reading): boolean {
  const kind = p.references.some((r) => r.key === "city" || r.key === "region");
  return (
    kind && !p.entities.some((e) => e.type === "place") && (p.cues.has("o:list") || p.expects === "place")
  );
}

/** "what goal does it support", «какую цель поддерживает», «қолдайды»: a goal served, not an aim of its own. */
const supportAsked = (p: Reading) => p.tokens.some((t) => /^(support|поддерж|қолда)/.test(t));

/** "which city", «қай облыста»: the kind a question asks for (the first one, when it names both). */
const kindAsked = (p: Reading) =>
  p.references.find((r) => r.key === "city" || r.key === "region")?.key as "city" | "region" | undefined;

/** The cues read inside the question's phrases that start with any of `words`. */
function cuesWithin(p: Reading, words: string[]): Cue[] {
  const out: Cue[] = [];
  for (const w of words) {
    const n = w.split(" ").length;
    p.tokens.forEach((_, i) => {
      if (
        !p.tokens
          .slice(i, i + n)
          .join(" ")
          .startsWith(w)
      )
        return;
      for (const c of p.cueAt) if (c.start < i + n && c.end > i) out.push(c.key);
    });
  }
  return out;
}

/** An early stage a list asks for: "which projects are at the talks stage", «какие компании подписали меморандумы». */
function earlyStageListed(p: Reading): Query["stage"] {
  const which = p.expects === "list" || p.expects === "agent";
  if (!which && !(p.expects === "any" && p.cues.has("m:companies"))) return undefined;
  const early = ["talks", "memorandum"] as const;
  return early.find((stage) => p.tokens.some((t) => STAGES_ASKED[stage].some((w) => t.startsWith(w))));
}

/** An early stage a question asks whether a project is still at: "still only a memorandum?", «пока только переговоры?», «әлі келіссөз бе?». */
function stillAt(p: Reading): Query["still"] {
  const still = p.tokens.some((t) => /^(still|only|yet|вс[её]|ещ[её]|пока|только|әлі|тек|ғана)$/u.test(t));
  if (!still) return undefined;
  if (p.tokens.some((t) => /^(memorand|mou$|меморандум)/u.test(t))) return "memorandum";
  if (p.tokens.some((t) => /^(talks$|negotiat|переговор|келіссөз)/u.test(t))) return "talks";
  return undefined;
}

/**
 * The stage a yes/no question asks about, by the first of its words the question holds outside an
 * agreement's topic: «подписала ли … соглашение о строительстве» asks about the agreement.
 */
/** A stop asked about: "suspended", «остановили», «тоқтатылды». */
function stoppedAsked(p: Reading): boolean {
  return p.tokens.some((t) => STOPPED_WORDS.some((w) => t.startsWith(w)));
}
const STOPPED_WORDS = [
  ...STAGES_ASKED.suspended,
  ...STAGES_ASKED.cancelled,
  "stopped",
  "stop",
  "halted",
  "paused",
  "останов",
  "приостанов",
  "заморож",
  "тоқта",
];

/** The stages a yes/no question asks whether a project reached. */
const REACHABLE = ["under construction", "launched", "suspended", "cancelled"] as const;

function stageAsked(p: Reading): (typeof REACHABLE)[number] | undefined {
  const topic = agreementTopic(p.tokens, p.cueAt);
  // «работает с Sinovac» ("works with") asks of partners, not whether the plant is running.
  for (const c of p.cueAt) if (c.key === "m:partners") for (let i = c.start; i < c.end; i++) topic.add(i);
  const at = (w: string) =>
    p.tokens.some((_, i) => !topic.has(i) && `${p.tokens.slice(i).join(" ")}`.startsWith(w));
  for (const stage of REACHABLE) if (STAGES_ASKED[stage].some(at)) return stage;
  return undefined;
}

/** The operation a figure question asks for, from its operation words and its subjects. */
/** The agreement a company's project is under, when the sources name one. */
function companyAgreement(dataset: Dataset, company: string): string | undefined {
  return dataset.projects.find((x) => x.company === company)?.agreement ?? undefined;
}

/** "by what percent is AltINFARM's investment bigger than Nobel's", «на сколько процентов больше»: two set side by side in percent. */
function percentMore(a: Ask): boolean {
  const comparative = a.p.tokens.some((t) => COMPARATIVES.more.includes(t) || COMPARATIVES.less.includes(t));
  return a.s.companies.length === 2 && a.has("o:share") && (comparative || a.has("o:difference"));
}

function operationOf(a: Ask, how: { groupBy?: string; exists: boolean }): Operation {
  const { has, s } = a;
  const { groupBy, exists } = how;
  // "from highest to lowest" names both ends: the one named first leads the order.
  const at = (cue: Cue) => a.p.cueAt.find((c) => c.key === cue)?.start ?? Number.POSITIVE_INFINITY;
  const ascending = has("o:least") && (!has("o:most") || at("o:least") < at("o:most"));
  if (percentMore(a)) return "compare";
  return has("o:share") && (s.companies.length || s.places.length || has("o:stated") || has("g:company"))
    ? "share"
    : has("o:average") && !s.companies.length
      ? "average"
      : ascending
        ? "min"
        : has("o:most")
          ? "max"
          : has("o:top") ||
              (has("o:list") && has("m:companies") && !s.companies.length) ||
              // "compare all four by jobs", «сравни все компании»: each one's figure, ranked.
              (has("o:compare") && !s.companies.length && !s.places.length && !exists && !has("o:addUp"))
            ? "rank"
            : has("o:remainder")
              ? "remainder"
              : s.companies.length >= 2 &&
                  (has("o:total") || has("o:together") || has("o:sum")) &&
                  !has("o:compare")
                ? "sum"
                : s.companies.length >= 2 && has("o:times")
                  ? "times"
                  : // "the difference between them" of three or more: each gap, not the ranking alone.
                    s.companies.length >= 3 && has("o:difference")
                    ? "difference"
                    : s.companies.length >= 2
                      ? // "how many medicines will Abdi and MSP make" asks their figures; their gap comes after.
                        a.p.expects === "quantity" && !has("o:compare")
                        ? "value"
                        : "compare"
                      : exists
                        ? "exists"
                        : groupBy
                          ? "sum"
                          : has("o:count")
                            ? "count"
                            : "value";
}

/** People: what someone said, who someone is; who holds a role (its words read from the question). */
function* readPeople(a: Ask): Generator<Query> {
  const { p, has, s, query } = a;
  const role = roleWords(p);
  if (has("m:said") && (s.people.length || role.length))
    // ("what did the science minister say about the partnership": the office's words are no topic.)
    yield query(["statements"], "value", { role, topic: topicOf(p).filter((w) => !role.includes(w)) });
  // "Is Bektenov the health minister?": whether the person named holds the role asked.
  if (p.expects === "yesno" && s.people.length && role.length) yield query(["roles"], "exists", { role });
  // "Was it the health minister who signed the memorandum?": whether its signing names that office.
  if (p.expects === "yesno" && s.agreements.length && role.length) yield query(["roles"], "exists", { role });
  // (Words left unread, «Кембриджде қай орталыққа барды» "which centre did he visit in Cambridge",
  // ask what the text tells of the person, not who they are.)
  if (s.people.length && !has("m:date") && (p.unexplained.length <= 1 || p.expects === "agent"))
    yield query(["roles"], "value");
  if (has("m:role") && role.length && !has("m:partners")) yield query(["roles"], "value", { role });
}

/**
 * What someone's words are asked about: the question's words beyond its names, its words of saying
 * and the frame ("what did Nurbek say about technology transfer" → technology, transfer). Words of
 * the whole story ("the partnership", «сотрудничество») narrow nothing.
 */
function topicOf(p: Reading): string[] {
  const frame = new Set<number>();
  // An agreement named is a topic ("about technology transfer" names the SK-Pharmacy agreement).
  for (const e of p.entities) if (e.type !== "agreement") for (let i = e.start; i < e.end; i++) frame.add(i);
  for (const c of p.cueAt) if (c.key === "m:said") for (let i = c.start; i < c.end; i++) frame.add(i);
  for (const r of p.references) for (let i = r.start; i < r.end; i++) frame.add(i);
  return p.tokens.filter(
    (t, i) => !frame.has(i) && !STOPWORDS.has(t) && !QUESTION_WORDS.has(t) && !STORY_WORDS.has(t),
  );
}

/** Facts and lists: sites, companies, dates, partners, products, profiles; else retrieval. */
function* readFacts(a: Ask): Generator<Query> {
  const { p, has, s, query } = a;
  // "what are the goals of the AZ memorandum", «меморандумның мақсаты»: what its sentence says it
  // aims at, in the text; no profile of its parties (the domestic share's goal is no agreement's).
  const agreementAim =
    has("m:goal") && s.agreements.length > 0 && !has("m:medicines") && !has("o:share") && !p.years.length;
  if (agreementAim && !supportAsked(p)) return;
  const exists = p.expects === "yesno";
  const numeric = FIGURE_OPERATIONS.some(has) || has("o:perJob") || has("o:top");
  if (has("o:spansRegions") && !s.companies.length) yield query(["sites"], "list", { spansPlaces: true });
  // "what is being built in Almaty Region", «что строят в …»: each project there and what it builds.
  const builds = has("m:facility") || has("m:location");
  const what =
    p.expects === "kind" ||
    p.expects === "description" ||
    has("o:whatIs") ||
    p.tokens.some((t) => WHAT_WORDS.has(t)) ||
    (p.lang === "kk" && p.tokens.includes("не"));
  if (s.places.length && !s.companies.length && builds && what && !has("m:companies"))
    yield query(["facility"], "list");
  // "which companies besides Nobel build in Almaty", «кроме»: the place's whole list (saying "one
  // company builds there" of what is left would be false), never a figure of the one named.
  // "who else builds there", «кто там ещё строит», «тағы кім бар»: the same, of the companies in play.
  const besides = has("o:remainder") || p.tokens.some((t) => ELSE_WORDS.has(t));
  const asksWho = has("m:companies") || has("o:list") || has("m:who") || has("m:location") || exists;
  if (besides && s.places.length && s.companies.length && asksWho)
    yield query(["companies"], exists ? "exists" : "list", { besides: true });
  // "besides Nobel, who else makes diabetes medicines", «кроме Нобел кто ещё производит …»: the others
  // whose products name it.
  const made = p.unexplained.some((w) => w.length >= 3 && !COMMON_WORDS.has(w) && madeByAnyone(a.dataset, w));
  if (
    besides &&
    made &&
    s.organisations.length &&
    !s.places.length &&
    (has("m:products") || has("m:medicines"))
  )
    yield query(["products"], "list", { besides: true });
  // "which companies build outside Almaty", «кто строит за пределами Алматы»: the place's complement.
  if (
    has("o:remainder") &&
    s.places.length &&
    !s.companies.length &&
    (has("m:companies") || has("o:list") || has("m:who"))
  )
    yield query(["companies"], "remainder");
  // "how many regions are the plants in": the places the sites lie in, counted.
  if (has("m:places") && has("o:count") && !s.companies.length && !s.places.length)
    yield query(["sites"], "count");
  // "Nobel's plant: Almaty city or Almaty Region?": where it is answers the choice.
  // «қаласында ма, облыста ма» after a name: "the city" or "the region" of the place named is offered.
  const [one] = s.companies.length === 1 ? s.companies : [];
  const offered = p.expects === "choice" && one ? choicePlaces(p, a.dataset, s.places, one) : [];
  if (offered.length === 2) yield query(["sites"], "value", { choice: offered });
  else if (p.expects === "choice" && s.companies.length && s.places.length >= 2)
    yield query(["sites"], "value");
  const listing = has("o:list") || has("o:count");
  // "which companies produce cancer drugs": what each makes answers it, not the list of names.
  // ("which companies make bandages": goods no project makes are for the sentences that name them.)
  if (
    has("m:companies") &&
    (has("m:products") || has("m:medicines")) &&
    p.unexplained.length &&
    !s.companies.length &&
    !goodsNoneMake(p, a.dataset)
  )
    yield query(["products"], "list");
  // "which companies …", "how many plants will be built": the projects, listed or counted.
  // Plants in the plural: «сколько флаконов отгрузил завод» counts no plants.
  const plants = p.cueAt.some(
    (c) => c.key === "m:facility" && /(s|ов|ей|лар|лер|тар|тер|дар|дер)$/.test(p.tokens[c.end - 1] ?? ""),
  );
  // "who is in the TURAN zone?", «кто в городе Алматы?»: who builds in the place, asked of no figure.
  // ("Who led the government delegation to the Zhambyl Region" asks of more than the place: its
  // words are for the sentences.)
  const whoIn =
    has("m:who") &&
    s.places.length > 0 &&
    !s.companies.length &&
    p.unexplained.filter((w) => w.length >= 3 && !/^\d/.test(w)).length <= 1 &&
    ![...p.cues].some(
      (c) => (c.startsWith("m:") && c !== "m:who" && c !== "m:location") || c.startsWith("u:"),
    );
  if (whoIn) yield query(["companies"], "list");
  const projects = has("m:companies") || (plants && has("o:count"));
  if (projects && listing && !s.companies.length && !has("m:places") && !has("m:partners"))
    yield query(["companies"], has("o:count") ? "count" : "list", {
      signed: has("m:agreements") || undefined,
    });
  if (s.agreements.length && has("m:location"))
    yield query(["sites"], eventPicked(p) ?? "value", { time: timeOf(p) });
  // "are AstraZeneca and Nobel partners", "the link between them": the agreements they share.
  // Partners by an agreement (AstraZeneca makes its medicines at Nobel) are not project partners.
  const shared = () => agreementsWith(a.dataset, s.organisations)[0]?.kind === "agreement";
  // ("which of those has a partner" asks each one's partners, not what they share; so do "who do
  // AltINFARM and Nobel work with", «с кем они сотрудничают»: only "are they partners?" asks that.)
  if (
    s.organisations.length >= 2 &&
    !s.agreements.length &&
    (has("m:link") || (has("m:partners") && pairAsked(p) && shared()))
  )
    yield query(["signatories"], "list");
  // "which came first, the SK-Pharmacy deal or the contract manufacturing one": by their dates;
  // "how many months between the april and july az agreements": the ones of the months named.
  const dated = agreementsOfMonths(a.dataset, p, s.organisations);
  if (
    (has("o:order") || has("o:interval")) &&
    (has("m:agreements") || s.agreements.length) &&
    (s.agreements.length + s.organisations.length >= 2 || dated.length >= 2)
  )
    yield query(["dates"], "order", dated.length >= 2 ? { subjects: dated } : {});

  const time = timeOf(p);
  // "how many parties signed the April 2024 agreement", «сколько сторон …»: its parties, counted.
  // "who signed the contract manufacturing agreement": its parties and the people its sentence names.
  // Named in the question itself: "who was there" after where it was signed is for the text.
  // (One carried from the conversation counts when signing is asked: "who signed it?".)
  const agreementNamed = p.entities.some(
    (e) => e.type === "agreement" && (e.start >= 0 || has("m:agreements")),
  );
  if (has("m:who") && agreementNamed && !s.companies.length && !has("m:said") && !has("m:role"))
    yield query(["signatories"], "list", { time });
  // "who approved MSP-ROMPHARM's agreement", «кто одобрил соглашение с МСП»: the signatories of the
  // agreement its project is under.
  const underAgreement =
    s.companies.length === 1 ? companyAgreement(a.dataset, s.companies[0] as string) : undefined;
  const approving = p.tokens.some((t) => /^(approv|одобр|утверд|мақұлд|бекіт|sign|подпис)/.test(t));
  if (
    has("m:who") &&
    (has("m:agreements") || approving) &&
    underAgreement &&
    !has("m:said") &&
    !has("m:role")
  )
    yield query(["signatories"], "list", { subjects: [{ type: "agreement", id: underAgreement }] });
  if (has("m:parties") && (s.agreements.length || time.year || time.month || has("m:agreements")))
    yield query(["signatories"], has("o:count") ? "count" : "list", { time });
  // "what year did Nurbek visit Cambridge": the event an agreement's dated sentence tells of them.
  // «что подписали в Кембридже»: the agreement whose sentence tells of that place.
  const signedThere = has("m:agreements") && !has("m:companies");
  if (
    (p.expects === "time" || signedThere) &&
    !s.agreements.length &&
    !s.companies.length &&
    !s.others.length
  ) {
    const told = eventsTelling(a.dataset, p);
    if (told.length === 1) yield query(["dates"], "list", { subjects: told });
  }
  // "was the Cambridge memo 2025 or 2026": a year asked of a named agreement is its date.
  const yearOf = s.agreements.length > 0 && p.years.length > 0 && !has("m:companies");
  // "the sustainable development bit in the az deal, what does it cover": a part of a deal asked
  // to be described is in the text's words, not the deal's dates.
  const part =
    (p.expects === "description" || has("o:whatIs")) &&
    p.unexplained.filter((w) => w.length > 3 && !COMMON_WORDS.has(w) && !/^\d/.test(w) && !isMonth(w))
      .length >= 2;
  if (
    has("m:date") ||
    yearOf ||
    (has("m:agreements") &&
      !s.agreements.length &&
      (s.others.length || p.years.length) &&
      !part &&
      // ("does the AstraZeneca deal include anything on green tech": what its deals hold, not when;
      // "the goal behind the April 2024 agreement": what the text says it serves.)
      !(has("m:contents") && p.expects === "yesno") &&
      !has("m:goal"))
  ) {
    if (s.agreements.length || s.companies.length || s.others.length || time.year || time.month)
      yield query(["dates"], eventPicked(p) ?? (has("o:count") && has("m:agreements") ? "count" : "list"), {
        time,
      });
  }
  // "is early diagnosis one of the memo areas?", "does it cover vaccines?": whether an area names them.
  const asked = p.unexplained.filter((w) => !COMMON_WORDS.has(w) && !/^\d/.test(w));
  // "is asthma in AstraZeneca's production portfolio?": an agreement with items named, nothing else asked.
  const itemsHeld =
    ![...p.cues].some((c) => c.startsWith("m:")) &&
    !s.people.length &&
    s.agreements.some((id) => {
      // A portfolio of products, whose names the product words match; an agreement's areas are
      // told in other words than a question's («экология» of "environmental"), which retrieval reads.
      const agreement = a.dataset.agreements.find((x) => x.id === id);
      return agreement?.kind === "production partnership" && agreement.items.length > 0;
    });
  // ("does the AZ portfolio include lung cancer" asks of products: the portfolio, not the memo's areas.)
  // ("does the memo cover vaccine production": the agreement named holds the areas asked; a
  // production portfolio is its products'.)
  const areasNamed = s.agreements.some(
    (id) => a.dataset.agreements.find((x) => x.id === id)?.kind !== "production partnership",
  );
  const contents = has("m:contents") && (areasNamed || (!has("m:products") && !has("m:medicines")));
  if ((has("m:focusAreas") || contents || itemsHeld) && exists && asked.length && !s.companies.length)
    yield query(["items"], "exists", { topic: asked });
  if (has("m:focusAreas") && !s.companies.length)
    yield query(["items"], has("o:count") ? "count" : "list", asked.length ? { topic: asked } : {});
  // What an agreement named holds: its areas or portfolio, else what its sentence says it is.
  if (has("m:contents") && s.agreements.length)
    yield query(["items"], "list", asked.length ? { topic: asked } : {});
  // "does either of them work with Sinovac": yes when one of the companies does.
  const anyOf = s.companies.length >= 2 && ANY_OF.test(p.text) ? { any: true } : {};
  if (
    has("m:partners") &&
    !s.partnerships.length &&
    (s.companies.length || s.others.length || listing || has("m:who"))
  )
    yield query(["partners"], has("o:count") && s.companies.length && !s.others.length ? "count" : "list", {
      // "is Nobel İlaç the partner of Nobel Almaty or of AltINFARM?": which of the companies offered.
      ...(p.expects === "choice" && s.others.length === 1 && s.companies.length >= 2
        ? { choice: s.companies.map((id) => ({ type: "organisation" as const, id })) }
        : {}),
      ...anyOf,
    });
  // "does AZ make heart failure drugs": whether its production portfolio names them.
  if ((has("m:products") || has("m:medicines")) && s.others.length)
    yield query(["products"], exists && p.unexplained.length ? "exists" : "list");
  // "Where is AstraZeneca's plant?", «есть ли у СК-Фармации завод»: it has none of its own; where
  // its medicines are made (a product word asks that of retrieval, above) and what it partners.
  const plantAsked = has("m:facility") && !has("m:products") && !has("m:medicines") && !has("m:partners");
  if (plantAsked && s.others.length && !s.companies.length && !s.people.length)
    yield query(["facility"], "value");
  // "Kangtai Biological – which project is it in": the projects an organisation partners.
  // ("is SK-Pharmacy a private company?" asks what it is, not which projects it partners.)
  if (s.others.length && !s.companies.length && has("m:companies") && !exists)
    yield query(["partners"], "list");

  // "which of Abdi and MSP is in Turkistan Region": where each builds.
  const figureAsked = [...p.cues].some((c) => c.startsWith("m:") && c !== "m:location" && c !== "m:facility");
  if (
    s.companies.length >= 2 &&
    s.places.length &&
    !exists &&
    !figureAsked &&
    (has("o:list") || p.expects === "choice" || p.references.some((r) => r.key === "whichOfThem"))
  )
    yield query(["sites"], "list");
  // "abdi ibrahim plant - almaty city?": a company's plant and a place, nothing else asked, is whether it is there.
  if (s.companies.length && s.places.length && has("m:facility") && (exists || p.expects === "any"))
    yield query(["sites"], "exists");
  // "is World Medicine part of Nobel's project", «участвует ли X в проекте Y»: an organisation and a
  // company asked together, yes or no, with nothing else asked of them: whether it is a partner.
  const asksOther = [...p.cues].some((c) => c.startsWith("m:") && c !== "m:companies" && c !== "m:partners");
  if (exists && s.others.length && s.companies.length && !asksOther) yield query(["partners"], "list", anyOf);
  if (s.companies.length) {
    // "Confirm MSP's production will be entirely in Turkistan Region": where, not what.
    const onlyThere = has("o:only") && s.places.length > 0;
    // "what kind of complex is nobel building", «что за комплекс», «қандай кешен»: the facility itself.
    const text = ` ${p.tokens.join(" ")} `;
    const facilityKind =
      has("m:facility") &&
      (p.expects === "kind" || text.includes(" что за ") || text.includes(" қандай ")) &&
      !has("m:products") &&
      !has("m:medicines");
    const aspect: Attribute | null = onlyThere
      ? "sites"
      : facilityKind
        ? "facility"
        : has("m:standard")
          ? "standard"
          : has("m:products") || has("m:medicines")
            ? "products"
            : has("m:location") || has("m:places") || asksPlaceKind(p)
              ? "sites"
              : has("m:facility")
                ? "facility"
                : has("m:partners")
                  ? "partners"
                  : // "altinfarm is in turan, right?": whether its sites are there.
                    exists && s.places.length
                    ? "sites"
                    : null;
    // "does Abdi Ibrahim make painkillers?": whether its products hold the words asked.
    // "does Nobel make APIs?", "is its complex GMP compliant?": yes when the sources name it.
    // "does Orda Glass make medicines?": whether it makes medicines at all.
    const asksProduct =
      exists &&
      ((aspect === "products" && (p.unexplained.length > 0 || has("m:medicines"))) || aspect === "standard");
    // "how many sites does MSP have": its sites counted.
    const counted =
      aspect === "sites" &&
      has("o:count") &&
      !s.places.length &&
      p.tokens.some((t) => /^(sites?|locations?|площадк|площадок|алаң)/.test(t));
    if (aspect)
      yield query(
        [aspect],
        (exists && s.places.length) || asksProduct ? "exists" : counted ? "count" : "value",
        {
          only: (exists && aspect === "sites" && has("o:only")) || undefined,
          // "is either of them in Turkistan?": yes when one of them is.
          ...(aspect === "sites" ? anyOf : {}),
          placeKind:
            aspect === "sites" && !p.entities.some((e) => e.type === "place") ? kindAsked(p) : undefined,
        },
      );
    if (p.unexplained.length <= 2) yield query(["profile"], "value");
  }
  if (
    s.places.length &&
    !s.agreements.length &&
    (has("m:products") || has("m:standard") || has("m:partners"))
  )
    yield query([has("m:standard") ? "standard" : has("m:partners") ? "partners" : "products"], "list");
  // "which factory is going to be GMP compliant", «какой завод будет соответствовать GMP»: the
  // projects the standard is stated for.
  if (
    has("m:standard") &&
    !s.companies.length &&
    !s.places.length &&
    !s.agreements.length &&
    !s.others.length
  )
    yield query(["standard"], "list");
  if (exists && s.places.length && (has("m:facility") || has("m:companies") || has("m:location")))
    yield query(["sites"], "exists", anyOf);
  // "в каких регионах проекты" asks where the projects are, not which companies they are; "who
  // signed off on the four projects" asks who signed them (the text's Prime Minister), not them.
  const at = (c: Cue) => p.cueAt.find((x) => x.key === c)?.start ?? -1;
  const signerOf = has("m:who") && at("m:agreements") >= 0 && at("m:agreements") < at("m:companies");
  if (
    has("m:companies") &&
    !signerOf &&
    (listing || has("m:agreements") || s.places.length) &&
    !(has("m:places") && !s.places.length)
  )
    yield query(["companies"], "list");
  const aboutSites = has("m:places") || has("m:facility") || has("m:companies");
  // "where are the plants" — but "what are the early diagnosis plans" has more to read: retrieval.
  // (Words of what is made, "which plant will do immunobiological stuff", name whose plants.)
  const unread = p.unexplained.filter((w) => !COMMON_WORDS.has(w) && !madeBySome(a.dataset, w));
  if (
    aboutSites &&
    (listing || has("m:location") || (has("m:places") && !p.unexplained.length)) &&
    !s.places.length &&
    !s.agreements.length &&
    unread.length <= 1
  )
    yield query(["sites"], "list");
  // "is the Turan zone in Almaty Region?", «СЭЗ Туран в Алматинской области?»: one place within the other.
  const placesOnly = s.places.length === 2 && !s.companies.length && !s.others.length && !s.people.length;
  if (exists && placesOnly && ![...p.cues].some((c) => c.startsWith("m:") && c !== "m:location"))
    yield query(["sites"], "exists");
  // "what gets built in Turan" lists its companies.
  // "how many of the projects are in Almaty city": how many of them, and which.
  if (s.places.length && p.unexplained.length <= (exists ? 0 : 1) && !has("m:agreements"))
    yield query(["companies"], has("o:count") ? "count" : "list");
  // ("what goal does it support" of an AstraZeneca agreement: the goal the initiative supports —
  // not the memorandum's own aim, «меморандумның мақсаты», which its sentence tells.)
  const supports = supportAsked(p);
  const ofPartnership = (s.agreements.length > 0 || s.partnerships.length > 0) && supports;
  if (
    has("m:goal") &&
    // (The share of domestic products a goal sets: «отандық өнімнің үлесін … жеткізу мақсаты».)
    (has("m:medicines") ||
      // "the domestic share", «доля отечественных»: the goal's word beside a share is the share.
      has("o:share") ||
      p.tokens.includes("50%") ||
      p.tokens.includes("50") ||
      ofPartnership)
  )
    yield query(
      ["goal"],
      "value",
      p.years.length && !aimed(p) ? { time: { year: p.years[0] } } : sharedNow(p) ? { current: true } : {},
    );
  // "what types of meds will the 356 cover": the headline's medicines, and what they cover, are no
  // words left unread.
  const headline = new Set(
    Object.values(a.dataset.totals).flatMap((f) => (f && "value" in f ? [String(f.value)] : [])),
  );
  const unreadKinds = p.unexplained.filter((w) => !headline.has(w) && !COVER_WORDS.has(w));
  if (
    // "what kinds of medicines overall": the kinds, whatever the figure words.
    (has("m:products") || (has("m:medicines") && (!numeric || p.expects === "kind"))) &&
    !s.others.length &&
    !s.agreements.length &&
    !s.partnerships.length &&
    unreadKinds.length <= 2 &&
    !goodsNoneMake(p, a.dataset)
  )
    yield query(["products"], "list");
  // "SK-Pharmacy's role": what an organisation without a project of its own is and signed.
  const role = has("m:role") && !s.people.length && !s.companies.length;
  // "is SK-Pharmacy a private company?": what it is answers it, with no verdict of ours.
  const described = exists && p.unexplained.length <= 2;
  if (s.others.length && (p.unexplained.length === 0 || role || described) && !has("m:agreements"))
    yield query(["profile"], "value", role ? { role: roleWords(p) } : {});
}

/** "are AZ and Nobel partners", "az and nobel partners?": whether they are — no question word asks whose. */
const pairAsked = (p: Reading) =>
  p.expects === "yesno" ||
  (p.expects === "any" && /\?\s*$/.test(p.text) && !p.tokens.some((t) => QUESTION_WORDS.has(t)));

/**
 * The places a choice offers: those named, and "the city" / "the region" of the one named ("Almaty:
 * city or region?" offers Almaty city and Almaty Region).
 */
function choicePlaces(p: Reading, dataset: Dataset, places: string[], company: string): Ref[] {
  const kinds = p.references.flatMap((r) => (r.key === "city" || r.key === "region" ? [r.key] : []));
  // «Абди қалада ма әлде облыста ма» names no place: the city and the region of its own site.
  const sites = projectOf(dataset, company)?.sites.map((x) => x.place) ?? [];
  // A zone's city is the city it lies in; the city's region is the one named like it.
  const ofKind = (id: string, k: "city" | "region"): string | null => {
    for (
      let at = dataset.places.find((x) => x.id === id);
      at;
      at = dataset.places.find((x) => x.id === at?.parent)
    ) {
      if (at.kind === k) return at.id;
      if (at.kind === "city" || at.kind === "region") return counterpartOf(at.id, k, dataset);
    }
    return null;
  };
  const named = places.length ? places : kinds.length === 2 ? sites : [];
  const offered = named.flatMap((id) => [
    ...(places.includes(id) ? [id] : []),
    ...kinds.flatMap((k) => ofKind(id, k) ?? []),
  ]);
  return [...new Set(offered)].map((id) => ({ type: "place", id }));
}

/** A kind of place the question names by its words ("an SEZ"), with where in the question it stands. */
function placeKindsIn(
  dataset: Dataset,
  p: Reading,
): { places: string[]; at: { start: number; end: number }[] } {
  if (p.entities.some((e) => e.type === "place")) return { places: [], at: [] };
  const places: string[] = [];
  const at: { start: number; end: number }[] = [];
  for (const [kind, phrases] of Object.entries(PLACE_KINDS))
    for (const phrase of phrases) {
      const words = phrase.split(" ");
      const start = p.tokens.findIndex((_, i) => words.every((w, j) => p.tokens[i + j] === w));
      if (start < 0) continue;
      at.push({ start, end: start + words.length });
      const built = sitePlaces(dataset.projects);
      places.push(...dataset.places.filter((x) => x.kind === kind && built.has(x.id)).map((x) => x.id));
      break;
    }
  return { places: [...new Set(places)], at };
}

/**
 * The places projects have sites in, once per list of projects (and only when a kind of place is
 * asked): every question is read for kinds of places, and a view may hold 1,000 projects.
 */
const builtIn = new WeakMap<readonly InvestmentProject[], { size: number; places: Set<string> }>();

function sitePlaces(projects: readonly InvestmentProject[]): Set<string> {
  const known = builtIn.get(projects);
  if (known && known.size === projects.length) return known.places;
  const places = new Set(projects.flatMap((x) => x.sites.map((site) => site.place)));
  builtIn.set(projects, { size: projects.length, places });
  return places;
}

/** How far "not" may stand before its place: "not in an SEZ", "don't build in a special economic zone". */
const NEGATION_REACH = 4;

/** Whether a negation stands right before a place (or right after it, as Kazakh puts «емес»). */
function placeNegated(p: Reading, kinds: { start: number; end: number }[]): boolean {
  const places = [...p.entities.filter((e) => e.type === "place"), ...kinds];
  // "not" itself, never "no, I meant …"; and nothing asked between it and the place: "I don't
  // know, jobs in Almaty?" asks Almaty's jobs.
  const asked = (from: number, to: number) =>
    p.cueAt.some((c) => c.start >= from && c.end <= to && NUMERIC_CUES.has(c.key));
  return p.references.some(
    (r) =>
      r.key === "negation" &&
      NOT_WORDS.has(p.tokens[r.start] ?? "") &&
      places.some(
        (x) =>
          (r.end <= x.start && x.start - r.end <= NEGATION_REACH && !asked(r.end, x.start)) ||
          (p.lang === "kk" && r.start === x.end),
      ),
  );
}
const NUMERIC_CUES = new Set<Cue>(["m:jobs", "m:investment", "m:medicines", "m:social", "m:usd", "m:kzt"]);

/** The places a "not" stands right before ("(not the city of Almaty)", «а не в Алматы») or, in Kazakh, right after («Алматы қаласы емес»), by id. */
function negatedPlaces(p: Reading): Set<string> {
  const out = new Set<string>();
  for (const r of p.references) {
    if (r.key !== "negation" || !NOT_WORDS.has(p.tokens[r.start] ?? "")) continue;
    for (const x of p.entities)
      if (
        x.type === "place" &&
        (p.lang === "kk" ? r.start === x.end : x.start >= r.end && x.start - r.end <= NEGATION_REACH)
      )
        out.add(x.id);
  }
  return out;
}

/**
 * «арнайы экономикалық аймақта қай компаниялар», "which companies build in a special economic
 * zone": a place the sources leave unnamed, matched by its kind's own words and nothing of the city
 * around it, is every place of that kind — when no company narrows it.
 */
function ofKind(
  dataset: Dataset,
  p: Reading,
  e: { type: string; id: string; start: number; end: number },
): string[] {
  const place = e.type === "place" ? dataset.places.find((x) => x.id === e.id) : undefined;
  if (!place?.unnamed || p.entities.some((x) => x.type === "organisation")) return [e.id];
  const parent = dataset.places.find((x) => x.id === place.parent);
  const around = new Set(
    [parent?.name.en, parent?.name.ru, parent?.name.kk, ...(parent?.aliases ?? [])].flatMap((n) =>
      normalize(n ?? "").split(" "),
    ),
  );
  const matched = p.tokens.slice(Math.max(0, e.start - 1), e.end + 1);
  if (matched.some((t) => around.has(t))) return [e.id];
  // The places of that kind some project builds in: the gazetteer's other zones hold none.
  const built = new Set(dataset.projects.flatMap((x) => x.sites.map((site) => site.place)));
  return dataset.places.filter((x) => x.kind === place.kind && built.has(x.id)).map((x) => x.id);
}

/** Whether two single words share a stem ("жылына", "жылын"). */
function shareStem(a: string, b: string): boolean {
  if (a.includes(" ") || b.includes(" ")) return false;
  const stems = variants(a);
  return [...variants(b)].some((v) => stems.has(v));
}

/** A Kazakh negative participle: «көрсетілмеген», «айтылмаған» ("not given", "not said"). */
const KAZAKH_NEGATIVE = /[мбп][ае][гғ][ае]н$/;

/** Agreements whose dated sentence names every person and place the question names (at least one). */
function eventsTelling(dataset: Dataset, p: Reading): Ref[] {
  // Named in the question itself: "who went there" carries the place, not a date asked.
  // (The country is in every sentence's reach: "when was the cluster of South Kazakhstan formed"
  // asks of no event the country's name finds.)
  const country = dataset.places.find((x) => x.kind === "country")?.id;
  const named = p.entities.filter(
    (e) => (e.type === "person" || e.type === "place") && e.start >= 0 && e.id !== country,
  );
  if (!named.length || named.length !== p.entities.length) return [];
  return dataset.agreements
    .filter((ag) => ag.date && named.every((e) => sentenceNames(dataset, ag.dateCitation?.quote ?? "", e.id)))
    .map((ag): Ref => ({ type: "agreement", id: ag.id }));
}

/** A Russian noun in the genitive, as a ministry's field follows «министр» («здравоохранения», «финансов»). */
const GENITIVE_NOUN = /^\p{Script=Cyrillic}+(ия|ии|ости|ки|ов|ства)$/u;

/** The role a question asks about: its role cue words, with a modifier before them ("vice minister"). */
function roleWords(p: Reading): string[] {
  const words: string[] = [];
  const unread = new Set(p.unexplainedAt);
  for (const c of p.cueAt) {
    if (c.key !== "m:role") continue;
    const before = p.tokens[c.start - 1];
    // "vice minister"; "health minister", «денсаулық сақтау министрі»: unread words before the
    // role narrow it too (in Russian they come after it: «министр здравоохранения»).
    const modifier = p.lang === "kk" ? /^[a-zа-яёәғқңөұүһі]+$/ : /^[a-z]+$/;
    if (before && ROLE_MODIFIERS.has(before)) words.push(before);
    else {
      let from = c.start;
      while (from > c.start - 3 && unread.has(from - 1) && modifier.test(p.tokens[from - 1] ?? "")) from--;
      words.push(...p.tokens.slice(from, c.start));
    }
    const said = p.tokens.slice(c.start, c.end);
    // "who runs X", «кто руководит»: a verb of leading asks for the head.
    const verb = ROLE_VERBS[said.join(" ")];
    words.push(...(verb ? [verb] : said));
    // "minister of health", «министр здравоохранения»: an unread word after it narrows the role.
    const after = c.end + (p.tokens[c.end] === "of" ? 1 : 0);
    if (after > c.end && unread.has(after) && /^[a-z]+$/.test(p.tokens[after] ?? ""))
      words.push("of", p.tokens[after] as string);
    else if (unread.has(c.end) && GENITIVE_NOUN.test(p.tokens[c.end] ?? ""))
      words.push(p.tokens[c.end] as string);
  }
  return words;
}

/** A share asked as it stands ("what is the share of domestic medicines"), not its goal or target. */
/** Words of an aim: "goal", "target", «цель», «мақсат» (a year beside them is a deadline). */
const aimed = (p: Reading) =>
  p.tokens.some((t) =>
    /^(goal|target|aim|strateg|plan|цел|задач|стратег|план|мақсат|жоспар|межеле)/u.test(t),
  );

function sharedNow(p: Reading): boolean {
  return !aimed(p) && p.tokens.some((t) => /^(share|доля|долю|доли|үлес)/u.test(t));
}

/**
 * The organisations a "who" question sets aside ("besides Sinopharm", «кроме Синофарм», «Синофармнан
 * басқа»): partners, never a project's company, and only when a company is asked of beside them.
 */
function leftOut(p: Reading, dataset: Dataset): Set<string> {
  const out = new Set<string>();
  if (!(p.expects === "agent" || p.cues.has("m:partners") || p.cues.has("m:who"))) return out;
  const marks = p.cueAt.filter((c) => c.key === "o:remainder");
  const orgs = p.entities.filter((e) => e.type === "organisation");
  for (const e of orgs) {
    const before = marks.some((c) => c.end === e.start);
    const after = p.lang === "kk" && p.tokens[e.end] === "басқа";
    if ((before || after) && !projectOf(dataset, e.id)) out.add(e.id);
  }
  return orgs.some((e) => !out.has(e.id) && projectOf(dataset, e.id)) ? out : new Set();
}
