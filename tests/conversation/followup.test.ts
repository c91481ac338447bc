/**
 * The follow-up resolver on the real dataset and its real entity index: what it rewrites, what it
 * leaves alone, and that entities added to the dataset later are followed up as well.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Dataset } from "../../knowledge/schema.js";
import { EntityIndex } from "../../tools/entities.js";
import {
  buildVocabulary,
  type ConversationContext,
  type Resolution,
  type ResolverDeps,
  resolveFollowUp,
} from "../../tools/followup.js";

const { dataset } = loadKnowledge();
const depsFor = (d: Dataset): ResolverDeps => ({
  entities: new EntityIndex(d),
  dataset: d,
  vocabulary: buildVocabulary(),
});
const deps = depsFor(dataset);

const cite = { n: 1, source: "pharma-investment-agreements", title: "T", quote: "create around 60 jobs" };
const ctx = (c: Partial<ConversationContext>): ConversationContext => ({
  question: "How many jobs will AltINFARM create?",
  lang: "en",
  subjects: [{ type: "organisation", id: "altinfarm" }],
  attributes: ["jobs"],
  citations: [cite],
  at: "2026-01-23T10:00:00.000Z",
  ...c,
});
const jobsAltinfarm = ctx({});
const resolve = (text: string, c: ConversationContext | null = jobsAltinfarm, lang?: "en" | "ru" | "kk") =>
  resolveFollowUp(text, c, deps, { lang });
const question = (r: Resolution) => (r.kind === "followup" || r.kind === "standalone" ? r.question : null);

describe("follow-ups are rewritten into self-contained questions", () => {
  it("ellipsis: a new subject keeps the question's wording", () => {
    const r = resolve("and Nobel?");
    expect(r).toMatchObject({ kind: "followup", subjects: [{ type: "organisation", id: "nobel-almaty" }] });
    expect(question(r)).toBe("How many jobs will Nobel Almaty Pharmaceutical Factory create?");
  });

  it("ellipsis: a new attribute keeps the subject", () => {
    expect(question(resolve("what about investment?"))).toBe("How much is AltINFARM investing?");
    expect(question(resolve("and medicines?"))).toBe("How many medicines will AltINFARM produce?");
  });

  it("pronouns stand for the previous subject", () => {
    expect(question(resolve("How much are they investing?"))).toBe("How much is AltINFARM investing?");
    const ru = ctx({
      question: "Сколько рабочих мест создаст МСП-Ромфарм?",
      lang: "ru",
      subjects: [{ type: "organisation", id: "msp-rompharm" }],
    });
    expect(question(resolve("Сколько они инвестируют?", ru))).toMatch(/МСП-Ромфарм/);
  });

  it("after a list answer, 'they' are the companies it named", () => {
    const list = ctx({
      question: "Which companies are in Almaty Region?",
      subjects: [{ type: "place", id: "almaty-region" }],
      attributes: ["companies"],
      mentioned: [
        { type: "organisation", id: "abdi-ibrahim" },
        { type: "organisation", id: "msp-rompharm" },
      ],
    });
    const r = resolve("how many jobs will they create?", list);
    expect(r).toMatchObject({ kind: "followup", attributes: ["jobs"] });
    expect(r.kind === "followup" && r.subjects.map((s) => s.id)).toEqual(["abdi-ibrahim", "msp-rompharm"]);
  });

  it("operations apply to the previous set", () => {
    const two = ctx({
      question: "How many jobs will AltINFARM and Nobel create?",
      subjects: [
        { type: "organisation", id: "altinfarm" },
        { type: "organisation", id: "nobel-almaty" },
      ],
    });
    expect(resolve("sum them up", two)).toMatchObject({ kind: "followup", operation: "sum" });
    expect(question(resolve("sum them up", two))).toBe(
      "What is the total jobs of AltINFARM and Nobel Almaty Pharmaceutical Factory?",
    );
    expect(resolve("which is bigger?", two)).toMatchObject({ operation: "compare" });
    expect(resolve("rank them", two)).toMatchObject({ operation: "rank" });
    expect(resolve("сложи их", { ...two, lang: "ru" })).toMatchObject({ operation: "sum", lang: "ru" });
    expect(resolve("қайсысы көп?", { ...two, lang: "kk" })).toMatchObject({
      operation: "compare",
      lang: "kk",
    });
    expect(resolve("compare with Nobel")).toMatchObject({
      operation: "compare",
      subjects: [
        { type: "organisation", id: "altinfarm" },
        { type: "organisation", id: "nobel-almaty" },
      ],
    });
  });

  it("'and the total?' is over every project; 'their total' sums the previous subjects", () => {
    expect(resolve("and the total?")).toMatchObject({ kind: "followup", operation: "total", subjects: [] });
    expect(question(resolve("and the total?"))).toBe("What is the total jobs of all projects?");
    const two = ctx({
      subjects: [
        { type: "organisation", id: "altinfarm" },
        { type: "organisation", id: "nobel-almaty" },
      ],
    });
    expect(resolve("and their total?", two)).toMatchObject({ operation: "sum", subjects: two.subjects });
    const total = ctx({ question: "how many jobs in total?", subjects: [], operation: "total" });
    expect(resolve("and medicines?", total)).toMatchObject({ operation: "total", attributes: ["medicines"] });
    expect(resolve("and Nobel?", total)).toMatchObject({
      subjects: [{ type: "organisation", id: "nobel-almaty" }],
    });
  });

  it("'which one?' and 'what share?' work on the previous subjects", () => {
    const list = ctx({
      question: "Which companies are in Almaty?",
      subjects: [{ type: "place", id: "almaty" }],
      attributes: ["companies"],
      mentioned: [
        { type: "organisation", id: "altinfarm" },
        { type: "organisation", id: "nobel-almaty" },
      ],
    });
    const r = resolve("which one creates more jobs?", list);
    expect(r).toMatchObject({ kind: "followup", operation: "compare", attributes: ["jobs"] });
    expect(r.kind === "followup" && r.subjects.map((s) => s.id)).toEqual(["altinfarm", "nobel-almaty"]);
    expect(resolve("what share is that?")).toMatchObject({ operation: "share", attributes: ["jobs"] });
  });

  it("an agreement is asked where and when it was signed, not where it builds a plant", () => {
    const mou = ctx({
      question: "When was the memorandum signed?",
      subjects: [{ type: "agreement", id: "astrazeneca-mou" }],
      attributes: ["date", "agreements"],
    });
    expect(question(resolve("where?", mou))).toMatch(/^Where was the memorandum .* signed\?$/);
  });

  it("an operation with no figure to work on asks which figure", () => {
    const list = ctx({ attributes: ["companies"], subjects: [{ type: "organisation", id: "altinfarm" }] });
    expect(resolve("which is bigger?", list)).toMatchObject({ kind: "clarify", operation: "compare" });
  });

  it("units and views change the figure, not the subject", () => {
    const invest = ctx({ question: "How much is AltINFARM investing?", attributes: ["investment"] });
    expect(resolve("in dollars?", invest)).toMatchObject({
      attributes: ["usd"],
      used: expect.arrayContaining(["unit"]),
    });
    expect(question(resolve("in dollars?", invest))).toBe("How much is AltINFARM investing in US dollars?");
    expect(resolve("в долларах", { ...invest, lang: "ru" })).toMatchObject({
      attributes: ["usd"],
      lang: "ru",
    });
    expect(resolve("долларымен?", { ...invest, lang: "kk" })).toMatchObject({
      attributes: ["usd"],
      lang: "kk",
    });
    expect(resolve("per job?", invest)).toMatchObject({ operation: "perJob" });
    expect(resolve("as a chart")).toMatchObject({ operation: "chart" });
  });

  it("corrections swap a city for its region and back, by the gazetteer", () => {
    const city = ctx({
      question: "Which companies have projects in Almaty?",
      subjects: [{ type: "place", id: "almaty" }],
      attributes: ["companies"],
    });
    for (const [text, lang] of [
      ["no, I meant the region", "en"],
      ["what about the region?", "en"],
      ["не город, а область", "ru"],
      ["қала емес, облыс", "kk"],
    ] as const) {
      const r = resolve(text, { ...city, lang });
      expect(r, text).toMatchObject({ kind: "followup", subjects: [{ type: "place", id: "almaty-region" }] });
    }
    expect(question(resolve("no, I meant the region", city))).toBe(
      "Which companies have projects in Almaty Region?",
    );
    const region = { ...city, subjects: [{ type: "place" as const, id: "almaty-region" }] };
    expect(resolve("no, the city", region)).toMatchObject({ subjects: [{ type: "place", id: "almaty" }] });
  });

  it("'source?' returns the last answer's citations in every language", () => {
    for (const text of ["source?", "where does it say that?", "откуда это?", "дереккөзі?"]) {
      expect(resolve(text), text).toEqual({ kind: "sources", citations: [cite] });
    }
  });

  it("Kazakh follow-ups are read as Kazakh even without Kazakh-only letters", () => {
    const kk = ctx({ question: "АльтИнФарм неше жұмыс орнын ашады?", lang: "kk" });
    const r = resolve("ал Нобельде ше?", kk, "ru");
    expect(r).toMatchObject({ kind: "followup", lang: "kk" });
    expect(question(r)).toBe("Нобел Алматы фармацевтикалық фабрикасы неше жұмыс орнын ашады?");
  });
});

describe("self-contained questions are never polluted", () => {
  it.each([
    "How many medicines will Abdi Ibrahim Global Pharm produce?",
    "Which companies are in Almaty?",
    "What is the Young Health Program about?",
    "how many jobs in total?",
    "Which company will produce the most medicines?",
    "Сколько лекарств произведёт Абди Ибрагим?",
    "МСП-Ромфарм неше дәрі шығарады?",
    "Nobel",
    "What is the sum of the investments that are stated per company?",
    "What is the average investment per job?",
  ])("%s", (text) => {
    expect(resolve(text)).toEqual({ kind: "standalone", question: text });
  });

  it("without context nothing is rewritten, and 'source?' has no answer to quote", () => {
    expect(resolve("and Nobel?", null)).toEqual({ kind: "standalone", question: "and Nobel?" });
    expect(resolve("source?", null)).toEqual({ kind: "sources", citations: null });
  });

  it("a subject of another kind starts a new question ('and MSP?' after a memorandum)", () => {
    const mou = ctx({
      question: "Who signed the memorandum?",
      subjects: [{ type: "agreement", id: "astrazeneca-mou" }],
      attributes: ["who", "agreements"],
    });
    expect(resolve("and MSP?", mou)).toEqual({ kind: "standalone", question: "and MSP?" });
  });

  it("is deterministic", () => {
    const texts = ["and Nobel?", "sum them up", "in dollars?", "source?", "Which companies are in Almaty?"];
    expect(texts.map((t) => resolve(t))).toEqual(texts.map((t) => resolve(t)));
  });
});

describe("entities that arrive with new articles", () => {
  it("a company added to the dataset is followed up like the seed ones", () => {
    const grown: Dataset = {
      ...dataset,
      organisations: [
        ...dataset.organisations,
        {
          id: "steppe-bio",
          kind: "pharmaceutical company",
          name: { en: "Steppe Bio" },
          aliases: ["Steppe Bio"],
        },
      ],
    };
    const r = resolveFollowUp("and Steppe Bio?", jobsAltinfarm, depsFor(grown));
    expect(question(r)).toBe("How many jobs will Steppe Bio create?");
  });
});
