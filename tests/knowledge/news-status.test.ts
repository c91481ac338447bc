import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type IngestPlan, planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";

/**
 * A project's status as real news tells it: a stop reported with its cause keeps the cause
 * verbatim; an intention in the past («планировали запустить», "had been going to open", «ашу
 * жоспарланған еді») is no launch; a resumption whose timing is unknown («сроки возобновления не
 * названы», "not known when work will be resumed") is no resumption. Fresh en/ru/kk articles in
 * tests/fixtures/news, written for these tests. And doses shipped or contracted are no medicines.
 */

const base = loadKnowledge();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/news/${name}`, import.meta.url), "utf8");

function ingest(file: string, date: string): IngestPlan {
  return planIngest(base, {
    id: file.replace(/\.md$/, ""),
    title: "News article",
    date,
    body: fixture(file),
  });
}

function stages(plan: IngestPlan) {
  return plan.claims.flatMap((c) =>
    c.value.kind === "stage" && c.status === "active"
      ? [{ stage: c.value.stage, because: c.value.because }]
      : [],
  );
}

describe("a stopped project: its cause kept, no launch or resumption invented", () => {
  it.each([
    ["n20-ru-shymkent-suspended.md", "2027-03-01", /финансовых трудностей инвестора/],
    ["n21-en-kyzylorda-halted.md", "2027-04-02", /shortage of imported equipment/],
    ["n22-kk-aktau-stopped.md", "2027-04-05", /қаржыландыру мәселесіне байланысты/],
    ["n23-ru-taraz-frozen.md", "2027-06-12", /ростом стоимости оборудования/],
  ])("%s", (file, date, cause) => {
    const found = stages(ingest(file, date));
    expect(found.map((s) => s.stage).filter((s) => s !== "suspended")).toEqual([]);
    expect(found.some((s) => cause.test(s.because ?? ""))).toBe(true);
  });

  it("the view's current stage carries the cause", () => {
    const plan = ingest("n20-ru-shymkent-suspended.md", "2027-03-01");
    const project = plan.knowledge.dataset.projects.find((p) => p.stage?.value === "suspended");
    expect(project?.stage?.because).toMatch(/финансовых трудностей/);
  });
});

describe("doses, vials and bottles are units shipped or contracted, never a count of medicines", () => {
  it.each([
    ["n27-ru-shymkent-doses.md", "2027-03-03"],
    ["n28-en-aktobe-vials.md", "2027-03-05"],
    ["n29-kk-taraz-doses.md", "2027-03-07"],
  ])("%s", (file, date) => {
    const medicines = ingest(file, date).claims.filter((c) => c.attribute === "medicines");
    expect(medicines.map((c) => c.quote)).toEqual([]);
  });
});

describe("a plant named beside a ministry is a plant; its supply deal is no signed investment agreement, nor is another pair's signing", () => {
  it.each([
    ["n30-en-pavlodar-deal.md", "2027-04-09"],
    ["n31-ru-pavlodar-deal.md", "2027-04-09"],
    ["n32-kk-taraz-deal.md", "2027-04-09"],
  ])("%s", (file, date) => {
    const plan = ingest(file, date);
    const capacity = plan.claims.filter((c) => c.attribute === "capacity" && c.status === "active");
    expect(capacity.map((c) => (c.value.kind === "fact" ? c.value.text : "")).join()).toMatch(/400/);
    expect(stages(plan).map((s) => s.stage)).not.toContain("signed");
  });
});

describe("a plant's volumes under a deal and shipped are kept verbatim, never as medicines", () => {
  it.each([
    ["n37-en-kokshetau-doses.md", "2027-10-02", "four million doses", "70 thousand doses"],
    ["n38-ru-uralsk-vials.md", "2027-10-14", "2 млн флаконов", "40 тысяч флаконов"],
    ["n39-kk-turkistan-doses.md", "2027-10-20", "3 млн доза", "60 мың доза"],
    ["n30-en-pavlodar-deal.md", "2027-04-09", "three million syringes", null],
  ])("%s", (file, date, contracted, shipped) => {
    const plan = ingest(file, date);
    const texts = (attribute: string) =>
      plan.claims.flatMap((c) =>
        c.attribute === attribute && c.status === "active" && c.value.kind === "fact" ? [c.value.text] : [],
      );
    expect(texts("contracted")).toEqual([contracted]);
    expect(texts("shipped")).toEqual(shipped ? [shipped] : []);
    expect(plan.claims.filter((c) => c.attribute === "medicines")).toEqual([]);
  });
});

describe("sums for parts of a project are parts, never the whole project's", () => {
  it("construction and equipment in one sentence are two parts", () => {
    const plan = ingest("n41-ru-petropavl-parts.md", "2027-03-15");
    const money = plan.claims.filter((c) => c.attribute === "investmentKzt" && c.value.kind === "figure");
    expect(money.map((c) => (c.value.kind === "figure" ? [c.value.text, c.value.part] : []))).toEqual([
      ["6", "строительство"],
      ["1,8", "оборудование"],
    ]);
    const project = plan.knowledge.dataset.projects.find((p) => p.company === "qyzyl-jar-pharm");
    expect(project?.investmentKzt).toBeNull();
    expect(project?.parts?.map((p) => p.part)).toEqual(["строительство", "оборудование"]);
  });

  it("a correction notice's figures are corrections", () => {
    const plan = ingest("n42-kk-petropavl-correction.md", "2027-04-02");
    const money = plan.claims.filter((c) => c.attribute === "investmentKzt" && c.status === "active");
    expect(money.map((c) => [c.quote.includes("10,2"), c.method])).toEqual([[true, "corrected"]]);
  });
});
