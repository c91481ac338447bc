import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ArticleResult, ArticleSuite, runArticleSuite } from "../../bot/cli/eval-articles.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { useEngine } from "../helpers/engine.js";
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
    [
      "n111-ru-shymkent-including.md",
      "Қаратау Фарм",
      ["investmentKzt 410", "jobs 3000"],
      ["investmentKzt 45"],
    ],
    ["n112-kk-shymkent-including.md", "Бадам Фарм", ["investmentKzt 410", "jobs 3000"], []],
    [
      "n113-en-pavlodar-including.md",
      "Irtysh Infusion",
      ["investmentKzt 380", "jobs 2400"],
      ["investmentKzt 21"],
    ],
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

describe("a launch planned for a year is a dated plan, never a launch", () => {
  it.each([
    ["n119-ru-launch-planned.md", "Сарыарқа Вакцина", "2034"],
    ["n120-en-launch-expected.md", "Steppe Vial", "2034"],
    ["n121-kk-launch-planned.md", "Жетісу Инсулин", "2034"],
    ["n122-en-launch-slated.md", "Caspian Infusion", "2035"],
  ])("%s", (file, company, year) => {
    const p = planArticle(base, article(file));
    const names = new Map(p.knowledge.dataset.organisations.map((o) => [o.id, o.name.en]));
    const owner = new Map(p.knowledge.dataset.projects.map((x) => [x.id, names.get(x.company)]));
    expect(publishedBy(base, article(file)).filter((g) => / stage (launched|signed)$/.test(g))).toEqual([]);
    const plans = p.claims
      .filter((c) => c.attribute === "milestone" && owner.get(c.subject.id) === company)
      .map((c) => c.value)
      .filter((v) => v.kind === "milestone" && !v.phase);
    expect(plans).toEqual([expect.objectContaining({ stage: "launched", date: year })]);
  });
});

const SUITE = new URL("../fixtures/news/kinds.json", import.meta.url).pathname;
const suite = ArticleSuite.parse(JSON.parse(readFileSync(SUITE, "utf8")));
const engine = useEngine("news-kinds");
let results: ArticleResult[] = [];

describe("these kinds answered after ingest", () => {
  beforeAll(async () => {
    results = await runArticleSuite(engine(), SUITE);
  }, 120_000);

  const questions = suite.articles.flatMap((a) => a.questions.map((q) => [q.id, a.file, q.q] as const));
  it.each(questions)("%s (after %s): %s", (id) => {
    const found = results.flatMap((r) => r.questions).find((q) => q.case.id === id);
    expect(found?.problems, found?.answer.answer).toEqual([]);
  });
});

describe("a figure a change reached is no ceiling", () => {
  it.each([
    "# Стоимость завода пересмотрена\n\nКОСТАНАЙ, 5 сентября 2032 года. КАЗИНФОРМ – Стоимость завода ТОО «Торғай Инфузия» в Костанае увеличена до 27,4 млрд тенге.",
    "# Зауыттың құны өсті\n\nҚостанай, 2032 жылғы 5 қыркүйек. ҚАЗАҚПАРАТ – «Торғай Инфузия» ЖШС зауытының құны 27,4 млрд теңгеге дейін ұлғайтылды.",
    "# Plant cost revised\n\nKOSTANAY, September 5, 2032 (Kazinform) – The cost of Torgai Infusion LLP's plant has been revised up to 27.4 billion tenge.",
    "# Новые цифры\n\nКОСТАНАЙ, 5 сентября 2032 года. КАЗИНФОРМ – Стоимость проекта ТОО «Торғай Инфузия» выросла до 27,4 млрд тенге.",
  ])("%#", (body) => {
    const p = planArticle(base, body);
    const money = p.claims.find((c) => c.attribute === "investmentKzt")?.value;
    expect(money).toEqual(expect.objectContaining({ value: 27.4, qualifier: "exact" }));
  });

  it("'up to' and «до» before a plain figure stay a ceiling", () => {
    const p = planArticle(
      base,
      "# Новый завод\n\nКОСТАНАЙ, 5 сентября 2032 года. КАЗИНФОРМ – ТОО «Торғай Инфузия» создаст до 400 рабочих мест.",
    );
    expect(p.claims.find((c) => c.attribute === "jobs")?.value).toEqual(
      expect.objectContaining({ value: 400, qualifier: "up to" }),
    );
  });
});

describe("a company's jobs beside an official's figure for the industrial zone: each to its own subject", () => {
  it.each([
    ["n127-en-company-and-zone-jobs.md", "Shymkent Glass Pharm", 210, 1500],
    ["n128-ru-company-and-zone-jobs.md", "Талас Шприц", 160, 1200],
    ["n129-kk-company-and-zone-jobs.md", "Сыр Таблетка", 90, 900],
    ["n130-en-company-and-park-jobs.md", "Irtysh Serum", 130, 2000],
  ])("%s", (file, company, own, zone) => {
    const got = published(file);
    expect(got.filter((g) => / jobs /.test(g) && !g.startsWith("scope:"))).toEqual([
      `${company} jobs ${own}`,
    ]);
    expect(got).toContain(`scope:region jobs ${zone}`);
  });
});
