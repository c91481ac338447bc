import { describe, expect, it } from "vitest";
import { type Claim, claimId } from "../../knowledge/claims.js";
import { planIngest } from "../../knowledge/ingest.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { buildView, currentFigure } from "../../knowledge/view.js";

const base = loadKnowledge();

function figure(value: number, date: string | null, extra: Partial<Claim> = {}): Claim {
  const quote = `The plant will create ${value} jobs.`;
  const c = {
    subject: { type: "project" as const, id: "p" },
    attribute: "jobs" as const,
    value: {
      kind: "figure" as const,
      value,
      text: String(value),
      unit: "jobs" as const,
      qualifier: "exact" as const,
    },
    source: `s-${value}-${date}`,
    start: 0,
  };
  return {
    ...c,
    id: claimId(c),
    quote,
    end: quote.length,
    date,
    method: "extracted",
    status: "active",
    ...extra,
  };
}

describe("the current view of a figure", () => {
  it("takes the newest source and keeps older values as earlier, newest first", () => {
    const f = currentFigure([
      figure(150, "2026-01-23"),
      figure(200, "2026-06-01"),
      figure(180, "2026-04-10"),
    ]);
    expect(f?.value).toBe(200);
    expect(f?.earlier?.map((e) => [e.value, e.date])).toEqual([
      [180, "2026-04-10"],
      [150, "2026-01-23"],
    ]);
    expect(f?.disputed).toBeUndefined();
  });

  it("shows a same-date disagreement as disputed, never picking silently", () => {
    const f = currentFigure([figure(150, "2026-04-10"), figure(180, "2026-04-10")]);
    expect([f?.value, ...(f?.disputed ?? []).map((d) => d.value)].sort()).toEqual([150, 180]);
  });

  it("keeps a held value out of the figure but shows it as disputed; a rejected one is history only", () => {
    const held = currentFigure([figure(60, "2026-01-23"), figure(60_000, "2026-07-01", { status: "held" })]);
    expect(held?.value).toBe(60);
    expect(held?.disputed?.map((d) => d.value)).toEqual([60_000]);
    const rejected = currentFigure([
      figure(60, "2026-01-23"),
      figure(60_000, "2026-07-01", { status: "rejected" }),
    ]);
    expect(rejected).toMatchObject({ value: 60 });
    expect(rejected?.disputed).toBeUndefined();
  });

  it("takes an undated release added later as newer than what was known when it came", () => {
    const f = currentFigure([figure(150, "2026-01-23"), figure(180, null)]);
    expect(f?.value).toBe(180);
    expect(f?.earlier?.map((e) => e.value)).toEqual([150]);
  });

  it("does not list a value repeated by a newer source as a change", () => {
    const f = currentFigure([figure(76, "2026-01-23"), figure(76, "2026-04-10")]);
    expect(f?.earlier).toBeUndefined();
    expect(f?.citation.source).toBe("s-76-2026-04-10");
  });
});

describe("the view of the curated knowledge", () => {
  it("is the curated dataset itself, dated, with the headline totals as its set's figures, when no article has been ingested", () => {
    const view = buildView({ curated: base.curated, organisations: [], claims: base.claims });
    expect({ ...view, scopes: [] }).toEqual({
      ...base.curated,
      scopes: [],
      projects: base.curated.projects.map((p) => ({ ...p, reported: "2026-01-23" })),
    });
    const set = view.scopes.find((s) => s.agreement === "pharma-investment-agreements");
    expect(set?.figures.jobs).toEqual(base.curated.totals.jobs);
    expect(set?.figures.investmentKzt).toEqual(base.curated.totals.investmentKzt);
  });

  it("adds a new company's project with its figures, sites and stage, and a more precise site replaces a broader one", () => {
    const body =
      "Kokshetau Bio LLP will build a plant in the Akmola Region. The plant will cost 5 billion tenge and create around 90 jobs.\n\nThe plant will be located in Kokshetau.";
    const plan = planIngest(base, { id: "kokshetau-bio", title: "Kokshetau Bio", date: "2026-05-01", body });
    const project = plan.knowledge.dataset.projects.find((p) => p.company === "kokshetau-bio");
    expect(project?.jobs).toMatchObject({ value: 90, qualifier: "around" });
    expect(project?.investmentKzt?.value).toBe(5);
    expect(project?.sites.map((s) => s.place)).toEqual(["kokshetau"]);
    expect(project?.stage?.value).toBe("planned");
    expect(project?.reported).toBe("2026-05-01");
    expect(plan.knowledge.dataset.organisations.some((o) => o.id === "kokshetau-bio")).toBe(true);
  });

  it("holds a value ten times out of line with the current one for review", () => {
    const body = "AltINFARM's plant will create 60,000 jobs, the company said.";
    const plan = planIngest(base, { id: "typo", title: "Typo", date: "2026-07-01", body });
    expect(plan.rows.map((r) => [r.claim.attribute, r.change, r.claim.status])).toContainEqual([
      "jobs",
      "held",
      "held",
    ]);
    const jobs = plan.knowledge.dataset.projects.find((p) => p.company === "altinfarm")?.jobs;
    expect(jobs?.value).toBe(60);
    expect(jobs?.disputed?.[0]?.value).toBe(60_000);
  });

  it("marks a contradiction within one article as disputed", () => {
    const body =
      "Nobel Almaty Pharmaceutical Factory will create 250 jobs.\n\nNobel Almaty Pharmaceutical Factory will create 300 jobs, the akimat said.";
    const plan = planIngest(base, { id: "contra", title: "Contra", date: "2026-02-02", body });
    const jobs = plan.knowledge.dataset.projects.find((p) => p.company === "nobel-almaty")?.jobs;
    expect([jobs?.value, ...(jobs?.disputed ?? []).map((d) => d.value)].sort()).toEqual([250, 300]);
  });
});
