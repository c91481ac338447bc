import { z } from "zod";

/** A verbatim sentence (or part of one) from a source body, and the source it comes from. */
export const Citation = z.object({
  source: z.string().min(1),
  quote: z.string().min(3),
});
export type Citation = z.infer<typeof Citation>;

/** How a source qualifies a figure: "about"/"около"/"шамамен" read as around, "over"/"более" as more than. */
export const Qualifier = z.enum(["exact", "around", "approximately", "at least", "more than", "up to"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Unit = z.enum([
  "billion KZT",
  "million USD",
  "jobs",
  "medicines",
  "percent",
  "companies",
  /** A count of agreements ("six investment agreements"). */
  "agreements",
  /** A multiple ("investment doubled": 2 times). */
  "times",
]);
export type Unit = z.infer<typeof Unit>;

/**
 * A figure as the source states it. `text` is the figure exactly as written in the quote
 * ("58.5", "US$116 million" is stored as value 116 with text "116"), so loading can check that
 * the quote really contains it.
 */
const FigureCore = z.object({
  value: z.number().nonnegative(),
  text: z.string().min(1),
  unit: Unit,
  qualifier: Qualifier,
  citation: Citation,
  /**
   * A range the source gives ("150–200 jobs"): `value` is its lower end with "at least", so every
   * reader states something true; this keeps the upper end.
   */
  upTo: z.number().nonnegative().optional(),
  /** A target's deadline as the source writes it ("by 2035", «к 2030 году»). */
  until: z.string().optional(),
  /** The year a share applies to ("reached 41% in 2034", «по итогам 2034 года», «2034 жылы»). */
  year: z.string().optional(),
});

/** A figure of another source for the same subject and attribute, with that source's date. */
export const OtherFigure = FigureCore.extend({
  date: z.string().nullable(),
  /**
   * Held because it is this many times the current value or less (675,000 against 675): a
   * reporting error to be flagged as such, never taken.
   */
  outOfLine: z.number().positive().optional(),
});
export type OtherFigure = z.infer<typeof OtherFigure>;

/** A sum a source gives for one part of a project ("6 billion for construction"), never the whole's. */
export const PartFigure = OtherFigure.extend({
  attribute: z.string(),
  /** The part as the source names it ("construction", «оборудование»). */
  part: z.string(),
});
export type PartFigure = z.infer<typeof PartFigure>;

export const Figure = FigureCore.extend({
  /**
   * Set by the current view: older sources' values this one superseded, newest first. An answer
   * gives the current value and these ("at least 180 jobs [1] (earlier at least 150 [2])").
   */
  earlier: z.array(OtherFigure).optional(),
  /**
   * Set by the current view: values that disagree with this one and were not allowed to replace
   * it (a source of the same date, or a value far out of line held for review). Shown, never hidden.
   */
  disputed: z.array(OtherFigure).optional(),
});
export type Figure = z.infer<typeof Figure>;

/**
 * A non-numeric fact (a product line, a focus, a standard) with its citation. `text` is the
 * English wording taken from the quote; `ru` and `kk` translate it for readers of those languages.
 */
export const Fact = z.object({
  text: z.string().min(1),
  ru: z.string().optional(),
  kk: z.string().optional(),
  /** What a company makes, read as no medicine ("medical glass vials and ampoules"): false. */
  medicine: z.boolean().optional(),
  /** Who a product is for when not people: "veterinary medicines" are for animals. */
  audience: z.enum(["veterinary"]).optional(),
  citation: Citation,
});
export type Fact = z.infer<typeof Fact>;

export const Lang = z.enum(["en", "ru", "kk"]);
export type Lang = z.infer<typeof Lang>;

/** A name in each language; en is required, the others fall back to it. */
export const Names = z.object({
  en: z.string().min(1),
  ru: z.string().optional(),
  kk: z.string().optional(),
});
export type Names = z.infer<typeof Names>;

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens");

export const PlaceKind = z.enum(["country", "city", "region", "special economic zone", "district"]);
export const Place = z.object({
  id: Id,
  kind: PlaceKind,
  name: Names,
  parent: Id.nullable(),
  aliases: z.array(z.string().min(1)),
  /** A zone a source mentions without its name ("the Special Economic Zone" in Almaty): a named one there replaces it. */
  unnamed: z.boolean().optional(),
});
export type Place = z.infer<typeof Place>;

export const OrganisationKind = z.enum([
  "pharmaceutical company",
  "ministry",
  "government",
  "city administration",
  "investment agency",
  "distributor",
  "partner company",
]);
export const Organisation = z.object({
  id: Id,
  kind: OrganisationKind,
  name: Names,
  aliases: z.array(z.string().min(1)),
  description: Fact.optional(),
});
export type Organisation = z.infer<typeof Organisation>;

export const Person = z.object({
  id: Id,
  name: Names,
  role: Fact,
  organisation: Id.nullable(),
  aliases: z.array(z.string().min(1)),
  statements: z.array(Fact).default([]),
});
export type Person = z.infer<typeof Person>;

/** A place a project is in, what is built there when the source says, and the sentence that says so. */
export const ProjectSite = z.object({ place: Id, facility: Names.optional(), citation: Citation });

/**
 * How far a project has got. "planned" is an announced intention with no event behind it; the
 * others are events a source reports (talks held, a memorandum, an approval of the agreement or
 * its terms, a signed agreement, construction started, production launched, the project
 * suspended or frozen, resumed after a suspension, cancelled).
 */
export const ProjectStage = z.enum([
  "talks",
  "memorandum",
  "planned",
  "approved",
  "signed",
  "under construction",
  "launched",
  "suspended",
  /** Work taken up again after a suspension. */
  "resumed",
  "cancelled",
]);
export type ProjectStage = z.infer<typeof ProjectStage>;

/** A stage a source reports, with the date of the event (as precise as the source gives it). */
export const StageEvent = z.object({
  value: ProjectStage,
  /** YYYY, YYYY-MM or YYYY-MM-DD of the event; the source's date when the text gives none. */
  date: z.string().nullable().optional(),
  /** Whether `date` is the event's own (the text gives it) or only the report's. */
  dated: z.enum(["event", "report"]).optional(),
  /** Who chaired, signed or approved, as the source names them ("First Deputy Prime Minister Roman Sklyar"). */
  by: z.string().optional(),
  /** Why the project stopped, in the source's own words ("due to a shortage of equipment"). */
  because: z.string().optional(),
  /** Where the event's project is, when its company has projects in several places. */
  place: Id.optional(),
  citation: Citation,
  /** The sentence that gives the date, when another one tells the event ("… reported the press service on Jan. 22"). */
  dateCitation: Citation.optional(),
});
export type StageEvent = z.infer<typeof StageEvent>;

/** A milestone a source plans ("the first phase is to start operating by the end of 2029"). */
const PlannedDate = z.object({
  /** The year (or YYYY-MM) planned. */
  date: z.string(),
  /** The plan as the source words it ("by the end of 2029"). */
  text: z.string(),
  citation: Citation,
});

export const Milestone = PlannedDate.extend({
  stage: ProjectStage,
  /** The phase the plan is for ("the first phase, due in 2028"); none for the whole plant. */
  phase: z.number().int().positive().optional(),
  /** The plans of this stage it replaced, oldest first ("first quarter of 2021", then "September"). */
  earlier: z.array(PlannedDate).optional(),
});
export type Milestone = z.infer<typeof Milestone>;

/** Whether a project makes medicines (counted in pharmaceutical totals) or something else. */
export const Sector = z.enum(["pharmaceutical", "other"]);
export type Sector = z.infer<typeof Sector>;

export const InvestmentProject = z.object({
  id: Id,
  company: Id,
  sites: z.array(ProjectSite),
  /** What is built; a project known only from an extracted figure may lack it. */
  facility: Fact.optional(),
  standard: Fact.optional(),
  partners: z.array(z.object({ organisation: Id, citation: Citation })),
  investmentKzt: Figure.nullable(),
  investmentUsd: Figure.nullable(),
  medicines: Figure.nullable(),
  sociallySignificant: Figure.nullable(),
  jobs: Figure.nullable(),
  products: z.array(Fact),
  /** Sums sources give for parts of the project (construction, equipment): shown beside, never as, the whole. */
  parts: z.array(PartFigure).optional(),
  /** Production capacities as the sources word them ("120 million gloves per year"), never converted. */
  capacity: z.array(Fact).optional(),
  /** Doses, vials or syringes to be made under a deal, as the sources word them: never medicines, never summed. */
  contracted: z.array(Fact).optional(),
  /** Doses, vials or syringes shipped, as the sources word them: never medicines, never summed. */
  shipped: z.array(Fact).optional(),
  /** The investment agreement the project belongs to, when a source names one. */
  agreement: Id.optional(),
  /** The newest stage a source reports (talks, approved, signed, suspended …), with its date. */
  stage: StageEvent.optional(),
  /** Every stage reported, oldest first: the project's history of events. */
  stages: z.array(StageEvent).optional(),
  /** Milestones sources plan for it (construction start, launch), newest source's last. */
  milestones: z.array(Milestone).optional(),
  /** Pharmaceutical unless a source shows it makes something else (sugar, beverages, textiles). */
  sector: Sector.optional(),
  /** Organisations of the company's group that act for the project (a subsidiary, its plant's operator). */
  affiliates: z.array(Id).optional(),
  /** The sets of projects that sources announced it in (scopes of kind "set"). */
  announced: z.array(Id).optional(),
  /** The date of the newest source that told of the project (YYYY-MM-DD), when known. */
  reported: z.string().nullable().optional(),
});
export type InvestmentProject = z.infer<typeof InvestmentProject>;

/** A date as precise as the source gives it: no invented year. */
export const PartialDate = z.object({
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  text: z.string().min(1),
  /** Whether the source dates the signing itself or only the report of it. */
  event: z.enum(["signed", "reported"]),
  /**
   * The publication date of the source, when the date itself gives no year ("on Jan. 22"): the
   * answer says the article's date instead of guessing the year.
   */
  published: z.string().optional(),
});
export type PartialDate = z.infer<typeof PartialDate>;

export const AgreementKind = z.enum([
  "investment agreements",
  "memorandum of understanding",
  "contract manufacturing agreement",
  "local production agreement",
  "production partnership",
]);
export const Agreement = z.object({
  id: Id,
  kind: AgreementKind,
  title: Names,
  date: PartialDate.nullable(),
  dateCitation: Citation.optional(),
  parties: z.array(Id).min(1),
  place: Fact.optional(),
  summary: Fact,
  items: z.array(z.object({ name: Names, description: Fact })).default([]),
  /** The sentence that introduces the items ("The partnership will focus on several strategic areas:"). */
  itemsLead: Citation.optional(),
  aliases: z.array(z.string().min(1)),
  /** The topic (partnership) this agreement belongs to, for subscriptions. */
  partnership: Id,
});
export type Agreement = z.infer<typeof Agreement>;

export const Partnership = z.object({
  id: Id,
  name: Names,
  aliases: z.array(z.string().min(1)),
  summary: Fact,
});
export type Partnership = z.infer<typeof Partnership>;

export const Totals = z.object({
  investmentKzt: Figure,
  investmentUsd: Figure,
  medicines: Figure,
  jobs: Figure,
  companies: Figure,
  sociallySignificant: Fact,
  therapyAreas: Fact,
  places: Fact,
  announcement: Fact,
  outcomes: Fact,
});

export const Goal = z.object({ id: Id, description: Fact, target: Figure });

/**
 * What a figure that is no company's belongs to: the set of projects an article announced, a
 * region, a sector, a programme, the country, or one company's own cumulative figures (what it
 * has invested over the years, not a project's).
 */
/** "event": what was signed at a forum, a round table, a visit — never one company's. */
export const ScopeKind = z.enum(["set", "region", "sector", "programme", "country", "company", "event"]);
export type ScopeKind = z.infer<typeof ScopeKind>;

/** Figures a scope can state: a project's, plus counts of agreements, growth and output. */
export const ScopeAttribute = z.enum([
  "investmentKzt",
  "investmentUsd",
  "jobs",
  "medicines",
  "sociallySignificant",
  "agreements",
  "projects",
  "growth",
  "investmentGrowth",
  "output",
  "share",
  "shareTarget",
]);
export type ScopeAttribute = z.infer<typeof ScopeAttribute>;

export const Scope = z.object({
  id: Id,
  kind: ScopeKind,
  name: Names,
  aliases: z.array(z.string().min(1)),
  /** A region's, city's or the country's place. */
  place: Id.optional(),
  /** A company's cumulative figures: the company. */
  organisation: Id.optional(),
  /** A set: the projects it covers. */
  members: z.array(Id).optional(),
  /** A set announced as one agreement or decision: that agreement. */
  agreement: Id.optional(),
  /** A set's event (approved, signed …) with its date, when the announcement says. */
  stage: StageEvent.optional(),
  /** The sentence that defines the scope. */
  citation: Citation,
  figures: z.partialRecord(ScopeAttribute, Figure),
});
export type Scope = z.infer<typeof Scope>;

export const Dataset = z.object({
  places: z.array(Place),
  organisations: z.array(Organisation),
  people: z.array(Person),
  partnerships: z.array(Partnership),
  agreements: z.array(Agreement),
  projects: z.array(InvestmentProject),
  totals: Totals,
  goals: z.array(Goal),
  /** Scopes: the announced sets, regions, sectors, programmes, the country, companies' own totals. */
  scopes: z.array(Scope).default([]),
});
export type Dataset = z.infer<typeof Dataset>;

export const SourceMeta = z.object({
  id: Id,
  title: z.string().min(1),
  /** The title translated for Russian and Kazakh readers (the body stays in its own language). */
  title_ru: z.string().min(1).optional(),
  title_kk: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  original: z.string().optional(),
});
export type SourceMeta = z.infer<typeof SourceMeta>;
export type Source = SourceMeta & { body: string };
