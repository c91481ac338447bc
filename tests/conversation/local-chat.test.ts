/**
 * The local chat (bot/run/local-chat.ts) drives the same bot, so it has conversations too: `npm start`
 * without a token, questions piped on stdin, the store in a temporary DATA_DIR.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "conv-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runMain(input: string): Promise<string> {
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["bot/main.ts"], {
    cwd: root,
    env: { ...process.env, BOT_TOKEN: "", DATA_DIR: dataDir, DATABASE_URL: "", LANG: "C", LOG_LEVEL: "" },
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", () => resolve(out));
  });
}

describe("the local chat keeps a conversation", () => {
  it("follows up, presses a suggestion by its label, and remembers across runs", async () => {
    const first = await runMain("How many jobs will AltINFARM create?\nand Nobel?\nPer job\n");
    const turns = first.split("\n> ");
    expect(turns[1]).toMatch(
      /Understood as: “How many jobs will Nobel Almaty Pharmaceutical Factory create\?”/,
    );
    expect(turns[1]).toMatch(/at least 200 jobs/);
    expect(turns[2]).toMatch(/196 million tenge per job/);
    // A new `npm start` within the quiet time continues the conversation from the store.
    const second = await runMain("and Abdi Ibrahim?\n");
    expect(second).toMatch(/Understood as/);
    expect(second).toMatch(/Abdi Ibrahim Global Pharm/);
  }, 60_000);
});
