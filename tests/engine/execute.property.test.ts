import { describe, expect, it } from "vitest";
import type { Figure } from "../../knowledge/schema.js";
import { Answerer } from "../../tools/answer.js";
import { CitationList, compose } from "../../tools/compose.js";
import { EntityIndex } from "../../tools/entities.js";
import { execute } from "../../tools/execute.js";
import { metricOf, within } from "../../tools/figures.js";
import { type Finding, METRICS, type Metric } from "../../tools/findings.js";
import type { QueryInput } from "../../tools/query.js";
import { Query } from "../../tools/query.js";
import { prng, syntheticDataset } from "../helpers/synthetic-dataset.js";

// Hundreds of generated projects over the real gazetteer: the executor's arithmetic must hold for
// any data, not only for the four projects of the seed articles.
const { dataset, sources } = syntheticDataset(300);
const entities = new EntityIndex(dataset);
const rand = prng(11);
const run = (q: QueryInput) => execute(Query.parse(q), dataset).findings;
const of = <K extends Finding["kind"]>(findings: Finding[], kind: K) =>
  findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
const attributeOf = (m: Metric) => ({
  attributes: [m === "investmentUsd" ? "investmentKzt" : m] as QueryInput["attributes"],
  unit: m === "investmentUsd" ? ("USD" as const) : m === "investmentKzt" ? ("KZT" as const) : undefined,
});
const companies = dataset.projects.map((p) => p.company);
const sample = (n: number) => companies.filter(() => rand() < n / companies.length);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));
const total = (fs: Figure[]) => fs.reduce((s, f) => s + f.value, 0);

describe.each(METRICS)("executor on %s over 300 generated projects", (metric) => {
  it("a sum equals the sum of its stated parts; a missing figure is named, never added as zero", () => {
    for (let round = 0; round < 20; round++) {
      const chosen = sample(12);
      if (chosen.length < 2) continue;
      const findings = run({
        ...attributeOf(metric),
        operation: "sum",
        subjects: chosen.map((id) => ({ type: "organisation", id })),
      });
      const stated = chosen.filter((id) =>
        dataset.projects.some((p) => p.company === id && metricOf(p, metric)),
      );
      const [s] = of(findings, "sum");
      if (stated.length < 2) {
        expect(s).toBeUndefined();
        continue;
      }
      expect(s?.derived.inputs).toHaveLength(stated.length);
      expect(near(s?.derived.value ?? Number.NaN, total(s?.derived.inputs ?? []))).toBe(true);
      expect(s?.missing.map((m) => m.id).sort()).toEqual(chosen.filter((id) => !stated.includes(id)).sort());
      expect(s?.derived.inputs.every((f) => f.value > 0)).toBe(true);
    }
  });

  it("the national sum covers every stated project and names the rest", () => {
    const [s] = of(run({ ...attributeOf(metric), operation: "sum" }), "sum");
    const stated = dataset.projects.filter((p) => metricOf(p, metric));
    expect(
      near(s?.derived.value ?? Number.NaN, total(stated.map((p) => metricOf(p, metric) as Figure))),
    ).toBe(true);
    expect((s?.subjects.length ?? 0) + (s?.missing.length ?? 0)).toBe(dataset.projects.length);
  });

  it("a ranking is ordered and leaves out only the unstated", () => {
    for (const operation of ["max", "min"] as const) {
      const [r] = of(run({ ...attributeOf(metric), operation }), "rank");
      const values = r?.ranked.map((x) => x.figure.value) ?? [];
      const sorted = [...values].sort((a, b) => (operation === "max" ? b - a : a - b));
      expect(values).toEqual(sorted);
      expect(values.length + (r?.missing.length ?? 0)).toBe(dataset.projects.length);
    }
    const [top] = of(run({ ...attributeOf(metric), operation: "rank", limit: 5 }), "rank");
    expect(top?.ranked).toHaveLength(5);
  });

  it("a grouping by region adds up to the total, each project counted once and never divided", () => {
    const [g] = of(run({ ...attributeOf(metric), operation: "sum", groupBy: "region" }), "group");
    const grouped = (g?.groups ?? []).reduce((s, x) => s + x.derived.value, 0);
    const unsplit = total((g?.unsplit ?? []).map((u) => u.figure));
    const stated = dataset.projects.filter((p) => metricOf(p, metric));
    expect(near(grouped + unsplit, total(stated.map((p) => metricOf(p, metric) as Figure)))).toBe(true);
    const seen = [
      ...(g?.groups ?? []).flatMap((x) => x.parts.map((p) => p.subject.id)),
      ...(g?.unsplit ?? []).map((u) => u.subject.id),
    ];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length + (g?.missing.length ?? 0)).toBe(dataset.projects.length);
  });

  it("a place's figures come only from projects inside it (containment: a city or SEZ is in its region)", () => {
    for (const region of dataset.places.filter((p) => p.kind === "region").slice(0, 6)) {
      const findings = run({
        ...attributeOf(metric),
        operation: "value",
        subjects: [{ type: "place", id: region.id }],
      });
      for (const v of of(findings, "value")) {
        const project = dataset.projects.find((p) => p.company === v.subject.id);
        expect(project?.sites.every((s) => within(dataset, s.place, region.id))).toBe(true);
      }
      for (const s of of(findings, "spans")) {
        const project = dataset.projects.find((p) => p.company === s.subject.id);
        expect(project?.sites.some((x) => within(dataset, x.place, region.id))).toBe(true);
        expect(project?.sites.every((x) => within(dataset, x.place, region.id))).toBe(false);
      }
    }
  });
});

