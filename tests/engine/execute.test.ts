import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { Answerer } from "../../tools/answer.js";
import { execute } from "../../tools/execute.js";
import { differenceQualifier } from "../../tools/figures.js";
import type { Finding } from "../../tools/findings.js";
import { Query, type QueryInput } from "../../tools/query.js";

const { dataset, sources } = loadKnowledge();
// Named queries run through the one executor: what a question about each reads into.
const run = (query: QueryInput): Finding[] => execute(Query.parse(query), dataset).findings;
const org = (id: string) => ({ type: "organisation" as const, id });
const place = (id: string) => ({ type: "place" as const, id });
const of = <K extends Finding["kind"]>(findings: Finding[], kind: K) =>
  findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
/** Investment per job in a currency, for one company. */
const perJob = (unit: "KZT" | "USD", company: string) =>
  run({ attributes: ["investmentKzt"], unit, per: "jobs", operation: "ratio", subjects: [org(company)] });
const bodies = new Map(sources.map((s) => [s.id, s.body]));

/** Every citation anywhere in the findings is verbatim in its source. */
function expectVerbatim(findings: Finding[]) {
  const text = JSON.stringify(findings);
  for (const m of text.matchAll(/"source":"([^"]+)","quote":"((?:[^"\\]|\\.)*)"/g)) {
    expect(bodies.get(m[1] as string)).toContain(JSON.parse(`"${m[2]}"`));
  }
}

describe("named queries through the executor on the real dataset", () => {
  it("looks up a figure with its qualifier and citation", async () => {
    const [f] = of(
      run({ attributes: ["jobs"], operation: "value", subjects: [org("nobel-almaty")] }),
      "value",
    );
    expect(f?.figure).toMatchObject({ value: 200, qualifier: "at least" });
    expect(f?.figure.citation.quote).toContain("at least 200 jobs");
  });

  it("says a figure is not stated and offers the derived remainder, labelled", async () => {
    const findings = run({
      attributes: ["investmentKzt"],
      unit: "KZT",
      operation: "value",
      subjects: [org("abdi-ibrahim")],
    });
    expect(of(findings, "notStated")).toHaveLength(1);
    const [r] = of(findings, "remainder");
    expect(r?.derived.value).toBe(38.6);
    expect(r?.derived.inputs.map((i) => i.value)).toEqual([173, 58.5, 39.2, 36.7]);
    expect(
      of(
        run({ attributes: ["sociallySignificant"], operation: "value", subjects: [org("msp-rompharm")] }),
        "notStated",
      ),
    ).toHaveLength(1);
  });

  it("keeps Almaty city and Almaty Region apart", async () => {
    const city = run({ attributes: ["jobs"], operation: "value", subjects: [place("almaty")] });
    expect(of(city, "value").map((v) => v.subject.id)).toEqual(["altinfarm", "nobel-almaty"]);
    expect(of(city, "sum")[0]?.derived).toMatchObject({ value: 260, qualifier: "at least about" });

    const region = run({ attributes: ["jobs"], operation: "value", subjects: [place("almaty-region")] });
    expect(of(region, "value").map((v) => v.subject.id)).toEqual(["abdi-ibrahim"]);
    expect(of(region, "sum")).toHaveLength(0);
    // MSP-ROMPHARM spans two regions: reported as such, never divided.
    const [span] = of(region, "spans");
    expect(span?.figure.value).toBe(265);
    expect(span?.places.map((p) => p.id)).toEqual(["turan-sez", "almaty-region"]);
    expect(JSON.stringify(region)).not.toMatch(/132\.5|"value":260/);
  });

  it("totals with a check against the headline, noting the medicines gap", async () => {
    const medicines = run({ attributes: ["medicines"], operation: "sum" });
    // The headline is the figure of the set of projects its article announced.
    expect(of(medicines, "scopeFigure")[0]?.figure.value).toBe(356);
    expect(of(medicines, "gap")[0]?.listed.value).toBe(284);
    // The announced set covers every project known: no second, partial total beside its headline.
    expect(of(medicines, "sum")).toHaveLength(0);
    const jobs = run({ attributes: ["jobs"], operation: "sum", stated: true });
    expect(of(jobs, "sum")[0]?.derived.value).toBe(675);
    expect(of(jobs, "gap")).toHaveLength(0);
    // "the sum of the investments stated per company" asks for that partial sum, named as such.
    const investment = run({ attributes: ["investmentKzt"], unit: "KZT", operation: "sum", stated: true });
    expect(of(investment, "sum")[0]).toMatchObject({
      derived: { value: 134.4 },
      missing: [{ id: "abdi-ibrahim" }],
    });
    expect(of(run({ attributes: ["investmentKzt"], unit: "KZT", operation: "sum" }), "sum")).toHaveLength(0);
    expectVerbatim([...medicines, ...jobs, ...investment]);
  });

  it("compares two companies with a derived difference", async () => {
    const findings = run({
      attributes: ["investmentKzt"],
      unit: "KZT",
      operation: "compare",
      subjects: [org("altinfarm"), org("nobel-almaty")],
    });
    const [d] = of(findings, "difference");
    expect(d).toMatchObject({
      more: { id: "altinfarm" },
      less: { id: "nobel-almaty" },
      derived: { value: 19.3, op: "difference" },
    });
  });

  it("ranks, leaving unstated figures out of the ranking", async () => {
    const [most] = of(run({ attributes: ["medicines"], operation: "max" }), "rank");
    expect(most?.ranked.map((r) => r.figure.value)).toEqual([101, 76, 54, 53]);
    const [least] = of(run({ attributes: ["investmentKzt"], unit: "KZT", operation: "min" }), "rank");
    expect(least?.ranked[0]?.subject.id).toBe("msp-rompharm");
    expect(least?.missing.map((m) => m.id)).toEqual(["abdi-ibrahim"]);
    const [inCity] = of(run({ attributes: ["jobs"], operation: "max", subjects: [place("almaty")] }), "rank");
    expect(inCity?.ranked.map((r) => r.subject.id)).toEqual(["nobel-almaty", "altinfarm"]);
  });

  it("derives investment per job, bounding it when jobs are a minimum", async () => {
    const [alt] = of(perJob("KZT", "altinfarm"), "ratio");
    expect(alt?.derived).toMatchObject({
      value: 975,
      qualifier: "approximately",
      unit: "million KZT per job",
    });
    const [nobel] = of(perJob("KZT", "nobel-almaty"), "ratio");
    expect(nobel?.derived).toMatchObject({ value: 196, qualifier: "at most" });
    // Abdi Ibrahim's investment is not stated: asked alone, the headline's remainder per job,
    // each step derived (its remainder, then the ratio), never a stated figure.
    const abdi = perJob("USD", "abdi-ibrahim");
    expect(of(abdi, "remainder")).toHaveLength(1);
    expect(of(abdi, "ratio")[0]?.derived).toMatchObject({ value: 0.687, qualifier: "at most" });
  });

  it("lists companies, partners and places", async () => {
    const [companies] = of(run({ attributes: ["companies"], operation: "list" }), "list");
    expect(companies?.items.map((i) => i.ref.id)).toEqual([
      "altinfarm",
      "nobel-almaty",
      "abdi-ibrahim",
      "msp-rompharm",
    ]);
    const [inRegion] = of(
      run({ attributes: ["companies"], operation: "list", subjects: [place("almaty-region")] }),
      "list",
    );
    expect(inRegion?.items.map((i) => i.ref.id)).toEqual(["abdi-ibrahim", "msp-rompharm"]);
    const [partners] = of(
      run({ attributes: ["partners"], operation: "list", subjects: [org("altinfarm")] }),
      "list",
    );
    expect(partners?.items.map((i) => i.ref.id)).toEqual(["sinopharm", "sinovac", "kangtai"]);
    expect(of(run({ attributes: ["sites"], operation: "list" }), "location")).toHaveLength(4);
  });

  it("finds agreements by party and by date, without inventing a year", async () => {
    const [sk] = of(
      run({ attributes: ["dates"], operation: "list", subjects: [org("astrazeneca"), org("sk-pharmacy")] }),
      "agreement",
    );
    expect(sk?.date).toMatchObject({ year: 2024, month: 7 });
    const april = of(
      run({ attributes: ["dates"], operation: "list", time: { year: 2024, month: 4 } }),
      "agreement",
    );
    expect(april.map((a) => a.agreement.id)).toEqual(["astrazeneca-contract-manufacturing"]);
    const [mou] = of(
      run({
        attributes: ["dates"],
        operation: "value",
        subjects: [{ type: "agreement", id: "astrazeneca-mou" }],
      }),
      "agreement",
    );
    expect(mou?.date).toMatchObject({ month: 1, day: 26 });
    expect(mou?.date?.year).toBeUndefined();
  });

  it("answers who is who", async () => {
    const [ceo] = of(run({ attributes: ["roles"], operation: "value", role: ["ceo"] }), "role");
    expect(ceo?.person.id).toBe("maria-shipuleva");
    const [pm] = of(
      run({
        attributes: ["roles"],
        operation: "value",
        subjects: [{ type: "person", id: "olzhas-bektenov" }],
      }),
      "role",
    );
    expect(pm?.fact.text).toBe("Kazakh Prime Minister");
  });

  it("rejects a query that does not fit the query's zod schema", () => {
    expect(() => run({ attributes: ["happiness" as "jobs"], operation: "value" })).toThrow();
    expect(() => run({ attributes: ["jobs"], operation: "divide" as "ratio" })).toThrow();
    expect(() => run({ attributes: [], operation: "compare", subjects: [org("altinfarm")] })).toThrow();
  });
});

describe("a difference keeps what its figures' qualifiers allow", () => {
  it.each([
    ["exact", ["exact"], "exact"],
    ["at least", ["exact"], "at least"],
    ["exact", ["at least"], "at most"],
    ["at least", ["at least"], "exact"],
    ["around", ["around"], "approximately"],
    ["approximately", ["at least", "exact"], "at most about"],
    ["at least", ["around"], "at least about"],
  ] as const)("%s minus %j is %s", (a, bs, expected) => {
    expect(differenceQualifier(a, [...bs])).toBe(expected);
  });

  it("two minimums: the gap of the stated figures, said as such, never 'approximately' (en/ru/kk)", async () => {
    for (const [q, note] of [
      ["how many more jobs will nobel create than abdi ibrahim", /Both figures are stated as minimums/],
      ["на сколько у нобела больше рабочих мест чем у абди", /Оба показателя указаны как минимальные/],
      ["нобелде абдиге қарағанда қанша жұмыс орны артық", /Екі көрсеткіш те ең аз мән/],
    ] as const) {
      const a = await new Answerer(loadKnowledge()).answer(q);
      expect(a.answer, q).toMatch(note);
      expect(a.answer, q).not.toMatch(/approximately 50|примерно на 50|шамамен 50/);
    }
  });
});

describe("a ranking in a place ranks only figures wholly there", () => {
  it("a company whose one figure covers two regions is said so, never ranked as the place's (en/ru)", async () => {
    const answerer = new Answerer(loadKnowledge());
    const turkistan = await answerer.answer("which company invests the most in turkistan region");
    expect(turkistan.answer).toMatch(/not split by region/);
    expect(turkistan.answer).not.toMatch(/has the (most|largest) investment/);
    const almaty = await answerer.answer("кто создаст больше всех рабочих мест в алматинской области");
    expect(almaty.answer).toMatch(/^Среди проектов, целиком расположенных/);
    expect(almaty.answer).toMatch(/не разделён по регионам/);
    // A place every ranked project lies wholly in needs no such word.
    expect((await answerer.answer("which company makes the most medicines in almaty")).answer).toMatch(
      /^AltINFARM has the most medicines/,
    );
  });
});
