/**
 * The embedded database's own thread. PGlite executes SQL synchronously inside WebAssembly, and
 * its promises resolve without any I/O: on the main thread, a burst of updates chained every
 * query and the code after it into one long run of microtasks, so the event loop could neither
 * accept connections nor read requests until the whole burst was done (see README, "Load"). Here
 * the queries run beside the bot, and each answer comes back as a message, a macrotask, as a
 * PostgreSQL server's would. Spoken to only by store/db.ts (see PgliteRequest).
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";

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
  | { id: number; rows?: unknown[]; tx?: number }
  | { id: number; error: SerializedError }
  | { ready: true }
  | { failed: SerializedError };

/** An error's message and fields (code, detail, constraint…), which structured cloning would drop. */
export type SerializedError = Record<string, unknown> & { message: string };

export const serializeError = (err: unknown): SerializedError =>
  err instanceof Error
    ? { ...(err as unknown as Record<string, unknown>), name: err.name, message: err.message }
    : { message: String(err) };

const INT8 = 20;

/** A transaction held open for the main thread: its queries, and how it ends. */
interface OpenTransaction {
  tx: Transaction;
  end(commit: boolean, replyId: number): void;
}

async function serve(options: PgliteOptions): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("store/pglite-worker.ts runs as a worker thread");
  const lite = new PGlite(options.dir ?? "memory://", {
    parsers: { [INT8]: (v: string) => Number(v) },
    // PostgreSQL's default 128 MB of shared buffers is resident in PGlite's WebAssembly memory;
    // the bot's database is a few megabytes, and 16 MB takes about 130 MiB off the RSS.
    startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"],
    ...(options.template ? { loadDataDir: new Blob([readFileSync(options.template)]) } : {}),
  });
  try {
    await lite.waitReady;
  } catch (err) {
    port.postMessage({ failed: serializeError(err) } satisfies PgliteReply);
    return;
  }
  const open = new Map<number, OpenTransaction>();
  let nextTx = 1;
  const send = (reply: PgliteReply) => port.postMessage(reply);
  const fail = (id: number, err: unknown) => send({ id, error: serializeError(err) });

  const begin = (id: number) => {
    const txId = nextTx++;
    let replyId = id;
    lite
      .transaction(async (tx) => {
        const commit = await new Promise<boolean>((resolve) => {
          open.set(txId, {
            tx,
            end: (c, r) => {
              replyId = r;
              resolve(c);
            },
          });
          send({ id, tx: txId });
        });
        if (!commit) await tx.rollback();
      })
      .then(
        () => send({ id: replyId }),
        (err) => fail(replyId, err),
      )
      .finally(() => open.delete(txId));
  };

  port.on("message", (request: PgliteRequest) => {
    switch (request.op) {
      case "query": {
        const on = request.tx === undefined ? lite : open.get(request.tx)?.tx;
        if (!on) return fail(request.id, new Error("the transaction has ended"));
        on.query(request.sql, request.params).then(
          (result) => send({ id: request.id, rows: result.rows }),
          (err) => fail(request.id, err),
        );
        return;
      }
      case "begin":
        return begin(request.id);
      case "end": {
        const tx = open.get(request.tx);
        // Already over (its commit failed and the caller rolls back): nothing left to do.
        if (!tx) return send({ id: request.id });
        return tx.end(request.commit, request.id);
      }
      case "close":
        lite.close().then(
          () => {
            send({ id: request.id });
            port.close();
          },
          (err) => fail(request.id, err),
        );
    }
  });
  send({ ready: true });
}

await serve(workerData as PgliteOptions);
