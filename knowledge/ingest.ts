import { type Claim, isFigureAttribute } from "./claims.js";
import { type Extraction, extractClaims, type LeftOut } from "./extract/extract.js";
import { acceptProposals, type Proposals, type RejectReason } from "./extract/model.js";
import { type Knowledge, withIngested } from "./load.js";
import type { Figure, Names, Organisation, Source } from "./schema.js";

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
  | "held";

export interface ReportRow {
  claim: Claim;
  /** The company whose project it is. */
  subject: Names;
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
  const projects = new Map(knowledge.dataset.projects.map((p) => [p.id, p]));
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
  const rows: ReportRow[] = [];
  const claims = extraction.claims.map((claim): Claim => {
    const project = projects.get(claim.subject.id);
    const company = project?.company ?? companyOf.get(claim.subject.id) ?? claim.subject.id;
    const subject = names.get(company) ?? { en: company };
    const old = project && isFigureAttribute(claim.attribute) ? project[claim.attribute] : null;
    let change: ReportChange = "added";
    let status = claim.status;
    if (claim.value.kind === "figure" && old) {
      const v = claim.value;
      if (v.value === old.value && v.qualifier === old.qualifier) change = "same";
      else if (outOfLine(v.value, old.value)) {
        change = "held";
        status = "held";
      } else if (source.date !== null && source.date === dateOf(knowledge, old)) change = "disputed";
      else change = "changed";
    } else if (claim.value.kind !== "figure" && project) {
      const already =
        (claim.attribute === "site" &&
          project.sites.some((s) => claim.value.kind === "place" && s.place === claim.value.place)) ||
        (claim.attribute === "partner" &&
          project.partners.some(
            (p) => claim.value.kind === "organisation" && p.organisation === claim.value.organisation,
          )) ||
        (claim.attribute === "company" &&
          claim.value.kind === "organisation" &&
          project.company === claim.value.organisation);
      if (already) change = "same";
      else if (claim.attribute === "stage" && project.stage) change = "changed";
    }
    const kept = { ...claim, status };
    if (claim.attribute !== "company" || !project) rows.push({ claim: kept, subject, old, change });
    return kept;
  });
  const next = withIngested(knowledge, {
    sources: [source],
    claims,
    organisations: extraction.organisations,
  });
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

/** The date of the source a figure is cited from. */
function dateOf(knowledge: Knowledge, figure: Figure): string | null {
  return knowledge.sources.find((s) => s.id === figure.citation.source)?.date ?? null;
}
