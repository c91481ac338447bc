import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Bench, type BenchRow, median } from "./types.js";

const root = new URL("../../", import.meta.url).pathname;

/** The process and all its descendants (npm → sh → node). */
function tree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // Gone already, or not Linux.
  }
  return [pid, ...children.flatMap(tree)];
}

/** Peak resident memory so far (VmHWM) of a process tree, in MiB: what a container limit counts. */
function peakRssMiB(pid: number): number {
  let kb = 0;
  for (const p of tree(pid)) {
    try {
      kb += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Exited meanwhile.
    }
  }
  return kb / 1024;
}

/**
 * `npm start` without a token: milliseconds until the chat banner and until the first cited
 * answer, and the peak RSS of npm and the bot together by then (start-up is the peak: the database
 * opening and the retrieval index).
 */
function startOnce(dataDir: string): Promise<{ banner: number; answer: number; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const env = { ...process.env, BOT_TOKEN: "", DATA_DIR: dataDir, LANG: "en_US.UTF-8" };
    const child = spawn("npm", ["start"], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let banner = 0;
    let out = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("no answer within 30 s"));
    }, 30_000);
    child.stderr.on("data", () => {
      banner ||= performance.now() - t0;
    });
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      if (/\b150\b/.test(out)) {
        clearTimeout(timer);
        const answer = performance.now() - t0;
        const peakMiB = peakRssMiB(child.pid as number);
        child.stdin.end();
        child.once("exit", () => resolve({ banner: banner || answer, answer, peakMiB }));
      }
    });
    child.stdin.write("how many jobs in Almaty Region?\n");
  });
}

export const bench: Bench = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-start-"));
  try {
    const first = await startOnce(dataDir);
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await startOnce(dataDir));
    const banner = median(runs.map((r) => r.banner));
    const answer = median(runs.map((r) => r.answer));
    const warmPeak = Math.max(...runs.map((r) => r.peakMiB));
    const rows: BenchRow[] = [
      {
        area: "startup",
        metric: "npm start, first run in a new data folder → first answer",
        value: first.answer,
        unit: "ms",
        note: "creates the database and the index",
      },
      {
        area: "startup",
        metric: "npm start, first run: peak RSS (npm + bot)",
        value: first.peakMiB,
        unit: "MiB",
        target: "< 512 MiB",
        ok: first.peakMiB < 512,
        note: "the database is unpacked from store/db-template.tar.gz, not made by initdb",
      },
      {
        area: "startup",
        metric: "npm start → local chat ready (median of 5)",
        value: banner,
        unit: "ms",
        target: "< 2000 ms",
        ok: banner < 2000,
      },
      { area: "startup", metric: "npm start → first cited answer (median of 5)", value: answer, unit: "ms" },
      {
        area: "startup",
        metric: "npm start, existing data folder: peak RSS (npm + bot, max of 5)",
        value: warmPeak,
        unit: "MiB",
        target: "< 512 MiB",
        ok: warmPeak < 512,
      },
    ];
    return rows;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};
