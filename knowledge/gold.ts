import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { extractClaims } from "./extract/extract.js";
import { planIngest } from "./ingest.js";
import type { Knowledge } from "./load.js";
import { type Extracted, type ExtractionScore, GoldClaim, scoreExtraction } from "./score.js";

/**
 * Gold sets: articles with the claims a careful reader takes from them. A seed article is named
 * by its source id and extracted against the curated knowledge; an article file (in `dir`,
 * relative to the gold file) is ingested in order, each on top of the ones before, as
 * `npm run ingest` would.
 */

const GoldArticle = z.object({
  /** A seed source's id, or a file in the set's `dir`. */
  source: z.string().optional(),
  file: z.string().optional(),
  title: z.string().optional(),
  date: z.string().nullable().optional(),
  claims: z.array(GoldClaim),
});
export const GoldSet = z.object({
  about: z.string().optional(),
  dir: z.string().optional(),
  articles: z.array(GoldArticle),
});
export type GoldSet = z.infer<typeof GoldSet>;

export const GOLD_DIR = new URL("../tests/fixtures/gold/", import.meta.url).pathname;

export interface GoldResult {
  name: string;
  score: ExtractionScore;
  /** Milliseconds per article: extraction (a seed article) or extraction and the new view (a file). */
  extractMs: number[];
}

const sourceId = (file: string) =>
  `gold-${file
    .replace(/\.\w+$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")}`;

/** Scores a gold set; null when its articles are not on this machine (a shared set outside the repo). */
export function runGoldSet(path: string, knowledge: Knowledge): GoldResult | null {
  const set = GoldSet.parse(JSON.parse(readFileSync(path, "utf8")));
  const dir = resolve(dirname(path), set.dir ?? ".");
  const scored: { extracted: Extracted; gold: GoldClaim[] }[] = [];
  const extractMs: number[] = [];
  let k = knowledge;
  for (const article of set.articles) {
    if (article.source) {
      const source = k.sources.find((s) => s.id === article.source);
      if (!source) throw new Error(`${path}: no seed source "${article.source}"`);
      const t = performance.now();
      const extraction = extractClaims(source, k.curated);
      extractMs.push(performance.now() - t);
      const dataset = {
        ...k.curated,
        organisations: [...k.curated.organisations, ...extraction.organisations],
      };
      scored.push({ extracted: { claims: extraction.claims, dataset }, gold: article.claims });
      continue;
    }
    const file = resolve(dir, article.file ?? "");
    if (!existsSync(file)) return null;
    const body = readFileSync(file, "utf8");
    const source = {
      id: sourceId(article.file ?? ""),
      title: article.title ?? article.file ?? "",
      date: article.date ?? null,
      body,
    };
    const t = performance.now();
    const plan = planIngest(k, source);
    extractMs.push(performance.now() - t);
    scored.push({
      extracted: { claims: plan.claims, dataset: plan.knowledge.dataset },
      gold: article.claims,
    });
    k = plan.knowledge;
  }
  return {
    name:
      path
        .split("/")
        .pop()
        ?.replace(/\.json$/, "") ?? path,
    score: scoreExtraction(scored),
    extractMs,
  };
}
