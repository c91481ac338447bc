import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { planIngest } from "../../knowledge/ingest.js";
import { type Extracted, type ExtractionScore, GoldClaim, scoreExtraction } from "../../knowledge/score.js";
import type { Engine } from "../../tools/engine.js";
import type { Answer } from "../../tools/types.js";
import { checkCase, EvalCase } from "./eval-cases.js";

/**
 * Ingestion judged as users meet it: articles ingested in order, each checked for the claims it
 * must (and must not) yield, then the questions that must be answered once it is in.
 */

const ExpectedClaim = z.object({
  company: z.string(),
  attribute: z.string(),
  value: z.number().optional(),
  qualifier: z.string().optional(),
  place: z.string().optional(),
  organisation: z.string().optional(),
  stage: z.string().optional(),
  status: z.enum(["active", "held"]).optional(),
});
const Article = z.object({
  file: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  claims: z.array(ExpectedClaim),
  forbidden: z.array(z.object({ attribute: z.string(), value: z.number() })).default([]),
  /** Every claim a careful reader takes from the article: scored whole (nothing missed, nothing on a wrong company). */
  gold: z.array(GoldClaim).optional(),
  newOrganisations: z.number().optional(),
  questions: z.array(EvalCase),
});
export const ArticleSuite = z.object({ about: z.string().optional(), articles: z.array(Article) });
export type ArticleSuite = z.infer<typeof ArticleSuite>;

export const ARTICLE_SUITE = new URL("../../tests/fixtures/articles/cases.json", import.meta.url).pathname;

export interface ArticleResult {
  file: string;
  /** The article's claims with the knowledge they were made against, and its gold when it has one. */
  extracted: Extracted;
  gold?: GoldClaim[];
  /** Claims expected but not extracted, or extracted though forbidden. */
  claimProblems: string[];
  questions: { case: EvalCase; answer: Answer; problems: string[] }[];
}

/** Runs a suite on an engine that starts from the curated knowledge; the engine is left updated. */
export async function runArticleSuite(engine: Engine, path = ARTICLE_SUITE): Promise<ArticleResult[]> {
  const suite = ArticleSuite.parse(JSON.parse(readFileSync(path, "utf8")));
  const results: ArticleResult[] = [];
  for (const [i, article] of suite.articles.entries()) {
    const body = readFileSync(join(dirname(path), article.file), "utf8");
    const source = { id: `article-${i + 1}`, title: article.title, date: article.date, body };
    const plan = planIngest(engine.knowledge, source);
    const companyOf = new Map(plan.knowledge.dataset.projects.map((p) => [p.id, p.company]));
    const claimProblems: string[] = [];
    for (const want of article.claims) {
      const found = plan.claims.some((c) => {
        if (companyOf.get(c.subject.id) !== want.company || c.attribute !== want.attribute) return false;
        if (want.status && c.status !== want.status) return false;
        const v = c.value;
        if (v.kind === "figure")
          return v.value === want.value && (!want.qualifier || v.qualifier === want.qualifier);
        if (v.kind === "place") return v.place === want.place;
        if (v.kind === "organisation") return v.organisation === want.organisation;
        return v.kind === "stage" && v.stage === want.stage;
      });
      if (!found) claimProblems.push(`missing ${JSON.stringify(want)}`);
    }
    for (const bad of article.forbidden) {
      if (
        plan.claims.some(
          (c) => c.attribute === bad.attribute && c.value.kind === "figure" && c.value.value === bad.value,
        )
      )
        claimProblems.push(`extracted forbidden ${bad.attribute} ${bad.value}`);
    }
    if (article.newOrganisations !== undefined && plan.organisations.length !== article.newOrganisations)
      claimProblems.push(
        `expected ${article.newOrganisations} new organisations, got ${plan.organisations.map((o) => o.id).join(", ")}`,
      );
    const extracted = { claims: plan.claims, dataset: plan.knowledge.dataset };
    if (article.gold) claimProblems.push(...goldProblems(extracted, article.gold));
    await engine.update(plan.knowledge);
    const questions = [];
    for (const c of article.questions) {
      const answer = await engine.answer(c.q);
      questions.push({ case: c, answer, problems: checkCase(c, answer, engine.knowledge.sources) });
    }
    results.push({
      file: article.file,
      extracted,
      ...(article.gold ? { gold: article.gold } : {}),
      claimProblems,
      questions,
    });
  }
  return results;
}

/**
 * Against an article's gold: a claim missed, a figure on a wrong subject, or a published claim
 * about a company that no gold claim states. (A scope named otherwise — the set for the country —
 * is counted by the scores, not failed here.)
 */
function goldProblems(extracted: Extracted, gold: GoldClaim[]): string[] {
  const score = scoreExtraction([{ extracted, gold }]);
  return [
    ...score.missed.map((m) => `missed ${m}`),
    ...score.wrongSubject.map((w) => `wrong subject: ${w}`),
    ...score.spurious.filter((x) => !x.startsWith("scope:")).map((x) => `not in the gold: ${x}`),
  ];
}

/** The suite's articles that have gold, scored together. */
export function suiteScore(results: ArticleResult[]): ExtractionScore {
  return scoreExtraction(results.flatMap((r) => (r.gold ? [{ extracted: r.extracted, gold: r.gold }] : [])));
}
