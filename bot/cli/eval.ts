/**
 * `npm run eval [-- file.json ...]` (`-- --extraction`: only the extraction scores): runs eval files (format of ../shared/eval/questions.json) and
 * dialogue files (tests/eval/dialogues/*.json: conversations graded turn by turn), prints each
 * failure, accuracy per language, retrieval quality, and `N passed, M failed`. Opens the same
 * store and DATA_DIR as the bot (bot/runtime.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { GOLD_DIR, runGoldSet } from "../../knowledge/gold.js";
import { type Knowledge, loadKnowledge } from "../../knowledge/load.js";
import type { Lang } from "../../knowledge/schema.js";
import { scoreTable } from "../../knowledge/score.js";
import { createEngine, type EngineModels } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import type { Answer } from "../../tools/types.js";
import { loadConfig } from "../config.js";
import { openRuntime } from "../runtime.js";
import { runArticleSuite, suiteScore } from "./eval-articles.js";
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

/** Passes and failures, overall and per language of each kind of case; failures are printed. */
class Grades {
  passed = 0;
  failed = 0;
  readonly questions = tally();
  readonly turns = tally();
  readonly articles = tally();

  grade(c: EvalCase, answer: Answer, problems: string[], file: string, byLang: Tally): void {
    byLang[c.lang].total++;
    if (problems.length === 0) {
      this.passed++;
      byLang[c.lang].passed++;
      return;
    }
    this.failed++;
    console.log(
      `FAIL ${c.id} (${file.split("/").pop()}): ${c.q}\n  ${problems.join("; ")}\n  route=${answer.route} tool=${answer.tool}\n  answer: ${answer.answer}\n`,
    );
  }
}

type Cited = { q: string; cite: string };

/** One eval or dialogue file; English questions with an expected citation are kept for retrieval. */
async function runFile(engine: Engine, file: string, grades: Grades, cited: Cited[]): Promise<void> {
  const raw = JSON.parse(readFileSync(file, "utf8"));
  if (raw && typeof raw === "object" && "dialogues" in raw) {
    const parsed = DialogueFile.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: not a dialogue file (${parsed.error.issues[0]?.message})`);
    for (const dialogue of parsed.data.dialogues) {
      for (const r of await runDialogue(engine, dialogue, engine.knowledge.sources))
        grades.grade(r.case, r.answer, r.problems, file, grades.turns);
    }
    return;
  }
  const parsed = EvalFile.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: not an eval file (${parsed.error.issues[0]?.message})`);
  for (const c of parsed.data.cases as EvalCase[]) {
    const answer = await engine.answer(c.q);
    if (c.cite && c.lang === "en") cited.push({ q: c.q, cite: c.cite });
    grades.grade(c, answer, checkCase(c, answer, engine.knowledge.sources), file, grades.questions);
  }
}

async function printRetrievalQuality(engine: Engine, cited: Cited[]): Promise<void> {
  if (!engine.rankerQuality || !cited.length) return;
  const quality = await engine.rankerQuality(cited);
  console.log(`retrieval quality on ${cited.length} cited questions (chunk holding the expected citation):`);
  console.log("  ranker    recall@3  MRR");
  for (const [mode, q] of Object.entries(quality)) {
    console.log(`  ${mode.padEnd(9)} ${q.recallAt3.toFixed(3).padStart(8)}  ${q.mrr.toFixed(3)}`);
  }
}

/** Extraction against every gold set (tests/fixtures/gold): precision and recall per attribute. */
function printExtraction(knowledge: Knowledge): void {
  for (const file of jsonFiles(GOLD_DIR)) {
    const result = runGoldSet(file, knowledge);
    if (!result) {
      console.log(`extraction on ${file.split("/").pop()}: its articles are not on this machine, skipped`);
      continue;
    }
    const slowest = Math.max(...result.extractMs);
    console.log(
      `extraction on ${result.name}, against its gold claims (slowest article ${slowest.toFixed(0)} ms):`,
    );
    console.log(scoreTable(result.score));
  }
}

/** Extraction on the gold sets, then the held-out articles ingested into an engine of their own. */
async function runArticles(grades: Grades, models: EngineModels): Promise<void> {
  printExtraction(loadKnowledge());
  // In memory, never the store.
  const dir = mkdtempSync(join(tmpdir(), "eval-articles-"));
  const fresh = await createEngine({ dataDir: dir, knowledge: loadKnowledge(), models });
  try {
    const results = await runArticleSuite(fresh);
    console.log("extraction on the held-out articles with gold claims (tests/fixtures/articles):");
    console.log(scoreTable(suiteScore(results)));
    for (const r of results) {
      if (r.claimProblems.length) {
        grades.failed++;
        console.log(`FAIL claims of ${r.file}: ${r.claimProblems.join("; ")}\n`);
      } else grades.passed++;
      for (const q of r.questions) grades.grade(q.case, q.answer, q.problems, r.file, grades.articles);
    }
  } finally {
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printAccuracy("questions after ingesting the held-out articles, accuracy by language:", grades.articles);
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { extraction: { type: "boolean", default: false } },
  });
  // `--extraction`: the gold sets' scores alone, in a few seconds, with no store opened.
  if (values.extraction) {
    printExtraction(loadKnowledge());
    return 0;
  }
  const files = positionals.length ? positionals : defaultFiles();
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const { engine, close } = await openRuntime({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    role: "cli",
    models: config.models,
  });
  const grades = new Grades();
  const cited: Cited[] = [];
  try {
    for (const file of files) await runFile(engine, file, grades, cited);
    printAccuracy("accuracy by language:", grades.questions);
    printAccuracy("dialogue turns, accuracy by language:", grades.turns);
    await printRetrievalQuality(engine, cited);
    if (!positionals.length) await runArticles(grades, config.models);
  } finally {
    await close();
  }
  console.log(`${grades.passed} passed, ${grades.failed} failed`);
  return grades.failed ? 1 : 0;
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
