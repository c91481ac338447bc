import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the fifteenth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n347–): the domestic share reported again and again, each value
 * of its report's year.
 */
describeArticleSuite(
  "news of the fifteenth session's kinds answered after ingest",
  "kinds-22.json",
  "news-kinds22",
);
