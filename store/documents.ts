import type { Source } from "../knowledge/schema.js";
import type { Queryable } from "./db.js";

export interface StoredDocument extends Source {
  sha256: string;
}

export async function insertDocument(db: Queryable, doc: StoredDocument): Promise<void> {
  await db.query("INSERT INTO documents (id, title, date, body, sha256) VALUES ($1, $2, $3, $4, $5)", [
    doc.id,
    doc.title,
    doc.date,
    doc.body,
    doc.sha256,
  ]);
}

/** Ingested documents as sources, oldest first. */
export async function listDocuments(db: Queryable): Promise<Source[]> {
  const rows = await db.query<Source>("SELECT id, title, date, body FROM documents ORDER BY created, id");
  return rows.map((r) => ({ id: r.id, title: r.title, date: r.date, body: r.body }));
}

export async function findDocument(
  db: Queryable,
  by: { id: string; sha256: string },
): Promise<{ id: string; title: string; sha256: string } | null> {
  const [row] = await db.query<{ id: string; title: string; sha256: string }>(
    "SELECT id, title, sha256 FROM documents WHERE id = $1 OR sha256 = $2 LIMIT 1",
    [by.id, by.sha256],
  );
  return row ?? null;
}
