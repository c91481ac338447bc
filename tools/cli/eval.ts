/**
 * `npm run eval [-- file.json ...]`: runs eval files (format of ../shared/eval/questions.json),
 * prints each failure, accuracy per language, retrieval quality, and `N passed, M failed`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../../knowledge/schema.js";
import { createEngine } from "../create-engine.js";
import { checkCase, type EvalCase, EvalFile } from "../eval-cases.js";

const SHARED = new URL("../../../shared/eval/questions.json", import.meta.url).pathname;
const OWN_DIR = new URL("../../tests/eval/", import.meta.url).pathname;

function defaultFiles(): string[] {
  const own = existsSync(OWN_DIR)
    ? readdirSync(OWN_DIR)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(OWN_DIR, f))
    : [];
  return [...(existsSync(SHARED) ? [SHARED] : []), ...own];
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultFiles();
  const engine = await createEngine();
  let passed = 0;
  let failed = 0;
  const byLang: Record<Lang, { passed: number; total: number }> = {
    en: { passed: 0, total: 0 },
    ru: { passed: 0, total: 0 },
    kk: { passed: 0, total: 0 },
  };
  const citeCases: { q: string; cite: string }[] = [];
  try {
    for (const file of files) {
      const parsed = EvalFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success) throw new Error(`${file}: not an eval file (${parsed.error.issues[0]?.message})`);
      for (const c of parsed.data.cases as EvalCase[]) {
        const answer = await engine.answer(c.q);
        const problems = checkCase(c, answer, engine.knowledge.sources);
        byLang[c.lang].total++;
        if (c.cite && c.lang === "en") citeCases.push({ q: c.q, cite: c.cite });
        if (problems.length === 0) {
          passed++;
          byLang[c.lang].passed++;
        } else {
          failed++;
          console.log(
            `FAIL ${c.id} (${file.split("/").pop()}): ${c.q}\n  ${problems.join("; ")}\n  route=${answer.route} tool=${answer.tool}\n  answer: ${answer.answer}\n`,
          );
        }
      }
    }
    console.log("accuracy by language:");
    for (const [lang, r] of Object.entries(byLang)) {
      if (r.total)
        console.log(`  ${lang}: ${((100 * r.passed) / r.total).toFixed(1)}% (${r.passed}/${r.total})`);
    }
    if (engine.rankerQuality && citeCases.length) {
      const quality = await engine.rankerQuality(citeCases);
      console.log(
        `retrieval quality on ${citeCases.length} cited questions (chunk holding the expected citation):`,
      );
      console.log("  ranker    recall@3  MRR");
      for (const [mode, q] of Object.entries(quality)) {
        console.log(`  ${mode.padEnd(9)} ${q.recallAt3.toFixed(3).padStart(8)}  ${q.mrr.toFixed(3)}`);
      }
    }
  } finally {
    await engine.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
