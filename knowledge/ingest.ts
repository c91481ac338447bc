import { type Claim, isFigureAttribute } from "./claims.js";
import { type Extraction, extractClaims, type LeftOut } from "./extract/extract.js";
import { acceptProposals, type Proposals, type RejectReason } from "./extract/model.js";
import { type Knowledge, withIngested } from "./load.js";
import type { Figure, InvestmentProject, Names, Organisation, ScopeAttribute, Source } from "./schema.js";

/**
 * Ingestion as a pure step: what a new source adds to the knowledge, and the report of it. The
 * store runs it inside the transaction that saves the document, its claims and the new version.
 */

/** A new value more than this many times larger or smaller than the current one is held for review. */
export const OUT_OF_LINE_RATIO = 10;

export type ReportChange =
  /** A figure or fact the knowledge did not have. */
  | "added"
  /** Supersedes an older source's value. */
  | "changed"
  /** The same value as the knowledge already has. */
  | "same"
  /** A source of the same date says otherwise: both are shown. */
  | "disputed"
  /** Far out of line with the current value: kept for an admin to approve or reject. */
  | "held"
  /** Larger than any one project's investment could be ("more than $60 billion"): kept for an admin. */
  | "implausible";

export interface ReportRow {
  claim: Claim;
  /** The company whose project it is, or the scope (a set, a region, the sector). */
  subject: Names;
  /** A claim held because its subject is uncertain: the candidates an admin picks from. */
  candidates: Names[];
  /** The current value before this source, for figures. */
  old: Figure | null;
  change: ReportChange;
}

export interface IngestPlan {
  source: Source;
  extraction: Extraction;
  /** The claims to store, with the status ingestion gave them. */
  claims: Claim[];
  organisations: Organisation[];
  rows: ReportRow[];
  leftOut: LeftOut[];
  /** Claims a configured model proposed that failed verification, with the reason. */
  modelRejected: { quote: string; reason: RejectReason }[];
  /** The knowledge once the source is in. */
  knowledge: Knowledge;
}

/**
 * More than one project here could cost (US$20 billion; 10 trillion tenge): a reporting error
 * ("investments of more than $60 billion" of a deal the government puts at $60 million).
 * Totals of a region or the country are not one project's and are not bounded.
 */
const MOST_PLAUSIBLE: Partial<Record<Claim["attribute"], number>> = {
  investmentUsd: 20_000,
  investmentKzt: 10_000,
};

function implausible(claim: Claim): boolean {
  const most = MOST_PLAUSIBLE[claim.attribute];
  return (
    claim.subject.type === "project" &&
    claim.value.kind === "figure" &&
    most !== undefined &&
    claim.value.value > most
  );
}

function outOfLine(next: number, current: number): boolean {
  if (current === 0 || next === 0) return next !== current;
  const ratio = next / current;
  return ratio >= OUT_OF_LINE_RATIO || ratio <= 1 / OUT_OF_LINE_RATIO;
}

/** `proposals`: what a configured model proposed for this source (each is verified before it counts). */
export function planIngest(
  knowledge: Knowledge,
  source: Source,
  options: { proposals?: Proposals } = {},
): IngestPlan {
  const offline = extractClaims(source, knowledge.dataset);
  const checked = options.proposals
    ? acceptProposals(source, knowledge.dataset, offline, options.proposals)
    : null;
  const extraction = checked?.extraction ?? offline;
  const nameOf = subjectNames(knowledge, extraction);
  const rows: ReportRow[] = [];
  const claims = extraction.claims.map((claim): Claim => {
    const project = knowledge.dataset.projects.find((p) => p.id === claim.subject.id);
    const { old, change, status } = compare(knowledge, source, claim, project);
    const kept = {
      ...claim,
      status,
      ...(status === "held" && claim.status !== "held" ? { hold: "outOfLine" as const } : {}),
    };
    if ((claim.attribute !== "company" || !project) && claim.attribute !== "scope")
      rows.push({
        claim: kept,
        subject: nameOf(claim.subject),
        old,
        change,
        candidates: (claim.candidates ?? []).map(nameOf),
      });
    return kept;
  });
  const next = withIngested(knowledge, {
    sources: [source],
    claims,
    organisations: extraction.organisations,
  });
  // Held claims first: what waits for an admin is what the report leads with.
  rows.sort((x, y) => Number(y.claim.status === "held") - Number(x.claim.status === "held"));
  return {
    source,
    extraction,
    claims,
    organisations: extraction.organisations,
    rows,
    leftOut: extraction.leftOut,
    modelRejected: (checked?.rejected ?? []).map((r) => ({ quote: r.proposal.quote, reason: r.reason })),
    knowledge: next,
  };
}

