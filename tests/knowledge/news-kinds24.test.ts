import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the seventeenth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n400–n408): what a number counts, a part of a sum, animal
 * vaccines, people's surnames and regions taken for companies, launches only discussed, capacity
 * lists and an investment no project could cost.
 */
describeArticleSuite(
  "news of the seventeenth session's kinds answered after ingest",
  "kinds-24.json",
  "news-kinds24",
);
