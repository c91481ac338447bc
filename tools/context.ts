import type { Dataset } from "../knowledge/schema.js";
import { foldKazakh, normalize } from "../knowledge/text.js";
import { exclusionOf, projectOf } from "../knowledge/view.js";
import { agreementAt, agreementBeside, dateKey } from "./agreements.js";
import { ConversationContext } from "./conversation-state.js";
import type { EntityMatch, Ref } from "./entities.js";
import { counterpartOf, listCompanies } from "./figures.js";
import {
  COMPARATIVES,
  countOf,
  ELSE_WORDS,
  FILLERS,
  KIND_QUESTION,
  MONTHS,
  NOT_WORDS,
  PER_WORDS,
} from "./lexicon.js";
import type { Query } from "./query.js";
import type { Cue, Reading, Reference } from "./reading.js";

/**
 * Conversations as typed context. A follow-up is read by the same reader as any question; what it
 * names replaces or extends the context's slots, what it leaves out is taken from the last query,
 * and the merged reading goes to the one interpreter and executor. Nothing is rewritten into a
 * sentence and read again.
 */

/** What a message is in its conversation. */
export type Turn =
  | { kind: "standalone"; reading: Reading }
  /** `place`: where a correction moved the conversation when it asks of the companies there. */
  /** `alone`: the turn's subjects are the set in play from now on (the old ones were ruled out). */
  | { kind: "followup"; reading: Reading; subjects: Ref[]; place?: Ref; alone?: boolean }
  | { kind: "sources" }
  /** "the third one" after a list of an agreement's items: that item, as the answer quoted it. */
  | { kind: "item"; index: number }
  | { kind: "clarify"; subjects: Ref[]; pending: NonNullable<ConversationContext["pending"]> };

const OPERATION_CUES: Cue[] = [
  "o:together",
  "o:sum",
  "o:compare",
  "o:difference",
  "o:times",
  "o:share",
  "o:perJob",
  "o:most",
  "o:least",
  "o:total",
  "o:chart",
  "o:top",
  // "so what's the gap" after the per-company sum: the headline less the sum, of the figure in play.
  "o:addUp",
];
const isPlaceCue = (c: Cue) => c === "m:location" || c === "m:places";
/** Cues that say what is asked about a subject (attributes), as opposed to how (operations). */
const isAttributeCue = (c: Cue) =>
  (c.startsWith("m:") && c !== "m:who" && c !== "m:places") || c.startsWith("u:");
/**
 * What a message asks about; "по компаниям", "by company" groups, naming no figure of its own, and
 * "what share of all four projects is that" names the whole the last figure is a share of.
 */
const attributeCues = (reading: Reading): Cue[] =>
  [...reading.cues].filter(
    (c) =>
      isAttributeCue(c) &&
      !(c === "m:companies" && (reading.cues.has("g:company") || ranks(reading) || shareOfThat(reading))),
  );
const shareOfThat = (reading: Reading) =>
  reading.cues.has("o:share") && reading.references.some((r) => r.key === "pronoun");
/** "which company has the most": a ranking of the companies by the figure in play, none of its own. */
const ranks = (reading: Reading) => ["o:most", "o:least", "o:top"].some((c) => reading.cues.has(c as Cue));
/** Operations that work on the whole set in play: "compare with Nobel" adds Nobel to it. */
const SET_OPERATIONS: Cue[] = [
  "o:together",
  "o:sum",
  "o:compare",
  "o:difference",
  "o:times",
  "o:most",
  "o:least",
];

const ABLATIVE_WORD = /^(нан|нен|дан|ден|тан|тен)$/;

/** Operations over a set that a company can join ("and msp too" after a sum or a comparison). */
const JOINABLE: Query["operation"][] = ["sum", "compare", "max", "min", "rank"];

/** Kazakh «да/де/та/те» after a name: "too" («МСП-Ромфарм да», «Нобел де қосылсын»). */
const ALSO_PARTICLE = new Set(["да", "де", "та", "те"]);
function alsoParticle(reading: Reading): boolean {
  return (
    reading.lang === "kk" &&
    reading.entities.some((e) => e.type === "organisation" && ALSO_PARTICLE.has(reading.tokens[e.end] ?? ""))
  );
}

/** Operations that set figures of the same kind against each other. */
const COMPARING: Cue[] = ["o:compare", "o:difference", "o:times", "o:most", "o:least"];

const refKey = (r: Ref) => `${r.type}:${r.id}`;
export const unique = (refs: Ref[]) => [...new Map(refs.map((r) => [refKey(r), r])).values()];
const asRef = (e: Ref): Ref => ({ type: e.type, id: e.id });

/** The cues a query answers, so a follow-up that names no attribute asks the same thing. */
function cuesOfQuery(q: Query): Cue[] {
  const out: Cue[] = [];
  const attribute: Partial<Record<Query["attributes"][number], Cue>> = {
    jobs: "m:jobs",
    investmentKzt: "m:investment",
    investmentUsd: "m:usd",
    medicines: "m:medicines",
    sociallySignificant: "m:social",
    sites: "m:location",
    partners: "m:partners",
    products: "m:products",
    standard: "m:standard",
    facility: "m:facility",
    dates: "m:date",
    companies: "m:companies",
    roles: "m:role",
    statements: "m:said",
    goal: "m:goal",
    items: "m:focusAreas",
    changes: "m:changes",
  };
  for (const a of q.attributes) {
    const cue = attribute[a];
    if (cue) out.push(cue);
  }
  if (q.unit === "USD") out.push("m:usd");
  if (q.unit === "KZT") out.push("m:kzt");
  // "and Nobel?" after an exchange rate, a strategic partner, kinds counted: the same again.
  if (q.exchangeRate) out.push("o:rate", "m:investment");
  else if (q.per === "jobs" || (q.operation === "ratio" && !q.per)) out.push("o:perJob", "m:investment");
  if (q.role?.includes("strategic partner")) out.push("m:strategic");
  // "besides Nobel, who else makes diabetes drugs?" → "and antivirals?": besides Nobel still.
  if (q.besides && q.attributes.includes("products")) out.push("o:remainder");
  if (q.operation === "count" && q.attributes.includes("products") && q.topic?.length) out.push("o:kinds");
  if (q.unknown) out.push(`u:${q.unknown}` as Cue);
  // "together … and in dollars?": the operation goes on with the figure.
  const operation = OPERATION_OF[q.operation];
  if (operation && q.subjects.length >= 2) out.push(operation);
  // "what share of all medicines is Nobel's" → "and Abdi?": a share is asked of each subject alone too.
  if (q.operation === "share" && q.subjects.length) out.push("o:share");
  // A figure asked as a number stays a number ("and Nobel?" after "how many medicines …").
  if ((q.operation === "value" || q.operation === "count") && out.some((c) => NUMERIC_CUES.has(c)))
    out.push("o:count");
  return [...new Set(out)];
}

/** Operations over two or more subjects that a follow-up keeps when it names none of its own. */
const OPERATION_OF: Partial<Record<Query["operation"], Cue>> = {
  sum: "o:together",
  compare: "o:compare",
  difference: "o:difference",
  times: "o:times",
};

const PENDING: Partial<Record<Cue, NonNullable<ConversationContext["pending"]>>> = {
  "o:together": "sum",
  "o:sum": "sum",
  "o:total": "sum",
  "o:compare": "compare",
  "o:difference": "difference",
  "o:times": "times",
  "o:share": "share",
};

/**
 * The agreement dated just after (or before) what the last turn was about: the agreement in play,
 * else the time asked, else the agreements whose date the last answer quoted.
 */
function eventBeside(context: ConversationContext, dataset: Dataset, after: boolean): Ref | undefined {
  const last = context.agreements.at(-1);
  const time = context.query?.time;
  const quoted = new Set(context.citations.map((c) => c.quote));
  const cited = dataset.agreements
    .filter((a) => a.dateCitation && quoted.has(a.dateCitation.quote))
    .flatMap((a) => agreementAt(dataset, a.id) ?? []);
  const at = last
    ? agreementAt(dataset, last.id)
    : time?.year
      ? dateKey({ year: time.year, month: time.month }) + (after ? (time.month ? 99 : 9999) : 0)
      : cited.length
        ? after
          ? Math.max(...cited)
          : Math.min(...cited)
        : undefined;
  return at === undefined ? undefined : agreementBeside(dataset, at, after);
}

/**
 * Places a message in its conversation: "source?" on its own; a question that names its subject
 * and asks something about it stands alone; otherwise the missing slots come from the context.
 */
export function placeInConversation(
  read: Reading,
  context: ConversationContext | null | undefined,
  dataset: Dataset,
  /** A later clause of the same message ("…, and how many at Abdi"): it goes on from the one before. */
  continues = false,
): Turn {
  return personsCompany(placeKindNamed(placeTurn(read, context, dataset, continues), dataset), dataset);
}

/** What a person cannot have but their organisation can: its products, its plant and where it is. */
const OF_ORGANISATIONS: Cue[] = ["m:products", "m:medicines", "m:facility"];

/**
 * «а какие именно болезни» after what Maria Shipuleva said: a product asked of the person in play
 * is asked of the organisation her office names (the CEO of AstraZeneca Kazakhstan: its medicines).
 */
function personsCompany(turn: Turn, dataset: Dataset): Turn {
  if (turn.kind !== "followup" || turn.subjects.length !== 1 || turn.subjects[0]?.type !== "person")
    return turn;
  if (!OF_ORGANISATIONS.some((c) => turn.reading.cues.has(c))) return turn;
  const role = normalize(dataset.people.find((p) => p.id === turn.subjects[0]?.id)?.role.text ?? "");
  const named = dataset.organisations
    .filter((o) => role.includes(normalize(o.name.en)))
    .sort((a, b) => b.name.en.length - a.name.en.length)[0];
  if (!named) return turn;
  const subject: Ref = { type: "organisation", id: named.id };
  const cues = [...turn.reading.cues].filter((c) => c !== "m:said" && c !== "m:role");
  return {
    ...turn,
    subjects: [subject],
    reading: {
      ...turn.reading,
      cues: new Set(cues),
      entities: [{ ...subject, start: -1, end: -1 }],
    },
  };
}

