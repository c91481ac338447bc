import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { telegramSender } from "../../bot/run/sender.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { Broadcaster } from "../../store/broadcaster.js";
import { ingestDocument } from "../../store/ingest.js";
import { openStore } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { createEngine } from "../../tools/create-engine.js";
import { syntheticCorpus } from "../retrieval/synthetic.js";
import { StubBotApi } from "../store/stub-bot-api.js";
import { type Bench, type BenchRow, median } from "./types.js";

const AREA = "store";
const SUBSCRIBERS = 10_000;
const LIMIT = 30;
/** Sending 10,000 at 30/s takes ~5.5 minutes; the rate is measured over a bounded window instead. */
const WINDOW_MS = 10_000;
const INGESTED = 30;

async function notificationRows(): Promise<BenchRow[]> {
  const stub = new StubBotApi({ perSecond: LIMIT });
  const apiRoot = await stub.listen();
  const db = (await openStore()).db;
  try {
    await db.query("INSERT INTO chats (id) SELECT generate_series(1, $1::integer)", [SUBSCRIBERS]);
    await db.query("INSERT INTO subscriptions (chat_id, topic) SELECT id, 'all' FROM chats");
    const knowledge = loadKnowledge();
    await publishKnowledge(db, knowledge);
    // A real new version: its summary, rendering and 10,000 outbox rows in one transaction.
    const started = performance.now();
    const { published } = await ingestDocument(
      db,
      { knowledge, update: async () => {} },
      {
        content: "MSP-ROMPHARM opened a warehouse in the Turkistan Region.",
        title: "MSP-ROMPHARM warehouse",
      },
    );
    const publishMs = performance.now() - started;

    const broadcaster = new Broadcaster({ db, sender: telegramSender(new Api("1:bench", { apiRoot })) });
    broadcaster.start();
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    await broadcaster.stop();

    const times = stub.deliveries.map((d) => d.at);
    const first = times[0] ?? 0;
    const elapsed = ((times.at(-1) ?? first) - first) / 1000;
    const rate = elapsed > 0 ? (times.length - 1) / elapsed : 0;
    const perSecond: number[] = [];
    for (const t of times) {
      const s = Math.floor((t - first) / 1000);
      perSecond[s] = (perSecond[s] ?? 0) + 1;
    }
    // Whole seconds only: the last one is cut by the window.
    const fullSeconds = perSecond.slice(0, -1).map((n) => n ?? 0);
    const ratio = rate / LIMIT;
    return [
      {
        area: AREA,
        metric: `new version + ${published?.notified ?? 0} outbox rows (one transaction)`,
        value: publishMs,
        unit: "ms",
      },
      {
        area: AREA,
        metric: `notifications sent, ${SUBSCRIBERS} subscribers, ${WINDOW_MS / 1000} s window`,
        value: rate,
        unit: "msg/s",
        target: `>= ${0.95 * LIMIT}/s`,
        ok: ratio >= 0.95,
        note: `median ${median(fullSeconds)}/s per whole second; ${stub.deliveries.length} sent; peak ${stub.peakPerSecond()} in any 1 s`,
      },
      {
        area: AREA,
        metric: "ratio to the stub's 30 msg/s limit",
        value: ratio,
        unit: "×",
        target: ">= 0.95",
        ok: ratio >= 0.95,
      },
      {
        area: AREA,
        metric: "429 Too Many Requests received",
        value: stub.tooMany,
        unit: "",
        target: "0",
        ok: stub.tooMany === 0,
      },
      {
        area: AREA,
        metric: `time to notify all ${SUBSCRIBERS} (extrapolated)`,
        value: rate > 0 ? SUBSCRIBERS / rate / 60 : Number.NaN,
        unit: "min",
        note: `${SUBSCRIBERS} / measured rate; the limit itself allows ${(SUBSCRIBERS / LIMIT / 60).toFixed(1)} min`,
      },
    ];
  } finally {
    await db.close();
    await stub.close();
  }
}

async function ingestionRows(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-ingest-"));
  const db = (await openStore()).db;
  const engine = await createEngine({ dataDir, knowledge: loadKnowledge() });
  try {
    await db.query("INSERT INTO chats (id) SELECT generate_series(1, 100)");
    await db.query("INSERT INTO subscriptions (chat_id, topic) SELECT id, 'all' FROM chats");
    await publishKnowledge(db, engine.knowledge);
    const docs = syntheticCorpus(INGESTED);
    const each: number[] = [];
    const started = performance.now();
    for (const doc of docs) {
      const t = performance.now();
      await ingestDocument(db, engine, { content: doc.body, title: doc.title, id: `bench-${doc.id}` });
      each.push(performance.now() - t);
    }
    const seconds = (performance.now() - started) / 1000;
    const kb = docs.reduce((n, d) => n + Buffer.byteLength(d.body), 0) / docs.length / 1024;
    return [
      {
        area: AREA,
        metric: "ingestion into store, version and retrieval index",
        value: INGESTED / seconds,
        unit: "docs/s",
        note: `${INGESTED} documents of ~${kb.toFixed(1)} KB, 100 subscribers notified each; median ${median(each).toFixed(0)} ms per document`,
      },
    ];
  } finally {
    await engine.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const bench: Bench = async () => [...(await notificationRows()), ...(await ingestionRows())];
