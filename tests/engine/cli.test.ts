import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const tsx = join(root, "node_modules/.bin/tsx");
const dataDir = mkdtempSync(join(tmpdir(), "cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs a CLI in a scratch working directory (its index goes to ./data there). */
function cli(script: string, args: string[], input?: string) {
  const child = run(tsx, [join(root, script), ...args], { cwd: dataDir, timeout: 60_000 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

describe("ask CLI contract", () => {
  it("--json prints exactly one Answer object", async () => {
    const { stdout } = await cli("tools/cli/ask.ts", ["--json", "How many jobs will Nobel create?"]);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] as string);
    expect(Object.keys(answer).slice(0, 6)).toEqual([
      "question",
      "lang",
      "route",
      "tool",
      "answer",
      "citations",
    ]);
    expect(answer).toMatchObject({ route: "tool", lang: "en" });
    expect(answer.answer).toMatch(/at least 200 jobs/);
    expect(answer.citations[0]).toMatchObject({ n: 1, source: "pharma-investment-agreements" });
    expect(Object.keys(answer.citations[0])).toEqual(["n", "source", "title", "quote"]);
  });

  it("--jsonl answers one line per question, in order, including blank and non-English lines", async () => {
    const questions = [
      "how many jobs in Almaty Region?",
      "",
      "Какой объём инвестиций у МСП-Ромфарм?",
      "What is the Young Health Program about?",
    ];
    const { stdout } = await cli("tools/cli/ask.ts", ["--jsonl"], `${questions.join("\n")}\n`);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.route)).toEqual(["tool", "none", "tool", "retrieval"]);
    expect(answers[2].lang).toBe("ru");
  });

  it("prints a readable answer with sources by default, and usage on no question", async () => {
    const { stdout } = await cli("tools/cli/ask.ts", ["Where", "was", "the", "memorandum", "signed?"]);
    expect(stdout).toMatch(/Cambridge/);
    expect(stdout).toMatch(/Sources:\n {2}\[1\]/);
    await expect(cli("tools/cli/ask.ts", [])).rejects.toMatchObject({ code: 2 });
  });
});

describe("eval CLI", () => {
  it("prints each failure and a closing `N passed, M failed` line", async () => {
    const file = join(dataDir, "cases.json");
    writeFileSync(
      file,
      JSON.stringify({
        cases: [
          {
            id: "ok",
            q: "How many medicines will Abdi Ibrahim Global Pharm produce?",
            all: ["\\b76\\b"],
            cite: "76 medicines",
          },
          { id: "bad", q: "How many medicines will Abdi Ibrahim Global Pharm produce?", all: ["\\b77\\b"] },
        ],
      }),
    );
    const failed = await cli("tools/cli/eval.ts", [file]).catch((e: { stdout: string; code: number }) => e);
    expect("code" in failed && failed.code).toBe(1);
    expect(failed.stdout).toMatch(/FAIL bad/);
    expect(failed.stdout.trim().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });
});