/**
 * «а Нобел не в области?» after Almaty city: "the region" of a follow-up is the place in play's
 * region, standing where the word stands (so a negation before it is read), not the city again.
 */
function placeKindNamed(turn: Turn, dataset: Dataset): Turn {
  if (turn.kind !== "followup") return turn;
  // «Қала емес, облыс», "not the city, the region": the kind meant, not the one negated.
  // (Kazakh «емес» follows what it negates; "not", «не» stand before it.)
  const { tokens, lang } = turn.reading;
  const negated = (r: { start: number; end: number }) =>
    NOT_WORDS.has((lang === "kk" ? tokens[r.end] : tokens[r.start - 1]) ?? "");
  const words = turn.reading.references.filter((r) => r.key === "region" || r.key === "city");
  const word = words.find((r) => !negated(r)) ?? words[0];
  if (!word) return turn;
  const want = word.key as "region" | "city";
  const carried = (s: Ref) =>
    s.type === "place" && !turn.reading.entities.some((e) => e.id === s.id && e.start >= 0);
  const swap = (s: Ref): Ref => {
    const counterpart = carried(s) ? counterpartOf(s.id, want, dataset) : null;
    return counterpart ? { type: "place", id: counterpart } : s;
  };
  const subjects = unique(turn.subjects.map(swap));
  const entities = turn.reading.entities.map((e) => {
    if (!carried(e)) return e;
    const now = swap(e);
    const kind = dataset.places.find((x) => x.id === now.id)?.kind;
    return now.id !== e.id || kind === want ? { ...now, start: word.start, end: word.end } : e;
  });
  return { ...turn, subjects, reading: { ...turn.reading, entities } };
}

/**
 * The agreements in play: a list of them replaces the last; one answered alone joins the ones
 * answered before it ("what did AZ sign in July?" → "and in April?" → "which came first").
 */
function agreementsInPlay(named: Ref[], previous: Ref[]): Ref[] {
  if (named.length !== 1) return named.length ? named : previous;
  const one = named[0] as Ref;
  return [...previous.filter((a) => a.id !== one.id), one].slice(-4);
}

