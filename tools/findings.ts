import { FIGURE_ATTRIBUTES, type FigureAttribute } from "../knowledge/claims.js";
import type {
  Citation,
  Fact,
  Figure,
  Milestone,
  Names,
  OtherFigure,
  PartFigure,
  PartialDate,
  ProjectStage,
  ScopeAttribute,
  StageEvent,
  Unit,
} from "../knowledge/schema.js";
import type { ExclusionReason } from "../knowledge/view.js";
import type { Ref } from "./entities.js";
import type { DerivedQualifier } from "./types.js";

/**
 * What the executor finds: values with their qualifiers and citations, derived values with their
 * arithmetic, and notes, each a typed finding that compose.ts words in the reader's language.
 */

/** The figures a project can state: the claims' figure attributes. */
export const METRICS = FIGURE_ATTRIBUTES;

export type Metric = FigureAttribute;

/** A ratio's unit: millions of a currency per job or per medicine. */
export type RatioUnit = `million ${"KZT" | "USD"} per ${"job" | "medicine"}`;

export interface Derived {
  value: number;
  unit: Unit | RatioUnit;
  qualifier: DerivedQualifier;
  /** The inputs, in order, so the composer can write the arithmetic ("58.5 + 39.2 + 36.7"). */
  inputs: Figure[];
  op: "sum" | "difference" | "ratio" | "average" | "share" | "times" | "percentMore" | "percentLess";
}

