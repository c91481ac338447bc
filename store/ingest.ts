import { createHash } from "node:crypto";
import type { Claim } from "../knowledge/claims.js";
import type { ClaimModel } from "../knowledge/extract/model.js";
import { type IngestPlan, planIngest } from "../knowledge/ingest.js";
import { type Knowledge, withIngested } from "../knowledge/load.js";
import { type Source, SourceMeta } from "../knowledge/schema.js";
import { readFrontMatter, UnclosedFrontMatter } from "../knowledge/sources.js";
import { slugify } from "../knowledge/text.js";
import { insertClaims, insertOrganisations, listClaims, listOrganisations, reviewClaim } from "./claims.js";
import { cleanText } from "./clean.js";
import type { Db, Queryable } from "./db.js";
import { findDocument, insertDocument, listDocuments } from "./documents.js";
import { latestVersion, type PublishedVersion, publishIn } from "./versions.js";

export const MAX_DOCUMENT_BYTES = 200 * 1024;

/** What ingestion needs from the engine: its knowledge, and a way to answer from new knowledge at once. */
export interface IngestTarget {
  readonly knowledge: Knowledge;
  update(knowledge: Knowledge): Promise<void>;
}

export interface IngestInput {
  /** Raw bytes (checked for binary data and UTF-8) or text. */
  content: Uint8Array | string;
  /** Flags win over front matter. */
  title?: string;
  date?: string;
  id?: string;
}

export type IngestErrorCode =
  | "empty"
  | "binary"
  | "tooLarge"
  | "duplicate"
  | "duplicateId"
  | "badDate"
  | "badId"
  | "badFrontMatter";

/** Bad input: nothing was changed. `detail` is the title, id, date or reason the message names. */
export class IngestError extends Error {
  override name = "IngestError";
  constructor(
    readonly code: IngestErrorCode,
    readonly detail = "",
  ) {
    // The bot words it for people (bot/render/ingest-report.ts); this is for logs.
    super(`document refused (${code})${detail ? `: ${detail}` : ""}`);
  }
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Decodes bytes strictly: NUL bytes or invalid UTF-8 mean "not a text document". The text comes
 * back without control characters (store/clean.ts), before anything is measured in it, so claims'
 * offsets are offsets into the body as stored.
 */
function decode(content: Uint8Array | string): string {
  if (typeof content === "string") return cleanText(content);
  if (content.length > MAX_DOCUMENT_BYTES) throw new IngestError("tooLarge");
  if (content.includes(0)) throw new IngestError("binary");
  try {
    return cleanText(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content));
  } catch {
    throw new IngestError("binary");
  }
}

/** The document's front matter; one opened and never closed is refused. */
function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  try {
    return readFrontMatter(text);
  } catch (error) {
    if (error instanceof UnclosedFrontMatter) throw new IngestError("badFrontMatter", error.message);
    throw error;
  }
}

