import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { acquireDataLock, type DataLock, type LockRole } from "./lock.js";
import { migrate } from "./migrations.js";

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/**
 * One PostgreSQL dialect on two engines: embedded PGlite (default) or a PostgreSQL server.
 * bigint columns come back as JS numbers on both (Telegram chat ids fit in 52 bits).
 */
export interface Db extends Queryable {
  readonly engine: "pglite" | "postgres";
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** PostgreSQL server URL; without it, PGlite is used. */
  databaseUrl?: string;
  /** PGlite files go to `<dataDir>/db`; without dataDir, PGlite runs in memory (tests). */
  dataDir?: string;
  /** PostgreSQL schema to use (created if missing); tests use one fresh schema per run. */
  schema?: string;
  /** Who holds the embedded database's lock file (the CLI hands documents to a running bot). */
  role?: LockRole;
  /** Pool size for the server engine. */
  poolSize?: number;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

const INT8 = 20;
const toNumber = (v: string) => Number(v);

/** Opens the store and brings its schema up to date. */
export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  const db = options.databaseUrl ? openPostgres(options.databaseUrl, options) : await openPglite(options);
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  return db;
}

async function openPglite(options: OpenDbOptions): Promise<Db> {
  let lock: DataLock | null = null;
  let dir: string | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // PGlite files must never be opened by two processes at once.
    lock = acquireDataLock(options.dataDir, options.role ?? "bot");
    dir = join(options.dataDir, "db");
  }
  const lite = new PGlite(dir, { parsers: { [INT8]: toNumber } });
  try {
    await lite.waitReady;
  } catch (err) {
    lock?.release();
    throw err;
  }
  let closed = false;
  return {
    engine: "pglite",
    async query<T>(sql: string, params?: unknown[]) {
      return (await lite.query<T>(sql, params)).rows;
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return lite.transaction((tx) =>
        fn({ query: async <R>(sql: string, params?: unknown[]) => (await tx.query<R>(sql, params)).rows }),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await lite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connection settings shared by the pool and the leader's dedicated connection. */
export function pgConfig(databaseUrl: string, schema?: string): pg.ClientConfig {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`bad schema name "${schema}"`);
  return {
    connectionString: databaseUrl,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8 ? toNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  };
}

function openPostgres(databaseUrl: string, options: OpenDbOptions): Db {
  const pool = new pg.Pool({ ...pgConfig(databaseUrl, options.schema), max: options.poolSize ?? 5 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  let ready: Promise<void> | null = options.schema
    ? pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`).then(() => undefined)
    : null;
  const ensureSchema = async () => {
    if (ready) await ready;
    ready = null;
  };
  let closed = false;
  return {
    engine: "postgres",
    async query<T>(sql: string, params?: unknown[]) {
      await ensureSchema();
      return (await pool.query(sql, params)).rows as T[];
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      await ensureSchema();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
        });
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
