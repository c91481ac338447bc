/**
 * `npm run ask -- --json "question"`: one Answer as JSON.
 * `npm run ask -- --jsonl`: one question per stdin line → one Answer JSON per line, in order.
 * `npm run ask -- "question"`: a human-readable answer with its sources.
 */
import { createInterface } from "node:readline";
import { createEngine } from "../create-engine.js";
import type { Answer } from "../types.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const question = args.filter((a) => !a.startsWith("--")).join(" ");

/** The Answer with its fields in a fixed, readable order. */
function json(a: Answer): string {
  const { question, lang, route, tool, answer, citations, ...rest } = a;
  return JSON.stringify({ question, lang, route, tool, answer, citations, ...rest });
}

function human(a: Answer): string {
  const sources = a.citations.map((c) => `  [${c.n}] ${c.title}: “${c.quote}”`);
  return [a.answer, ...(sources.length ? ["", "Sources:", ...sources] : []), ""].join("\n");
}

async function main(): Promise<number> {
  if (!flag("--jsonl") && !question) {
    process.stderr.write(
      'Usage: npm run ask -- [--json] "question"   or   npm run ask -- --jsonl < questions.txt\n',
    );
    return 2;
  }
  const engine = await createEngine();
  try {
    if (flag("--jsonl")) {
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        process.stdout.write(`${json(await engine.answer(line))}\n`);
      }
    } else {
      const answer = await engine.answer(question);
      process.stdout.write(flag("--json") ? `${json(answer)}\n` : human(answer));
    }
    return 0;
  } finally {
    await engine.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
