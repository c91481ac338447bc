import { type Claim, ClaimStatus } from "../knowledge/claims.js";
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

const EFFECTIVE_STATUS = `COALESCE(
  (SELECT CASE r.action WHEN 'approve' THEN 'active' ELSE 'rejected' END
     FROM claim_reviews r WHERE r.claim_id = c.id ORDER BY r.id DESC LIMIT 1),
  c.status)`;

/** Every stored claim in the order it was added, with the status its latest review gives. */
export async function listClaims(db: Queryable): Promise<Claim[]> {
  const rows = await db.query<{ data: Claim; status: string }>(
    `SELECT c.data, ${EFFECTIVE_STATUS} AS status FROM claims c ORDER BY c.seq`,
  );
  return rows.map((r) => ({ ...r.data, status: ClaimStatus.parse(r.status) }));
}

export async function listOrganisations(db: Queryable): Promise<Organisation[]> {
  const rows = await db.query<{ data: Organisation }>("SELECT data FROM organisations ORDER BY created, id");
  return rows.map((r) => r.data);
}

export type ReviewResult = { ok: true; claim: Claim } | { ok: false; code: "unknownClaim" };

/** Records an admin's decision on a claim; the knowledge must then be published again. */
export async function reviewClaim(
  tx: Queryable,
  claimId: string,
  action: "approve" | "reject",
  reviewer: number | null,
): Promise<ReviewResult> {
  const [row] = await tx.query<{ data: Claim }>("SELECT data FROM claims WHERE id = $1", [claimId]);
  if (!row) return { ok: false, code: "unknownClaim" };
  await tx.query("INSERT INTO claim_reviews (claim_id, action, reviewer) VALUES ($1, $2, $3)", [
    claimId,
    action,
    reviewer,
  ]);
  return { ok: true, claim: { ...row.data, status: action === "approve" ? "active" : "rejected" } };
}