function placeTurn(
  read: Reading,
  context: ConversationContext | null | undefined,
  dataset: Dataset,
  continues: boolean,
): Turn {
  // «олардың қайсысы көп инвестиция салады», "which of them invests more": their figures compared.
  const comparatives = new Set([...COMPARATIVES.more, ...COMPARATIVES.less].map(foldKazakh));
  const comparative = read.tokens.some((t) => comparatives.has(foldKazakh(t)));
  const whichOfThem = read.references.some((x) => x.key === "whichOfThem");
  let reading =
    whichOfThem && comparative && !read.cues.has("o:compare")
      ? { ...read, cues: new Set([...read.cues, "o:compare" as Cue]) }
      : read;
  // "no, not investment, jobs", «не инвестиции, а рабочие места», «инвестиция емес, жұмыс орындары»:
  // in a correction, the figure negated is not asked, the other one is ("meds that aren't socially
  // significant" asks the complement, no correction).
  const correcting = corrects(read);
  const notThis = (c: { start: number; end: number }) =>
    NOT_WORDS.has((read.lang === "kk" ? read.tokens[c.end] : read.tokens[c.start - 1]) ?? "");
  const figures = read.cueAt.filter((c) => c.key.startsWith("m:"));
  const meant = new Set(figures.filter((c) => !notThis(c)).map((c) => c.key));
  const unmeant = figures.filter((c) => notThis(c) && !meant.has(c.key)).map((c) => c.key);
  if (correcting && unmeant.length && meant.size)
    reading = { ...reading, cues: new Set([...reading.cues].filter((c) => !unmeant.includes(c))) };
  // "the last one in that ranking": "that ranking" is the last list, no ranking asked anew.
  // "add up the top two", «топ-3 сравни», "and the bottom two?": the ends of the last list; but
  // "top 2 by investment" with nothing else asked is a ranking anew.
  const span = (reading.ordinals?.length ?? 0) >= 2;
  const anew =
    span &&
    reading.cues.has("o:top") &&
    [...reading.cues].some((c) => c.startsWith("m:")) &&
    ![...reading.cues].some((c) => c.startsWith("o:") && c !== "o:top");
  if (anew) reading = { ...reading, ordinals: undefined, ordinal: undefined };
  const backToList =
    reading.cueAt.some(
      (c) => c.key === "o:top" && reading.references.some((r) => r.key === "pronoun" && r.end === c.start),
    ) ||
    (span && !anew && (context?.list.length ?? 0) >= (reading.ordinals?.length ?? 0)) ||
    // ("what does the top one invest": the last list's head.)
    (reading.cues.has("o:top") && !anew && reading.ordinal !== undefined && (context?.list.length ?? 0) >= 2);
  if (backToList) reading = { ...reading, cues: new Set([...reading.cues].filter((c) => c !== "o:top")) };
  // "and the remaining companies?", «қалған екеуі ше?» with companies in play: the others, each —
  // no remainder of a total unless a word of its own asks one ("what's left", «не учтено»).
  const othersOnly =
    context?.subjects.some((s) => s.type === "organisation") &&
    reading.cueAt
      .filter((c) => c.key === "o:remainder")
      .every((c) =>
        reading.references.some((r) => r.key === "others" && r.start <= c.start && c.end <= r.end),
      );
  if (othersOnly)
    reading = { ...reading, cues: new Set([...reading.cues].filter((c) => c !== "o:remainder")) };
  // ("the remaining companies", «остальные компании»: the word names who, not a figure asked.)
  const whoOthers = reading.cueAt.some(
    (c) => c.key === "m:companies" && reading.references.some((r) => r.key === "others" && r.end === c.start),
  );
  if (othersOnly && whoOthers)
    reading = { ...reading, cues: new Set([...reading.cues].filter((c) => c !== "m:companies")) };
  const has = (r: Reference) => reading.references.some((x) => x.key === r);
  // "and of the 173 bn?": a headline's number names its figure.
  const said = reading.tokens.map(Number).filter((n) => Number.isFinite(n) && n > 0);
  const headline = (Object.entries(HEADLINE_CUES) as [keyof typeof HEADLINE_CUES, Cue][]).find(([metric]) =>
    said.includes(dataset.totals[metric]?.value ?? Number.NaN),
  )?.[1];
  if (headline && !attributeCues(reading).length)
    reading = { ...reading, cues: new Set([...reading.cues, headline]) };
  const country = dataset.places.find((p) => p.kind === "country")?.id;
  const named = unique(reading.entities.filter((e) => e.id !== country).map(asRef));
  const attributes = attributeCues(reading);
  const operations = OPERATION_CUES.filter((c) => reading.cues.has(c));
  // ("which source says that": the source's saying is no statement of someone's asked.)
  if (
    has("sources") &&
    !named.length &&
    attributes.every((c) => c === "m:said") &&
    reading.tokens.length <= 6
  )
    return { kind: "sources" };
  const standalone: Turn = { kind: "standalone", reading };
  if (!context) return standalone;
  // "what about Pfizer?": a name the sources never mention is asked about, never the last answer again.
  // (Only a name the follow-up leads with: "which one is larger" names no one.)
  if (has("lead") && reading.foreign.length && !named.length && reading.tokens.length <= 4) return standalone;
  // "who went there", «кто туда ездил», «онда кім барды» after where an agreement was signed: who was
  // at its signing (the people its sentence names), not a search of the text. Its own question,
  // about that agreement: no "who signed it?" restated in its place.
  const signedWhere = context.query?.attributes.includes("sites")
    ? context.query.subjects.filter((x) => x.type === "agreement")
    : [];
  const [signing] = signedWhere;
  if (reading.expects === "agent" && has("there") && !named.length && signing && signedWhere.length === 1) {
    const cues = new Set<Cue>([...reading.cues, "m:who", "m:agreements"]);
    const entities = [...reading.entities, { ...signing, start: -1, end: -1 }];
    return { kind: "standalone", reading: { ...reading, cues, entities } };
  }
  // "what did Nurbek sign in Cambridge" (a sentence quoted) → "what year?": the agreement the quoted
  // sentence dates, asked when it was signed.
  const timeAsked = reading.expects === "time" || attributes.includes("m:date");
  if (timeAsked && !named.length && !context.query) {
    const quoted = new Set(context.citations.map((c) => c.quote));
    const dated = dataset.agreements.filter((a) => a.dateCitation && quoted.has(a.dateCitation.quote));
    if (dated.length === 1 && dated[0])
      return followUp(
        context,
        reading,
        [{ type: "agreement", id: dated[0].id }],
        [...reading.cues, "m:date" as Cue, "m:agreements" as Cue],
      );
  }
  // "and after that?", «а до этого?»: the agreement dated next to the one in play, asked when signed.
  const after = has("next") ? true : has("previous") ? false : undefined;
  // ("and then the total?" asks a figure, no event; «не болды», "what happened" asks one.)
  const ofEvents = attributes.every((c) => c === "m:status" || c === "m:date" || c === "m:agreements");
  const event =
    after !== undefined && !named.length && ofEvents && !operations.length
      ? eventBeside(context, dataset, after)
      : undefined;
  if (event) {
    const cues = new Set<Cue>([...reading.cues, "m:agreements", "m:date"]);
    const entities = [{ ...event, start: -1, end: -1 }];
    return { kind: "followup", reading: { ...reading, cues, entities, expects: "time" }, subjects: [event] };
  }
  // "ok different topic: …", «теперь про Абди Ибрагим: где у них завод», «енді Нобел туралы»: a new
  // subject, nothing carried over ("у них" is the company just named).
  const kazakhSwitch = reading.tokens[0] === "енді" && reading.tokens.includes("туралы") && named.length > 0;
  if (has("switch") || kazakhSwitch) return standalone;
  // "is Sinovac part of MSP's project?" — no — "whose project then", «чей тогда проект?», «онда кімнің
  // жобасы?»: the project the partner asked about does belong to.
  const whoseThen =
    reading.expects === "agent" &&
    !named.length &&
    attributes.every((c) => c === "m:companies") &&
    !!context.query?.attributes.includes("partners");
  const partnersAsked = context.subjects.filter(
    (s) => s.type === "organisation" && !projectOf(dataset, s.id),
  );
  if (whoseThen && partnersAsked.length) {
    const turn = followUp(context, reading, partnersAsked, ["m:companies", "o:member"]);
    return turn.kind === "followup" ? { ...turn, alone: true } : turn;
  }

  // "nobel too", «Нобел тоже?»: the same asked again, of the one named.
  const lead =
    continues ||
    (has("lead") && leadsOff(reading)) ||
    ((has("also") || alsoParticle(reading)) && named.length > 0 && !attributes.length);
  const pointing =
    has("pronoun") ||
    has("person") ||
    has("plural") ||
    has("whichOfThem") ||
    has("there") ||
    has("others") ||
    reading.ordinal !== undefined;
  const short = reading.tokens.length <= 5;
  // A pending "which figure?" is completed by the figure alone ("jobs").
  if (context.pending && attributes.length && !named.length)
    return followUp(context, reading, context.subjects, [
      ...reading.cues,
      `o:${context.pending === "sum" ? "together" : context.pending === "value" ? "count" : context.pending}` as Cue,
    ]);

  // "where is Abdi's plant" → "and the city?", «а город какой?», «қай қала?»: the city of the same
  // site, which may be unnamed; not the place named like the region.
  const siteAsked = context.query?.attributes.includes("sites") && context.query.operation === "value";
  const orgsInPlay = context.subjects.length > 0 && context.subjects.every((x) => x.type === "organisation");
  // ("who else builds in that city", «сол қалада тағы кім салады» asks of the companies there.)
  const kindAlone =
    reading.expects !== "agent" &&
    !has("there") &&
    !has("pronoun") &&
    reading.references.some((r) => r.key === "city" || r.key === "region") &&
    !named.length &&
    short &&
    attributes.every(isPlaceCue);
  if (siteAsked && orgsInPlay && kindAlone)
    return followUp(context, reading, context.subjects, [
      ...new Set([...inherited(context, reading), "m:location" as Cue]),
    ]);

  // "which came first" after agreements were answered one by one: the last two, by their dates.
  // ("which was the earliest" after a list of them: every one it listed; «қайсысы бірінші»,
  // "which of them was first", asks the same.)
  const listedAgreements = context.list.length >= 2 && context.list.every((x) => x.type === "agreement");
  const firstOfThem = has("whichOfThem") && reading.ordinal === 1 && listedAgreements;
  if ((reading.cues.has("o:order") || firstOfThem) && !named.length && context.agreements.length >= 2)
    return followUp(context, reading, listedAgreements ? context.list : context.agreements.slice(-2), [
      ...reading.cues,
      "m:agreements",
      "o:order",
    ]);

  const builders = companiesOfCorrectedPlace(reading, context, dataset);
  const correction = correctedPlaces(reading, context, dataset, { short, lead, attributes }) ?? builders;
  // «не, я про область», "no, the region": the "no" takes back the last turn, it negates no place.
  if (correction) {
    const turn = followUp(context, unsaid(reading), correction, inherited(context, reading));
    const place = reading.entities.find((e) => e.type === "place");
    return builders === correction && place && turn.kind === "followup"
      ? { ...turn, place: asRef(place) }
      : turn;
  }

  // "not nobel, abdi", «жоқ, Нобелдікі»: the company named anew replaces the one asked about.
  const lastOrgs = (context.query?.subjects ?? []).filter((x) => x.type === "organisation");
  const newOrgs = named.filter((n) => n.type === "organisation" && !lastOrgs.some((x) => x.id === n.id));
  if (has("negation") && !attributes.length && lastOrgs.length && newOrgs.length && context.query) {
    const kept = (context.query.subjects ?? []).filter((x) => x.type !== "organisation");
    return followUp(context, reading, [...newOrgs, ...kept], inherited(context, reading));
  }

  // "add nobel" → "and msp too", «и МСП тоже», «МСП-Ромфарм да»: the one named joins the set the
  // last sum or comparison was over (a bare "and msp?" still asks the same of MSP alone).
  const joinsSet =
    (has("also") || alsoParticle(reading)) &&
    !attributes.length &&
    newOrgs.length > 0 &&
    newOrgs.length === named.length &&
    lastOrgs.length >= 2 &&
    JOINABLE.includes(context.query?.operation ?? "value");
  if (joinsSet && context.query) {
    const kept = context.query.subjects.filter((x) => x.type !== "organisation");
    return followUp(context, reading, [...lastOrgs, ...newOrgs, ...kept], inherited(context, reading));
  }

  // "is msp only there?", "how many jobs will Abdi create there": the company named, in the last place.
  const namedOrgs = named.filter((n) => n.type === "organisation");
  if (has("there") && context.place && namedOrgs.length && namedOrgs.length === named.length)
    return followUp(context, reading, [...namedOrgs, context.place], [...reading.cues]);

  // "how much more than Nobel in USD" after AltINFARM's: the two set against each other.
  // ("AltINFARM-нан": a Kazakh ablative after a hyphen is a word of its own, and says "than"; so
  // does one ending the name, «Абдиден көп пе, аз ба?».)
  const ablative = reading.entities.some(
    (e) =>
      e.type === "organisation" &&
      reading.lang === "kk" &&
      /(дан|ден|тан|тен|нан|нен)$/.test(reading.tokens[e.end - 1] ?? ""),
  );
  const than = ablative || reading.tokens.some((t) => COMPARATIVES.than.includes(t) || ABLATIVE_WORD.test(t));
  if (comparative && than && newOrgs.length === 1 && lastOrgs.length === 1) {
    const own = { ...reading, cues: new Set([...reading.cues, "o:difference" as Cue]) };
    return followUp(context, own, [...lastOrgs, ...newOrgs], inherited(context, own));
  }

  // "so not the Almaty Region, right?", «то есть не в самом Алматы, да?»: a negated statement about
  // the company in play, asked to be confirmed — no correction.
  const statedNot =
    reading.expects === "yesno" &&
    reading.references.some((r) => r.key === "negation" && NOT_WORDS.has(reading.tokens[r.start] ?? ""));
  // "no, I meant Almaty Region": the named place replaces the last query's place.
  const negated =
    has("negation") &&
    !statedNot &&
    !attributes.length &&
    named.length > 0 &&
    named.every((n) => n.type === "place");
  const lastPlaces = (context.query?.subjects ?? []).filter((s) => s.type === "place");
  if (negated && lastPlaces.length && context.query) {
    // "sorry i meant almaty city not turkistan": the place meant, not the one taken back.
    const meant = named.filter(
      (n) => !reading.entities.some((e) => e.id === n.id && negatedAt(reading, e.start)),
    );
    return followUp(
      context,
      meant.length ? unsaid(reading) : reading,
      [...context.query.subjects.filter((s) => s.type !== "place"), ...(meant.length ? meant : named)],
      inherited(context, reading),
    );
  }

  // "what did they agree with SK-Pharmacy": "they" are the subjects in play, the name joins them;
  // so does a link asked with one party named ("the link with AstraZeneca?", «AstraZeneca-мен
  // қандай байланысы бар»): the other is the conversation's.
  const link = reading.cues.has("m:link") && named.length === 1;
  // ("they" after a list answer are the companies it listed.)
  const inPlayOrNamed = [...context.subjects, ...context.list].some((s) => s.type === "organisation");
  const pointsBeside =
    (has("pronoun") || has("plural") || link) &&
    inPlayOrNamed &&
    named.every((n) => n.type === "organisation" && !context.subjects.some((s) => s.id === n.id));
  if (named.length && attributes.length && !lead && !pointing && !pointsBeside) return standalone;
  // "does Abdi have one?", «а у Абди есть?», «Абдиде бар ма?»: what was just asked, of the one named.
  const haveOne =
    reading.expects === "yesno" &&
    !attributes.length &&
    !operations.length &&
    named.length > 0 &&
    named.every((n) => n.type === "organisation") &&
    reading.tokens.some((t) => HAVE_ONE.has(t));
  if (haveOne && context.query) return followUp(context, reading, named, inherited(context, reading));
  // After two or more companies asked one by one ("and Abdi?"), a bare "total?" adds them; "the
  // total of all projects" still means every one.
  const inPlay = context.subjects.filter((s) => s.type === "organisation").length >= 2;
  // "the whole project then, in dollars" after a company's part in a place: that company's whole
  // figure, its place dropped — not every project's total.
  const wholeOne = reading.tokens.some(
    (t, i) => WHOLE.has(t) && ONE_PROJECT.has(reading.tokens[i + 1] ?? ""),
  );
  const everything = !wholeOne && reading.tokens.some((t) => EVERYTHING.has(t));
  // "rank the four by jobs", «сравни все четыре», «төртеуін салыстыр», "total of all four": as
  // many as there are projects, none named, is all of them, not the set or place in play; the
  // figure in play goes on unless one is named.
  const countedProjects = dataset.projects.filter((p) => !exclusionOf(p));
  const projects = countedProjects.length;
  const allCounted =
    !named.length &&
    !shareOfThat(reading) &&
    reading.tokens.some(
      (t, i) =>
        countOf(t) === projects &&
        /^\D/.test(t) &&
        (COLLECTIVE.test(t) ||
          ALL_AFTER(reading.tokens[i + 1]) ||
          ALL_BEFORE.has(reading.tokens[i - 1] ?? "")),
    );
  if (allCounted)
    return followUp(
      context,
      reading,
      unique(countedProjects.map((p): Ref => ({ type: "organisation", id: p.company }))),
      inherited(context, reading),
    );
  // "altinfarm investment" → "nobel?" → "and msp" → "add all three up", «үшеуін қос», «сложи все
  // три»: as many as the companies asked in turn, none named, are those companies, added up.
  const asked = context.subjects.filter((s) => s.type === "organisation");
  // ("the bottom two", «соңғы екеуі» are a list's end, not the companies asked.)
  const allAsked =
    !named.length &&
    !has("others") &&
    asked.length >= 2 &&
    asked.length !== projects &&
    reading.ordinal === undefined &&
    !reading.ordinals?.length &&
    reading.tokens.some(
      (t, i) =>
        countOf(t) === asked.length &&
        /^\D/.test(t) &&
        (COLLECTIVE.test(t) || ALL_BEFORE.has(reading.tokens[i - 1] ?? "")),
    );
  if (allAsked) {
    // ("compare all three" compares them; with no operation of its own, they are added up.)
    const operated = [...reading.cues].some((c) => c.startsWith("o:") && c !== "o:count");
    const own = operated ? reading : { ...reading, cues: new Set([...reading.cues, "o:together" as Cue]) };
    return followUp(context, own, asked, inherited(context, own));
  }
  // "у кого больше всего рабочих мест" → "а меньше всего?" → «во сколько раз разница»: the two
  // ends of the ranking just shown, set against each other.
  const extremes =
    ["max", "min"].includes(context.query?.operation ?? "") &&
    context.list.filter((s) => s.type === "organisation").length >= 2;
  const setAgainst = (["o:times", "o:difference", "o:compare"] as Cue[]).some((c) => reading.cues.has(c));
  // ("the difference between them" after the most: the gaps along the ranking, told elsewhere.)
  // ("… and the smallest?" — "difference between them": the two ends just asked are "them".)
  const pointed = (has("plural") || has("pronoun") || has("whichOfThem")) && !context.ends;
  if (
    extremes &&
    setAgainst &&
    !pointed &&
    !named.length &&
    reading.ordinal === undefined &&
    !reading.ordinals?.length
  ) {
    const ranked = context.list.filter((s) => s.type === "organisation");
    return followUp(context, reading, [ranked[0] as Ref, ranked.at(-1) as Ref], inherited(context, reading));
  }
  const totalInPlay = reading.cues.has("o:total") && inPlay && !everything;
  const joins = operations.some((c) => SET_OPERATIONS.includes(c)) || has("whichOfThem") || totalInPlay;
  if (
    reading.ordinal !== undefined &&
    !joins &&
    !named.length &&
    context.query?.attributes.includes("items") &&
    // A list of items was shown (areas, a portfolio); one agreement's own sentence is no list.
    context.citations.length >= 2
  ) {
    const index = reading.ordinal < 0 ? context.citations.length - 1 : reading.ordinal - 1;
    if (context.citations[index]) return { kind: "item", index };
  }
  // "whats in the july one", «а что в июльском?»: the agreement of that month in the last list.
  const month = MONTHS.find(([m]) =>
    reading.tokens.some((t) => (m.length >= 3 ? t.startsWith(m) : t === m)),
  )?.[1];
  const ofMonth = context.agreements.filter(
    (x) => x.type === "agreement" && dataset.agreements.find((a) => a.id === x.id)?.date?.month === month,
  );
  if (month && !named.length && ofMonth.length === 1)
    return followUp(context, reading, ofMonth, askedOfAgreement(context, reading, attributes));
  // "the one with SK-Pharmacy", «то, что с Казах Инвестом», «СК-Фармациямен жасалғаны»: the listed
  // agreement that party signed (a name alone asks of the party: «СК-Фармация это кто»).
  const party = reading.entities.find((e) => e.type === "organisation" && e.start >= 0);
  const withWord =
    !!party &&
    (WITH_WORDS.has(reading.tokens[party.start - 1] ?? "") ||
      /(мен|бен|пен)$/.test(reading.tokens[party.end - 1] ?? ""));
  const withParty = context.agreements.filter(
    (x) =>
      x.type === "agreement" &&
      withWord &&
      named.length === 1 &&
      dataset.agreements.find((a) => a.id === x.id)?.parties.includes(party?.id ?? ""),
  );
  if (withParty.length === 1 && !attributes.some((c) => NUMERIC_CUES.has(c)))
    return followUp(
      context,
      { ...reading, years: [] },
      withParty,
      askedOfAgreement(context, reading, attributes),
    );
  // "back to Nobel — its partner?": the one named, "its" being it.
  if (has("back") && named.length)
    return followUp(
      context,
      reading,
      named,
      attributes.length ? [...reading.cues] : inherited(context, reading),
    );
  // "the other one besides Abdi – partners?": the last list without the ones named ("besides" is no
  // remainder of a total here).
  const rest = context.list.filter((x) => x.type === "organisation" && !named.some((n) => n.id === x.id));
  if (has("others") && named.length && named.every((n) => n.type === "organisation") && rest.length) {
    const own = { ...reading, cues: new Set([...reading.cues].filter((c) => c !== "o:remainder")) };
    return followUp(context, own, rest, attributes.length ? [...own.cues] : inherited(context, own));
  }
  // "is anyone else building there?", «кто там ещё строит»: the place's companies besides those in play.
  const elseAsked = reading.tokens.some((t) => ELSE_WORDS.has(t)) || reading.cues.has("o:remainder");
  const whoThere =
    ["agent", "yesno", "list"].includes(reading.expects) && !attributes.some((c) => c !== "m:location");
  if (elseAsked && whoThere && !named.some((n) => n.type === "organisation")) {
    const places = named.length
      ? named.filter((n) => n.type === "place")
      : has("there") && context.place
        ? [context.place]
        : [];
    // (Those who build: a list of partners just named builds nowhere of its own.)
    const builds = (x: Ref) => x.type === "organisation" && !!projectOf(dataset, x.id);
    const listed = context.list.filter(builds);
    const inPlay = listed.length ? listed : context.subjects.filter(builds);
    if (places.length && inPlay.length)
      return followUp(context, reading, [...inPlay, ...places], [...reading.cues, "m:companies" as Cue]);
  }
  // "is it in Almaty Region?", «он в Алматинской области?»: where the company in play is.
  // «оның қаншасы Түркістанда», "how much of it is in Turkistan": the last figure, in that place.
  // («а в Туркестанской области из них?» asks no question word of its own: "of them" are the last figure's.)
  const ofLastFigure =
    reading.expects === "any" && !!context.query?.attributes.some((a) => NUMERIC_ATTRIBUTES.has(a));
  const quantity = reading.expects === "quantity" || (ofLastFigure && has("plural"));
  // ("how many of them in Turkistan Region": "them" are the jobs just counted.)
  // ("is either of them in Turkistan?": each company in play, asked there.)
  const placeOfIt =
    (has("pronoun") || statedNot || ((quantity || reading.expects === "yesno") && has("plural"))) &&
    // ("do they build in Turkistan?", «они строят там?»: building there is being there.)
    attributes.every((c) => c === "m:location" && reading.expects === "yesno") &&
    named.length > 0 &&
    named.every((n) => n.type === "place");
  if (placeOfIt) {
    const companies = referents(reading, context, {
      joins: false,
      // ("are any of them in Almaty city?" after a list: the companies it listed.)
      plural: reading.expects === "yesno" && has("plural"),
      company: (id) => !!projectOf(dataset, id),
      counted: [],
    }).filter((x) => x.type === "organisation");
    const cues = quantity ? inherited(context, reading) : [...reading.cues, "m:location" as Cue];
    if (companies.length) return followUp(context, reading, [...companies, ...named], cues);
  }
  // "total jobs?" → "how many in Almaty city": the same total, in that place (not how many companies).
  const totalThere =
    reading.expects === "quantity" &&
    !attributes.length &&
    short &&
    named.length > 0 &&
    named.every((n) => n.type === "place") &&
    !!context.query &&
    !context.query.subjects.length &&
    context.query.attributes.some((a) => NUMERIC_ATTRIBUTES.has(a));
  if (totalThere) return followUp(context, reading, named, inherited(context, reading));
  // "total jobs?" → "what share of it is MSP's", «оның қанша пайызы АльтИнФармға тиесілі»: "it" is
  // the total just answered, and the company named is whose share of it is asked.
  const shareOfTotal =
    (has("pronoun") || has("plural")) &&
    reading.cues.has("o:share") &&
    !attributes.length &&
    named.length > 0 &&
    named.every((n) => n.type === "organisation") &&
    lastTotal(context);
  if (shareOfTotal) return followUp(context, reading, named, inherited(context, reading));
  // "altinfarm investment" → "nobel?": a company's name alone, after a figure asked of a company,
  // asks the same of it — as "and nobel?" does.
  const covered = (i: number) => reading.entities.some((e) => e.start <= i && i < e.end);
  const nameAlone =
    named.length > 0 &&
    named.every((n) => n.type === "organisation") &&
    reading.tokens.every((t, i) => covered(i) || FILLERS.has(t)) &&
    !!context.query?.attributes.some((a) => NUMERIC_ATTRIBUTES.has(a)) &&
    context.query.subjects.some((x) => x.type === "organisation");
  if (named.length) {
    if (!lead && !nameAlone && !joins && !pointsBeside) return standalone;
    if (!context.query && !joins && !pointsBeside) return standalone;
    // "compare with Nobel" adds Nobel to the set; "MSP vs Nobel", "the difference between AltINFARM
    // and MSP" name the whole set themselves.
    const ownSet = joins && named.filter((n) => n.type === "organisation").length >= 2;
    // "is Abdi in Almaty Region?" → "and Nobel?": the place asked of stays.
    const asked = context.query?.operation === "exists" ? lastPlaces : [];
    const kept = named.every((n) => n.type === "organisation") ? asked : [];
    // "does AltINFARM work with Sinovac?" → "what about Sinopharm?": a partner named in place of the
    // partner in play (a company in place of the company); the other side stays.
    const builds = (x: Ref) => x.type === "organisation" && !!projectOf(dataset, x.id);
    const side = named.every(builds)
      ? true
      : named.every((n) => n.type === "organisation" && !builds(n))
        ? false
        : null;
    const both =
      context.subjects.some(builds) && context.subjects.some((x) => x.type === "organisation" && !builds(x));
    const stays = side !== null && both && !joins ? context.subjects.filter((x) => builds(x) !== side) : [];
    // "who is AltINFARM partnering with" → "are any of them working with Nobel too?": "them" are
    // the partners it listed, set beside the one named.
    const theyAre = has("plural")
      ? referents(reading, context, {
          joins: false,
          plural: true,
          company: (id) => !!projectOf(dataset, id),
          counted: [],
        })
      : context.subjects;
    const subjects =
      (joins && !ownSet) || pointsBeside
        ? unique([...(theyAre.length ? theyAre : context.subjects), ...named])
        : [...named, ...kept, ...stays];
    // "and MSP?" after a question about a memorandum is a new question, not the memorandum's.
    if (
      !joins &&
      !named.every((n) => context.subjects.length === 0 || context.subjects.some((p) => compatible(n, p)))
    )
      return standalone;
    // "which of them is in Turkistan Region": where they are, not the last figure again — they being
    // the companies in play or the ones the last answer listed, not the place it listed them for.
    const whereOfThem =
      has("whichOfThem") &&
      attributes.every((c) => c === "m:location") &&
      named.every((n) => n.type === "place");
    const them = whereOfThem
      ? referents(reading, context, {
          joins: true,
          plural: true,
          company: (id) => !!projectOf(dataset, id),
          counted: [],
        }).filter((x) => x.type === "organisation")
      : [];
    const cues = whereOfThem
      ? [...reading.cues, "o:list" as Cue, "m:location" as Cue]
      : inherited(context, reading);
    return followUp(context, reading, them.length >= 2 ? [...them, ...named] : subjects, cues);
  }

  // "how many medicines will Abdi make?" → "which ones?", «какие именно?», «қандай?»: what they are.
  const counted = context.query?.attributes.some((a) => a === "medicines" || a === "sociallySignificant");
  const whichOnes =
    reading.expects === "list" &&
    short &&
    !attributes.filter((c) => c !== "m:medicines").length &&
    !reading.cues.has("m:companies") &&
    // «это какой процент» asks a share of the count, not which ones.
    !OPERATION_CUES.some((c) => c !== "o:list" && reading.cues.has(c)) &&
    !reading.unexplained.some((w) => !FILLERS.has(w) && w !== "именно") &&
    counted &&
    !!context.query &&
    ["count", "value", "sum"].includes(context.query.operation);
  if (whichOnes)
    return followUp(context, reading, context.query?.subjects ?? [], [
      ...[...reading.cues].filter((c) => c !== "m:medicines"),
      "m:products" as Cue,
      "o:list" as Cue,
    ]);
  // "which is bigger and by how many": a comparison without names is of the set in play, however long.
  const compares = operations.some((c) => COMPARISONS.includes(c));
  // "only what's stated per company", «по регионам»: a modifier of the last figure asked, no question of its own.
  const refines =
    REFINEMENTS.some((c) => reading.cues.has(c)) &&
    !attributes.length &&
    !!context.query?.attributes.some((a) => NUMERIC_ATTRIBUTES.has(a));
  // "why?", «зачем?» alone asks about the last answer.
  const asksWhy = reading.expects === "reason" && short && !attributes.length;
  // A bare "how many?", «сколько?», «қанша?» asks the last figure again, or which figure is meant.
  const bare =
    reading.expects === "quantity" &&
    !attributes.length &&
    !reading.unexplained.length &&
    reading.tokens.length <= 3;
  // «Прошу указать также эквивалент в долларах США», «Какое количество рабочих мест при этом
  // создаётся?»: a figure or a currency asked with no subject of its own, in a conversation about one
  // company, is that company's however long it is typed — unless it speaks of the projects as a whole.
  const ofAll = everything || reading.tokens.some((t) => ALL_PROJECTS.has(t));
  const inPlayOrgs = context.subjects.some((x) => x.type === "organisation");
  const longFigure =
    attributes.length > 0 &&
    attributes.every((c) => NUMERIC_CUES.has(c)) &&
    !ofAll &&
    inPlayOrgs &&
    reading.tokens.length <= 12;
  // "so how many are unaccounted for", «так сколько же не учтено», «сонда қаншасы есепке алынбаған»:
  // what is left of the last figures, however long it is typed.
  const leftOver = reading.cues.has("o:remainder") && !attributes.length && !named.length;
  const referring =
    asksWhy ||
    leftOver ||
    bare ||
    wholeOne ||
    longFigure ||
    lead ||
    pointing ||
    compares ||
    refines ||
    (operations.length > 0 && short) ||
    (short && attributes.length > 0);
  if (!referring) return standalone;
  // "which companies build in Almaty Region" … "sum them up" → "and in the city?", «а в городе?»,
  // «ал қалада ше?»: the same figure of the place's counterpart, not of the companies found there.
  const kindWord = reading.references.find((r) => r.key === "city" || r.key === "region");
  const counterpart =
    kindWord && !named.length && context.place
      ? counterpartOf(context.place.id, kindWord.key as "city" | "region", dataset)
      : null;
  if (counterpart && orgsInPlay && !attributes.length)
    return followUp(context, reading, [{ type: "place", id: counterpart }], inherited(context, reading));
  // "excluding the top one, what's the total", «без первого, сколько всего», «біріншісін
  // қоспағанда, барлығы қанша»: the last list but the one picked, added up (no headline less it).
  const allBut = allButPicked(reading, context);
  if (allBut) {
    const rest = new Set([...reading.cues].filter((c) => c !== "o:remainder" && c !== "o:top")).add("o:sum");
    const own = { ...reading, cues: rest };
    return followUp(context, own, allBut, inherited(context, own));
  }
  // "and the total?", «а всего?»: over every project; "their total" sums the set in play.
  // "what share of the total?" is the share of the subject in play.
  // ("and the headline number again?", «а главные цифры?», «негізгі сандар ше?»: a headline is
  // every project's, whoever is in play.)
  const overAll =
    !wholeOne &&
    !reading.cues.has("o:share") &&
    !has("pronoun") &&
    !has("plural") &&
    ((reading.cues.has("o:total") &&
      // "how much is invested there in total": the place's total, not every project's.
      !has("there") &&
      (!inPlay || everything)) ||
      (reading.cues.has("o:summary") && !named.length));
  // "which makes the most medicines" — MSP — "and the rest?": the others of the ranking, each.
  const asksRest = reading.tokens.some((t) => REST_WORDS.has(t));
  const ranked = context.query && ["max", "min"].includes(context.query.operation) && context.list.length > 1;
  if (asksRest && ranked && context.query) {
    const own = { ...reading, cues: new Set([...reading.cues].filter((c) => c !== "o:remainder")) };
    const cues = inherited({ ...context, query: { ...context.query, operation: "value" } }, own);
    return followUp(context, own, context.list.slice(1), [...cues, "o:count" as Cue]);
  }
  // "what % of 356 is that" after a total: "that" is the last answer's figure, of no subject.
  const thatFigure =
    has("pronoun") &&
    !has("plural") &&
    reading.ordinal === undefined &&
    !["max", "min", "rank"].includes(context.query?.operation ?? "");
  if (overAll || (!context.query?.subjects.length && context.query && (!pointing || thatFigure)))
    return followUp(
      context,
      reading,
      [],
      leftOver ? countsOnly(inherited(context, reading), reading) : inherited(context, reading),
    );
  let subjects = referents(reading, context, {
    joins,
    plural: has("plural") || joins,
    company: (id) => !!projectOf(dataset, id),
    counted: dataset.projects
      .filter((p) => !exclusionOf(p))
      .map((p): Ref => ({ type: "organisation", id: p.company })),
    parties: (id) =>
      (dataset.agreements.find((a) => a.id === id)?.parties ?? []).map(
        (p): Ref => ({ type: "organisation", id: p }),
      ),
  });
  if (!subjects.length) return standalone;
  if (wholeOne && subjects.some((x) => x.type === "organisation"))
    subjects = subjects.filter((x) => x.type !== "place");
  // Its "project" names no new attribute: the last figure goes on.
  const own = wholeOne
    ? {
        ...reading,
        cues: new Set([...reading.cues].filter((c) => c !== "m:companies" && c !== "m:facility")),
      }
    : reading;
  let cues = inherited(context, own);
  const pendingOp = operations.map((c) => PENDING[c]).find(Boolean) ?? (bare ? "value" : undefined);
  // Arithmetic over what the companies make ("add them up") is over their counts of medicines.
  if (pendingOp && cues.includes("m:products") && !cues.some((c) => NUMERIC_CUES.has(c)))
    cues = [...cues.filter((c) => c !== "m:products"), "m:medicines"];
  const numeric = cues.some((c) => NUMERIC_CUES.has(c));
  // ("and the share now?" names a thing the sources never give: said so, no "which figure?".)
  const unstated = cues.some((c) => c.startsWith("u:"));
  if (pendingOp && !numeric && !unstated) return { kind: "clarify", subjects, pending: pendingOp };
  // «а где будут производиться их препараты?» after an agreement: "their" are its parties, not it.
  const ofAgreement = attributes.some((c) => AGREEMENT_CUES.has(c));
  const parties = subjects.filter((x) => x.type !== "agreement");
  if (attributes.length && !ofAgreement && parties.length) subjects = parties;
  // "where will their medicines be made" after an agreement of four parties: the one that makes any.
  const products = attributes.some((c) => c === "m:products" || c === "m:medicines");
  const makers = subjects.filter((x) => x.type === "organisation" && makes(dataset, x.id));
  if (products && makers.length && makers.length < subjects.length) subjects = makers;
  return followUp(context, reading, subjects, cues);
}

