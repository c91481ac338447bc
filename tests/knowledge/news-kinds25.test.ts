import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the eighteenth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n420–): a figure said with the value it changed from keeps the old
 * value beside the new one, never as a figure, a range or a ceiling of its own.
 */
describeArticleSuite(
  "news of the eighteenth session's kinds answered after ingest",
  "kinds-25.json",
  "news-kinds25",
);
