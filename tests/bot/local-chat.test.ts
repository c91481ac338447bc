/**
 * `npm start` with no BOT_TOKEN: the real entry point in a child process, questions piped on
 * stdin, answers read from stdout, exit at the end of input.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "bot-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runMain(
  input: string,
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, "node_modules/.bin/tsx"), ["bot/main.ts"], {
      cwd: root,
      // Empty values count as unset and keep a developer's .env from filling them in.
      env: { ...process.env, BOT_TOKEN: "", DATA_DIR: dataDir, LANG: "C", LOG_LEVEL: "", ...env },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

describe("local chat (no BOT_TOKEN)", () => {
  it("answers piped questions in order, with cited sources, and exits at the end of input", async () => {
    const { code, out, err } = await runMain(
      "how many jobs in Almaty Region?\nHow many medicines will Abdi Ibrahim Global Pharm produce?\n",
      {},
    );
    expect(code).toBe(0);
    expect(err).toContain("Local chat");
    const [first, second] = out.split(/^> /m).filter(Boolean);
    expect(first).toMatch(/^how many jobs in Almaty Region\?\n/);
    expect(first).toMatch(/\b150\b/);
    expect(first).toMatch(/MSP-ROMPHARM/);
    expect(first).toContain(
      "Sources\nGovernment approves investment agreements with four pharmaceutical companies",
    );
    expect(first).toContain("will employ at least 150 people");
    expect(second).toMatch(/\b76\b/);
    // Plain text: no HTML tags or entities reach the terminal.
    expect(out).not.toMatch(/<\/?[a-z]+>|&(lt|gt|amp);/);
  });

  it("stops with a one-line message naming a bad setting", async () => {
    const { code, out, err } = await runMain("", { PORT: "eighty" });
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.trim()).toBe(
      'Invalid setting PORT: must be a port number from 1 to 65535 (got "eighty"). Fix it in the environment or in .env.',
    );
  });
});