describe("answers over generated projects", () => {
  /** Numbers as the answer writes them (1,234.5 in English). */
  const numbers = (text: string) =>
    (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, "")));

  it("every figure in an answer is in one of its citations, or is a derived result shown with its arithmetic", () => {
    const queries: QueryInput[] = [];
    for (const m of METRICS) {
      queries.push({
        ...attributeOf(m),
        operation: "sum",
        subjects: sample(5).map((id) => ({ type: "organisation", id })),
      });
      queries.push({ ...attributeOf(m), operation: "max", limit: 3 });
      queries.push({ ...attributeOf(m), operation: "sum" });
      queries.push({ ...attributeOf(m), operation: "average" });
      queries.push({ ...attributeOf(m), operation: "sum", groupBy: "region" });
      queries.push({
        ...attributeOf(m),
        operation: "compare",
        subjects: sample(3)
          .slice(0, 2)
          .map((id) => ({ type: "organisation", id })),
      });
      queries.push({
        ...attributeOf(m),
        operation: "value",
        subjects: [{ type: "place", id: "almaty-region" }],
      });
    }
    for (const q of queries) {
      const citations = new CitationList(sources, "en");
      const { text } = compose(run(q), { lang: "en", dataset, entities, citations });
      const cited = new Set(citations.items.flatMap((c) => numbers(c.quote)));
      // A derived value is allowed only where its arithmetic is written out ("… = 97.7", "≈ 22.2").
      const derived = new Set(numbers((text.match(/[=≈÷×+−-]\s*[\d.,]+/g) ?? []).join(" ")));
      const names = new Set(numbers(text.match(/Synthpharm \d+/g)?.join(" ") ?? ""));
      const marks = new Set(numbers(text.match(/\[\d+\]/g)?.join(" ") ?? ""));
      for (const n of numbers(text.replace(/\(derived: [^)]*\)/g, " "))) {
        if (names.has(n) || marks.has(n)) continue;
        expect(cited.has(n) || derived.has(n), `${n} in: ${text.slice(0, 300)}`).toBe(true);
      }
      for (const n of [...derived]) if (!cited.has(n)) expect(text).toMatch(/derived|=|≈/);
    }
  });

  it("lists companies from other sources with the sentences that tell of them, not the approval of four", async () => {
    const [list] = of(run({ attributes: ["companies"], operation: "list" }), "list");
    expect(list?.items).toHaveLength(dataset.projects.length);
    expect(list?.agreed).toBe(false);
    for (const item of list?.items ?? [])
      expect(item.citation.quote).toContain(`Synthpharm ${item.ref.id.slice(6)} `);
  });

  it("the parser knows companies and places that only the data names", async () => {
    const answerer = new Answerer({ dataset, sources });
    for (const i of [3, 42, 199]) {
      const jobs = dataset.projects[i]?.jobs;
      const a = await answerer.answer(`how many jobs will synthpharm ${i} create`);
      expect(a.route).toBe("tool");
      expect(a.understood).toMatch(new RegExp(`jobs · .* · Synthpharm ${i}$`));
      if (jobs) expect(a.answer).toContain(jobs.text);
      else expect(a.answer).toMatch(/do not state/);
    }
  });
});
