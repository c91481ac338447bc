import { createHash } from "node:crypto";
import type { Knowledge } from "../knowledge/load.js";
import { type Lang, type Source, SourceMeta } from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { t } from "../tools/locales/index.js";
import type { Db } from "./db.js";
import { findDocument, insertDocument, listDocuments } from "./documents.js";
import { escapeHtml } from "./notices.js";
import { latestVersion, type PublishedVersion, publishIn } from "./versions.js";

export const MAX_DOCUMENT_BYTES = 200 * 1024;

/** What ingestion needs from the engine: its knowledge, and a way to index a new source at once. */
export interface IngestTarget {
  readonly knowledge: Knowledge;
  addSource(source: Source): Promise<void>;
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
    super(ingestErrorText(code, detail, "en"));
  }
}

/** The error in the reader's language (HTML-escaped, for Telegram). */
export function ingestErrorText(code: IngestErrorCode, detail: string, lang: Lang, html = false): string {
  const e = t(lang).subscriptions.ingestErrors;
  const d = html ? escapeHtml(detail) : detail;
  switch (code) {
    case "tooLarge":
      return e.tooLarge(Math.round(MAX_DOCUMENT_BYTES / 1024));
    case "duplicate":
      return e.duplicate(d);
    case "duplicateId":
      return e.duplicateId(d);
    case "badDate":
      return e.badDate(d);
    case "badId":
      return e.badId(d);
    case "badFrontMatter":
      return e.badFrontMatter(d);
    default:
      return e[code];
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Decodes bytes strictly: NUL bytes or invalid UTF-8 mean "not a text document". */
function decode(content: Uint8Array | string): string {
  if (typeof content === "string") {
    if (content.includes("\0")) throw new IngestError("binary");
    return content;
  }
  if (content.length > MAX_DOCUMENT_BYTES) throw new IngestError("tooLarge");
  if (content.includes(0)) throw new IngestError("binary");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    throw new IngestError("binary");
  }
}

function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  if (!/^---\r?\n/.test(text)) return { fields: {}, body: text };
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new IngestError("badFrontMatter", "the closing --- line is missing");
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/)) {
    const at = line.indexOf(":");
    if (at < 0) continue;
    const value = line
      .slice(at + 1)
      .trim()
      .replace(/^(["'])(.*)\1$/, "$2");
    if (value !== "" && value !== "null") fields[line.slice(0, at).trim().toLowerCase()] = value;
  }
  return { fields, body: text.slice(match[0].length) };
}

/** A Markdown heading, else the first non-empty line, shortened. */
function guessTitle(body: string): string {
  const lines = body.split(/\r?\n/).map((l) => l.trim());
  const heading = lines.find((l) => /^#{1,3}\s+\S/.test(l));
  const line = (heading ?? lines.find(Boolean) ?? "").replace(/^#+\s*/, "");
  return line.length > 100 ? `${line.slice(0, 99).trimEnd()}…` : line;
}

function slug(title: string, hash: string): string {
  const words = normalize(title)
    .replace(/[^a-z0-9 ]/g, " ")
    .split(" ")
    .filter(Boolean)
    .slice(0, 6);
  return [...words, hash.slice(0, 8)].join("-");
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

export interface Ingested {
  source: Source;
  /** The version published for it (null only if the knowledge somehow did not change). */
  published: PublishedVersion | null;
}

/**
 * Validates a document, stores it, publishes a knowledge version with its outbox rows (one
 * transaction), then indexes it in the engine. Bad input throws an IngestError and changes nothing.
 */
export async function ingestDocument(db: Db, target: IngestTarget, input: IngestInput): Promise<Ingested> {
  const doc = parseDocument(input);
  const known = target.knowledge.sources
    .map((s) => ({ id: s.id, title: s.title, sha256: sha256(s.body) }))
    .find((s) => s.id === doc.id || s.sha256 === doc.sha256);
  if (known) throw sameAs(known, doc);
  const { sha256: _, ...source } = doc;
  const published = await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':knowledge-versions'))");
    const existing = await findDocument(tx, doc);
    if (existing) throw sameAs(existing, doc);
    // Build from the store, not from memory: another instance may have ingested meanwhile.
    const knowledge = async () => {
      const stored = await listDocuments(tx);
      const ids = new Set(stored.map((s) => s.id));
      return {
        dataset: target.knowledge.dataset,
        sources: [...target.knowledge.sources.filter((s) => !ids.has(s.id)), ...stored],
      };
    };
    // A store with no version yet gets its baseline first, so the new document is news.
    if (!(await latestVersion(tx))) await publishIn(tx, await knowledge());
    await insertDocument(tx, doc);
    return publishIn(tx, await knowledge());
  });
  await target.addSource(source);
  return { source, published };
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
