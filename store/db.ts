import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { acquireDataLock, type DataLock, type LockRole } from "./lock.js";
import type { PgliteOptions, PgliteReply, PgliteRequest, SerializedError } from "./pglite-protocol.js";
import { dbTemplate, unpackTemplate } from "./template.js";

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
  /** Whether the server answered the last query (always up on PGlite). */
  readonly health: DbHealth;
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
  /** Server engine: give up connecting after this long (default 5 s), so a silent server cannot hang us. */
  connectTimeoutMs?: number;
  /** Server engine: a statement (and its wait for an answer) is cancelled after this long (default 15 s). */
  statementTimeoutMs?: number;
}

/**
 * The server's reachability as the queries see it: a connection-level failure marks it down, the
 * next query that succeeds marks it up again. Listeners hear each change once, so an outage is
 * logged once with its cause however many queries fail meanwhile.
 */
export interface DbHealth {
  readonly up: boolean;
  /** When the current state began (ms since the epoch). */
  readonly since: number;
  /** What the first failed query of the outage said. */
  readonly cause: string | null;
  onChange(listener: (up: boolean, health: DbHealth) => void): () => void;
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection/i;

/**
 * Whether an error means "the server cannot be reached right now" (retry later) rather than a bad
 * query: socket errors, pg's connect and read timeouts, and SQLSTATE classes 08 (connection
 * exception) and 57P (the server shutting down or restarting).
 */
export function isConnectionError(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || /^(08|57P0)/.test(code))) return true;
    if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
    const nested =
      (e as { errors?: unknown[]; cause?: unknown }).errors?.[0] ?? (e as { cause?: unknown }).cause;
    e = nested as typeof e;
  }
  return false;
}

export const describeError = (err: unknown): string => {
  const e = err as { code?: unknown; message?: unknown; errors?: { message?: string }[] };
  const message = (typeof e?.message === "string" && e.message) || e?.errors?.[0]?.message || String(err);
  return typeof e?.code === "string" && !message.includes(e.code) ? `${e.code}: ${message}` : message;
};

function trackHealth(): DbHealth & { observe<T>(work: Promise<T>): Promise<T> } {
  let up = true;
  let since = Date.now();
  let cause: string | null = null;
  const listeners = new Set<(up: boolean, health: DbHealth) => void>();
  const set = (next: boolean, why: string | null) => {
    if (next === up) return;
    up = next;
    since = Date.now();
    cause = why;
    for (const l of listeners) l(up, health);
  };
  const health = {
    get up() {
      return up;
    },
    get since() {
      return since;
    },
    get cause() {
      return cause;
    },
    onChange(listener: (up: boolean, health: DbHealth) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async observe<T>(work: Promise<T>): Promise<T> {
      try {
        const result = await work;
        set(true, null);
        return result;
      } catch (err) {
        if (isConnectionError(err)) set(false, describeError(err));
        else set(true, null);
        throw err;
      }
    },
  };
  return health;
}

const alwaysUp: DbHealth = { up: true, since: Date.now(), cause: null, onChange: () => () => {} };

/** DATABASE_URL without its password, for messages. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres://…";
  }
}

/** The server could not be reached at start: one line naming DATABASE_URL and what was tried. */
export class DbUnreachableError extends Error {
  override name = "DbUnreachableError";
}

const INT8 = 20;
const toNumber = (v: string) => Number(v);

/** Opens the database (its schema is brought up to date by `openStore`, store/runtime.ts). */
export async function openDb(options: OpenDbOptions = {}): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : await openPglite(options);
}

/**
 * What a failure of the first statements on a server (the migrations) means to whoever set
 * DATABASE_URL: unreachable, silent, a missing database (3D000) or refused credentials (28xxx)
 * become one clear DbUnreachableError; anything else is returned as it is.
 */
