import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ARTICLE_SUITE,
  type ArticleResult,
  ArticleSuite,
  runArticleSuite,
  seedExtractionScore,
} from "../../bot/cli/eval-articles.js";
import { useEngine } from "../helpers/engine.js";

const suite = ArticleSuite.parse(JSON.parse(readFileSync(ARTICLE_SUITE, "utf8")));
const engine = useEngine("articles");
let results: ArticleResult[] = [];

describe("the extractor on the curated seed articles", () => {
  it("finds every curated figure, site and partner, with nothing extra and nothing on the wrong subject", () => {
    const score = seedExtractionScore(engine().knowledge);
    expect(score.missed).toEqual([]);
    expect(score.spurious).toEqual([]);
    expect(score.wrongSubject).toEqual([]);
    for (const a of score.attributes) {
      expect(a.recall, a.attribute).toBeGreaterThanOrEqual(0.95);
      expect(a.precision, a.attribute).toBeGreaterThanOrEqual(0.98);
    }
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