/** A Markdown heading, else the first non-empty line, shortened. */
function guessTitle(body: string): string {
  const lines = body.split(/\r?\n/).map((l) => l.trim());
  const heading = lines.find((l) => /^#{1,3}\s+\S/.test(l));
  const line = (heading ?? lines.find(Boolean) ?? "").replace(/^#+\s*/, "");
  return line.length > 100 ? `${line.slice(0, 99).trimEnd()}…` : line;
}

/** A readable id: the title's first words (Russian and Kazakh transliterated) and a short hash. */
function slug(title: string, hash: string): string {
  return [slugify(title), hash.slice(0, 8)].filter(Boolean).join("-");
}

function validDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

/** Parses and validates a document into a source, without touching the store. */
export function parseDocument(input: IngestInput): Source & { sha256: string } {
  const text = decode(input.content);
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) throw new IngestError("tooLarge");
  const { fields, body } = frontMatter(text.replace(/^\uFEFF/, ""));
  if (body.trim() === "") throw new IngestError("empty");
  const hash = sha256(body);
  const title = (input.title ?? fields.title ?? guessTitle(body)).trim();
  const date = input.date ?? fields.date ?? null;
  if (date !== null && !validDate(date)) throw new IngestError("badDate", date);
  const id = input.id ?? fields.id ?? slug(title, hash);
  const meta = SourceMeta.safeParse({ id, title, date });
  if (!meta.success) throw new IngestError("badId", id);
  return { ...meta.data, body, sha256: hash };
}

export interface IngestResult {
  source: Source;
  /** What was extracted, what changed and what was left out. */
  report: IngestPlan;
  /** The version published for it (null only if the knowledge somehow did not change). */
  published: PublishedVersion | null;
}

/** The curated part of a knowledge: what the store's documents and claims are added to. */
function curatedPart(knowledge: Knowledge, storedIds: ReadonlySet<string>): Knowledge {
  const sources = knowledge.sources.filter((s) => !storedIds.has(s.id));
  const claims = knowledge.claims.filter((c) => c.method === "curated");
  return withIngested(
    { ...knowledge, sources, claims, organisations: [] },
    { sources: [], claims: [], organisations: [] },
  );
}

/** The knowledge as the store has it now (another instance may have ingested meanwhile). */
export async function knowledgeIn(
  tx: Queryable,
  target: Pick<IngestTarget, "knowledge">,
): Promise<Knowledge> {
  const sources = await listDocuments(tx);
  const claims = await listClaims(tx);
  const organisations = await listOrganisations(tx);
  const base = curatedPart(target.knowledge, new Set(sources.map((s) => s.id)));
  return withIngested(base, { sources, claims, organisations });
}

function checkNew(knowledge: Knowledge, doc: Source & { sha256: string }): void {
  const known = knowledge.sources
    .map((s) => ({ id: s.id, title: s.title, sha256: sha256(s.body) }))
    .find((s) => s.id === doc.id || s.sha256 === doc.sha256);
  if (known) throw sameAs(known, doc);
}

/** The report of ingesting a document, without storing anything (`npm run ingest -- --dry-run`). */
export async function previewDocument(
  db: Queryable,
  target: Pick<IngestTarget, "knowledge">,
  input: IngestInput,
) {
  const doc = parseDocument(input);
  const knowledge = await knowledgeIn(db, target);
  checkNew(knowledge, doc);
  const { sha256: _, ...source } = doc;
  return planIngest(knowledge, source);
}

/**
 * Validates a document, extracts its claims, and stores the document, its claims and the new
 * organisations with a published knowledge version and its outbox rows, in one transaction; then
 * the engine answers from the new knowledge. Bad input throws an IngestError and changes nothing.
 */
export async function ingestDocument(
  db: Db,
  target: IngestTarget,
  input: IngestInput,
  options: { model?: ClaimModel | null; onModelError?: (err: unknown) => void } = {},
): Promise<IngestResult> {
  const doc = parseDocument(input);
  checkNew(target.knowledge, doc);
  const { sha256: _, ...source } = doc;
  // Asked before the transaction (it may take seconds); a model that fails leaves the offline claims.
  const proposals = options.model
    ? await options.model.propose(source).catch((err: unknown) => {
        options.onModelError?.(err);
        return undefined;
      })
    : undefined;
  const { report, published } = await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':knowledge-versions'))");
    const existing = await findDocument(tx, doc);
    if (existing) throw sameAs(existing, doc);
    const knowledge = await knowledgeIn(tx, target);
    // A store with no version yet gets its baseline first, so the new document is news.
    if (!(await latestVersion(tx))) await publishIn(tx, knowledge);
    const report = planIngest(knowledge, source, { proposals });
    await insertDocument(tx, doc);
    await insertOrganisations(tx, doc.id, report.organisations);
    await insertClaims(tx, doc.id, report.claims);
    return { report, published: await publishIn(tx, report.knowledge) };
  });
  await target.update(report.knowledge);
  return { source, report, published };
}
/** Same text: a duplicate, whatever its id; else the id is taken. */
function sameAs(
  existing: { title: string; sha256: string },
  doc: { id: string; sha256: string },
): IngestError {
  return existing.sha256 === doc.sha256
    ? new IngestError("duplicate", existing.title)
    : new IngestError("duplicateId", doc.id);
}

export type ReviewOutcome =
  | { ok: true; claim: Claim; published: PublishedVersion | null }
  | { ok: false; code: "unknownClaim" | "notHeld" | "notCandidate" };

/**
 * An admin approves or rejects a held claim, or approves it with one of its candidate subjects:
 * the decision is recorded (never an edit in place), the knowledge is published again in the same
 * transaction, and the engine answers from it.
 */
export async function reviewAndPublish(
  db: Db,
  target: IngestTarget,
  claimId: string,
  action: "approve" | "reject",
  reviewer: number | null,
  options: { candidate?: number } = {},
): Promise<ReviewOutcome> {
  const outcome = await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':knowledge-versions'))");
    const before = await knowledgeIn(tx, target);
    if (!before.claims.some((c) => c.id === claimId && c.status === "held")) {
      const exists = before.claims.some((c) => c.id === claimId);
      return { ok: false as const, code: exists ? ("notHeld" as const) : ("unknownClaim" as const) };
    }
    const reviewed = await reviewClaim(tx, claimId, action, reviewer, options);
    if (!reviewed.ok) return reviewed;
    const knowledge = await knowledgeIn(tx, target);
    return { ok: true as const, claim: reviewed.claim, published: await publishIn(tx, knowledge), knowledge };
  });
  if (!outcome.ok) return outcome;
  await target.update(outcome.knowledge);
  return { ok: true, claim: outcome.claim, published: outcome.published };
}
