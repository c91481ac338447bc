import { type Claim, ClaimStatus, type ClaimSubject } from "../knowledge/claims.js";
import type { Organisation } from "../knowledge/schema.js";
import type { Queryable } from "./db.js";

/**
 * Claims and the organisations they name, next to the documents they come from. Rows are never
 * edited: an admin's approval or rejection is a dated review row, and a claim's status is the one
 * its latest review gives (or the one ingestion gave it).
 */

export async function insertClaims(
  tx: Queryable,
  documentId: string,
  claims: readonly Claim[],
): Promise<void> {
  // One statement for the whole document: a long article may hold thousands of claims.
  if (!claims.length) return;
  await tx.query(
    `INSERT INTO claims (id, document_id, subject, attribute, data, status)
     SELECT c->>'id', $1, c->'subject'->>'id', c->>'attribute', c, c->>'status'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(c, n) ORDER BY n
     ON CONFLICT (id) DO NOTHING`,
    [documentId, JSON.stringify(claims)],
  );
}

export async function insertOrganisations(
  tx: Queryable,
  documentId: string,
  organisations: readonly Organisation[],
): Promise<void> {
  if (!organisations.length) return;
  await tx.query(
    `INSERT INTO organisations (id, document_id, data)
     SELECT o->>'id', $1, o FROM jsonb_array_elements($2::jsonb) AS t(o)
     ON CONFLICT (id) DO NOTHING`,
    [documentId, JSON.stringify(organisations)],
  );
}

/**
 * Every stored claim in the order it was added, as its latest review leaves it: the status it
 * gives, and the subject an admin picked among a held claim's candidates.
 */
export async function listClaims(db: Queryable): Promise<Claim[]> {
  const rows = await db.query<{ data: Claim; status: string; subject: ClaimSubject | null }>(
    `SELECT c.data, COALESCE(CASE r.action WHEN 'approve' THEN 'active' WHEN 'reject' THEN 'rejected' END, c.status) AS status,
            r.subject
       FROM claims c
       LEFT JOIN LATERAL (SELECT action, subject FROM claim_reviews
                           WHERE claim_id = c.id ORDER BY id DESC LIMIT 1) r ON true
      ORDER BY c.seq`,
  );
  return rows.map((r) => reviewed({ ...r.data, status: ClaimStatus.parse(r.status) }, r.subject));
}

/** A claim whose subject an admin picked: that subject, for that reason, no longer uncertain. */
function reviewed(claim: Claim, subject: ClaimSubject | null): Claim {
  if (!subject) return claim;
  const { hold: _hold, candidates: _candidates, ...rest } = claim;
  return { ...rest, subject, reason: "reviewed", confidence: 1 };
}

export async function listOrganisations(db: Queryable): Promise<Organisation[]> {
  const rows = await db.query<{ data: Organisation }>("SELECT data FROM organisations ORDER BY created, id");
  return rows.map((r) => r.data);
}

export type ReviewResult = { ok: true; claim: Claim } | { ok: false; code: "unknownClaim" | "notCandidate" };

/**
 * Records an admin's decision on a claim; the knowledge must then be published again. An approval
 * may name one of a held claim's candidate subjects (by its place in the list) as its subject.
 */
export async function reviewClaim(
  tx: Queryable,
  claimId: string,
  action: "approve" | "reject",
  reviewer: number | null,
  options: { candidate?: number } = {},
): Promise<ReviewResult> {
  const [row] = await tx.query<{ data: Claim }>("SELECT data FROM claims WHERE id = $1", [claimId]);
  if (!row) return { ok: false, code: "unknownClaim" };
  const subject = options.candidate === undefined ? null : row.data.candidates?.[options.candidate];
  if (subject === undefined || (subject && action !== "approve")) return { ok: false, code: "notCandidate" };
  await tx.query(
    "INSERT INTO claim_reviews (claim_id, action, reviewer, subject) VALUES ($1, $2, $3, $4::jsonb)",
    [claimId, action, reviewer, subject ? JSON.stringify(subject) : null],
  );
  return {
    ok: true,
    claim: reviewed({ ...row.data, status: action === "approve" ? "active" : "rejected" }, subject),
  };
}
