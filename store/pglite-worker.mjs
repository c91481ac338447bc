// @ts-check
/**
 * The embedded database's own thread. PGlite executes SQL synchronously inside WebAssembly, and
 * its promises resolve without any I/O: on the main thread, a burst of updates chained every
 * query and the code after it into one long run of microtasks, so the event loop could neither
 * accept connections nor read requests until the whole burst was done. Here the queries run
 * beside the bot, and each answer comes back as a message (a macrotask), as a PostgreSQL server's
 * would. Spoken to only by store/db.ts, in the messages of store/pglite-protocol.ts.
 *
 * Plain JavaScript (checked by tsc through the JSDoc types) because a worker does not inherit the
 * tsx loader: loading tsx into this thread cost about 60 MiB of resident memory.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

/** @typedef {import("./pglite-protocol.js").PgliteOptions} PgliteOptions */
/** @typedef {import("./pglite-protocol.js").PgliteRequest} PgliteRequest */
/** @typedef {import("./pglite-protocol.js").PgliteReply} PgliteReply */
/** @typedef {import("./pglite-protocol.js").SerializedError} SerializedError */
/** @typedef {import("@electric-sql/pglite").Transaction} Transaction */

const INT8 = 20;

/** @type {(err: unknown) => SerializedError} */
const serializeError = (err) =>
  err instanceof Error ? { ...err, name: err.name, message: err.message } : { message: String(err) };

/** @param {PgliteOptions} options */
async function serve(options) {
  const port = parentPort;
  if (!port) throw new Error("store/pglite-worker.mjs runs as a worker thread");
  /** @type {(reply: PgliteReply) => void} */
  const send = (reply) => port.postMessage(reply);
  const lite = new PGlite(options.dir ?? "memory://", {
    parsers: { [INT8]: (/** @type {string} */ v) => Number(v) },
    // PostgreSQL's default 128 MB of shared buffers is resident in PGlite's WebAssembly memory;
    // the bot's database is a few megabytes, and 16 MB takes about 130 MiB off the RSS.
    startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"],
    ...(options.template ? { loadDataDir: new Blob([readFileSync(options.template)]) } : {}),
  });
  try {
    await lite.waitReady;
  } catch (err) {
    send({ failed: serializeError(err) });
    return;
  }
  /** Transactions held open for the main thread: their queries, and how each ends. */
  /** @type {Map<number, { tx: Transaction, end(commit: boolean, replyId: number): void }>} */
  const open = new Map();
  let nextTx = 1;
  /** @type {(id: number, err: unknown) => void} */
  const fail = (id, err) => send({ id, error: serializeError(err) });

  /** @param {number} id */
  const begin = (id) => {
    const txId = nextTx++;
    let replyId = id;
    lite
      .transaction(async (tx) => {
        /** @type {boolean} */
        const commit = await new Promise((resolve) => {
          open.set(txId, {
            tx,
            end(c, r) {
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

  port.on("message", (/** @type {PgliteRequest} */ request) => {
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

await serve(/** @type {PgliteOptions} */ (workerData));
