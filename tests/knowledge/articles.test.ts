import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ARTICLE_SUITE,
  type ArticleResult,
  ArticleSuite,
  runArticleSuite,
} from "../../bot/cli/eval-articles.js";
import { GOLD_DIR, runGoldSet } from "../../knowledge/gold.js";
import { useEngine } from "../helpers/engine.js";

const suite = ArticleSuite.parse(JSON.parse(readFileSync(ARTICLE_SUITE, "utf8")));
const engine = useEngine("articles");
let results: ArticleResult[] = [];

describe("the extractor against gold claims", () => {
  it("finds every gold claim of the seed articles, with nothing extra and nothing on the wrong subject", () => {
    const result = runGoldSet(`${GOLD_DIR}seed.json`, engine().knowledge);
    expect(result?.score.missed).toEqual([]);
    expect(result?.score.spurious).toEqual([]);
    expect(result?.score.wrongSubject).toEqual([]);
  });

  const stream = `${GOLD_DIR}stream-1.json`;
  it("gives no figure of the practice stream to a wrong subject (when the shared stream is here)", () => {
    const result = runGoldSet(stream, engine().knowledge);
    if (!result) return;
    expect(result.score.wrongSubject).toEqual([]);
    expect(result.score.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.score.overall.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("held-out articles ingested in order", () => {
  beforeAll(async () => {
    results = await runArticleSuite(engine());
  }, 120_000);

  it.each(suite.articles.map((a) => [a.file] as const))(
    "%s yields its claims and none it must not",
    (file) => {
      expect(results.find((r) => r.file === file)?.claimProblems).toEqual([]);
    },
  );

  const questions = suite.articles.flatMap((a) => a.questions.map((q) => [q.id, a.file, q.q] as const));
  it.each(questions)("%s (after %s): %s", (id) => {
    const found = results.flatMap((r) => r.questions).find((q) => q.case.id === id);
    expect(found?.problems, found?.answer.answer).toEqual([]);
  });
});
