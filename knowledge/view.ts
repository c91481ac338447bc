import { type Claim, FIGURE_ATTRIBUTES, type FigureAttribute } from "./claims.js";
import type { Dataset, Figure, InvestmentProject, Organisation, OtherFigure, Place } from "./schema.js";

/**
 * The current view: the Dataset the tools read, folded from every claim. For each subject and
 * attribute the newest source wins and the older values stay as `earlier`; a value of a source of
 * the same date that disagrees, or one held for review, is kept as `disputed`, never silently
 * dropped. New companies and projects from ingested articles become organisations and projects.
 */

/**
 * Newest last: by source date, then in the order claims were added. An undated source counts as
 * of the newest date known when it was added (a release an admin ingests today without a date is
 * news, not history).
 */
function chronological(claims: readonly Claim[]): Claim[] {
  let known = "";
  return claims
    .map((c, i) => {
      if (c.date && c.date > known) known = c.date;
      return { c, i, at: c.date ?? known };
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.i - b.i)
    .map(({ c }) => c);
}

function asFigure(c: Claim): Figure {
  if (c.value.kind !== "figure") throw new Error(`claim ${c.id} is not a figure`);
  const { value, text, unit, qualifier } = c.value;
  return { value, text, unit, qualifier, citation: { source: c.source, quote: c.quote } };
}
const asOther = (c: Claim): OtherFigure => ({ ...asFigure(c), date: c.date });
const sameFigure = (a: Claim, b: Claim) =>
  a.value.kind === "figure" &&
  b.value.kind === "figure" &&
  a.value.value === b.value.value &&
  a.value.qualifier === b.value.qualifier;

/** The current figure of one subject and attribute, with its history and disputes. */
export function currentFigure(claims: readonly Claim[]): Figure | null {
  const ordered = chronological(claims.filter((c) => c.status !== "rejected"));
  const active = ordered.filter((c) => c.status === "active");
  const current = active.at(-1);
  if (!current) return null;
  const earlier: OtherFigure[] = [];
  const disputed: OtherFigure[] = [];
  const seen: Claim[] = [current];
  for (const c of [...active.slice(0, -1)].reverse()) {
    if (seen.some((s) => sameFigure(s, c))) continue;
    seen.push(c);
    (c.date === current.date ? disputed : earlier).push(asOther(c));
  }
  for (const c of ordered.filter((x) => x.status === "held").reverse()) {
    if (!sameFigure(current, c)) disputed.push(asOther(c));
  }
  return {
    ...asFigure(current),
    ...(earlier.length ? { earlier } : {}),
    ...(disputed.length ? { disputed } : {}),
  };
}

/** A place and all that contain it. */
function ancestry(places: ReadonlyMap<string, Place>, id: string): string[] {
  const chain: string[] = [];
  for (let at: string | null | undefined = id; at && !chain.includes(at); at = places.get(at)?.parent) {
    chain.push(at);
  }
  return chain;
}

export interface ViewInput {
  /** The curated dataset (with the gazetteer's places). */
  curated: Dataset;
  /** Organisations first named by ingested articles. */
  organisations: readonly Organisation[];
  /** Every claim: the curated ones and those of ingested articles, in the order they were added. */
  claims: readonly Claim[];
}

export function buildView({ curated, organisations, claims }: ViewInput): Dataset {
  const places = new Map(curated.places.map((p) => [p.id, p]));
  const bySubject = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.subject.type !== "project") continue;
    const list = bySubject.get(c.subject.id) ?? [];
    list.push(c);
    bySubject.set(c.subject.id, list);
  }

  const projects: InvestmentProject[] = [];
  const done = new Set<string>();
  for (const p of curated.projects) {
    projects.push(fold(p, bySubject.get(p.id) ?? [], places));
    done.add(p.id);
  }
  for (const [id, list] of bySubject) {
    if (done.has(id)) continue;
    const company = chronological(list)
      .filter((c) => c.attribute === "company" && c.status === "active")
      .at(-1);
    if (company?.value.kind !== "organisation") continue;
    const empty: InvestmentProject = {
      id,
      company: company.value.organisation,
      sites: [],
      partners: [],
      investmentKzt: null,
      investmentUsd: null,
      medicines: null,
      sociallySignificant: null,
      jobs: null,
      products: [],
    };
    projects.push(fold(empty, list, places));
  }

  const orgs = new Map(curated.organisations.map((o) => [o.id, o]));
  for (const o of organisations) {
    const known = orgs.get(o.id);
    orgs.set(o.id, known ? { ...known, aliases: [...new Set([...known.aliases, ...o.aliases])] } : o);
  }
  return { ...curated, organisations: [...orgs.values()], projects };
}

/** Applies a project's claims to its curated (or empty) record. */
function fold(
  project: InvestmentProject,
  claims: readonly Claim[],
  places: ReadonlyMap<string, Place>,
): InvestmentProject {
  const out: InvestmentProject = { ...project, sites: [...project.sites], partners: [...project.partners] };
  const of = (attribute: Claim["attribute"]) => claims.filter((c) => c.attribute === attribute);
  for (const a of FIGURE_ATTRIBUTES) {
    const list = of(a);
    if (list.length) out[a as FigureAttribute] = currentFigure(list);
  }
  for (const c of chronological(of("site").filter((x) => x.status === "active"))) {
    if (c.value.kind !== "place") continue;
    const place = c.value.place;
    const citation = { source: c.source, quote: c.quote };
    // A site already known as precisely or more precisely is not added again; a more precise one
    // (a city inside a region already listed) takes the region's place.
    if (out.sites.some((s) => ancestry(places, s.place).includes(place))) continue;
    const broader = out.sites.findIndex((s) => ancestry(places, place).includes(s.place));
    if (broader >= 0) out.sites[broader] = { place, citation };
    else out.sites.push({ place, citation });
  }
  for (const c of of("partner")) {
    if (c.status !== "active" || c.value.kind !== "organisation") continue;
    const organisation = c.value.organisation;
    if (organisation === out.company || out.partners.some((p) => p.organisation === organisation)) continue;
    out.partners.push({ organisation, citation: { source: c.source, quote: c.quote } });
  }
  const stage = chronological(of("stage").filter((c) => c.status === "active")).at(-1);
  if (stage?.value.kind === "stage")
    out.stage = { value: stage.value.stage, citation: { source: stage.source, quote: stage.quote } };
  const dates = claims.map((c) => c.date).filter((d): d is string => d !== null);
  if (dates.length) out.reported = dates.sort().at(-1) ?? null;
  return out;
}
