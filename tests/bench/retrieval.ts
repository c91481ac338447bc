import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Source } from "../../knowledge/schema.js";
import { loadSources } from "../../knowledge/sources.js";
import { createRetriever, type Retriever } from "../../retrieval/retriever.js";
import { syntheticCorpus, syntheticQuestions } from "../retrieval/synthetic.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const AREA = "retrieval";

/** Questions the retrieval route gets on the real corpus (and a few it must turn away). */
const REAL_QUESTIONS = [
  "What is the Young Health Program about?",
  "What did Nurbek say about the partnership?",
  "What does the partnership plan for real-world data?",
  "Where was the AstraZeneca memorandum of understanding signed?",
  "When did AstraZeneca sign its agreement with SK-Pharmacy?",
  "Who is the CEO of AstraZeneca Kazakhstan?",
  "What standard will the Nobel pharmaceutical complex comply with?",
  "Which treatments will AstraZeneca produce at the Nobel factory?",
  "What will the new facilities do for drug supply chains?",
  "Tell me a joke about cats.",
  "What is the weather in Paris?",
];

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
  const ms = await latencies(r, REAL_QUESTIONS, 50);
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
  let named = 0;
  for (const x of questions) if ((await built.passages(x.q))[0]?.quote.includes(x.names)) named++;
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
      metric: `${label}: top passage names the asked company/place`,
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

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), "bench-retrieval-"));
  try {
    return [
      ...(await realCorpus(join(dir, "real"))),
      ...(await syntheticScale(join(dir, "synthetic"), 10_000)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
