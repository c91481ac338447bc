import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly at the start of the twelfth session, each with siblings in
 * en/ru/kk (tests/fixtures/news n289–n291): a plant known by its zone's quoted name, a sentence
 * that holds the words asked beating a neighbouring figure, a yearless date with its article's date.
 */

describeArticleSuite(
  "news of the twelfth session's kinds answered after ingest",
  "kinds-19.json",
  "news-kinds19",
);