/**
 * "so how many are unaccounted for" after the headline figures: "how many" counts medicines and
 * jobs, not money («сколько» and «қанша» ask both, so only the English form is told apart).
 */
function countsOnly(cues: Cue[], reading: Reading): Cue[] {
  const counts = cues.some((c) => c === "m:medicines" || c === "m:jobs");
  if (!counts || !reading.tokens.includes("many")) return cues;
  return cues.filter((c) => c !== "m:investment" && c !== "m:usd" && c !== "m:kzt");
}

/** The last list less the items an ordinal picks, when the question leaves them out ("excluding the first"). */
function allButPicked(reading: Reading, context: ConversationContext): Ref[] | undefined {
  if (!reading.cues.has("o:remainder") || reading.ordinal === undefined || context.list.length < 3)
    return undefined;
  const at = (n: number) => (n < 0 ? context.list.at(n) : context.list[n - 1]);
  const picked = new Set(
    (reading.ordinals?.length ? reading.ordinals : [reading.ordinal]).map((n) => at(n)?.id),
  );
  const rest = context.list.filter((x) => !picked.has(x.id));
  return rest.length >= 2 && rest.length < context.list.length ? rest : undefined;
}

/** Whether an organisation makes medicines: a project of its own, or a production partnership of its group's. */
function makes(dataset: Dataset, id: string): boolean {
  if (projectOf(dataset, id)) return true;
  const name = dataset.organisations.find((o) => o.id === id)?.name.en ?? id;
  const group = dataset.organisations
    .filter((o) => o.id === id || o.name.en.startsWith(`${name} `))
    .map((o) => o.id);
  return dataset.agreements.some(
    (a) => a.kind === "production partnership" && a.parties.some((p) => group.includes(p)),
  );
}

