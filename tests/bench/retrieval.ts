import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Source } from "../../knowledge/schema.js";
import { loadSources } from "../../knowledge/sources.js";
import { createRetriever, type Retriever } from "../../retrieval/retriever.js";
import { corpus, measure, relevanceSet, retrievers } from "../retrieval/relevance-set.js";
import { syntheticCorpus, syntheticQuestions } from "../retrieval/synthetic.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const AREA = "retrieval";

/**
 * Questions the retrieval route gets on the real corpus, in English, Russian and Kazakh, and
 * ones it must turn away: the seed questions of the labelled set (fixtures/relevance.json).
 */
const REAL_QUESTIONS = relevanceSet()
  .tuned.filter((c) => c.corpus === "seed")
  .map((c) => c.q);

function dirSize(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

async function latencies(r: Retriever, questions: readonly string[], rounds: number): Promise<number[]> {
  for (const q of questions) await r.passages(q); // warm-up: JIT and stem cache
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const q of questions) {
      const t = performance.now();
      await r.passages(q);
      out.push(performance.now() - t);
    }
  }
  return out;
}

/** Samples resident memory every 20 ms (the build yields to the event loop between batches). */
function rssSampler(): () => number {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await f();
  return [v, performance.now() - t];
}

async function realCorpus(dataDir: string): Promise<BenchRow[]> {
  const sources = loadSources();
  const [built, buildMs] = await timed(() => createRetriever(sources, { dataDir }));
  await built.close();
  const [r, loadMs] = await timed(() => createRetriever(sources, { dataDir }));
  const ms = await latencies(r, REAL_QUESTIONS, 10);
  await r.close();
  const note = `${sources.length} sources, ${r.size} chunks`;
  return [
    { area: AREA, metric: "real corpus: index build", value: buildMs, unit: "ms", note },
    { area: AREA, metric: "real corpus: index load (second start)", value: loadMs, unit: "ms" },
    {
      area: AREA,
      metric: "real corpus: index size on disk",
      value: dirSize(join(dataDir, "index")) / 1024,
      unit: "KiB",
    },
    ...latencyRows("real corpus", ms, 5),
  ];
}

function latencyRows(label: string, ms: number[], targetMs: number): BenchRow[] {
  const med = median(ms);
  return [
    {
      area: AREA,
      metric: `${label}: passages() median`,
      value: med,
      unit: "ms",
      target: `< ${targetMs} ms`,
      ok: med < targetMs,
      note: `${ms.length} queries`,
    },
    { area: AREA, metric: `${label}: passages() p95`, value: percentile(ms, 95), unit: "ms" },
  ];
}

async function syntheticScale(dataDir: string, docs: number): Promise<BenchRow[]> {
  const sources: Source[] = syntheticCorpus(docs);
  const baseline = process.memoryUsage().rss / 2 ** 20;
  const peak = rssSampler();
  const [built, buildMs] = await timed(() => createRetriever(sources, { dataDir }));
  const questions = syntheticQuestions(sources, 100);
  const ms = await latencies(
    built,
    questions.map((x) => x.q),
    3,
  );
  // The answer may be a sentence that refers back to the company ("The project will create …"):
  // right when it comes from the asked company's or place's document, or names it.
  const titles = new Map(sources.map((s) => [s.id, s.title]));
  let named = 0;
  for (const x of questions) {
    const top = (await built.passages(x.q))[0];
    if (top && (top.quote.includes(x.names) || titles.get(top.source)?.includes(x.names))) named++;
  }
  await built.close();
  const [loaded, loadMs] = await timed(() => createRetriever(sources, { dataDir }));
  await loaded.close();
  const peakMb = peak() / 2 ** 20;
  const label = `${docs} synthetic docs`;
  return [
    { area: AREA, metric: `${label}: index build`, value: buildMs, unit: "ms", note: `${built.size} chunks` },
    { area: AREA, metric: `${label}: index load (second start)`, value: loadMs, unit: "ms" },
    {
      area: AREA,
      metric: `${label}: index size on disk`,
      value: dirSize(join(dataDir, "index")) / 2 ** 20,
      unit: "MiB",
    },
    ...latencyRows(label, ms, 20),
    {
      area: AREA,
      metric: `${label}: top passage from the asked company's/place's document`,
      value: (100 * named) / questions.length,
      unit: "%",
      note: `${questions.length} questions`,
    },
    {
      area: AREA,
      metric: `${label}: peak memory (RSS)`,
      value: peakMb,
      unit: "MiB",
      target: "< 1024 MiB",
      ok: peakMb < 1024,
      note: `${baseline.toFixed(0)} MiB before the build`,
    },
  ];
}

/** Ranking and relevance-gate quality on the labelled set, both parts (deterministic). */
async function labelledSet(): Promise<BenchRow[]> {
  const set = relevanceSet();
  const by = await retrievers();
  const rows: BenchRow[] = [];
  for (const part of ["tuned", "aside"] as const) {
    const q = await measure(set[part], by);
    const note = `${q.answerable} answerable, ${q.unanswerable} not; ${q.falsePasses.length} let through`;
    const row = (metric: string, value: number, extra?: string): BenchRow => ({
      area: AREA,
      metric: `labelled set, ${part}: ${metric}`,
      value: 100 * value,
      unit: "%",
      note: extra,
    });
    rows.push(
      row("recall@1 / @3", q.recallAt1, `@3 ${(100 * q.recallAt3).toFixed(1)} %, MRR ${q.mrr.toFixed(3)}`),
      row("gate precision", q.precision, note),
      row("gate recall", q.recall),
    );
  }
  for (const r of Object.values(by)) await r.close();
  return rows;
}

/** passages() on the seed corpus and the practice stream's articles, as after ingestion. */
async function streamCorpus(dataDir: string): Promise<BenchRow[]> {
  const sources = corpus("stream");
  const r = await createRetriever(sources, { dataDir });
  const questions = relevanceSet().tuned.map((c) => c.q);
  const ms = await latencies(r, questions, 5);
  await r.close();
  return latencyRows(`seed + stream-1 (${sources.length} sources)`, ms, 5);
}

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-retrieval-"));
  try {
    return [
      ...(await labelledSet()),
      ...(await realCorpus(join(dir, "real"))),
      ...(await streamCorpus(join(dir, "stream"))),
      ...(await syntheticScale(join(dir, "synthetic"), 10_000)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
