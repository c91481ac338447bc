import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the thirteenth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n309–n320): a plant's letters in brackets are that plant, who goods
 * are shipped to is no project, a country's trade is no company's investment, a cause given with
 * "citing", and a world region is no organisation.
 */
describeArticleSuite(
  "news of the thirteenth session's kinds answered after ingest",
  "kinds-20.json",
  "news-kinds20",
);