/** Attributes asked of an agreement itself: when, who signed, what it covers. */
const AGREEMENT_CUES = new Set<Cue>([
  "m:date",
  "m:agreements",
  "m:focusAreas",
  "m:contents",
  "m:parties",
  "m:link",
  "m:who",
]);

const COMPARISONS: Cue[] = ["o:compare", "o:difference", "o:times"];
/** Words that make a total every project's, whatever set is in play. */
const EVERYTHING = new Set([
  "all",
  "overall",
  "nationwide",
  "whole",
  "every",
  "все",
  "всех",
  // Not «барлығы» alone: «барлығы қанша?» after two companies asks their total.
  "барлық",
]);
/** What may follow "the four" that means the projects: nothing, "companies", "by jobs". */
const ALL_AFTER = (next: string | undefined) =>
  next === undefined || ALL_PROJECTS.has(next) || BY_WORDS.has(next);
/** "all three", «все три», «барлық үш»: the number after a word for all. */
const ALL_BEFORE = new Set(["all", "все", "всех", "всем", "всеми", "барлық", "барлығы"]);
/** Kazakh collective numerals («төртеуі», «төртеуін»: "the four of them") stand for the set anywhere. */
const COLLECTIVE = /^(екеу|үшеу|төртеу|бесеу)/;
const BY_WORDS = new Set(["by", "on", "in", "по", "в", "бойынша", "of"]);
/** The headline as a word: "compare that with the headline". */
const HEADLINE_WORDS = new Set([
  "headline",
  "overall",
  "общим",
  "общей",
  "общий",
  "общего",
  "жалпы",
  "жалпымен",
]);

