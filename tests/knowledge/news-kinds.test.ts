import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { published as publishedBy } from "../helpers/published.js";

/**
 * Kinds of real news that gave figures to the wrong subject, each with siblings in en/ru/kk
 * (tests/fixtures/news n111–): checked claim by claim on top of the seed.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const published = (file: string) => publishedBy(base, article(file));

describe("a region's total with a member named after 'including' stays the region's, and so does 'they' after it", () => {
  it.each([
    ["n111-ru-shymkent-including.md", "Қаратау Фарм", ["investmentKzt 410", "jobs 3000"], ["investmentKzt 45"]],
    ["n112-kk-shymkent-including.md", "Бадам Фарм", ["investmentKzt 410", "jobs 3000"], []],
    ["n113-en-pavlodar-including.md", "Irtysh Infusion", ["investmentKzt 380", "jobs 2400"], ["investmentKzt 21"]],
    ["n114-ru-aktobe-among.md", "Ойыл Биотех", ["investmentKzt 260", "jobs 1800"], []],
  ])("%s", (file, company, region, own) => {
    const got = published(file);
    for (const r of region) expect(got).toContain(`scope:region ${r}`);
    expect(got.filter((g) => g.startsWith(`${company} `) && / (investmentKzt|jobs) /.test(g))).toEqual(
      own.map((o) => `${company} ${o}`),
    );
  });
});
