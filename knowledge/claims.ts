import { createHash } from "node:crypto";
import { z } from "zod";
import {
  type Dataset,
  type Figure,
  Names,
  ProjectStage,
  Qualifier,
  ScopeKind,
  Sector,
  type Source,
  Unit,
} from "./schema.js";

/**
 * Claims: every figure and fact the tools use, as a dated, cited statement of one source about one
 * subject. The curated dataset's figures, sites and partners are the first claims (the reference
 * the extractor is measured against); every ingested article adds extracted ones. The current view
 * (view.ts) folds them into the Dataset the tools read.
 */

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Figures a project (or the programme totals) can have. */
export const FIGURE_ATTRIBUTES = [
  "jobs",
  "investmentKzt",
  "investmentUsd",
  "medicines",
  "sociallySignificant",
] as const;
export type FigureAttribute = (typeof FIGURE_ATTRIBUTES)[number];
export const isFigureAttribute = (a: string): a is FigureAttribute =>
  (FIGURE_ATTRIBUTES as readonly string[]).includes(a);

/**
 * What a claim states: a project's figures, site, partners, company and stage; its sector, a
 * group organisation acting for it (`affiliate`), a planned milestone, a product fact; a scope's
 * own figures (agreements signed, growth, output) and the scope itself (`scope`).
 */
export const ClaimAttribute = z.enum([
  ...FIGURE_ATTRIBUTES,
  "site",
  "partner",
  "company",
  "stage",
  "sector",
  "affiliate",
  "alias",
  "milestone",
  "product",
  /** A plant's production capacity, as the source words it (unit and period verbatim). */
  "capacity",
  /** Doses, vials or syringes a plant is to make under a deal, as the source words them. */
  "contracted",
  /** Doses, vials or syringes a plant has shipped, as the source words them. */
  "shipped",
  "scope",
  "agreements",
  "projects",
  "growth",
  "investmentGrowth",
  "output",
  /** The share of domestically produced medicines in the market (percent), as a scope states it. */
  "share",
  /** A share the country sets itself to reach ("55% by 2035"), with its deadline. */
  "shareTarget",
]);
export type ClaimAttribute = z.infer<typeof ClaimAttribute>;

export const ClaimValue = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("figure"),
    value: z.number().nonnegative(),
    /** The figure exactly as the quote writes it ("58,5", "thirty", "4 мың"). */
    text: z.string().min(1),
    unit: Unit,
    qualifier: Qualifier,
    /** A range's upper end ("150–200 jobs": value 150, at least, up to 200). */
    upTo: z.number().nonnegative().optional(),
    /** The part of the project a sum is for, in the source's words ("equipment", «строительство»): never the whole's. */
    part: z.string().optional(),
    /** A target's deadline as written ("by 2035", «к 2030 году»). */
    until: z.string().optional(),
    /** The year a share applies to ("reached 41% in 2034", «по итогам 2034 года»): YYYY. */
    year: z.string().optional(),
    /** The value its sentence says it changed from ("rose from 17% to 25%"), as written there. */
    from: z
      .object({ value: z.number().nonnegative(), text: z.string().min(1), year: z.string().optional() })
      .optional(),
  }),
  z.object({ kind: z.literal("place"), place: Id }),
  z.object({ kind: z.literal("organisation"), organisation: Id }),
  z.object({
    kind: z.literal("stage"),
    stage: ProjectStage,
    /** The event's date (YYYY, YYYY-MM or YYYY-MM-DD) when the text gives one. */
    date: z.string().optional(),
    /** Who chaired, approved or signed, as the source names them. */
    by: z.string().optional(),
    /** Why a project stopped, in the source's own words ("в связи с ростом стоимости оборудования"). */
    because: z.string().optional(),
  }),
  z.object({ kind: z.literal("sector"), sector: Sector }),
  /** Another spelling of an organisation ("Polpharma Santo" of Polpharma Group). */
  z.object({ kind: z.literal("name"), organisation: Id, name: z.string().min(1) }),
  z.object({
    kind: z.literal("milestone"),
    stage: ProjectStage,
    date: z.string(),
    text: z.string().min(1),
    /** The plan as it first stood ("originally planned for …"): a later plan of the stage replaces it. */
    earlier: z.boolean().optional(),
    /** The phase the plan is for ("the first phase"); none for the whole plant. */
    phase: z.number().int().positive().optional(),
  }),
  /** A fact in English (with translations when the extractor words it from a template). */
  z.object({
    kind: z.literal("fact"),
    text: z.string().min(1),
    ru: z.string().optional(),
    kk: z.string().optional(),
    /** A product the source says is no medicine ("medical glass vials"): false. */
    medicine: z.boolean().optional(),
    /** Who the product is for when not people ("veterinary vaccines"). */
    audience: z.enum(["veterinary"]).optional(),
  }),
  z.object({
    kind: z.literal("scope"),
    scope: ScopeKind,
    place: Id.optional(),
    organisation: Id.optional(),
    members: z.array(Id).optional(),
    agreement: Id.optional(),
    /** A set's name in each language ("the 4 projects approved in January 2026"). */
    name: Names.optional(),
    /** A set's event: approved, signed, or talks still under way («переговоры с 7 компаниями»). */
    stage: ProjectStage.optional(),
  }),
]);
export type ClaimValue = z.infer<typeof ClaimValue>;