/** The headline totals a number in a follow-up may name, with the cue of their figure. */
const HEADLINE_CUES = { investmentKzt: "m:investment", jobs: "m:jobs", medicines: "m:medicines" } as const;

/** Words that make a figure every project's: "the projects", «проекты», «жобалар», "in total". */
const ALL_PROJECTS = new Set([
  "projects",
  "companies",
  "plants",
  "total",
  "проекты",
  "проектов",
  "компании",
  "компаний",
  "заводы",
  "всего",
  "итого",
  "жобалар",
  "жобалардың",
  "компаниялар",
  "барлығы",
  "жалпы",
]);

/** "and the rest?", «а остальные?», «қалғандары?»: the others of the last list. */
const REST_WORDS = new Set([
  "rest",
  "remaining",
  "others",
  "остальные",
  "остальных",
  "остальным",
  "қалғандары",
  "қалғаны",
  "басқалары",
]);
/** "the whole project", «весь проект», «жобаның тұтас»: one project whole, not every project. */
const WHOLE = new Set(["whole", "entire", "весь", "всего", "целый", "целиком", "тұтас", "толық", "бүкіл"]);
const ONE_PROJECT = new Set([
  "project",
  "plant",
  "factory",
  "проект",
  "проекта",
  "завод",
  "завода",
  "жоба",
  "жобаның",
  "зауыт",
]);
/** Words that change how the last figure is taken, not what is asked: stated parts, a grouping. */
const REFINEMENTS: Cue[] = ["o:stated", "g:company", "g:region", "g:city"];
const NUMERIC_ATTRIBUTES = new Set<string>([
  "jobs",
  "investmentKzt",
  "investmentUsd",
  "medicines",
  "sociallySignificant",
]);

const NUMERIC_CUES = new Set<Cue>(["m:jobs", "m:investment", "m:usd", "m:kzt", "m:medicines", "m:social"]);

/** "and …" opens a follow-up only at the start (or "ше" at the end): it also joins two names. */
function leadsOff(reading: Reading): boolean {
  // "ok, and with SK-Pharmacy?": a filler before it changes nothing.
  const start = reading.tokens.findIndex((t) => !FILLERS.has(t));
  return reading.references.some(
    (r) =>
      r.key === "lead" &&
      (r.start === start ||
        r.end - r.start > 1 ||
        (r.end === reading.tokens.length && reading.tokens[r.start] === "ше")),
  );
}

/**
 * The cues a follow-up asks with: its own attributes, or else the last query's; its own
 * operation, or the last query's when it changes neither ("and Nobel?").
 */
function inherited(context: ConversationContext, reading: Reading): Cue[] {
  // "per job?": the jobs are the denominator, the investment is still what is asked.
  const perJob = reading.cues.has("o:perJob");
  // "per medicine?" likewise: the medicines divide the figure asked before.
  const perMedicine = reading.cueAt.some(
    (c) => c.key === "m:medicines" && PER_WORDS.has(reading.tokens[c.start - 1] ?? ""),
  );
  // "compare that with the headline", «сравни с общим»: the figure in play as a share of the headline.
  const againstHeadline =
    reading.cues.has("o:compare") && reading.tokens.some((t) => HEADLINE_WORDS.has(t)) && !!context.query;
  const own = [
    ...[...reading.cues].filter(
      (c) =>
        !(perJob && c === "m:jobs") &&
        !(perMedicine && c === "m:medicines") &&
        !(againstHeadline && c === "o:compare"),
    ),
    ...(againstHeadline ? (["o:share"] as Cue[]) : []),
  ];
  const last = context.query ? cuesOfQuery(context.query) : [];
  // «оның қаншасы Түркістанда» ("how much of it is in Turkistan"): a count asked in a place is of
  // the last figure there, not of the places.
  const inPlace = own.includes("o:count");
  const ownAttributes = attributeCues(reading).filter(
    (c) => own.includes(c) && c !== "m:usd" && c !== "m:kzt" && !(inPlace && c === "m:location"),
  );
  const unit = own.filter((c) => c === "m:usd" || c === "m:kzt");
  // "who was there?" asks for people, not the place again,
  // after where a memorandum was signed.
  // "who are they?", "who is that?": who the subjects in play are, not the last figure of them.
  const asksWho =
    reading.expects === "agent" &&
    !ownAttributes.length &&
    !own.some((c) => OPERATION_CUES.includes(c)) &&
    (last.includes("m:location") || reading.tokens.length <= 4);
  const base =
    ownAttributes.length || asksWho ? [] : last.filter((c) => c.startsWith("m:") || c.startsWith("u:"));
  // "in dollars?" narrows the investment: the other currency goes.
  const kept = unit.length ? base.filter((c) => c !== "m:usd" && c !== "m:kzt") : base;
  // The last operation stays unless this one names its own; a per-job ratio only for the investment.
  const ownOp = own.some((c) => OPERATION_CUES.includes(c));
  // "what's being built there" after "how many jobs": a question of another kind counts nothing.
  const otherKind = ownAttributes.length > 0 && !ownAttributes.some((c) => NUMERIC_CUES.has(c));
  // "how many times is Nobel's bigger" after investment per job: the per-job figures are compared.
  const perJobKept =
    ownOp && !ownAttributes.length && own.some((c) => COMPARING.includes(c)) && last.includes("o:perJob")
      ? (["o:perJob"] as Cue[])
      : [];
  const ops =
    ownOp || otherKind
      ? perJobKept
      : last.filter((c) => c.startsWith("o:") && !(c === "o:perJob" && ownAttributes.length));
  const investment =
    (unit.length || perJob || perMedicine) && !ownAttributes.length ? ["m:investment" as Cue] : [];
  const total = lastTotal(context) && !ownOp ? ["o:total" as Cue] : [];
  // "what % of 356 is that" after the per-company figures added up: their sum's share of the headline.
  // ("what percent of it is AltINFARM's" after the headline total names whose share is asked: the
  // company's share of the total just answered, not of the companies' stated figures.)
  const ofCompany = reading.entities.some((e) => e.type === "organisation" && e.start >= 0);
  const stated = lastTotal(context) && own.includes("o:share") && !ofCompany ? ["o:stated" as Cue] : [];
  // "add them" → "and per job?": the sum in play per job, one ratio of the companies together.
  const orgs = (context.query?.subjects ?? []).filter((x) => x.type === "organisation").length;
  // "together" → "what share of the 173 is that": the sum's share, not each one's.
  const sumShared = own.includes("o:share") && context.query?.operation === "sum";
  const summed =
    orgs >= 2 && ((perJob && ["sum", "share"].includes(context.query?.operation ?? "")) || sumShared)
      ? ["o:together" as Cue]
      : [];
  return [...new Set([...own, ...kept, ...unit, ...ops, ...investment, ...total, ...stated, ...summed])];
}

/** The last query was a total over everything: "and medicines?" asks the same total. */
function lastTotal(c: ConversationContext): boolean {
  const q = c.query;
  if (!q || q.subjects.length || !["sum", "value", "count"].includes(q.operation)) return false;
  return q.attributes.some((a) => ["jobs", "investmentKzt", "investmentUsd", "medicines"].includes(a));
}

