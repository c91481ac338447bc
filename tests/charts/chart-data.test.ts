import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Lang } from "../../knowledge/schema.js";
import { Answerer } from "../../tools/answer.js";
import { CHART_GROUPS, type ChartTable, chartTable } from "../../tools/chart-data.js";
import { METRICS } from "../../tools/findings.js";

const knowledge = loadKnowledge();
const { dataset } = knowledge;
const LANGS: Lang[] = ["en", "ru", "kk"];
const row = (table: ChartTable, label: string) => {
  const found = table.rows.find((r) => r.label === label);
  if (!found) throw new Error(`no row "${label}" in ${table.rows.map((r) => r.label).join(", ")}`);
  return found;
};

describe("chartTable", () => {
  it("keeps each company's qualifier and the headline total as stated", () => {
    const jobs = chartTable(dataset, "jobs", "company", "en");
    expect(jobs.rows.map((r) => [r.label, r.value, r.qualifier, r.style])).toEqual([
      ["AltINFARM", 60, "around", "stated"],
      ["Nobel Almaty Pharmaceutical Factory", 200, "at least", "stated"],
      ["Abdi Ibrahim Global Pharm", 150, "at least", "stated"],
      ["MSP-ROMPHARM", 265, "around", "stated"],
      ["Total stated in the article", 675, "approximately", "total"],
    ]);
  });

  it("shows Abdi Ibrahim's investment as not stated (null, never 0) and derives the remainder only in a note", () => {
    for (const metric of ["investmentKzt", "investmentUsd"] as const) {
      for (const groupBy of CHART_GROUPS) {
        const table = chartTable(dataset, metric, groupBy, "en");
        const abdi =
          groupBy === "company" ? row(table, "Abdi Ibrahim Global Pharm") : row(table, "Almaty Region");
        expect(abdi.value).toBeNull();
        expect(abdi.cites).toEqual([]);
        expect(table.rows.every((r) => r.value !== 0)).toBe(true);
      }
    }
    const kzt = chartTable(dataset, "investmentKzt", "company", "en");
    expect(kzt.notes).toContain(
      "Abdi Ibrahim Global Pharm: not stated; total minus the others would give 38.6 (derived: 173 − 58.5 − 39.2 − 36.7).",
    );
    // The total is approximate in US$, so the derived remainder is too.
    expect(chartTable(dataset, "investmentUsd", "company", "en").notes[0]).toContain(
      "≈103 (derived: ≈370 − 116 − 78 − 73)",
    );
  });

  it("keeps MSP-ROMPHARM's jobs whole on one bar spanning both regions, in every language", () => {
    const names: Record<Lang, string> = {
      en: "Turkistan Region + Almaty Region (MSP-ROMPHARM, not split)",
      ru: "Туркестанская область + Алматинская область (МСП-Ромфарм, без разбивки)",
      kk: "Түркістан облысы + Алматы облысы (МСП-Ромфарм, бөлінбеген)",
    };
    for (const lang of LANGS) {
      const table = chartTable(dataset, "jobs", "region", lang);
      const span = row(table, names[lang]);
      expect(span).toMatchObject({ value: 265, qualifier: "around", style: "span" });
      // Nothing split or counted twice: the areas add up to the projects' own sum.
      const areas = table.rows.filter((r) => r.style !== "total");
      expect(areas.reduce((s, r) => s + (r.value ?? 0), 0)).toBe(60 + 200 + 150 + 265);
      expect(areas.some((r) => r.value === 132.5 || r.value === 150 + 132.5)).toBe(false);
    }
  });

  it("counts the Special Economic Zone in Almaty for Almaty city, apart from Almaty Region, as a derived sum", () => {
    const table = chartTable(dataset, "jobs", "region", "en");
    expect(row(table, "Almaty (city)")).toMatchObject({
      value: 260,
      // around 60 + at least 200: a lower bound that is itself approximate.
      qualifier: "at least about",
      style: "derived",
      derived: "~60 + ≥200",
    });
    expect(row(table, "Almaty Region")).toMatchObject({ value: 150, qualifier: "at least", style: "stated" });
    expect(table.notes).toContain(
      "Almaty Region excludes the part of MSP-ROMPHARM's figure that may be there (not split by region).",
    );
    expect(row(chartTable(dataset, "investmentKzt", "region", "en"), "Almaty (city)").value).toBe(97.7);
  });

  it("notices the gap between the projects' medicines and the headline 356", () => {
    const table = chartTable(dataset, "medicines", "company", "en");
    expect(table.notes).toEqual([
      "The projects add up to 54 + 53 + 76 + 101 = 284; the article's total is 356 (72 not attributed to a project).",
    ]);
  });

  it("leaves socially significant counts that the article does not give as not stated", () => {
    const table = chartTable(dataset, "sociallySignificant", "company", "en");
    expect(table.rows.map((r) => r.value)).toEqual([35, 17, null, null, null]);
    expect(table.notes[0]).toContain("a wide range of socially significant drugs");
  });

  it("writes company and place names, notes and numbers in the reader's language", () => {
    const ru = chartTable(dataset, "investmentKzt", "region", "ru");
    expect(ru.rows.map((r) => r.label)).toContain("г. Алматы");
    expect(ru.notes.join(" ")).toContain("38,6 (расчёт: 173 − 58,5 − 39,2 − 36,7)");
    const kk = chartTable(dataset, "jobs", "company", "kk");
    expect(kk.rows.map((r) => r.label)).toEqual([
      "АльтИнФарм",
      "Нобел Алматы фармацевтикалық фабрикасы",
      "Абди Ибраһим Глобал Фарм",
      "МСП-Ромфарм",
      "Мақаладағы жалпы сан",
    ]);
  });

  it("cites every stated value with a verbatim quote that contains it, numbered once per quote", () => {
    const bodies = new Map(knowledge.sources.map((s) => [s.id, s.body]));
    for (const metric of METRICS) {
      for (const groupBy of CHART_GROUPS) {
        const table = chartTable(dataset, metric, groupBy, "en");
        expect(table.citations.map((c) => c.n)).toEqual(table.citations.map((_, i) => i + 1));
        expect(new Set(table.citations.map((c) => c.quote)).size).toBe(table.citations.length);
        for (const r of table.rows) {
          expect(r.cites.length).toBe(r.citations.length);
          if (r.value !== null && r.style !== "derived") expect(r.cites.length).toBe(1);
          for (const [i, c] of r.citations.entries()) {
            expect(bodies.get(c.source)).toContain(c.quote);
            expect(table.citations[(r.cites[i] as number) - 1]?.quote).toBe(c.quote);
          }
        }
        for (const c of table.citations) if (c.figure) expect(c.quote).toContain(c.figure);
      }
    }
  });

  it("turns a partly stated area into a derived lower bound rather than a guess", () => {
    const changed = structuredClone(dataset);
    const nobel = changed.projects.find((p) => p.company === "nobel-almaty");
    if (!nobel) throw new Error("Nobel project missing");
    nobel.investmentKzt = null;
    const table = chartTable(changed, "investmentKzt", "region", "en");
    expect(row(table, "Almaty (city)")).toMatchObject({
      value: 58.5,
      qualifier: "at least",
      style: "derived",
    });
    // Two unknowns cannot be derived from one total.
    expect(table.notes.some((n) => n.includes("would give"))).toBe(false);
  });

  it("after an ingest, compares a headline total with the projects its article announced, as the text answer does", async () => {
    let next = knowledge;
    // A new project elsewhere, then a changed figure of one of the four (both from the held-out articles).
    for (const [i, file] of ["a1-en-karaganda-new-plant.md", "a2-en-abdi-update.md"].entries()) {
      const body = readFileSync(`tests/fixtures/articles/${file}`, "utf8");
      const source = { id: `article-${i + 1}`, title: file, date: `2026-03-0${i + 1}`, body };
      next = planIngest(next, source).knowledge;
    }
    const answerer = new Answerer(next);
    for (const [metric, question, gap] of [
      ["medicines", "how many medicines in total", "72"],
      ["investmentKzt", "total investment of the projects", "2.4"],
    ] as const) {
      const table = chartTable(next.dataset, metric, "company", "en");
      expect(table.rows.map((r) => r.label)).toContain("Qarmed Pharmaceuticals");
      expect(table.notes.find((n) => n.includes("not attributed"))).toContain(`(${gap} not attributed`);
      expect((await answerer.answer(question)).answer).toContain(`= ${gap})`);
    }
  });
});