export const ClaimMethod = z.enum(["curated", "extracted", "model", "corrected", "gold"]);
export type ClaimMethod = z.infer<typeof ClaimMethod>;

/**
 * "active" claims take part in the view; "held" ones (a value far out of line with the current
 * one) are shown as disputed until an admin approves them; "rejected" ones are history only.
 */
export const ClaimStatus = z.enum(["active", "held", "rejected"]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** A project; "totals" for the curated headline figures; a scope (a set, region, sector …) for figures no company owns. */
export const ClaimSubject = z.object({ type: z.enum(["project", "totals", "scope"]), id: Id });
export type ClaimSubject = z.infer<typeof ClaimSubject>;

/**
 * Why a claim's subject was chosen: the name in the figure's clause or sentence, the bullet's or
 * row's own name, the antecedent of "the company / the plant", the paragraph's or the article's
 * only project, a scope's words, or an admin's choice.
 */
export const SubjectReason = z.enum([
  "clause",
  "sentence",
  "bullet",
  "row",
  "anaphor",
  "paragraph",
  "onlyProject",
  "headline",
  "scope",
  "reviewed",
  "curated",
]);
export type SubjectReason = z.infer<typeof SubjectReason>;

export const Claim = z.object({
  id: z.string().min(1),
  subject: ClaimSubject,
  attribute: ClaimAttribute,
  value: ClaimValue,
  source: Id,
  /** Verbatim from the source body, at [start, end). */
  quote: z.string().min(3),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** The source's date (YYYY-MM-DD), null when the source gives none. */
  date: z.string().nullable(),
  method: ClaimMethod,
  status: ClaimStatus.default("active"),
  /** Why this subject, and how sure the extractor is of it (0–1). */
  reason: SubjectReason.optional(),
  confidence: z.number().min(0).max(1).optional(),
  /**
   * Why a claim is held: its subject is uncertain (an admin picks one of `candidates`, or none),
   * or its value is far out of line with the current one.
   */
  hold: z.enum(["subject", "outOfLine"]).optional(),
  candidates: z.array(ClaimSubject).optional(),
});
export type Claim = z.infer<typeof Claim>;

export class ClaimError extends Error {
  override name = "ClaimError";
}

/** A stable id: the same statement of the same source always gets the same id. */
export function claimId(c: Pick<Claim, "source" | "subject" | "attribute" | "value" | "start">): string {
  const key = JSON.stringify([c.source, c.subject.id, c.attribute, c.value, c.start]);
  return createHash("sha256").update(key).digest("hex").slice(0, 16);
}

/** The text a claim's quote must contain: the figure as written (other kinds are checked by offsets). */
function valueText(v: ClaimValue): string | null {
  return v.kind === "figure" ? v.text : null;
}

/**
 * Checks a claim against its source: the quote is exactly the body at its offsets, and a figure's
 * quote contains the figure as written. Throws a ClaimError naming the claim.
 */
export function verifyClaim(claim: Claim, sources: ReadonlyMap<string, Source>): void {
  const body = sources.get(claim.source)?.body;
  const name = `claim ${claim.subject.id}.${claim.attribute} (${claim.source})`;
  if (body === undefined) throw new ClaimError(`${name}: unknown source "${claim.source}"`);
  if (body.slice(claim.start, claim.end) !== claim.quote)
    throw new ClaimError(`${name}: quote is not verbatim at ${claim.start}–${claim.end}: "${claim.quote}"`);
  const verbatim = ["capacity", "contracted", "shipped"].includes(claim.attribute);
  const capacity = verbatim && claim.value.kind === "fact" ? claim.value.text : null;
  const text = valueText(claim.value) ?? capacity;
  if (text !== null && !claim.quote.includes(text))
    throw new ClaimError(`${name}: figure "${text}" does not appear in its quote`);
}

/** Where a curated quote sits in its source (the dataset stores quotes, claims also offsets). */
function locate(sources: ReadonlyMap<string, Source>, source: string, quote: string): [number, number] {
  const at = sources.get(source)?.body.indexOf(quote) ?? -1;
  if (at < 0) throw new ClaimError(`curated quote not found in "${source}": "${quote}"`);
  return [at, at + quote.length];
}

/**
 * The curated dataset's figures, sites, partners and project companies as claims, dated with
 * their source. These are the reference the extractor is scored against.
 */
export function curatedClaims(dataset: Dataset, sources: readonly Source[]): Claim[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const out: Claim[] = [];
  const add = (
    subject: Claim["subject"],
    attribute: ClaimAttribute,
    value: ClaimValue,
    citation: { source: string; quote: string },
  ) => {
    const [start, end] = locate(byId, citation.source, citation.quote);
    const base = { subject, attribute, value, source: citation.source, start };
    out.push({
      ...base,
      id: claimId(base),
      quote: citation.quote,
      end,
      date: byId.get(citation.source)?.date ?? null,
      method: "curated",
      status: "active",
    });
  };
  const figure = (f: Figure): ClaimValue => ({
    kind: "figure",
    value: f.value,
    text: f.text,
    unit: f.unit,
    qualifier: f.qualifier,
  });
  for (const p of dataset.projects) {
    const subject = { type: "project" as const, id: p.id };
    const first = p.sites[0]?.citation ?? p.facility?.citation;
    if (first) add(subject, "company", { kind: "organisation", organisation: p.company }, first);
    for (const a of FIGURE_ATTRIBUTES) {
      const f = p[a];
      if (f) add(subject, a, figure(f), f.citation);
    }
    for (const s of p.sites) add(subject, "site", { kind: "place", place: s.place }, s.citation);
    for (const x of p.partners)
      add(subject, "partner", { kind: "organisation", organisation: x.organisation }, x.citation);
  }
  const totals = { type: "totals" as const, id: "totals" };
  for (const a of ["investmentKzt", "investmentUsd", "jobs", "medicines"] as const) {
    add(totals, a, figure(dataset.totals[a]), dataset.totals[a].citation);
  }
  return out;
}

/**
 * How well a stage claim's sentence tells its stage: a sentence that names the stage ("at the talks
 * stage") says it best ("across four stages of the project" counts phases: it names no stage); one
 * about the undertaking itself ("ready to develop a project for a plant") says more than a meeting's
 * report; then a date and who acted.
 */
export function stageDetail(c: Claim): number {
  if (c.value.kind !== "stage") return 0;
  const explicit =
    /(stage|стади|этап|кезең)/iu.test(c.quote) && !/(stages|этапов|этапа|кезеңге)(?!\p{L})/iu.test(c.quote);
  const about = /(?<!\p{L})(project|plant|factory|проект\p{L}*|завод\p{L}*|жоба\p{L}*|зауыт\p{L}*)/iu.test(
    c.quote,
  );
  return (explicit ? 2 : 0) + (about ? 0.5 : 0) + Number(!!c.value.date) + Number(!!c.value.by);
}
