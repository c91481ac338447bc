import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

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

describe("a memorandum's counterpart is the signer's partner, never a project with the signer's figures", () => {
  it.each([
    ["n115-en-memorandum-partner.md", "Nomad Pharm", "zydus", ["investmentUsd 50", "jobs 240"]],
    ["n116-ru-memorandum-partner.md", "Сайрам Дәрі", "gedeon-richter", ["investmentUsd 35", "jobs 180"]],
    ["n117-kk-memorandum-partner.md", "Ұлытау Фарм", "deva-holding", ["investmentUsd 28", "jobs 150"]],
  ])("%s", (file, company, partner, figures) => {
    const p = planArticle(base, article(file));
    const got = publishedBy(base, article(file));
    for (const f of figures) expect(got).toContain(`${company} ${f}`);
    expect(got.filter((g) => / (investmentUsd|jobs) /.test(g) && !g.startsWith(`${company} `))).toEqual([]);
    expect(got.filter((g) => / stage /.test(g))).toEqual([`${company} stage memorandum`]);
    const partners = p.claims.filter((c) => c.attribute === "partner").map((c) => c.value);
    expect(partners).toEqual([{ kind: "organisation", organisation: partner }]);
    expect(p.knowledge.dataset.projects.some((x) => x.company === partner)).toBe(false);
  });

  it("a ministry signing with a foreign company: the company's project, and talks with another are no stage of it", () => {
    const got = published("n118-en-ministry-memorandum.md");
    expect(got.filter((g) => / stage /.test(g))).toEqual(["Adamed stage memorandum"]);
    expect(got).toContain("Adamed investmentUsd 60");
    expect(got.filter((g) => g.startsWith("Construction "))).toEqual([]);
  });
});