export type Finding =
  /** `where`: the sentences placing the project, when the question asked about a place. */
  | { kind: "value"; subject: Ref; metric: Metric; figure: Figure; where?: Citation[] }
  | { kind: "notStated"; subject: Ref; metric: Metric }
  /** A figure that covers several places together and is not split between them. */
  | {
      kind: "spans";
      subject: Ref;
      metric: Metric;
      figure: Figure;
      places: Ref[];
      asked: Ref;
      where: Citation[];
    }
  /** No project in a place; `elsewhere` are the cities and regions where the projects are. */
  | { kind: "noProjects"; place: Ref; elsewhere: Ref[]; around?: { place: Ref; companies: Ref[] } }
  /** A yes/no question's answer, said before the findings that show it. */
  /** `negated`: the question stated the negation ("X is not in Y, right?"), so "yes" makes it wrong. */
  | { kind: "exists"; yes: boolean; negated?: boolean }
  /** "Nobel: Almaty city or the region?": which of the places offered the subject's sites are in. */
  | { kind: "choice"; subject: Ref; picked: Ref[]; other: Ref[] }
  /** A part of one company's own whole: its socially significant medicines of all its medicines. */
  | { kind: "partOf"; subject: Ref; part: Figure; whole: Figure; derived: Derived; not: boolean }
  /** The same over the projects wholly in a place: their parts and wholes added, then divided. */
  | { kind: "partOfPlace"; place: Ref; part: Derived; whole: Derived; derived: Derived }
  /** No figure of these subjects (or of any, when none is named) was changed by a newer source. */
  | { kind: "noChanges"; subjects: Ref[] }
  /**
   * How far a project has got: its latest source's stage, or "signed" when it belongs to a signed
   * agreement; null when no source says.
   */
  | { kind: "stage"; subject: Ref; stage: ProjectStage | null; citation?: Citation }
  /** Something asked that the knowledge never records (a salary, an opening date, a CEO). */
  | { kind: "unknown"; what: string; role?: string; subjects: Ref[] }
  /**
   * A figure per group (city or region, or company): groups sum the projects wholly inside them;
   * `unsplit` are projects whose one figure covers several groups; `missing` are the projects
   * without the figure, each with the groups it lies in.
   */
  | {
      kind: "group";
      metric: Metric;
      by: "company" | "region" | "city";
      groups: { group: Ref; parts: { subject: Ref; figure: Figure }[]; derived: Derived }[];
      unsplit: { subject: Ref; figure: Figure; places: Ref[]; groups: Ref[] }[];
      missing: { subject: Ref; groups: Ref[] }[];
    }
  /** A company asked about in a place where it has no site. */
  | { kind: "notThere"; subject: Ref; place: Ref }
  | {
      kind: "sum";
      metric: Metric;
      derived: Derived;
      subjects: Ref[];
      missing: Ref[];
      /** Figures left out because their sources disagree ten-fold or more (US$60 billion or million). */
      disputed?: { subject: Ref; figure: Figure }[];
      /** The place summed over, or "selection" when the question named the companies. */
      scope?: Ref | "selection";
      /** Summed over the projects with no site in any of these places ("jobs outside Almaty city"). */
      outside?: Ref[];
    }
  | { kind: "headline"; metric: Metric; figure: Figure }
  /** "is 36.7 bn Abdi's investment?": the number asked is stated for another subject (or the total). */
  /** `figures`: each owner's figure as stated ("at least 200 jobs"), its qualifier kept. */
  | {
      kind: "statedFor";
      owners: Ref[];
      headline: boolean;
      citations: Citation[];
      figures: { figure: Figure; metric: Metric }[];
    }
  /** "MSP invests 73 billion tenge?": 73 is its figure in the other currency (US$73 million). */
  | { kind: "otherCurrency"; subject: Ref; figure: Figure; metric: Metric }
  /** `checked`: a yes/no question asked whether the listed figures add up to the headline. */
  | {
      kind: "gap";
      metric: Metric;
      headline: Figure;
      listed: Derived;
      checked?: boolean;
      side?: "more" | "less";
    }
  | { kind: "remainder"; subject: Ref; metric: Metric; derived: Derived }
  /** "173 minus AltINFARM", "the total without Nobel": the headline less the named companies' figures. */
  | { kind: "totalLess"; subjects: Ref[]; metric: Metric; derived: Derived }
  /** `times`: how many times the larger figure is the smaller, when the question asked so. */
  | {
      kind: "difference";
      metric: Metric;
      more: Ref;
      less: Ref;
      derived: Derived;
      times?: Derived;
      /** How much bigger, in percent of the smaller ("by what percent"). */
      percent?: Derived;
    }
  | { kind: "equal"; metric: Metric; subjects: Ref[] }
  | {
      kind: "rank";
      metric: Metric;
      order: "most" | "least";
      /** `otherSector`: a project outside pharmaceuticals, ranked because its place was asked. */
      ranked: { subject: Ref; figure: Figure; otherSector?: boolean }[];
      missing: Ref[];
      /** Ranked among the projects wholly in this place: others' figures cover it and more. */
      within?: Ref;
      /** The place asked for ("the second most"): 2 = second. */
      position?: number;
    }
  | { kind: "ratio"; subject: Ref | null; derived: Derived }
  /** Two set against each other when one states no such figure: which is more is not stated. */
  | { kind: "incomparable"; metric: Metric; stated: Ref; missing: Ref }
  /** Tenge per US dollar implied by one investment given in both currencies (null: the headline's). */
  | { kind: "exchangeRate"; subject: Ref | null; kzt: Figure; usd: Figure; value: number }
  /** A partner the sources call a project's strategic partner ("with Nobel İlaç as the strategic partner"). */
  | { kind: "strategicPartner"; company: Ref; partner: Ref; citation: Citation }
  /** The sources call this one no strategic partner (`project`: name none of this company's project). */
  | { kind: "notStrategic"; subject: Ref; project?: boolean }
  /** "besides Nobel, who else makes diabetes medicines": the other makers of what the words name. */
  | { kind: "makersBesides"; besides: Ref[]; words: string; makers: Ref[] }
  /** "4 kinds of cancer": the items a products sentence lists after the kind asked ("for breast, …"). */
  | { kind: "kindsListed"; subject: Ref; words: string; items: string[]; fact: Fact }
  /** The products name the kind asked but list none of it; `fact` is what they say (if anything). */
  /** `fact` absent: its products do not name the field at all ("how many vaccines does AZ make"). */
  | { kind: "kindsUnlisted"; subject: Ref; words: string; fact?: Fact }
  /** No rate can be derived: the subject's investment is not given in both currencies. */
  | { kind: "exchangeRateUnavailable"; subject: Ref }
  /** Jobs per medicine: one count over the other. */
  | { kind: "jobsPerMedicine"; subject: Ref | null; derived: Derived }
  /** `headline`: the stated total over every project, when some project states no figure of its own. */
  | {
      kind: "average";
      metric: Metric;
      derived: Derived;
      missing: Ref[];
      headline?: { total: Figure; count: number; value: number };
    }
  /** `mixed`: a minimum over an estimate, so the share is only approximate (said why). */
  | { kind: "share"; subject: Ref; metric: Metric; derived: Derived; mixed: boolean }
  /** A company's share of the sum of the per-company figures ("Nobel's share of the 284"). */
  | {
      kind: "shareOfListed";
      subject: Ref;
      metric: Metric;
      part: Figure;
      whole: Derived;
      derived: Derived;
      mixed: boolean;
      /** The projects the headline covers that state no such figure (left out of the sum). */
      missing: Ref[];
    }
  /**
   * A company's share of the total a source states for a place ("Pavlodar Region's 410 bn"): the
   * part as the same report gives it beside that total (`asReported` when it has changed since).
   */
  | {
      kind: "shareOfPlace";
      subject: Ref;
      place: Ref;
      metric: Metric;
      derived: Derived;
      mixed: boolean;
      asReported?: string | null;
    }
  /**
   * The share of several figures together in the headline total: two companies asked together,
   * or the projects wholly in a place. `part` is their sum; `derived` the share.
   */
  | {
      kind: "shareTogether";
      subjects: Ref[];
      place?: Ref;
      metric: Metric;
      part: Derived;
      derived: Derived;
      mixed: boolean;
    }
  | { kind: "ratioUnavailable"; subject: Ref; per: "jobs" | "medicines"; missing: Metric }
  /** Several companies' investment together per job (or medicine) together: both sums, then their ratio. */
  | { kind: "ratioTogether"; subjects: Ref[]; investment: Derived; count: Derived; derived: Derived }
  /** The highest (or lowest) investment per job or per medicine of those worked out. */
  | { kind: "ratioTop"; subject: Ref; derived: Derived; order: "most" | "least" }
  /** `agreed`: every company listed is a party of the one investment agreement cited. */
  | {
      kind: "list";
      what: ListKind;
      subject?: Ref;
      /** `at`: where in the place asked a company builds, when that is narrower ("NIAK" in Aktau). */
      /** `otherSector`: a project there outside pharmaceuticals, named when no pharmaceutical one is. */
      items: { ref: Ref; citation: Citation; at?: Ref; otherSector?: boolean }[];
      agreed?: boolean;
      /** The companies with no site in any of these places ("which companies build outside Almaty"). */
      outside?: Ref[];
      /** "how many partners does AltINFARM have": the items counted, then named. */
      counted?: boolean;
      /** The companies left out of the list ("who else besides Nobel builds in Almaty"). */
      besides?: Ref[];
      /** The companies whose project is now at this stage ("which projects are suspended"). */
      stage?: ProjectStage;
    }
  | { kind: "fact"; subject: Ref; aspect: FactAspect; fact: Fact }
  | {
      kind: "location";
      subject: Ref;
      facility?: Fact;
      sites: { place: Ref; facility?: Names; citation: Citation }[];
    }
  | { kind: "products"; subject: Ref; fact: Fact; count: Figure }
  /** A company whose source says it makes something other than medicines ("glass vials"). */
  | { kind: "notMedicines"; subject: Ref; fact: Fact }
  /** "How many regions are the plants in": the cities and regions the projects' sites lie in. */
  /** `subject`: one company's sites ("how many sites does MSP-ROMPHARM have"). */
  | { kind: "placeCount"; places: { place: Ref; citation: Citation }[]; subject?: Ref }
  | { kind: "noStandard"; subject: Ref }
  | { kind: "noAgreement"; parties: Ref[]; year?: number; month?: number }
  /** The projects a set of them covers (an announcement, a round of talks), named. */
  | { kind: "setMembers"; set: string; members: Ref[]; citation: Citation }
  /** Agreements in the order of their dates; `unordered` when a date lacks its year or is not given. */
  /** `months`: between the first and the last, when both dates give their month (derived). */
  /** `fromArticle`: those whose year is their article's (the text gives a day and month only). */
  | {
      kind: "order";
      agreements: { ref: Ref; date: PartialDate }[];
      unordered: Ref[];
      months?: number;
      fromArticle?: Ref[];
    }
  /** Whether a project reached the stage a yes/no question asked about ("has construction started?"). */
  | {
      kind: "stageReached";
      subject: Ref;
      stage: "under construction" | "launched" | "suspended" | "cancelled";
      reached: boolean;
    }
  /** Whether the products the sources name for companies include what was asked ("painkillers"). */
  | { kind: "productNamed"; subjects: Ref[]; words: string; named: boolean; makers: Ref[] }
  /** How many focus areas an agreement sets out, before them. */
  | { kind: "areas"; agreement: Ref; count: number; lead?: Citation }
  /** "How many ministries are involved": the organisations of a kind, each cited where it signs. */
  | { kind: "kindList"; orgKind: string; items: { ref: Ref; citation: Citation }[] }
  /** "How many partner firms are there": the partners named, and for how many of the projects. */
  | { kind: "partnerCount"; partners: number; projects: number; total: number }
  /** "How many parties signed it": the parties an agreement's sentence names, counted. */
  | { kind: "partyCount"; agreement: Ref; count: number }
  /** "where was the April 2024 agreement signed": the sources do not say. */
  | { kind: "noSigningPlace"; agreement: Ref }
  /** "is the TURAN zone in Almaty Region?": whether one place lies within another, and where it does. */
  | { kind: "placeIn"; place: Ref; within: Ref; yes: boolean; parent?: Ref; citation?: Citation }
  /** "does AstraZeneca have a plant here": no project of its own is named (where its medicines are made follows). */
  | { kind: "noOwnPlant"; subject: Ref }
  /** "how many agreements has AstraZeneca signed": the dated agreements of a party, counted (listed after). */
  /** ("how many agreements were signed in 2024": of no party, in the time asked.) */
  | { kind: "agreementCount"; parties: Ref[]; count: number; time?: { year?: number; month?: number } }
  | {
      kind: "agreement";
      agreement: Ref;
      date: PartialDate | null;
      dateCitation?: Citation;
      parties: Ref[];
      summary: Fact;
    }
  | { kind: "role"; person: Ref; fact: Fact }
  | { kind: "said"; person: Ref; facts: Fact[] }
  | { kind: "notInSources"; subject: Ref; metric: Metric | "investment" }
  /** A figure of a scope no company owns: a set an article announced, a region, the sector, a company's own totals. */
  | { kind: "scopeFigure"; scope: string; attribute: ScopeAttribute; figure: Figure }
  /**
   * A report far out of line with the other reports of the same subject (675,000 jobs where the
   * projects' own figures add up to 675): flagged as an evident reporting error, never taken.
   */
  | {
      kind: "reportingError";
      subject?: Ref;
      scope?: string;
      attribute: ScopeAttribute;
      reported: OtherFigure;
      current: Figure;
      ratio: number;
    }
  /** Where a project stands: its newest stage with date and source, the earlier ones, its planned milestones. */
  | {
      kind: "status";
      subject: Ref;
      stage: StageEvent | null;
      history: StageEvent[];
      milestones: Milestone[];
      /** Whether the company has an agreement signed or approved, whichever event is shown. */
      agreed?: boolean;
    }
  | { kind: "milestone"; subject: Ref; milestone: Milestone }
  /** A stage a project has reached ("launched in April 2026"), with the plans it was reached against. */
  | { kind: "reached"; subject: Ref; event: StageEvent; plans: Milestone[] }
  /** A phase asked about that no source gives a date for ("no date was given for the second phase"). */
  | { kind: "noPhasePlan"; subject: Ref; phase: number }
  /** Whether a company's project is one of an announced set's, with the set's members and its sentence. */
  | { kind: "member"; subject: Ref; set: string; member: boolean; members: Ref[]; citation: Citation }
  /** A plant's production capacity as each source words it, never converted. */
  /** Sums sources give for parts of a project ("6 billion for construction"): never its whole cost. */
  | { kind: "parts"; subject: Ref; metric: Metric; parts: PartFigure[] }
  | {
      kind: "capacity";
      subject: Ref;
      capacity: Fact[];
      /** Volumes under a deal and shipped, verbatim: a plant's stated output, never medicines. */
      contracted?: Fact[];
      shipped?: Fact[];
    }
  /**
   * What a total over everything known covers: how many projects, and which are left out (talks
   * only, not pharmaceutical, cancelled), each with a citation saying so.
   */
  | {
      kind: "coverage";
      metric: Metric;
      count: number;
      excluded: { subject: Ref; reason: ExclusionReason; citation?: Citation }[];
    }
  /** A project whose site the sources do not give. */
  | { kind: "noSite"; subject: Ref }
  /** "in which city is Abdi's plant": its sites are named by region only, no city. */
  | { kind: "noCity"; subject: Ref }
  /** A figure another source gives (dollars of an earlier report beside tenge of a newer one). */
  | { kind: "otherReport"; subject: Ref; metric: Metric; figure: Figure };

/** What a list answer lists. */
export type ListKind = "companies" | "partners" | "places" | "agreements" | "parties";
/** Which fact of a project or organisation is asked. */
export type FactAspect =
  | "location"
  | "facility"
  | "standard"
  | "description"
  | "agreementPlace"
  | "focusArea"
  | "portfolio"
  | "goal"
  | "summary"
  | "therapyAreas"
  | "places";

export const org = (id: string): Ref => ({ type: "organisation", id });

export const place = (id: string): Ref => ({ type: "place", id });
