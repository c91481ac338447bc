import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the fourteenth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n333–n337): a digest's bold topic heads ("**Syringes, Almaty
 * region.**") are no companies and an item under its own head naming none is nobody's, a name
 * before an industrial zone's words is the zone's, and a set counted without names is named by its report.
 */
describeArticleSuite(
  "news of the fourteenth session's kinds answered after ingest",
  "kinds-21.json",
  "news-kinds21",
);
