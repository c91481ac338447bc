import { beforeAll, describe, expect, it } from "vitest";
import { loadSources } from "../../knowledge/sources.js";
import { rankerQuality } from "../../retrieval/quality.js";
import { coverage, NEAR_MATCH, withinOneEdit } from "../../retrieval/relevance.js";
import { createRetriever, MIN_RELEVANCE, type Retriever } from "../../retrieval/retriever.js";

const sources = loadSources();
const bodies = new Map(sources.map((s) => [s.id, s.body]));
let r: Retriever;

beforeAll(async () => {
  r = await createRetriever(sources);
});

/** Every passage is a verbatim sentence of its source, at its offsets. */
function expectVerbatim(passages: Awaited<ReturnType<Retriever["passages"]>>) {
  for (const p of passages) {
    expect(bodies.get(p.source)?.slice(p.start, p.end)).toBe(p.quote);
    expect(p.title).toBe(sources.find((s) => s.id === p.source)?.title);
  }
}

describe("passages on the English retrieval questions", () => {
  const cases: [string, string, RegExp][] = [
    ["What is the Young Health Program about?", "Young Health Program", /non-communicable.*youth/],
    ["What did Nurbek say about the partnership?", "transfer of advanced technologies", /he said/],
    ["What does the partnership plan for real-world data?", "Real-World Data (RWD)", /analytics/],
    [
      "Where was the AstraZeneca memorandum of understanding signed?",
      "Discovery Centre in Cambridge",
      /memorandum/,
    ],
    ["When did AstraZeneca sign its agreement with SK-Pharmacy?", "In July 2024", /SK-Pharmacy/],
  ];
  for (const [q, first, also] of cases) {
    it(q, async () => {
      const found = await r.passages(q);
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(found.length).toBeLessThanOrEqual(3);
      expect(found[0]?.quote).toContain(first);
      expect(found[0]?.quote).toMatch(also);
      expect(found[0]?.source).toBe("astrazeneca-kazakhstan-partnership");
      expectVerbatim(found);
      const scores = found.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });
  }

  it("cites Nurbek by name beside his quotation", async () => {
    const quotes = (await r.passages("What did Nurbek say about the partnership?")).map((p) => p.quote);
    expect(quotes.some((q) => q.startsWith("Nurbek highlighted"))).toBe(true);
  });

  it("prefers the list item to the list heading", async () => {
    const quotes = (
      await r.passages("What are the strategic areas of the partnership on early diagnosis?")
    ).map((p) => p.quote);
    expect(quotes[0]).toMatch(/^Early Diagnosis and Healthcare Resilience/);
    expect(quotes).not.toContain("The partnership will focus on several strategic areas:");
  });

  it("honours max", async () => {
    expect(await r.passages("What did Nurbek say about the partnership?", { max: 1 })).toHaveLength(1);
  });

  it("finds the sentence despite a typo", async () => {
    expect((await r.passages("What is the Young Helth Program about?"))[0]?.quote).toContain(
      "Young Health Program",
    );
  });
});

describe("the relevance threshold", () => {
  for (const q of [
    "Tell me a joke about cats.",
    "what is the weather in Paris",
    "What is the weather in Almaty?",
    "Who won the football match yesterday?",
    "",
    "😀",
    "What is it?",
  ]) {
    it(`finds nothing for ${JSON.stringify(q)}`, async () => {
      expect(await r.passages(q)).toEqual([]);
    });
  }

  it("uses the expansions for a question in another language", async () => {
    const q = "Где подписали меморандум о взаимопонимании?";
    expect(await r.passages(q)).toEqual([]);
    const found = await r.passages(q, { expansions: ["where", "signed", "memorandum", "understanding"] });
    expect(found[0]?.quote).toContain("Discovery Centre in Cambridge");
    expectVerbatim(found);
  });

  it("can be raised or lowered per retriever", async () => {
    const q = "Which medicines will be made for diabetes and heart failure?";
    expect(await r.passages(q)).not.toEqual([]);
    const strict = await createRetriever(sources, { minRelevance: 1.01 });
    expect(await strict.passages(q)).toEqual([]);
    expect(MIN_RELEVANCE).toBe(0.5);
  });
});

describe("coverage", () => {
  const idf = (t: string) => ({ rare: 3, common: 0.5 })[t] ?? 4;

  it("weighs a rare term more than a common one", () => {
    expect(coverage(["rare", "common"], new Set(["rare"]), idf)).toBeCloseTo(3 / 3.5);
    expect(coverage(["rare", "common"], new Set(["common"]), idf)).toBeCloseTo(0.5 / 3.5);
    expect(coverage(["joke", "common"], new Set(["common"]), idf)).toBeLessThan(MIN_RELEVANCE);
    expect(coverage([], new Set(["common"]), idf)).toBe(0);
  });

  it("gives part credit to a near spelling or derived form of a long word only", () => {
    expect(coverage(["helth"], new Set(["health"]), idf)).toBeCloseTo(NEAR_MATCH);
    expect(coverage(["sign"], new Set(["sing"]), idf)).toBe(0);
    expect(coverage(["partner"], new Set(["partnership"]), idf)).toBeCloseTo(NEAR_MATCH);
    expect(withinOneEdit("program", "programm")).toBe(true);
    expect(withinOneEdit("program", "progrma")).toBe(false);
    expect(withinOneEdit("abcde", "abxde")).toBe(true);
  });
});

/** The English cases of ../shared/eval/questions.json that name a citation (copied: the repo stands alone). */
const EVAL_CITES = [
  { q: "how many jobs in Almaty Region?", cite: "150" },
  { q: "How many jobs will Nobel Almaty Pharmaceutical Factory create?", cite: "200" },
  { q: "What is MSP-ROMPHARM's investment?", cite: "36.7" },
  { q: "How many US dollars is Nobel investing?", cite: "78" },
  { q: "How many medicines will Abdi Ibrahim Global Pharm produce?", cite: "76 medicines" },
  { q: "How many of Nobel's medicines are socially significant?", cite: "17 of which" },
  { q: "Who is MSP-ROMPHARM cooperating with?", cite: "World Medicine" },
  { q: "Where will AltINFARM build its plant?", cite: "Special Economic Zone" },
  { q: "What standard will the Nobel pharmaceutical complex comply with?", cite: "GMP" },
  { q: "Where was the AstraZeneca memorandum of understanding signed?", cite: "Discovery Centre" },
  { q: "What does the partnership plan for real-world data?", cite: "Real-World Data" },
  { q: "What is the Young Health Program about?", cite: "Young Health Program" },
  { q: "When did AstraZeneca sign its agreement with SK-Pharmacy?", cite: "July 2024" },
  { q: "What did Nurbek say about the partnership?", cite: "Nurbek" },
];

describe("rankerQuality on the eval questions", () => {
  it("puts the chunk with the expected citation in the top three for every ranker", async () => {
    const quality = await rankerQuality(r, EVAL_CITES);
    expect(Object.keys(quality).sort()).toEqual(["hybrid", "lexical", "vector"]);
    for (const mode of ["hybrid", "vector", "lexical"] as const) {
      expect(quality[mode].recallAt3).toBeGreaterThanOrEqual(0.9);
      expect(quality[mode].mrr).toBeGreaterThanOrEqual(0.85);
      expect(quality[mode].mrr).toBeLessThanOrEqual(1);
    }
  });

  it("scores a case whose citation is nowhere as a miss", async () => {
    const quality = await rankerQuality(r, [
      { q: "Young Health Program", cite: "text that is in no source" },
    ]);
    expect(quality.hybrid).toEqual({ recallAt3: 0, mrr: 0 });
  });
});
