import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { planArticle, published as publishedBy } from "../helpers/published.js";

/**
 * Misreadings of real news, each with siblings in en/ru/kk (tests/fixtures/news n43–n67): what the
 * extractor publishes from each article on top of the seed. A figure goes to its own subject or to
 * none: a company's own staff and range, a forum's total, a part of a cost and a dateline abroad
 * are never a project's figures or site.
 */

const base = loadKnowledge();
const article = (file: string) => readFileSync(new URL(`../fixtures/news/${file}`, import.meta.url), "utf8");
const published = (file: string) => publishedBy(base, article(file));

describe("a project given up is cancelled", () => {
  it.each([
    ["n43-en-aktobe-dropped.md", "Sary-Arka Biotech"],
    ["n44-ru-taldykorgan-cancelled.md", "Жетысу Фарм"],
    ["n45-kk-semey-abandoned.md", "Көкжиек Мед"],
  ])("%s", (file, company) => {
    const got = published(file);
    expect(got).toContain(`${company} stage cancelled`);
    expect(got.filter((g) => / stage (planned|signed|memorandum)$/.test(g))).toEqual([]);
  });
});

describe("a part of a cost is a part, never the whole", () => {
  it.each([
    ["n47-ru-kostanay-equipment.md", 18, 5],
    ["n46-en-oskemen-phase.md", 60, 20],
    ["n48-kk-kyzylorda-phase.md", 30, 11],
  ])("%s", (file, whole, part) => {
    const p = planArticle(base, article(file));
    const money = p.claims.filter((c) => c.value.kind === "figure" && c.attribute.startsWith("investment"));
    const wholes = money.filter(
      (c) => c.subject.type === "project" && c.value.kind === "figure" && !c.value.part,
    );
    expect(wholes.map((c) => (c.value.kind === "figure" ? c.value.value : 0))).toEqual([whole]);
    expect(money.some((c) => c.value.kind === "figure" && c.value.value === part)).toBe(true);
  });
});

describe("a capacity range keeps both ends", () => {
  it.each([
    ["n50-en-pavlodar-packs.md", "25–50 million packs a year"],
    ["n51-ru-uralsk-packs.md", "от 40 до 70 млн упаковок в год"],
    ["n52-kk-taraz-packs.md", "жылына 35-65 млн қаптама"],
  ])("%s", (file, text) => {
    const p = planArticle(base, article(file));
    const capacities = p.claims.filter((c) => c.attribute === "capacity");
    expect(capacities.map((c) => (c.value.kind === "fact" ? c.value.text : ""))).toEqual([text]);
    // «в Уральске фармацевтический завод» is where the plant is, no plant's name.
    expect(p.organisations.map((o) => o.name.en).filter((n) => /Plant$/.test(n))).toEqual([]);
  });
});

describe("a company's own staff, range and markets are no project's figures", () => {
  it.each([
    ["n65-ru-company-self.md", [600, 85]],
    ["n66-kk-company-self.md", [700, 60]],
    ["n67-en-company-self.md", [300, 15, 12]],
    ["n53-en-company-self.md", [20, 6, 14]],
  ])("%s", (file, figures) => {
    const got = published(file);
    expect(got.filter((g) => figures.some((n) => g.endsWith(` ${n}`)))).toEqual([]);
  });
});

describe("a dateline abroad is no site; the text's place is", () => {
  it.each([
    ["n56-en-london-memorandum.md", "Thames Biologics", "karaganda"],
    ["n57-ru-london-memorandum.md", "Avon Medical", "pavlodar"],
    ["n58-kk-london-memorandum.md", "Severn Pharma", "shymkent"],
  ])("%s", (file, _company, site) => {
    const p = planArticle(base, article(file));
    const sites = p.claims.filter((c) => c.attribute === "site");
    expect(sites.map((c) => (c.value.kind === "place" ? c.value.place : ""))).toEqual([site]);
  });
});

describe("a forum's total is the event's, never a company's", () => {
  it.each([
    ["n59-en-forum-total.md", 1600],
    ["n60-ru-roundtable-total.md", 900],
    ["n61-kk-forum-total.md", 2300],
  ])("%s", (file, total) => {
    const got = published(file);
    expect(got).toContain(`scope:event investmentUsd ${total}`);
    expect(got.filter((g) => !g.startsWith("scope:") && g.endsWith(` ${total}`))).toEqual([]);
  });
});

describe("a greenhouse or a sugar plant beside a pharma plant is of another sector", () => {
  it.each([
    ["n62-en-greenhouse.md", "Green Valley", "Alatau Bio"],
    ["n63-ru-sugar.md", "Кант Сахар", "Тараз Биофарм"],
    ["n64-kk-greenhouse.md", "Жасыл Алқап", "Оңтүстік Дәрі"],
  ])("%s", (file, other, pharma) => {
    const p = planArticle(base, article(file));
    const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
    const sector = (name: string) =>
      p.knowledge.dataset.projects.find((x) => names.get(x.company) === name)?.sector ?? null;
    expect(sector(other)).toBe("other");
    expect(sector(pharma)).toBe("pharmaceutical");
  });
});
