import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EvalFile } from "../../bot/cli/eval-cases.js";
import type { Knowledge } from "../../knowledge/load.js";
import { Answerer } from "../../tools/answer.js";
import { createEngine } from "../../tools/create-engine.js";
import { execute } from "../../tools/execute.js";
import { interpret } from "../../tools/interpret.js";
import { syntheticDataset } from "../helpers/synthetic-dataset.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const SHARED = new URL("../../../shared/eval/questions.json", import.meta.url).pathname;
const OWN_DIR = new URL("../eval/", import.meta.url).pathname;
const OWN = readdirSync(OWN_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => OWN_DIR + f);

/** Median time of parse (tokens, entities, cues → Query) plus execute, over questions, 20 rounds. */
function parseExecute(knowledge: Knowledge, questions: string[]): number {
  const answerer = new Answerer(knowledge);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of questions) {
      const t0 = performance.now();
      const r = interpret(answerer.reader.read(q), knowledge.dataset);
      if (r.route === "query") execute(r.query, knowledge.dataset);
      times.push(performance.now() - t0);
    }
  }
  return median(times);
}

/** Start-up to a ready engine (cold index build, then warm load), and answer() latency on the tool route. */
export const bench: Bench = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-engine-"));
  const rows: BenchRow[] = [];
  try {
    const startups: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const e = await createEngine({ dataDir });
      startups.push(performance.now() - t0);
      await e.close();
    }
    const [cold, ...warm] = startups;
    rows.push({ area: "engine", metric: "start-up, first run (builds index)", value: cold ?? 0, unit: "ms" });
    rows.push({
      area: "engine",
      metric: "start-up to ready engine (median)",
      value: median(warm),
      unit: "ms",
      target: "< 500 ms",
      ok: median(warm) < 500,
    });

    const engine = await createEngine({ dataDir });
    const questions = [SHARED, ...OWN].flatMap((f) =>
      EvalFile.parse(JSON.parse(readFileSync(f, "utf8"))).cases.map((c) => c.q),
    );
    const byRoute: Record<string, string[]> = { tool: [], retrieval: [] };
    for (const q of questions) byRoute[(await engine.answer(q)).route]?.push(q);
    /** Times answer() over one route's questions (20 rounds) as a median row and a p95 row. */
    const route = async (name: string, qs: string[], targetMs: number) => {
      const times: number[] = [];
      for (let round = 0; round < 20; round++) {
        for (const q of qs) {
          const t0 = performance.now();
          await engine.answer(q);
          times.push(performance.now() - t0);
        }
      }
      const m = median(times);
      const metric = `answer() ${name} route`;
      rows.push(
        {
          area: "engine",
          metric: `${metric}, median (${qs.length} questions × 20)`,
          value: m,
          unit: "ms",
          target: `< ${targetMs} ms`,
          ok: m < targetMs,
        },
        { area: "engine", metric: `${metric}, p95`, value: percentile(times, 95), unit: "ms" },
      );
    };
    await route("tool", byRoute.tool ?? [], 1);
    const real = parseExecute(engine.knowledge, byRoute.tool ?? []);
    rows.push({
      area: "engine",
      metric: `parse + execute, real dataset, median (${byRoute.tool?.length} questions × 20)`,
      value: real,
      unit: "ms",
      target: "≤ 0.5 ms",
      ok: real <= 0.5,
    });
    const synthetic = syntheticDataset(1000);
    const many = [
      ...[3, 141, 592, 653, 897].map((i) => `how many jobs will synthpharm ${i} create`),
      "jobs by region",
      "which company invests the most",
      "total medicines",
      "jobs in almaty region",
      "average investment per company",
      "how much do synthpharm 5 and synthpharm 8 invest together",
      "what share of all jobs is synthpharm 77",
    ];
    const big = parseExecute({ ...engine.knowledge, ...synthetic }, many);
    rows.push({
      area: "engine",
      metric: `parse + execute, 1,000 generated projects, median (${many.length} questions × 20)`,
      value: big,
      unit: "ms",
      target: "≤ 2 ms",
      ok: big <= 2,
    });
    await route("retrieval", byRoute.retrieval ?? [], 5);
    await engine.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
};
