import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { asLangChainTools, figureTools } from "../../tools/figure-tools.js";
import type { Finding } from "../../tools/figures.js";

const { dataset, sources } = loadKnowledge();
// The LangChain StructuredTools an agent would get: the same tools the router calls directly.
const tools = await asLangChainTools(figureTools(dataset));
const call = async (name: string, input: Record<string, unknown>) => {
  const tool = tools.get(name);
  if (!tool) throw new Error(`no tool ${name}`);
  return (await tool.invoke(input)) as Finding[];
};
const of = <K extends Finding["kind"]>(findings: Finding[], kind: K) =>
  findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
const bodies = new Map(sources.map((s) => [s.id, s.body]));

/** Every citation anywhere in the findings is verbatim in its source. */
function expectVerbatim(findings: Finding[]) {
  const text = JSON.stringify(findings);
  for (const m of text.matchAll(/"source":"([^"]+)","quote":"((?:[^"\\]|\\.)*)"/g)) {
    expect(bodies.get(m[1] as string)).toContain(JSON.parse(`"${m[2]}"`));
  }
}

describe("figure tools on the real dataset", () => {
  it("looks up a figure with its qualifier and citation", async () => {
    const [f] = of(await call("metric_lookup", { metric: "jobs", company: "nobel-almaty" }), "value");
    expect(f?.figure).toMatchObject({ value: 200, qualifier: "at least" });
    expect(f?.figure.citation.quote).toContain("at least 200 jobs");
  });

  it("says a figure is not stated and offers the derived remainder, labelled", async () => {
    const findings = await call("metric_lookup", { metric: "investmentKzt", company: "abdi-ibrahim" });
    expect(of(findings, "notStated")).toHaveLength(1);
    const [r] = of(findings, "remainder");
    expect(r?.derived.value).toBe(38.6);
    expect(r?.derived.inputs.map((i) => i.value)).toEqual([173, 58.5, 39.2, 36.7]);
    expect(
      of(
        await call("metric_lookup", { metric: "sociallySignificant", company: "msp-rompharm" }),
        "notStated",
      ),
    ).toHaveLength(1);
  });

  it("keeps Almaty city and Almaty Region apart", async () => {
    const city = await call("metric_lookup", { metric: "jobs", place: "almaty" });
    expect(of(city, "value").map((v) => v.subject.id)).toEqual(["altinfarm", "nobel-almaty"]);
    expect(of(city, "sum")[0]?.derived).toMatchObject({ value: 260, qualifier: "at least about" });

    const region = await call("metric_lookup", { metric: "jobs", place: "almaty-region" });
    expect(of(region, "value").map((v) => v.subject.id)).toEqual(["abdi-ibrahim"]);
    expect(of(region, "sum")).toHaveLength(0);
    // MSP-ROMPHARM spans two regions: reported as such, never divided.
    const [span] = of(region, "spans");
    expect(span?.figure.value).toBe(265);
    expect(span?.places.map((p) => p.id)).toEqual(["turan-sez", "almaty-region"]);
    expect(JSON.stringify(region)).not.toMatch(/132\.5|"value":260/);
  });

  it("totals with a check against the headline, noting the medicines gap", async () => {
    const medicines = await call("metric_total", { metric: "medicines" });
    // The headline is the figure of the set of projects its article announced.
    expect(of(medicines, "scopeFigure")[0]?.figure.value).toBe(356);
    expect(of(medicines, "sum")[0]?.derived.value).toBe(284);
    expect(of(medicines, "gap")).toHaveLength(1);
    const jobs = await call("metric_total", { metric: "jobs" });
    expect(of(jobs, "sum")[0]?.derived.value).toBe(675);
    expect(of(jobs, "gap")).toHaveLength(0);
    const investment = await call("metric_total", { metric: "investmentKzt" });
    expect(of(investment, "sum")[0]).toMatchObject({
      derived: { value: 134.4 },
      missing: [{ id: "abdi-ibrahim" }],
    });
    expectVerbatim([...medicines, ...jobs, ...investment]);
  });

  it("compares two companies with a derived difference", async () => {
    const findings = await call("compare_companies", {
      metric: "investmentKzt",
      companies: ["altinfarm", "nobel-almaty"],
    });
    const [d] = of(findings, "difference");
    expect(d).toMatchObject({
      more: { id: "altinfarm" },
      less: { id: "nobel-almaty" },
      derived: { value: 19.3, op: "difference" },
    });
  });

  it("ranks, leaving unstated figures out of the ranking", async () => {
    const [most] = of(await call("rank_companies", { metric: "medicines", order: "most" }), "rank");
    expect(most?.ranked.map((r) => r.figure.value)).toEqual([101, 76, 54, 53]);
    const [least] = of(await call("rank_companies", { metric: "investmentKzt", order: "least" }), "rank");
    expect(least?.ranked[0]?.subject.id).toBe("msp-rompharm");
    expect(least?.missing.map((m) => m.id)).toEqual(["abdi-ibrahim"]);
    const [inCity] = of(
      await call("rank_companies", { metric: "jobs", order: "most", place: "almaty" }),
      "rank",
    );
    expect(inCity?.ranked.map((r) => r.subject.id)).toEqual(["nobel-almaty", "altinfarm"]);
  });

  it("derives investment per job, bounding it when jobs are a minimum", async () => {
    const [alt] = of(await call("investment_per_job", { currency: "KZT", company: "altinfarm" }), "ratio");
    expect(alt?.derived).toMatchObject({
      value: 975,
      qualifier: "approximately",
      unit: "million KZT per job",
    });
    const [nobel] = of(
      await call("investment_per_job", { currency: "KZT", company: "nobel-almaty" }),
      "ratio",
    );
    expect(nobel?.derived).toMatchObject({ value: 196, qualifier: "at most" });
    expect(
      of(await call("investment_per_job", { currency: "USD", company: "abdi-ibrahim" }), "ratioUnavailable"),
    ).toHaveLength(1);
  });

  it("lists companies, partners and places", async () => {
    const [companies] = of(await call("list_companies", {}), "list");
    expect(companies?.items.map((i) => i.ref.id)).toEqual([
      "altinfarm",
      "nobel-almaty",
      "abdi-ibrahim",
      "msp-rompharm",
    ]);
    const [inRegion] = of(await call("list_companies", { place: "almaty-region" }), "list");
    expect(inRegion?.items.map((i) => i.ref.id)).toEqual(["abdi-ibrahim", "msp-rompharm"]);
    const [partners] = of(await call("list_partners", { company: "altinfarm" }), "list");
    expect(partners?.items.map((i) => i.ref.id)).toEqual(["sinopharm", "sinovac", "kangtai"]);
    expect(of(await call("list_places", {}), "location")).toHaveLength(4);
  });

  it("finds agreements by party and by date, without inventing a year", async () => {
    const [sk] = of(await call("agreements", { parties: ["astrazeneca", "sk-pharmacy"] }), "agreement");
    expect(sk?.date).toMatchObject({ year: 2024, month: 7 });
    const april = of(await call("agreements", { parties: [], year: 2024, month: 4 }), "agreement");
    expect(april.map((a) => a.agreement.id)).toEqual(["astrazeneca-contract-manufacturing"]);
    const [mou] = of(
      await call("agreement_details", { agreement: "astrazeneca-mou", aspect: "date" }),
      "agreement",
    );
    expect(mou?.date).toMatchObject({ month: 1, day: 26 });
    expect(mou?.date?.year).toBeUndefined();
  });

  it("answers who is who", async () => {
    const [ceo] = of(await call("who_is", { role: "ceo" }), "role");
    expect(ceo?.person.id).toBe("maria-shipuleva");
    const [pm] = of(await call("who_is", { person: "olzhas-bektenov" }), "role");
    expect(pm?.fact.text).toBe("Kazakh Prime Minister");
  });

  it("gives an agent the same tools, with the same results, that the router calls directly", async () => {
    const direct = figureTools(dataset);
    expect([...tools.keys()]).toEqual([...direct.keys()]);
    const input = { metric: "jobs", place: "almaty-region" };
    expect(await call("metric_lookup", input)).toEqual(direct.get("metric_lookup")?.invoke(input));
    expect(() => direct.get("metric_lookup")?.invoke({ metric: "happiness" })).toThrow();
  });

  it("rejects input that does not fit the tool's zod schema", async () => {
    await expect(call("metric_lookup", { metric: "happiness" })).rejects.toThrow();
    await expect(call("compare_companies", { metric: "jobs", companies: ["altinfarm"] })).rejects.toThrow();
  });
});
