import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Real news answered after ingest, five mechanisms with siblings in en/ru/kk (fresh articles in
 * tests/fixtures/news): a plant's capacity verbatim, a region's own totals as themselves,
 * membership of an announced set, an article's earlier dated event kept beside its newest, and a
 * company found by one word of its name (never guessed when several share it).
 */

describeArticleSuite("news answered after ingest", "cases.json", "news-answers");
