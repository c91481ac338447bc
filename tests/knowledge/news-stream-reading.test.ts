import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { published as publishedBy } from "../helpers/published.js";

/**
 * Three more misreadings of real news, each with siblings in en/ru/kk (tests/fixtures/news
 * n68–n76), checked claim by claim on top of the seed: a stop told in the active voice is a
 * suspension and a resumption only possible later is none; a figure recalled in an aside
 * ("(previously 210)") is no current figure; and what a sentence set apart ("Separately, the city
 * approved a wind farm …") tells is neither the place's total nor the last company's.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const published = (file: string) => publishedBy(base, article(file));

describe("a project paused, with a resumption only possible later, is suspended", () => {
  it.each([
    ["n68-ru-aktobe-paused.md", "Medora"],
    ["n69-en-kostanay-paused.md", "Nordvik Biologics"],
    ["n70-kk-semey-paused.md", "Alem Biotech"],
  ])("%s", (file, company) => {
    const got = published(file);
    expect(got).toContain(`${company} stage suspended`);
    expect(got.filter((g) => / stage (resumed|signed)$/.test(g))).toEqual([]);
  });
});

describe("a figure recalled beside the new one is not the current figure", () => {
  it.each([
    ["n71-en-taraz-revised.md", "Steppe Vita", 14.5, 260],
    ["n72-ru-kostanay-revised.md", "Тобол Мед", 11.3, 180],
    ["n73-kk-oral-revised.md", "Жайық Фарм", 16.4, 230],
  ])("%s", (file, company, money, jobs) => {
    const got = published(file);
    expect(got.filter((g) => / (investmentKzt|jobs) /.test(g))).toEqual([
      `${company} investmentKzt ${money}`,
      `${company} jobs ${jobs}`,
    ]);
  });
});

describe("a sentence set apart is neither the place's total nor the last company's", () => {
  it.each([
    ["n74-en-aktau-separately.md", ["scope:region investmentKzt 21", "scope:region jobs 160"], "Mangyt Bio"],
    ["n75-ru-taraz-separately.md", [], "Шу Фарм"],
    ["n76-kk-kyzylorda-separately.md", [], "Арал Мед"],
  ])("%s", (file, region, last) => {
    const got = published(file);
    expect(got.filter((g) => g.startsWith("scope:region ") && !g.includes(" projects "))).toEqual(region);
    expect(got.filter((g) => g.startsWith(`${last} stage`))).toEqual([]);
  });
});
