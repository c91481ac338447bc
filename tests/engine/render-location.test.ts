import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { CitationList, compose } from "../../tools/compose.js";
import { EntityIndex } from "../../tools/entities.js";
import type { Finding } from "../../tools/findings.js";
import { LANGS } from "../../tools/locales/index.js";

/** A project known from an article that gives no site is never said to be "in ." */
const { dataset, sources } = loadKnowledge();
const entities = new EntityIndex(dataset);
const subject = { type: "organisation" as const, id: "nobel-almaty" };
const facility = dataset.projects.find((p) => p.company === "nobel-almaty")?.facility;

describe("a location with no site", () => {
  it.each(LANGS)("says where is not given, naming the facility when there is one (%s)", (lang) => {
    for (const f of [
      { kind: "location", subject, sites: [] },
      { kind: "location", subject, sites: [], facility },
    ] as Finding[]) {
      const citations = new CitationList(sources, lang);
      const { text } = compose([f], { lang, dataset, entities, citations });
      expect(text).not.toMatch(/\s[.:]$|\bin \.|: \./);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});
