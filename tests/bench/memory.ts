/**
 * What opening the embedded database costs in memory, each case in a fresh process (peak RSS from
 * process.resourceUsage().maxRSS): creating it with PGlite's own initdb (what a first start did),
 * unpacking the pre-built template (what it does now), and opening an existing one.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bench, BenchRow } from "./types.js";

const root = new URL("../../", import.meta.url).pathname;

/** Runs `code` (an ES module body with `dir` defined) in a new process; its peak RSS in MiB and time in ms. */
function measure(code: string, dir: string): { peakMiB: number; ms: number } {
  const script = `const dir = ${JSON.stringify(dir)}; const t0 = performance.now(); ${code};
    process.stdout.write(JSON.stringify({ ms: performance.now() - t0, peakMiB: process.resourceUsage().maxRSS / 1024 }));`;
  // A module file of its own beside this one (so packages resolve): Node 20 refuses --input-type
  // beside tsx's loader, so "-e" failed.
  const file = join(root, "tests/bench", `.measure-${process.pid}.mjs`);
  writeFileSync(file, script);
  try {
    const out = execFileSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8" });
    return JSON.parse(out) as { peakMiB: number; ms: number };
  } finally {
    rmSync(file, { force: true });
  }
}

const INITDB = `const { PGlite } = await import("@electric-sql/pglite");
  const lite = new PGlite(dir + "/db"); await lite.waitReady; await lite.close();`;
const STORE = `const { openStore } = await import(${JSON.stringify(new URL("../../store/runtime.ts", import.meta.url).href)});
  const store = await openStore({ dataDir: dir }); await store.close();`;

export const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const run = (metric: string, code: string, dir: string, note: string, target?: number) => {
    const { peakMiB, ms } = measure(code, dir);
    rows.push({
      area: "memory",
      metric,
      value: peakMiB,
      unit: "MiB",
      note: `${Math.round(ms)} ms; ${note}`,
      ...(target ? { target: `< ${target} MiB`, ok: peakMiB < target } : {}),
    });
  };
  const a = mkdtempSync(join(tmpdir(), "bench-mem-"));
  const b = mkdtempSync(join(tmpdir(), "bench-mem-"));
  try {
    run("new database, PGlite's initdb: peak RSS", INITDB, a, "what a first start used to cost");
    run("new database, store/db.ts (template unpacked): peak RSS", STORE, b, "first start now", 512);
    run("existing database, store/db.ts: peak RSS", STORE, b, "every later start", 512);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
  return rows;
};
