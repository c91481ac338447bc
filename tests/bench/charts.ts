import { renderChart } from "../../bot/charts/render.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { chartTable } from "../../tools/chart-data.js";
import { METRICS } from "../../tools/findings.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const RUNS = 20;

/** Median time to build and render one chart (table → vega-lite → SVG → PNG + caption), per chart. */
export const bench: Bench = async () => {
  const knowledge = loadKnowledge();
  const charts = [
    ...METRICS.map((metric) => ({ metric, groupBy: "company" as const, lang: "en" as const })),
    { metric: "jobs" as const, groupBy: "region" as const, lang: "kk" as const },
    { metric: "investmentKzt" as const, groupBy: "region" as const, lang: "ru" as const },
  ];
  // Warm up the JIT and vega's parsers once, as a running bot would be.
  await renderChart(chartTable(knowledge.dataset, "jobs", "company", "en"), knowledge.sources);

  const rows: BenchRow[] = [];
  const all: number[] = [];
  for (const { metric, groupBy, lang } of charts) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await renderChart(chartTable(knowledge.dataset, metric, groupBy, lang), knowledge.sources);
      times.push(performance.now() - start);
    }
    all.push(...times);
    const m = median(times);
    rows.push({
      area: "charts",
      metric: `render ${metric} by ${groupBy} (${lang}), median`,
      value: Math.round(m * 10) / 10,
      unit: "ms",
      target: "< 300 ms",
      ok: m < 300,
      note: `p95 ${percentile(times, 95).toFixed(1)} ms over ${RUNS} renders`,
    });
  }
  const m = median(all);
  rows.push({
    area: "charts",
    metric: "render any chart, median",
    value: Math.round(m * 10) / 10,
    unit: "ms",
    target: "< 300 ms",
    ok: m < 300,
    note: `${all.length} renders, p95 ${percentile(all, 95).toFixed(1)} ms`,
  });
  return rows;
};
