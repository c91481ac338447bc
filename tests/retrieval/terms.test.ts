import { describe, expect, it } from "vitest";
import { coverage, FRAME_MISS, relevance, weigh } from "../../retrieval/relevance.js";
import { sameWord, skeleton } from "../../retrieval/skeleton.js";
import { analyzeQuestion, keysOf } from "../../retrieval/terms.js";
import { analyseSource, unitsOf } from "../../retrieval/units.js";
import { COGNATE_CREDIT, TYPO_CREDIT, Vocabulary } from "../../retrieval/vocabulary.js";

const words = (q: string) => analyzeQuestion(q).slots.map((s) => s.words.join(" "));

describe("reading a question", () => {
  it("keeps the content words and drops the frame, in English, Russian and Kazakh", () => {
    expect(words("early diagnosis part - what does it involve")).toEqual(["early", "diagnosis"]);
    expect(words("anything about green tech in the az memo")).toEqual(["green", "tech", "az", "memo"]);
    expect(words("что входит в раннюю диагностику")).toEqual(["раннюю", "диагностику"]);
    expect(words("ерте диагностика бағыты нені қамтиды")).toEqual(["ерте", "диагностика", "бағыты"]);
  });

  it("sets what kind of answer is asked from the question words, which are no content", () => {
    expect([...analyzeQuestion("when will the plant open").asks]).toEqual(["time"]);
    expect([...analyzeQuestion("зачем было соглашение апреля 2024").asks]).toEqual(["purpose"]);
    expect([...analyzeQuestion("Шымкентке қанша ақша салынады").asks]).toEqual(["quantity"]);
    expect([...analyzeQuestion("where is astrazeneca from").asks]).toEqual(["origin"]);
    expect(words("whats the point of the memorandum")).toEqual(["memorandum"]);
  });

  it("reads a phrase of the vocabulary as one slot", () => {
    expect(words("what r they doing with real world data")).toEqual(["real world", "data"]);
    expect(words("Түркістан облысында қанша жұмыс орны ашылады")).toContain("жұмыс орны");
  });

  it("gives a word its concept, the same in the three languages, and kin concepts part credit", () => {
    const concepts = (q: string) => analyzeQuestion(q).slots.flatMap((s) => [...s.alts.keys()]);
    for (const q of ["green technologies", "зеленые технологии", "жасыл технологиялар"]) {
      expect(concepts(q)).toEqual(expect.arrayContaining(["c:green", "c:technology"]));
    }
    const memo = analyzeQuestion("mou").slots[0]?.alts;
    expect(memo?.get("c:memorandum")).toBe(1);
    expect(memo?.get("c:accord")).toBeLessThan(1);
    // A Kazakh word keeps its concept when its last consonant is voiced by an ending.
    expect(concepts("денсаулығы")).toContain("c:health");
  });

  it("marks dates, years and numbers in a text, and a day beside its month as a date", () => {
    expect(keysOf("In April 2024 they signed")).toEqual(expect.arrayContaining(["c:april", "f:time"]));
    expect(keysOf("On January 26 it was signed")).not.toContain("f:quantity");
    expect(keysOf("around 60 jobs")).toContain("f:quantity");
  });
});

describe("sound skeletons", () => {
  it("meet a name or loanword across scripts", () => {
    for (const [a, b] of [
      ["нұрбек", "nurbek"],
      ["астразенека", "astrazeneca"],
      ["химфарм", "chimpharm"],
      ["ибрагим", "ibrahim"],
      ["диагностика", "diagnosis"],
      ["технологиялар", "technolog"],
      ["дженерик", "generic"],
    ]) {
      expect(sameWord(skeleton(a as string), skeleton(b as string)), `${a} ~ ${b}`).toBe(true);
    }
  });

  it("keep different words apart", () => {
    for (const [a, b] of [
      ["стадии", "stage"],
      ["нобел", "novartis"],
      ["пфайзер", "bayer"],
      ["ск", "sko"],
    ]) {
      expect(sameWord(skeleton(a as string), skeleton(b as string)), `${a} ≁ ${b}`).toBe(false);
    }
  });
});

describe("Vocabulary", () => {
  const v = new Vocabulary();
  for (const text of [
    "Nurbek visited AstraZeneca's Discovery Centre.",
    "The partnership supports health.",
    "Health is wealth.",
  ]) {
    v.add(keysOf(text), text);
  }

  it("finds the other script's spelling, a derived form, a typo and a CamelCase name's initials", () => {
    expect(v.similar("нурбек").get("s:nurbek")).toBe(COGNATE_CREDIT);
    expect(v.similar("partner").get("s:partnership")).toBe(COGNATE_CREDIT);
    expect(v.similar("helth").get("s:health")).toBe(TYPO_CREDIT);
    expect(v.similar("helth", { typos: false }).has("s:health")).toBe(false);
    expect(v.similar("az").get("s:astrazeneca")).toBe(1);
  });

  it("weighs rare keys more and forgets what is removed", () => {
    expect(v.idf("s:nurbek")).toBeGreaterThan(v.idf("s:health"));
    const text = "Health is wealth.";
    v.remove(keysOf(text), text);
    expect(v.count("s:wealth")).toBe(0);
    expect(v.count("s:health")).toBe(1);
  });
});

describe("relevance of a sentence", () => {
  const body = [
    "In April 2024, the ministry and AstraZeneca signed an agreement on contract manufacturing.",
    "The initiative supports the goal of increasing the share of local medicines to 50%.",
    "Prices of sugar rose in the region.",
  ].join("\n");
  const units = unitsOf("t", analyseSource({ title: "A partnership", body }));
  const vocabulary = new Vocabulary();
  for (const u of units) vocabulary.add([...u.keys], u.sentence.text);
  const score = (q: string, i: number, withContext = true) => {
    const question = analyzeQuestion(q);
    return coverage(weigh(question, vocabulary), units[i] as (typeof units)[number], withContext);
  };

  it("is the weighted share of the question the sentence holds", () => {
    expect(score("contract manufacturing agreement", 0)).toBeCloseTo(1);
    expect(score("contract manufacturing agreement", 2, false)).toBe(0);
    // A word no source holds weighs the most: one matching word among unknown ones is not enough.
    expect(score("contract manufacturing salary pfizer", 0)).toBeLessThan(0.5);
  });

  it("counts what the sentence before says, at part weight, for a sentence that refers back to it", () => {
    const own = score("april 2024 agreement", 1, false);
    const withContext = score("april 2024 agreement", 1);
    expect(own).toBe(0);
    expect(withContext).toBeGreaterThan(0.5);
    expect(withContext).toBeLessThan(1);
  });

  it("is discounted when the sentence cannot give the kind of answer asked", () => {
    const question = analyzeQuestion("when was the contract manufacturing agreement signed");
    const slots = weigh(question, vocabulary);
    expect(relevance(slots, question.asks, units[0] as (typeof units)[number])).toBeCloseTo(1);
    const noDate = analyzeQuestion("how much is the contract manufacturing agreement");
    expect(relevance(weigh(noDate, vocabulary), noDate.asks, units[0] as (typeof units)[number])).toBeCloseTo(
      FRAME_MISS.quantity,
    );
  });
});
