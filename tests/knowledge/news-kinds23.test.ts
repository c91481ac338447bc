import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the sixteenth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n380–): launches that were only due or promised, and a
 * consortium's participants whose project's capacity is none of theirs.
 */
describeArticleSuite(
  "news of the sixteenth session's kinds answered after ingest",
  "kinds-23.json",
  "news-kinds23",
);
