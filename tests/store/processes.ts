import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

const CHILD = new URL("./fixtures/broadcast-child.ts", import.meta.url).pathname;

export interface Child {
  proc: ChildProcess;
  /** JSON events printed by the child so far. */
  events: Record<string, unknown>[];
  exited: Promise<number | null>;
  stderr: () => string;
}

/** Runs fixtures/broadcast-child.ts under tsx with the given environment. */
export function spawnChild(env: Record<string, string | undefined>): Child {
  const proc = spawn(process.execPath, ["--import", "tsx", CHILD], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: Record<string, unknown>[] = [];
  createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    try {
      events.push(JSON.parse(line));
    } catch {
      events.push({ type: "text", line });
    }
  });
  let err = "";
  proc.stderr?.on("data", (d) => {
    err += String(d);
  });
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return { proc, events, exited, stderr: () => err };
}

export const eventsOf = (child: Child, type: string) => child.events.filter((e) => e.type === type);