export function explainOpenFailure(err: unknown, options: OpenDbOptions): unknown {
  const code = (err as { code?: unknown }).code;
  const fixable = isConnectionError(err) || (typeof code === "string" && /^(3D|28)/.test(code));
  if (!options.databaseUrl || !fixable) return err;
  const timeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  return new DbUnreachableError(
    `Could not use the database at DATABASE_URL=${redactUrl(options.databaseUrl)} ` +
      `(tried to connect and run the migrations, waiting up to ${timeout} ms to connect and ` +
      `${options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS} ms per statement): ${describeError(err)}. ` +
      "Check that the server is running and the URL, or unset DATABASE_URL to use the embedded database.",
  );
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5000;
const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

async function openPglite(options: OpenDbOptions): Promise<Db> {
  let lock: DataLock | null = null;
  let dir: string | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // PGlite files must never be opened by two processes at once.
    lock = acquireDataLock(options.dataDir, options.role ?? "bot");
    dir = join(options.dataDir, "db");
  }
  // Creating a database runs initdb, which peaks near 0.8 GiB; a pre-built empty one
  // (store/template.ts) is unpacked instead, so a first start fits a 512 MiB container. In memory
  // (tests) PGlite unpacks it itself, which saves the same 4 s.
  let worker: PgliteThread;
  try {
    if (dir !== undefined && !existsSync(join(dir, "PG_VERSION"))) unpackTemplate(dir);
    worker = await startPgliteThread({ dir, template: dir === undefined ? dbTemplate() : null });
  } catch (err) {
    lock?.release();
    throw err;
  }
  let closed = false;
  return {
    engine: "pglite",
    health: alwaysUp,
    query<T>(sql: string, params?: unknown[]) {
      return worker.call({ op: "query", sql, params }) as Promise<T[]>;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const tx = (await worker.call({ op: "begin" })) as number;
      let result: T;
      try {
        result = await fn({
          query: async <R>(sql: string, params?: unknown[]) =>
            (await worker.call({ op: "query", sql, params, tx })) as R[],
        });
      } catch (err) {
        await worker.call({ op: "end", tx, commit: false }).catch(() => {});
        throw err;
      }
      await worker.call({ op: "end", tx, commit: true });
      return result;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await worker.close();
      } finally {
        lock?.release();
      }
    },
  };
}

type Request = DistributiveOmit<PgliteRequest, "id">;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

interface PgliteThread {
  /** Sends one request; resolves with its rows (a query), its transaction id (begin) or nothing. */
  call(request: Request): Promise<unknown>;
  close(): Promise<void>;
}

/** An error as the worker saw it, with its fields (code, detail…) back on an Error. */
const revive = (e: SerializedError) => Object.assign(new Error(e.message), e);

/** Starts PGlite on its own thread (store/pglite-worker.mjs) and resolves once the database is ready. */
async function startPgliteThread(options: PgliteOptions): Promise<PgliteThread> {
  const worker = new Worker(new URL("./pglite-worker.mjs", import.meta.url), { workerData: options });
  const pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  let nextId = 1;
  let gone: Error | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on("message", (reply: PgliteReply) => {
      if ("ready" in reply) return resolve();
      if ("failed" in reply) return reject(revive(reply.failed));
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if ("error" in reply) call?.reject(revive(reply.error));
      else call?.resolve(reply.rows ?? reply.tx);
    });
    // A crashed or closed thread fails every query in flight and every later one with its cause.
    const end = (cause: Error) => {
      gone ??= cause;
      reject(gone);
      for (const call of pending.values()) call.reject(gone);
      pending.clear();
    };
    worker.on("error", end);
    worker.on("exit", () => end(new Error("the embedded database is closed")));
  });
  try {
    await ready;
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  const call = (request: Request) =>
    new Promise<unknown>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  return {
    call,
    async close() {
      if (gone) return;
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      await call({ op: "close" });
      await exited;
    },
  };
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Connection settings shared by the pool and the leader's dedicated connection. */
export function pgConfig(
  databaseUrl: string,
  schema?: string,
  timeouts: { connectTimeoutMs?: number; statementTimeoutMs?: number } = {},
): pg.ClientConfig {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`bad schema name "${schema}"`);
  const statementTimeout = timeouts.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  return {
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeouts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    // The server cancels a slow statement; the client gives up a little later on a server that
    // went silent (a cut network answers nothing, not even an error).
    statement_timeout: statementTimeout,
    query_timeout: statementTimeout + 1000,
    // Notices a dead peer on idle connections (the leader's) within about a minute.
    keepAlive: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8 ? toNumber : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  };
}

function openPostgres(databaseUrl: string, options: OpenDbOptions): Db {
  const pool = new pg.Pool({ ...pgConfig(databaseUrl, options.schema, options), max: options.poolSize ?? 5 });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const health = trackHealth();
  let schemaReady = !options.schema;
  // Created on first use (and again after a failed attempt, e.g. the server was down at the time).
  const ensureSchema = async () => {
    if (schemaReady) return;
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    schemaReady = true;
  };
  let closed = false;
  return {
    engine: "postgres",
    health,
    query<T>(sql: string, params?: unknown[]) {
      return health.observe(
        (async () => {
          await ensureSchema();
          return (await pool.query(sql, params)).rows as T[];
        })(),
      );
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return health.observe(runTransaction(fn));
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };

  async function runTransaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    await ensureSchema();
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await fn({
        query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
      });
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      // A connection that lost its server is thrown away rather than handed to the next query.
      if (isConnectionError(err)) broken = err as Error;
      throw err;
    } finally {
      client.release(broken);
    }
  }
}
