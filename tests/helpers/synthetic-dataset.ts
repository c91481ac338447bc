import { loadKnowledge } from "../../knowledge/load.js";
import type { Dataset, Figure, InvestmentProject, Qualifier, Source, Unit } from "../../knowledge/schema.js";

/** mulberry32: a tiny seeded PRNG, so the generated dataset is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUALIFIERS: Qualifier[] = ["exact", "around", "approximately", "at least", "more than", "up to"];
const WORDS: Record<Qualifier, string> = {
  exact: "",
  around: "around ",
  approximately: "approximately ",
  "at least": "at least ",
  "more than": "more than ",
  "up to": "up to ",
};

/**
 * A synthetic dataset of `count` projects over the real gazetteer (cities, regions, special
 * economic zones of Kazakhstan): companies with random figures and qualifiers, some figures not
 * stated, some projects with sites in two regions. Every figure's quote is a sentence of one
 * synthetic source that states it, so answers can be checked against their citations.
 */
export function syntheticDataset(count: number, seed = 7): { dataset: Dataset; sources: Source[] } {
  const real = loadKnowledge().dataset;
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const places = real.places.filter((p) => p.kind !== "country" && p.parent);
  const sentences: string[] = [];
  const cite = (text: string) => {
    sentences.push(text);
    return { source: "synthetic", quote: text };
  };
  const figure = (name: string, what: string, unit: Unit, max: number, decimals = 0): Figure | null => {
    if (rand() < 0.15) return null;
    const value = Number((1 + rand() * max).toFixed(decimals));
    const qualifier = pick(QUALIFIERS);
    const text = String(value);
    return {
      value,
      text,
      unit,
      qualifier,
      citation: cite(`${name} states ${WORDS[qualifier]}${text} ${what}.`),
    };
  };
  const organisations: Dataset["organisations"] = [];
  const projects: InvestmentProject[] = [];
  for (let i = 0; i < count; i++) {
    const id = `synth-${i}`;
    const name = `Synthpharm ${i}`;
    organisations.push({ id, kind: "pharmaceutical company", name: { en: name }, aliases: [] });
    const first = pick(places);
    const second = rand() < 0.1 ? pick(places) : null;
    const sites = [first, ...(second && second.id !== first.id ? [second] : [])].map((p) => ({
      place: p.id,
      citation: cite(`${name} builds a plant in ${p.name.en} (site ${i}-${p.id}).`),
    }));
    projects.push({
      id: `${id}-plant`,
      company: id,
      sites,
      facility: { text: "a plant", citation: cite(`${name} builds a plant.`) },
      partners: [],
      investmentKzt: figure(name, "billion tenge", "billion KZT", 90, 1),
      investmentUsd: figure(name, "million dollars", "million USD", 200),
      medicines: figure(name, "medicines", "medicines", 120),
      sociallySignificant: figure(name, "socially significant medicines", "medicines", 40),
      jobs: figure(name, "jobs", "jobs", 400),
      products: [],
      agreement: real.projects[0]?.agreement,
    });
  }
  const total = (m: "investmentKzt" | "investmentUsd" | "medicines" | "jobs", what: string): Figure => {
    const value = Math.round(projects.reduce((s, p) => s + (p[m]?.value ?? 0), 0) * 1.1);
    const unit = real.totals[m].unit;
    return {
      value,
      text: String(value),
      unit,
      qualifier: "approximately",
      citation: cite(`In all, approximately ${value} ${what}.`),
    };
  };
  const dataset: Dataset = {
    ...real,
    organisations: [...real.organisations, ...organisations],
    projects,
    totals: {
      ...real.totals,
      investmentKzt: total("investmentKzt", "billion tenge"),
      investmentUsd: total("investmentUsd", "million dollars"),
      medicines: total("medicines", "medicines"),
      jobs: total("jobs", "jobs"),
    },
  };
  const body = sentences.join("\n");
  return { dataset, sources: [{ id: "synthetic", title: "Synthetic projects", date: null, body }] };
}
