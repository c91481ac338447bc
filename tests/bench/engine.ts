import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEngine } from "../../tools/create-engine.js";
import { EvalFile } from "../../tools/eval-cases.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const SHARED = new URL("../../../shared/eval/questions.json", import.meta.url).pathname;
const OWN = ["en", "ru", "kk"].map((l) => new URL(`../eval/${l}.json`, import.meta.url).pathname);

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
    const timed = async (qs: string[]) => {
      const times: number[] = [];
      for (let round = 0; round < 20; round++) {
        for (const q of qs) {
          const t0 = performance.now();
          await engine.answer(q);
          times.push(performance.now() - t0);
        }
      }
      return times;
    };
    const toolQuestions = byRoute.tool ?? [];
    const times = await timed(toolQuestions);
    const retrievalQuestions = byRoute.retrieval ?? [];
    const retrievalTimes = await timed(retrievalQuestions);
    await engine.close();
    const m = median(times);
    rows.push({
      area: "engine",
      metric: `answer() tool route, median (${toolQuestions.length} questions × 20)`,
      value: m,
      unit: "ms",
      target: "< 1 ms",
      ok: m < 1,
    });
    rows.push({
      area: "engine",
      metric: "answer() tool route, p95",
      value: percentile(times, 95),
      unit: "ms",
    });
    const r = median(retrievalTimes);
    rows.push({
      area: "engine",
      metric: `answer() retrieval route, median (${retrievalQuestions.length} questions × 20)`,
      value: r,
      unit: "ms",
      target: "< 5 ms",
      ok: r < 5,
    });
    rows.push({
      area: "engine",
      metric: "answer() retrieval route, p95",
      value: percentile(retrievalTimes, 95),
      unit: "ms",
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
};
