import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { planArticle } from "../helpers/published.js";

/**
 * Kinds of real news read wrongly before issue 16, each with siblings in en/ru/kk
 * (tests/fixtures/news n192–): checked claim by claim on top of the seed.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const sites = (file: string) =>
  planArticle(base, article(file))
    .claims.filter((c) => c.attribute === "site")
    .map((c) => (c.value.kind === "place" ? c.value.place : ""));

describe("«Түркістанда», «в Туркестане», 'in Turkistan' is the city; 'Turkistan Region' the region: neither widened nor narrowed", () => {
  it.each([
    ["n207-kk-turkistan-city.md", "turkistan"],
    ["n208-ru-turkestan-city.md", "turkistan"],
    ["n209-en-turkistan-city.md", "turkistan"],
    ["n210-en-turkistan-region.md", "turkistan-region"],
  ])("%s", (file, place) => {
    expect(sites(file)).toEqual([place]);
  });
});
