import { describeArticleSuite } from "../helpers/article-suite.js";

/**
 * Kinds of real news read wrongly in the eighteenth session, each with siblings in en/ru/kk
 * (tests/fixtures/news n420–n442): a figure with the value it changed from, counts in words, joint
 * projects of two companies, a sum the question names, initials, corrections beside what they
 * correct, purchase contracts, 'the remaining projects', the state's figures before any company,
 * future launches, relative clauses of building, an institute's staff, and reports that differ.
 */
describeArticleSuite(
  "news of the eighteenth session's kinds answered after ingest",
  "kinds-25.json",
  "news-kinds25",
);