/** Whom a follow-up without names means: an ordinal's item, the last place, the set, the last query's subjects. */
function referents(
  reading: Reading,
  context: ConversationContext,
  how: {
    joins: boolean;
    plural: boolean;
    company: (id: string) => boolean;
    counted: Ref[];
    parties?: (agreementId: string) => Ref[];
  },
): Ref[] {
  const has = (r: Reference) => reading.references.some((x) => x.key === r);
  // "and who was the other party" of the agreement in play: its parties the conversation has not named;
  // "who are they": all of them.
  const agreement = (context.query?.subjects ?? []).find((s) => s.type === "agreement");
  // "who signed them" after the agreements were listed: them are the agreements, asked who signed.
  const inPlay = (context.query?.subjects ?? []).filter((s) => s.type === "agreement");
  if (has("plural") && reading.cues.has("m:who") && reading.cues.has("m:agreements") && inPlay.length)
    return inPlay;
  if (has("plural") && reading.cues.has("m:who") && agreement && how.parties)
    return how.parties(agreement.id);
  if (has("others") && agreement && how.parties) {
    const asked = new Set(context.subjects.map((s) => s.id));
    const rest = how.parties(agreement.id).filter((p) => !asked.has(p.id));
    if (rest.length) return rest;
  }
  // "and the other two?": the last list's companies not asked about, or else every counted project's.
  // ("how many in Almaty city?" → "where's the rest": the projects outside the place asked, whose
  // companies the last answer listed.)
  if (has("others")) {
    const last = context.query?.subjects ?? [];
    const ofPlace = last.some((s) => s.type === "place") && !last.some((s) => s.type === "organisation");
    const asked = new Set([...context.subjects, ...(ofPlace ? context.list : [])].map((s) => s.id));
    const listed = ofPlace ? [] : context.list.filter((s) => s.type === "organisation" && !asked.has(s.id));
    return listed.length ? listed : how.counted.filter((s) => !asked.has(s.id));
  }
  // "how many times more does the first invest than the third": both items of the last list.
  if (reading.ordinals && context.list.length) {
    const items = reading.ordinals.map((n) => (n < 0 ? context.list.at(n) : context.list[n - 1]));
    if (items.every(Boolean)) return items as Ref[];
  }
  if (reading.ordinal !== undefined && context.list.length && !how.joins) {
    const item = reading.ordinal < 0 ? context.list.at(-1) : context.list[reading.ordinal - 1];
    return item ? [item] : [];
  }
  if (has("there") && context.place) {
    // "what will it make there": the company in play, in that place.
    const it = has("pronoun") && !how.plural ? context.subjects.filter((s) => s.type === "organisation") : [];
    return it.length === 1 ? [...it, context.place] : [context.place];
  }
  // "is he the health minister?"; «он», «ол» (also "it") asking what someone holds, said or did;
  // "who are its partners" asks of the company, not of a person the last answer named.
  const aboutPerson = ["m:role", "m:said", "m:deeds"].some((c) => reading.cues.has(c as Cue));
  const personal = has("person") || (has("pronoun") && aboutPerson && reading.lang !== "en");
  if (context.person && personal) return [context.person];
  // "at which factory will AZ's medicines be made" → "how many jobs will that factory create": the
  // one company in play or just named that has a plant (AstraZeneca has none; Nobel's it is).
  if (has("pronoun") && !how.plural && reading.cues.has("m:facility")) {
    const plants = unique([...context.subjects, ...context.list]).filter(
      (s) => s.type === "organisation" && how.company(s.id),
    );
    if (plants.length === 1) return plants;
  }
  // "anything being built in turkistan region?" (one company) → "what drugs": that company's
  // medicines, not the region's count.
  const kinds =
    reading.cues.has("m:products") ||
    (reading.cues.has("m:medicines") &&
      !reading.cues.has("o:count") &&
      reading.tokens.some((t) => KIND_QUESTION.has(t)));
  const placeList =
    context.query?.operation === "list" &&
    context.query.attributes.includes("companies") &&
    context.query.subjects.some((s) => s.type === "place");
  const only = context.list.filter((s) => s.type === "organisation");
  if (kinds && placeList && only.length === 1 && !has("there")) return only;
  // "what share of 356 is that" after "which makes the most": "that" is the first of the ranking.
  // ("who were the parties to that one" after "which was the earliest": the first of the order.)
  const ranking = ["max", "min", "order"].includes(context.query?.operation ?? "");
  if (has("pronoun") && !how.plural && ranking && context.list[0]) return [context.list[0]];
  const set = context.subjects.filter(
    (s) => s.type !== "place" || !context.place || s.id !== context.place.id,
  );
  const queried = context.query?.subjects ?? context.subjects;
  // "what did AstraZeneca sign in July?" found one agreement; "and in April?" asks of AstraZeneca again
  const ownTime =
    reading.years.length > 0 || MONTHS.some(([m]) => reading.tokens.some((t) => t.startsWith(m)));
  const parties = set.filter((s) => s.type !== "agreement");
  // ("what was signed in July 2024?" → "and in April?": the time alone, no agreement carried.)
  const last = ownTime && queried.every((s) => s.type === "agreement") ? parties : queried;
  // After a list answer, "they" and "which of them" mean what it listed.
  const listed = context.list.filter((s) => s.type === "organisation");
  // "oops, I meant MSP" after Abdi, then "and the difference between them?": the two side by side.
  const alone = context.subjects.filter((s) => s.type === "organisation");
  const sideBySide = ["o:difference", "o:compare", "o:times"].some((c) => reading.cues.has(c as Cue));
  if ((how.plural || how.joins) && sideBySide && alone.length === 1 && context.takenBack?.length)
    return unique([...context.takenBack, ...alone]);
  if (how.plural || how.joins) {
    // "they", «екеуі» mean more than one: after a pick from a list, the list.
    const organisations = context.subjects.filter((s) => s.type === "organisation");
    // ("their partner" after a profile that named the partner is the company's own: only a list
    // answer makes "they" its members.)
    const listAnswer =
      ["list", "rank", "max", "min"].includes(context.query?.operation ?? "") ||
      listed.every((s) => how.company(s.id));
    if (organisations.length === 1 && listed.length >= 2 && how.plural && listAnswer) return listed;
    // "which of them are in Almaty city" — two of the four — "those two": the ones the answer named.
    const counted = reading.tokens.some((t) => countOf(t) === listed.length);
    if (counted && listed.length >= 2 && listed.length < organisations.length) return listed;
    // "compare MSP and Abdi" → «во сколько раз больше?»: the pair the last turn compared, not every
    // company the conversation has named.
    const lastPair = queried.filter((s) => s.type === "organisation");
    const comparing = COMPARING.some((c) => reading.cues.has(c));
    if (comparing && lastPair.length >= 2 && !has("plural")) return queried;
    if (organisations.length) return context.subjects;
    if (listed.length) return listed;
    return set.length ? set : last;
  }
  // "who partners with Sinovac?" — AltINFARM — "where is it?": the one company the list answer named.
  const named = listed.filter((s) => !last.some((l) => l.id === s.id) && how.company(s.id));
  const asked = context.query?.attributes.some((a) => a === "partners" || a === "companies");
  if (asked && has("pronoun") && named.length === 1) return named;
  // "which country is that partner from" after the partners were named: that partner, company or not.
  const partners = listed.filter((s) => !last.some((l) => l.id === s.id));
  const partnerOf = context.query?.attributes.includes("partners") && reading.cues.has("m:partners");
  if (partnerOf && has("pronoun") && partners.length === 1) return partners;
  // «а где будут производиться их препараты?» — at Nobel's factory — «он в Алматинской области?»:
  // with no company asked before, "it" is the one company the answer named.
  if (has("pronoun") && named.length === 1 && !last.some((l) => how.company(l.id))) return named;
  return last.length ? last : set;
}

/** Subjects one can stand for the other in a question: the same kind, or a company and a place. */
const compatible = (a: Ref, b: Ref) =>
  a.type === b.type ||
  (["organisation", "place"].includes(a.type) && ["organisation", "place"].includes(b.type));

/**
 * "no, I meant the region", «не город, а область», "what about the region?": the place of the
 * last query is replaced by its counterpart of that kind ("Almaty" → "Almaty Region").
 */
function correctedPlaces(
  reading: Reading,
  context: ConversationContext,
  dataset: Dataset,
  how: { short: boolean; lead: boolean; attributes: Cue[] },
): Ref[] | null {
  const has = (r: Reference) => reading.references.some((x) => x.key === r);
  const want = has("region") ? "region" : has("city") ? "city" : null;
  if (!want || reading.entities.length || how.attributes.length) return null;
  if (!(how.short || has("negation") || how.lead)) return null;
  const last = context.query?.subjects ?? context.subjects;
  let changed = false;
  const out = last.map((s) => {
    const counterpart = s.type === "place" ? counterpartOf(s.id, want, dataset) : null;
    if (!counterpart) return s;
    changed = true;
    return { type: "place" as const, id: counterpart };
  });
  return changed ? out : null;
}

/** The reading with its negations dropped: in a correction they take back the last turn. */
function unsaid(reading: Reading): Reading {
  return { ...reading, references: reading.references.filter((r) => r.key !== "negation") };
}

/** Whether a negation word stands right before the word at `at` ("not turkistan", «не город»). */
function negatedAt(reading: Reading, at: number): boolean {
  return reading.references.some(
    (r) =>
      r.key === "negation" && NOT_WORDS.has(reading.tokens[r.start] ?? "") && r.end <= at && at - r.end <= 1,
  );
}

/** Words of having the thing just asked about: "does X have one?", «а у X есть?», «X-те бар ма?». */
const HAVE_ONE = new Set(["one", "any", "есть", "бар"]);

/** "no, …", "I meant …", «нет, я имел в виду …», «жоқ, мен … айтып отырмын»: a correction of the last turn. */
const corrects = (reading: Reading) =>
  CORRECTION_OPENERS.has(reading.tokens[0] ?? "") || CORRECTION.test(reading.text);

/** Words a correction opens with: "no, …", "not …", «нет, …», «не …», «жоқ, …». */
const CORRECTION_OPENERS = new Set(["no", "nope", "not", "нет", "не", "жоқ", "жок"]);

/** "no, I meant …", «нет, я имел в виду …», «жоқ, мен … айтып отырмын»: a correction of the last turn. */
const CORRECTION =
  /(?<!\p{L})(i meant|i mean|meant|имел в виду|имела в виду|имею в виду|я про|айтып отырмын|айтып едім|деп едім|айтқым келді)(?!\p{L})/iu;

/**
 * "no, I meant Almaty city" after the figures of the companies building in Almaty Region: the
 * same question of the companies in the place named instead.
 */
function companiesOfCorrectedPlace(
  reading: Reading,
  context: ConversationContext,
  dataset: Dataset,
): Ref[] | null {
  const named = reading.entities;
  const old = context.place?.id;
  if (!CORRECTION.test(reading.text) || named.length !== 1 || named[0]?.type !== "place" || !old) return null;
  const place = named[0].id;
  if (place === old) return null;
  // The companies the place's list names (pharmaceutical projects, talks included).
  const builders = (at: string) =>
    listCompanies(dataset, at).flatMap((f) => (f.kind === "list" ? f.items.map((i) => i.ref.id) : []));
  const last = (context.query?.subjects ?? context.subjects).filter((x) => x.type === "organisation");
  const before = builders(old);
  if (!last.length || !last.every((x) => before.includes(x.id))) return null;
  const now = builders(place);
  return now.length ? now.map((id) => ({ type: "organisation" as const, id })) : null;
}

