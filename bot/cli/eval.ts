/**
 * `npm run eval [-- file.json ...]`: runs eval files (format of ../shared/eval/questions.json) and
 * dialogue files (tests/eval/dialogues/*.json: conversations graded turn by turn), prints each
 * failure, accuracy per language, retrieval quality, and `N passed, M failed`. Opens the same
 * store and DATA_DIR as the bot (bot/runtime.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import dotenv from "dotenv";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Lang } from "../../knowledge/schema.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Answer } from "../../tools/types.js";
import { loadConfig } from "../config.js";
import { openRuntime } from "../runtime.js";
import { runArticleSuite, scoreTable, seedExtractionScore } from "./eval-articles.js";
import { checkCase, type EvalCase, EvalFile } from "./eval-cases.js";
import { DialogueFile, runDialogue } from "./eval-dialogues.js";

const SHARED = new URL("../../../shared/eval/questions.json", import.meta.url).pathname;
const OWN_DIR = new URL("../../tests/eval/", import.meta.url).pathname;
const DIALOGUE_DIR = join(OWN_DIR, "dialogues");

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(dir, f))
    : [];

function defaultFiles(): string[] {
  return [...(existsSync(SHARED) ? [SHARED] : []), ...jsonFiles(OWN_DIR), ...jsonFiles(DIALOGUE_DIR)];
}

type Tally = Record<Lang, { passed: number; total: number }>;
const tally = (): Tally => ({
  en: { passed: 0, total: 0 },
  ru: { passed: 0, total: 0 },
  kk: { passed: 0, total: 0 },
});

function printAccuracy(title: string, byLang: Tally): void {
  if (!Object.values(byLang).some((r) => r.total)) return;
  console.log(title);
  for (const [lang, r] of Object.entries(byLang)) {
    if (r.total)
      console.log(`  ${lang}: ${((100 * r.passed) / r.total).toFixed(1)}% (${r.passed}/${r.total})`);
  }
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : defaultFiles();
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const { engine, close } = await openRuntime({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    role: "cli",
  });
  let passed = 0;
  let failed = 0;
  const questions = tally();
  const turns = tally();
  const citeCases: { q: string; cite: string }[] = [];
  const grade = (c: EvalCase, answer: Answer, problems: string[], file: string, byLang: Tally) => {
    byLang[c.lang].total++;
    if (problems.length === 0) {
      passed++;
      byLang[c.lang].passed++;
      return;
    }
    failed++;
    console.log(
      `FAIL ${c.id} (${file.split("/").pop()}): ${c.q}\n  ${problems.join("; ")}\n  route=${answer.route} tool=${answer.tool}\n  answer: ${answer.answer}\n`,
    );
  };
  try {
    for (const file of files) {
      const raw = JSON.parse(readFileSync(file, "utf8"));
      if (raw && typeof raw === "object" && "dialogues" in raw) {
        const parsed = DialogueFile.safeParse(raw);
        if (!parsed.success)
          throw new Error(`${file}: not a dialogue file (${parsed.error.issues[0]?.message})`);
        for (const dialogue of parsed.data.dialogues) {
          for (const r of await runDialogue(engine, dialogue, engine.knowledge.sources))
            grade(r.case, r.answer, r.problems, file, turns);
        }
        continue;
      }
      const parsed = EvalFile.safeParse(raw);
      if (!parsed.success) throw new Error(`${file}: not an eval file (${parsed.error.issues[0]?.message})`);
      for (const c of parsed.data.cases as EvalCase[]) {
        const answer = await engine.answer(c.q);
        if (c.cite && c.lang === "en") citeCases.push({ q: c.q, cite: c.cite });
        grade(c, answer, checkCase(c, answer, engine.knowledge.sources), file, questions);
      }
    }
    printAccuracy("accuracy by language:", questions);
    printAccuracy("dialogue turns, accuracy by language:", turns);
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
    if (!process.argv.slice(2).length) {
      console.log("extraction on the seed articles, against their curated claims:");
      console.log(scoreTable(seedExtractionScore(engine.knowledge)));
      // The held-out articles are ingested into an engine of their own (in memory), never the store.
      const dir = mkdtempSync(join(tmpdir(), "eval-articles-"));
      const fresh = await createEngine({ dataDir: dir, knowledge: loadKnowledge() });
      const articles = tally();
      try {
        for (const r of await runArticleSuite(fresh)) {
          if (r.claimProblems.length) {
            failed++;
            console.log(`FAIL claims of ${r.file}: ${r.claimProblems.join("; ")}\n`);
          } else passed++;
          for (const q of r.questions) grade(q.case, q.answer, q.problems, r.file, articles);
        }
      } finally {
        await fresh.close();
        rmSync(dir, { recursive: true, force: true });
      }
      printAccuracy("questions after ingesting the held-out articles, accuracy by language:", articles);
    }
  } finally {
    await close();
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