/** The name of a claim's subject: a project's company, or a scope's own name. */
function subjectNames(knowledge: Knowledge, extraction: Extraction): (subject: Claim["subject"]) => Names {
  const names = new Map(
    [...knowledge.dataset.organisations, ...extraction.organisations].map((o) => [o.id, o.name]),
  );
  const companyOf = new Map(
    extraction.claims.flatMap((c) =>
      c.attribute === "company" && c.value.kind === "organisation"
        ? [[c.subject.id, c.value.organisation]]
        : [],
    ),
  );
  const scopeNames = new Map(
    extraction.claims.flatMap((c) =>
      c.value.kind === "scope" && c.value.name ? [[c.subject.id, c.value.name]] : [],
    ),
  );
  return (subject) => {
    if (subject.type !== "project")
      return (
        knowledge.dataset.scopes.find((s) => s.id === subject.id)?.name ??
        scopeNames.get(subject.id) ?? { en: subject.id }
      );
    const project = knowledge.dataset.projects.find((p) => p.id === subject.id);
    const company = project?.company ?? companyOf.get(subject.id) ?? subject.id;
    return names.get(company) ?? { en: company };
  };
}

/** How a claim compares with what the knowledge has: new, the same, changed, disputed, or held as out of line. */
function compare(
  knowledge: Knowledge,
  source: Source,
  claim: Claim,
  project: InvestmentProject | undefined,
): { old: Figure | null; change: ReportChange; status: Claim["status"] } {
  const scope =
    claim.subject.type === "scope"
      ? knowledge.dataset.scopes.find((s) => s.id === claim.subject.id)
      : undefined;
  // A part of a project's cost ("of which 5 billion for equipment") is compared with no whole figure.
  const part = claim.value.kind === "figure" && !!claim.value.part;
  const old =
    project && isFigureAttribute(claim.attribute) && !part
      ? project[claim.attribute]
      : (scope?.figures[claim.attribute as ScopeAttribute] ?? null);
  const status = claim.status;
  if (status === "held") return { old, change: "held", status };
  if (implausible(claim)) return { old, change: "implausible", status: "held" };
  if (claim.value.kind === "figure" && old) {
    const v = claim.value;
    if (v.value === old.value && v.qualifier === old.qualifier) return { old, change: "same", status };
    // A correction says the old value was wrong: however far apart, it replaces it.
    if (claim.method !== "corrected" && outOfLine(v.value, old.value))
      return { old, change: "held", status: "held" };
    if (claim.method !== "corrected" && source.date !== null && source.date === dateOf(knowledge, old))
      return { old, change: "disputed", status };
    return { old, change: "changed", status };
  }
  if (claim.value.kind === "figure" || !project) return { old, change: "added", status };
  const v = claim.value;
  const already =
    (claim.attribute === "site" && v.kind === "place" && project.sites.some((s) => s.place === v.place)) ||
    (claim.attribute === "partner" &&
      v.kind === "organisation" &&
      project.partners.some((p) => p.organisation === v.organisation)) ||
    (claim.attribute === "company" && v.kind === "organisation" && project.company === v.organisation);
  if (already) return { old, change: "same", status };
  return { old, change: claim.attribute === "stage" && project.stage ? "changed" : "added", status };
}

/** The date of the source a figure is cited from. */
function dateOf(knowledge: Knowledge, figure: Figure): string | null {
  return knowledge.sources.find((s) => s.id === figure.citation.source)?.date ?? null;
}
