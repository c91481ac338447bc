import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildKnowledge, DATASET_PATH, DatasetError, loadKnowledge } from "../../knowledge/load.js";
import { loadSources, parseSourceFile, serializeSource } from "../../knowledge/sources.js";

const raw = () => JSON.parse(readFileSync(DATASET_PATH, "utf8"));
const sources = loadSources();

describe("knowledge loading", () => {
  it("loads the real dataset and both sources with their metadata", () => {
    const k = loadKnowledge();
    expect(k.sources.map((s) => s.id).sort()).toEqual([
      "astrazeneca-kazakhstan-partnership",
      "pharma-investment-agreements",
    ]);
    expect(k.sources.find((s) => s.id === "pharma-investment-agreements")?.date).toBe("2026-01-23");
    expect(k.sources.find((s) => s.id === "astrazeneca-kazakhstan-partnership")?.date).toBeNull();
    expect(k.dataset.projects).toHaveLength(4);
  });

  it("keeps each source body byte-for-byte identical to the shared corpus", () => {
    const corpus = new URL("../../../shared/corpus/", import.meta.url).pathname;
    for (const s of sources) {
      expect(s.original).toBeTruthy();
      expect(s.body).toBe(readFileSync(`${corpus}${s.original}`, "utf8"));
    }
  });

  it("round-trips a source through its front matter", () => {
    const s = sources[0];
    if (!s) throw new Error("no sources");
    expect(parseSourceFile(serializeSource(s), "x.md")).toEqual(s);
  });

  it("keeps every qualifier the sources use", () => {
    const { dataset } = loadKnowledge();
    const jobs = Object.fromEntries(
      dataset.projects.map((p) => [p.company, `${p.jobs?.qualifier} ${p.jobs?.value}`]),
    );
    expect(jobs).toEqual({
      altinfarm: "around 60",
      "nobel-almaty": "at least 200",
      "abdi-ibrahim": "at least 150",
      "msp-rompharm": "around 265",
    });
    expect(dataset.totals.jobs.qualifier).toBe("approximately");
    expect(dataset.totals.investmentUsd.qualifier).toBe("approximately");
    expect(dataset.projects.find((p) => p.company === "abdi-ibrahim")?.investmentKzt).toBeNull();
  });
});

describe("validation fails fast and names the bad entry", () => {
  it("rejects a schema violation", () => {
    const d = raw();
    d.projects[1].jobs.qualifier = "roughly";
    expect(() => buildKnowledge(sources, d)).toThrow(/projects\.1\.jobs\.qualifier/);
  });

  it("rejects a missing field", () => {
    const d = raw();
    delete d.projects[0].medicines;
    expect(() => buildKnowledge(sources, d)).toThrow(DatasetError);
    expect(() => buildKnowledge(sources, d)).toThrow(/projects\.0\.medicines/);
  });

  it("rejects a quote that is not verbatim in its source", () => {
    const d = raw();
    d.projects[2].jobs.citation.quote = "will employ at least 151 people";
    expect(() => buildKnowledge(sources, d)).toThrow(/projects\[2\]\.jobs\.citation: quote is not verbatim/);
  });

  it("rejects a quote whose whitespace or apostrophes differ", () => {
    const d = raw();
    d.people[1].statements[2].citation.quote = "This partnership strengthens Kazakhstan's scientific";
    expect(() => buildKnowledge(sources, d)).toThrow(/people\[1\]\.statements\[2\]\.citation/);
  });

  it("rejects a figure that its quote does not contain", () => {
    const d = raw();
    d.projects[0].jobs.value = 61;
    d.projects[0].jobs.text = "61";
    expect(() => buildKnowledge(sources, d)).toThrow(
      /projects\[0\]\.jobs: figure "61" does not appear in its quote/,
    );
  });

  it("rejects a citation of an unknown source", () => {
    const d = raw();
    d.totals.jobs.citation.source = "nope";
    expect(() => buildKnowledge(sources, d)).toThrow(/totals\.jobs\.citation: unknown source "nope"/);
  });

  it("rejects references to unknown entities", () => {
    const d = raw();
    d.projects[3].sites[0].place = "atlantis";
    expect(() => buildKnowledge(sources, d)).toThrow(/projects\[3\]\.sites: unknown places id "atlantis"/);
  });

  it("rejects duplicate ids", () => {
    const d = raw();
    d.places.push({ ...d.places[0] });
    expect(() => buildKnowledge(sources, d)).toThrow(/duplicate id "kazakhstan"/);
  });
});
