import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import type { Dataset } from "../../knowledge/schema.js";
import { CitationList, compose } from "../../tools/compose.js";
import { EntityIndex } from "../../tools/entities.js";
import { execute } from "../../tools/execute.js";
import { LANGS } from "../../tools/locales/index.js";

/**
 * A figure two sources give ten-fold apart ("$60 billion" in one report, "$60 million" in the
 * government's) is never added up as if settled: a sum of named companies leaves it out and says why.
 */
const { dataset: real, sources } = loadKnowledge();
const dataset: Dataset = structuredClone(real);
const altinfarm = dataset.projects.find((p) => p.company === "altinfarm");
if (!altinfarm?.investmentUsd) throw new Error("fixture: AltINFARM states its dollar investment");
altinfarm.investmentUsd.disputed = [
  { ...altinfarm.investmentUsd, value: 116_000, date: null, outOfLine: 1000 },
];

describe("a sum with a disputed figure", () => {
  it.each(LANGS)("leaves the disputed figure out and says so (%s)", (lang) => {
    const q = {
      attributes: ["investmentUsd" as const],
      operation: "sum" as const,
      unit: "USD" as const,
      subjects: ["altinfarm", "nobel-almaty", "msp-rompharm"].map((id) => ({
        type: "organisation" as const,
        id,
      })),
      unparsed: [],
    };
    const { findings } = execute(q, dataset);
    const sum = findings.find((f) => f.kind === "sum");
    expect(sum?.kind === "sum" && sum.derived.value).toBe(78 + 73);
    const citations = new CitationList(sources, lang);
    const { text } = compose(findings, { lang, dataset, entities: new EntityIndex(dataset), citations });
    expect(text).toMatch(/\b151\b/);
    expect(text).not.toMatch(/116[,. ]?151|267/);
    expect(text).toMatch(/ten-fold|десять|он және/);
  });
});
