import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const tsx = join(root, "node_modules/.bin/tsx");
const dataDir = mkdtempSync(join(tmpdir(), "cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs a CLI in a scratch working directory (its store and index go to ./data there, or to DATA_DIR). */
function cli(script: string, args: string[], input?: string, env: Record<string, string> = {}) {
  const child = run(tsx, [join(root, script), ...args], {
    cwd: dataDir,
    timeout: 60_000,
    env: { ...process.env, DATA_DIR: "", DATABASE_URL: "", ...env },
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
}

describe("ask CLI contract", () => {
  it("--json prints exactly one Answer object", async () => {
    const { stdout } = await cli("bot/cli/ask.ts", ["--json", "How many jobs will Nobel create?"]);
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
    const { stdout } = await cli("bot/cli/ask.ts", ["--jsonl"], `${questions.join("\n")}\n`);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.route)).toEqual(["tool", "none", "tool", "retrieval"]);
    expect(answers[2].lang).toBe("ru");
  });

  it("prints a readable answer with sources by default, and usage on no question", async () => {
    const { stdout } = await cli("bot/cli/ask.ts", ["Where", "was", "the", "memorandum", "signed?"]);
    expect(stdout).toMatch(/Cambridge/);
    expect(stdout).toMatch(/Sources:\n {2}\[1\]/);
    await expect(cli("bot/cli/ask.ts", [])).rejects.toMatchObject({ code: 2 });
  });
});

describe("ask CLI conversations", () => {
  it("--session keeps a conversation between calls, in the store under DATA_DIR, not ./data", async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), "cli-data-"));
    const cwd = mkdtempSync(join(tmpdir(), "cli-cwd-"));
    try {
      const inDir = (args: string[]) =>
        run(tsx, [join(root, "bot/cli/ask.ts"), ...args], {
          cwd,
          timeout: 60_000,
          env: { ...process.env, DATA_DIR: elsewhere, DATABASE_URL: "" },
        }).then((r) => JSON.parse(r.stdout.trim()));
      const first = await inDir(["--json", "--session", "s1", "How many jobs will AltINFARM create?"]);
      expect(first.answer).toMatch(/around 60 jobs/);
      const second = await inDir(["--json", "--session", "s1", "and Nobel?"]);
      expect(second.answer).toMatch(/at least 200 jobs/);
      expect(second.answer).not.toMatch(/\b60\b/);
      expect(second.understoodFrom).toBe("and Nobel?");
      // The set in play grows: "which is bigger?" next would compare the two.
      expect(second.context.query.subjects).toEqual([{ type: "organisation", id: "nobel-almaty" }]);
      expect(second.context.subjects.map((s: { id: string }) => s.id).sort()).toEqual([
        "altinfarm",
        "nobel-almaty",
      ]);
      // Another session (or none) has no context: the same words are not a jobs question there.
      const other = await inDir(["--json", "--session", "s2", "and Nobel?"]);
      expect(other.understoodFrom).toBeUndefined();
      expect(existsSync(join(cwd, "data"))).toBe(false);
      expect(existsSync(join(elsewhere, "db"))).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(cwd, { recursive: true, force: true });
    }
    // Three CLI starts one after another: slow when the whole suite shares two cores.
  }, 120_000);

  it("--jsonl lines may carry a session id: each session is its own conversation", async () => {
    const lines = [
      JSON.stringify({ session: "a", q: "How many jobs will AltINFARM create?" }),
      JSON.stringify({ session: "b", q: "How much is MSP-ROMPHARM investing?" }),
      JSON.stringify({ session: "a", q: "and Nobel?" }),
      JSON.stringify({ session: "b", q: "in dollars?" }),
      "and Nobel?",
    ];
    const { stdout } = await cli("bot/cli/ask.ts", ["--jsonl"], `${lines.join("\n")}\n`);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(5);
    expect(answers[2].answer).toMatch(/at least 200 jobs/);
    expect(answers[3].answer).toMatch(/US\$73 million/);
    expect(answers[3].answer).not.toMatch(/36[.,]7/);
    // A plain line without a session stands alone.
    expect(answers[4].understoodFrom).toBeUndefined();
    expect(answers[4].tool).toBe("company_profile");
  }, 60_000);

  it("prints usage when --session has no name", async () => {
    await expect(cli("bot/cli/ask.ts", ["--session"])).rejects.toMatchObject({ code: 2 });
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
    const failed = await cli("bot/cli/eval.ts", [file]).catch((e: { stdout: string; code: number }) => e);
    expect("code" in failed && failed.code).toBe(1);
    expect(failed.stdout).toMatch(/FAIL bad/);
    expect(failed.stdout.trim().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });
});
