import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ArticleResult, ArticleSuite, runArticleSuite } from "../../bot/cli/eval-articles.js";
import { useEngine } from "./engine.js";

/**
 * One test per question of an article suite (fixtures/news/*.json): the suite's articles are
 * ingested into a real engine once, then each question must be answered with no problem found.
 */
export function describeArticleSuite(title: string, file: string, name: string): void {
  const path = new URL(`../fixtures/news/${file}`, import.meta.url).pathname;
  const suite = ArticleSuite.parse(JSON.parse(readFileSync(path, "utf8")));
  const engine = useEngine(name);
  let results: ArticleResult[] = [];

  describe(title, () => {
    beforeAll(async () => {
      results = await runArticleSuite(engine(), path);
    }, 120_000);

    const checked = suite.articles.filter((a) => a.claims.length || a.newOrganisations !== undefined);
    it.each(checked.map((a) => a.file))("%s: its claims and new organisations", (file) => {
      expect(results.find((r) => r.file === file)?.claimProblems).toEqual([]);
    });

    const questions = suite.articles.flatMap((a) => a.questions.map((q) => [q.id, a.file, q.q] as const));
    it.each(questions)("%s (after %s): %s", (id) => {
      const found = results.flatMap((r) => r.questions).find((q) => q.case.id === id);
      expect(found?.problems, found?.answer.answer).toEqual([]);
    });
  });
}
