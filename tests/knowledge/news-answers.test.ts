import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ArticleResult, ArticleSuite, runArticleSuite } from "../../bot/cli/eval-articles.js";
import { useEngine } from "../helpers/engine.js";

/**
 * Real news answered after ingest, five mechanisms with siblings in en/ru/kk (fresh articles in
 * tests/fixtures/news): a plant's capacity verbatim, a region's own totals as themselves,
 * membership of an announced set, an article's earlier dated event kept beside its newest, and a
 * company found by one word of its name (never guessed when several share it).
 */

const SUITE = new URL("../fixtures/news/cases.json", import.meta.url).pathname;
const suite = ArticleSuite.parse(JSON.parse(readFileSync(SUITE, "utf8")));
const engine = useEngine("news-answers");
let results: ArticleResult[] = [];

describe("news answered after ingest", () => {
  beforeAll(async () => {
    results = await runArticleSuite(engine(), SUITE);
  }, 120_000);

  const questions = suite.articles.flatMap((a) => a.questions.map((q) => [q.id, a.file, q.q] as const));
  it.each(questions)("%s (after %s): %s", (id) => {
    const found = results.flatMap((r) => r.questions).find((q) => q.case.id === id);
    expect(found?.problems, found?.answer.answer).toEqual([]);
  });
});
