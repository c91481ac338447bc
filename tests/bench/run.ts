/**
 * `npm run bench`: runs every benchmark in this folder (each exports `bench`) one after another in
 * one process and prints one table, so numbers are compared side by side from the same run.
 * `npm run bench -- engine retrieval` runs only those areas.
 */
import { readdirSync } from "node:fs";
import type { Bench, BenchRow } from "./types.js";

const dir = new URL(".", import.meta.url).pathname;
const only = process.argv.slice(2);
const areas = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !["run.ts", "types.ts"].includes(f))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((a) => only.length === 0 || only.includes(a))
  .sort();

const format = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toFixed(3);

const rows: BenchRow[] = [];
for (const area of areas) {
  process.stderr.write(`bench: ${area}…\n`);
  const mod = (await import(`./${area}.ts`)) as { bench?: Bench };
  if (!mod.bench) continue;
  try {
    rows.push(...(await mod.bench()));
  } catch (error) {
    rows.push({
      area,
      metric: `failed: ${error instanceof Error ? error.message : String(error)}`,
      value: Number.NaN,
      unit: "",
    });
  }
}

const table = rows.map((r) => [
  r.area,
  r.metric,
  `${format(r.value)} ${r.unit}`.trim(),
  r.target ?? "",
  r.ok === undefined ? "" : r.ok ? "ok" : "MISSED",
  r.note ?? "",
]);
const head = ["area", "metric", "value", "target", "", "note"];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? "").length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => c.padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const row of table) console.log(line(row));
process.exit(0);
