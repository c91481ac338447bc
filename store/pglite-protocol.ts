/**
 * What store/db.ts and the embedded database's thread (store/pglite-worker.mjs) say to each other.
 * Every request carries an id; its reply carries the same id.
 */

export interface PgliteOptions {
  /** The data folder; none: in memory. */
  dir?: string;
  /** A database template tarball to load (in memory only; see store/template.ts). */
  template?: string | null;
}

export type PgliteRequest =
  | { id: number; op: "query"; sql: string; params?: unknown[]; tx?: number }
  | { id: number; op: "begin" }
  | { id: number; op: "end"; tx: number; commit: boolean }
  | { id: number; op: "close" };

export type PgliteReply =
  /** A query's rows, a new transaction's id, or just "done". */
  | { id: number; rows?: unknown[]; tx?: number }
  | { id: number; error: SerializedError }
  | { ready: true }
  | { failed: SerializedError };

/** An error's message and fields (code, detail, constraint…), which structured cloning would drop. */
export type SerializedError = Record<string, unknown> & { message: string };