/** The follow-up as a reading of its own: the subjects in play as its entities, the merged cues. */
function followUp(context: ConversationContext, reading: Reading, subjects: Ref[], cues: Cue[]): Turn {
  // A subject the follow-up names keeps its place in it ("so it's not in Almaty city": the negation
  // stands before the city); one carried from the conversation stands nowhere.
  const entities: EntityMatch[] = subjects.map(
    (s) => reading.entities.find((e) => e.type === s.type && e.id === s.id) ?? { ...s, start: -1, end: -1 },
  );
  // "who else signed it?" after "… in April 2024": the time goes on unless the follow-up names one.
  const time = context.query?.time;
  // ("how many has it signed altogether": all of them, not those of the time before.)
  const inherited = time && !reading.years.length && !reading.cues.has("o:total") ? { time } : {};
  // "is Abdi in Almaty Region?" → "and Nobel?": a follow-up with no question form of its own asks
  // yes or no again.
  // (Not "which of them …", nor one asking an operation of its own.)
  const again =
    reading.expects === "any" &&
    context.query?.operation === "exists" &&
    !reading.references.some((r) => r.key === "whichOfThem") &&
    !cues.some((c) => c.startsWith("o:"));
  const expects = again ? "yesno" : reading.expects;
  // "how many types of cancer does AZ treat" → "and AltINFARM?": what the last question was about
  // (its topic) goes on when the follow-up says nothing of its own.
  const topic = context.query?.topic ?? [];
  const about = !reading.unexplained.length && topic.length ? { unexplained: topic } : {};
  return {
    kind: "followup",
    reading: { ...reading, entities, cues: new Set(cues), expects, ...inherited, ...about },
    subjects,
  };
}

/** "where does Abdi build?" → "who else builds there?": the one place a company's sites were told in. */
function siteAnswered(query: Query | undefined, dataset: Dataset): Ref | undefined {
  const companies = (query?.subjects ?? []).filter((s) => s.type === "organisation");
  const [company] = companies;
  if (!company || companies.length > 1 || !query?.attributes.includes("sites")) return undefined;
  if (query.subjects.some((s) => s.type === "place")) return undefined;
  const places = [...new Set(projectOf(dataset, company.id)?.sites.map((x) => x.place) ?? [])];
  return places.length === 1 ? { type: "place", id: places[0] as string } : undefined;
}

/** A follow-up that picks from the last list: "the second one", "the other one besides Abdi". */
/** Operations whose answer is a list to pick from anew. */
const LISTS_ANEW: Query["operation"][] = ["list", "rank", "max", "min", "order"];

const picked = (turn: Turn) =>
  turn.kind === "followup" &&
  (turn.reading.ordinal !== undefined || turn.reading.references.some((r) => r.key === "others"));

/**
 * Whether the last list stays to pick from: after a pick from it ("the second one … and the
 * third?"), or when a follow-up's answer names only what it asked about ("per job?" of the second
 * keeps the ranking for "and the last one in that ranking?").
 */
function keepsList(
  turn: Turn,
  previous: ConversationContext | null | undefined,
  listed: Ref[],
  query: Query | undefined,
): boolean {
  if (!previous?.list.length) return false;
  // "which was the earliest": its answer sets them in order, which "that one" then picks from.
  if (query?.operation === "order") return false;
  if (picked(turn) || agreementPicked(turn, previous)) return true;
  if (turn.kind !== "followup") return false;
  // "the second one, where?" → "how many jobs there" → "and the first?": the ranking still.
  if (previous.picking && !LISTS_ANEW.includes(query?.operation ?? "value") && !query?.groupBy) return true;
  // "which of them are in Almaty city": the ones there are the list now ("those two" next).
  if (query?.operation === "list" && query.subjects.some((s) => s.type === "place")) return false;
  const asked = new Set(turn.subjects.map((s) => s.id));
  if (!listed.every((x) => asked.has(x.id))) return false;
  // "which two are in Almaty Region" → "compare their jobs" names them in another order: "the second
  // one" is still the list's second, unless the follow-up ranked them anew.
  const same =
    listed.length === previous.list.length && listed.every((x) => previous.list.some((p) => p.id === x.id));
  const ranked = ["max", "min", "rank", "order"].includes(query?.operation ?? "") || !!query?.groupBy;
  return previous.list.length > listed.length || (same && !ranked);
}

/**
 * What is asked of an agreement picked from the list: the follow-up's own words, else what was
 * asked before when an agreement has it (its date, parties, place), else what it holds.
 */
function askedOfAgreement(context: ConversationContext, reading: Reading, attributes: Cue[]): Cue[] {
  if (attributes.length) return [...reading.cues];
  const cues = inherited(context, reading);
  return cues.some((c) => AGREEMENT_CUES.has(c)) ? cues : [...reading.cues, "m:contents"];
}

/** "the one with …", «то, что с …»: the words that pick an agreement by a party. */
const WITH_WORDS = new Set(["with", "с", "со"]);

/** "whats in the july one": an agreement of the last list, which stays to pick from ("and the april one?"). */
const agreementPicked = (turn: Turn, previous: ConversationContext | null | undefined) =>
  turn.kind === "followup" &&
  turn.subjects.length > 0 &&
  turn.subjects.every((s) => s.type === "agreement" && previous?.list.some((x) => x.id === s.id));

/** The context a turn leaves: the set in play grows with "and Y?", a new question starts a new set. */
/** The top of a ranking asked, then its bottom (or the other way round), of the same figures. */
function bothEnds(before: Query | undefined, now: Query | undefined): boolean {
  const ops = [before?.operation, now?.operation];
  return (
    ops.includes("max") &&
    ops.includes("min") &&
    JSON.stringify(before?.attributes) === JSON.stringify(now?.attributes)
  );
}

export function nextContext(
  turn: Turn,
  previous: ConversationContext | null | undefined,
  answer: {
    question: string;
    lang: ConversationContext["lang"];
    citations: ConversationContext["citations"];
    query?: Query;
    listed: Ref[];
    /** Agreements an answer about agreements named. */
    agreements: Ref[];
    /** People the answer named, in order (quotes included). */
    people?: Ref[];
    at: string;
  },
  dataset: Dataset,
): ConversationContext {
  const country = dataset.places.find((p) => p.kind === "country")?.id;
  const querySubjects = (answer.query?.subjects ?? []).filter((s) => s.id !== country);
  // "oops, I meant Abdi Ibrahim": the company meant replaces the one asked about; the set does not grow.
  const correction =
    turn.kind === "followup" &&
    corrects(turn.reading) &&
    turn.subjects.some(
      (s) => s.type === "organisation" && !previous?.query?.subjects.some((x) => x.id === s.id),
    );
  const takenBack = (s: Ref) =>
    correction && s.type === "organisation" && !!previous?.query?.subjects.some((x) => x.id === s.id);
  const own =
    turn.kind === "followup" && turn.alone
      ? turn.subjects
      : turn.kind === "followup"
        ? unique([
            ...(previous?.subjects ?? []).filter((s) => s.type !== "place" && !takenBack(s)),
            ...turn.subjects,
          ])
        : turn.kind === "standalone"
          ? unique(turn.reading.entities.filter((e) => e.id !== country).map(asRef))
          : (previous?.subjects ?? []);
  // A follow-up about other kinds of subject starts the set again ("and in Turkistan?" after companies).
  // A message that was not understood (no query, nothing named) leaves the conversation as it was.
  if (turn.kind === "standalone" && !answer.query && !own.length && previous)
    return {
      ...previous,
      citations: answer.citations.length ? answer.citations : previous.citations,
      at: answer.at,
    };
  // An agreement found keeps the organisations that found it in the set ("… and in April?").
  const agreementsOnly =
    turn.kind === "followup" &&
    turn.subjects.length > 0 &&
    turn.subjects.every((s) => s.type === "agreement");
  const chosen =
    turn.kind === "followup" && !turn.subjects.some((s) => s.type === "organisation")
      ? agreementsOnly
        ? own
        : turn.subjects
      : own;
  // A place the question negated ("not in Almaty city, right?") is neither in the set nor where
  // "there" points next: that is where the company is.
  const negated = answer.query?.negated === true;
  const subjects = negated ? chosen.filter((s) => s.type !== "place") : chosen;
  const places = negated ? [] : [...querySubjects, ...subjects];
  // "sorry, i meant almaty city": the place a correction names is where "there" points next, also
  // when the question went on to the companies building there.
  const meant = turn.kind === "followup" ? turn.place : undefined;
  const place =
    places.filter((s) => s.type === "place").at(-1) ??
    siteAnswered(answer.query, dataset) ??
    meant ??
    previous?.place;
  const person =
    [...querySubjects, ...(answer.people ?? [])].find((s) => s.type === "person") ?? previous?.person;
  const kept = keepsList(turn, previous, answer.listed, answer.query);
  const context = ConversationContext.parse({
    question: answer.question,
    lang: answer.lang,
    ...(answer.query ? { query: answer.query } : {}),
    subjects,
    ...(kept
      ? { list: previous?.list ?? [], picking: picked(turn) || !!previous?.picking }
      : { list: answer.listed }),
    agreements: agreementsInPlay(answer.agreements, previous?.agreements ?? []),
    ...(place ? { place } : {}),
    ...(person ? { person } : {}),
    ...(correction ? { takenBack: (previous?.query?.subjects ?? []).filter(takenBack) } : {}),
    ...(bothEnds(previous?.query, answer.query) ? { ends: true } : {}),
    ...(turn.kind === "clarify"
      ? { pending: turn.pending, query: previous?.query, subjects: turn.subjects }
      : {}),
    citations: [],
    at: answer.at,
  });
  // The citations are the answer's own, numbered by the composer: copied field by field as the
  // schema would, not checked one by one (a ranking of 1,000 projects cites 1,000 sentences).
  context.citations = answer.citations.map(({ n, source, title, quote }) => ({ n, source, title, quote }));
  return context;
}
