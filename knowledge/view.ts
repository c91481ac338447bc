import { type Claim, FIGURE_ATTRIBUTES, type FigureAttribute, stageDetail } from "./claims.js";
import type {
  Dataset,
  Fact,
  Figure,
  InvestmentProject,
  Milestone,
  Organisation,
  OtherFigure,
  Place,
  Scope,
  StageEvent,
} from "./schema.js";
import { ScopeAttribute } from "./schema.js";

/**
 * The current view: the Dataset the tools read, folded from every claim. For each subject and
 * attribute the newest source wins and the older values stay as `earlier`; a value of a source of
 * the same date that disagrees, or one held as far out of line, is kept as `disputed` (flagged
 * with how far out of line it is), never silently dropped. A claim held because its subject is
 * uncertain takes no part until an admin assigns it. New companies and projects from ingested
 * articles become organisations and projects; scopes (the sets of projects articles announced,
 * regions, the sector, the country, companies' own cumulative figures) get their own figures.
 */

/**
 * Newest last: by source date, then in the order claims were added. An undated source counts as
 * of the newest date known when it was added (a release an admin ingests today without a date is
 * news, not history).
 */
function chronological(claims: readonly Claim[]): Claim[] {
  let known = "";
  const corrects = (c: Claim) => Number(c.method === "corrected");
  return claims
    .map((c, i) => {
      if (c.date && c.date > known) known = c.date;
      return { c, i, at: c.date ?? known };
    })
    .sort((a, b) => a.at.localeCompare(b.at) || corrects(a.c) - corrects(b.c) || a.i - b.i)
    .map(({ c }) => c);
}

function asFigure(c: Claim): Figure {
  if (c.value.kind !== "figure") throw new Error(`claim ${c.id} is not a figure`);
  const { value, text, unit, qualifier, upTo, until, year } = c.value;
  return {
    value,
    text,
    unit,
    qualifier,
    citation: { source: c.source, quote: c.quote },
    ...(upTo !== undefined ? { upTo } : {}),
    ...(until ? { until } : {}),
    ...(year ? { year } : {}),
  };
}
const asOther = (c: Claim): OtherFigure => ({ ...asFigure(c), date: c.date });
/** "around 675" and "approximately 675" say the same. */
const loose = (q: string) => (q === "approximately" ? "around" : q);
const sameFigure = (a: Claim, b: Claim) =>
  a.value.kind === "figure" &&
  b.value.kind === "figure" &&
  a.value.value === b.value.value &&
  loose(a.value.qualifier) === loose(b.value.qualifier);

/** Claims that take part in the view: held-for-subject ones wait for an admin's choice. */
const counted = (c: Claim) => c.status !== "rejected" && !(c.status === "held" && c.hold === "subject");

/** The current figure of one subject and attribute, with its history and disputes. */
export function currentFigure(claims: readonly Claim[], oneEvent = false): Figure | null {
  const ordered = chronological(claims.filter(counted));
  const active = ordered.filter((c) => c.status === "active");
  const current = active.at(-1);
  if (!current) return null;
  const earlier: OtherFigure[] = [];
  const disputed: OtherFigure[] = [];
  const seen: Claim[] = [current];
  for (const c of [...active.slice(0, -1)].reverse()) {
    if (seen.some((s) => sameFigure(s, c))) continue;
    seen.push(c);
    // Reports of one event (a set's announcement) do not supersede each other: they disagree. A
    // correction replaces what was said before it, the same day too.
    const replaced = current.method === "corrected" && c.method !== "corrected";
    (!replaced && (c.date === current.date || oneEvent) ? disputed : earlier).push(asOther(c));
  }
  for (const c of ordered.filter((x) => x.status === "held").reverse()) {
    if (sameFigure(current, c) || c.value.kind !== "figure" || current.value.kind !== "figure") continue;
    const ratio =
      Math.max(c.value.value, current.value.value) /
      Math.max(1e-9, Math.min(c.value.value, current.value.value));
    disputed.push({ ...asOther(c), ...(ratio >= 10 ? { outOfLine: Math.round(ratio) } : {}) });
  }
  // "rose from 17% to 25%": the value it changed from is told as the earlier one, of the same quote.
  const now = asFigure(current);
  const from = current.value.kind === "figure" ? current.value.from : undefined;
  if (from && !earlier.some((e) => e.value === from.value))
    earlier.unshift({ ...from, unit: now.unit, qualifier: "exact", citation: now.citation, date: null });
  return {
    ...now,
    ...(earlier.length ? { earlier } : {}),
    ...(disputed.length ? { disputed } : {}),
  };
}

/**
 * A share is of its time: reported again and again (17% in a 2022 report, 25% in a 2024 one), each
 * value a source gives without a year of its own is of its report's year, so the answer tells them
 * apart by year instead of calling the older one a correction.
 */
function ofReportYears(f: Figure, date: string | null | undefined): Figure {
  if (!f.earlier?.length && !f.disputed?.length) return f;
  const year = (d: string | null | undefined) => /^\d{4}/u.exec(d ?? "")?.[0];
  const dated = <T extends OtherFigure>(x: T): T =>
    x.year || !year(x.date) ? x : { ...x, year: year(x.date) };
  const own = f.year ?? year(date);
  return {
    ...f,
    ...(own ? { year: own } : {}),
    ...(f.earlier ? { earlier: f.earlier.map(dated) } : {}),
    ...(f.disputed ? { disputed: f.disputed.map(dated) } : {}),
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

function bySubject(claims: readonly Claim[], type: Claim["subject"]["type"]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.subject.type !== type) continue;
    out.set(c.subject.id, [...(out.get(c.subject.id) ?? []), c]);
  }
  return out;
}

export function buildView({ curated, organisations, claims }: ViewInput): Dataset {
  const places = new Map(curated.places.map((p) => [p.id, p]));
  const projectClaims = bySubject(claims, "project");
  const projects: InvestmentProject[] = [];
  const done = new Set<string>();
  for (const p of curated.projects) {
    projects.push(fold(p, projectClaims.get(p.id) ?? [], places));
    done.add(p.id);
  }
  for (const [id, list] of projectClaims) {
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
  for (const c of claims) {
    if (c.attribute !== "alias" || c.value.kind !== "name" || !counted(c) || c.status !== "active") continue;
    const o = orgs.get(c.value.organisation);
    if (o && !o.aliases.includes(c.value.name))
      orgs.set(o.id, { ...o, aliases: [...o.aliases, c.value.name] });
  }
  const scopes = foldScopes(curated, claims, projects);
  const view: Dataset = { ...curated, organisations: [...orgs.values()], projects, scopes };
  return withTotals(view, curated);
}

/** The curated headline totals follow their set's figures (a later report of the same set updates them). */
function withTotals(view: Dataset, curated: Dataset): Dataset {
  const set = view.scopes.find(
    (s) => s.kind === "set" && s.agreement && curated.scopes.some((c) => c.id === s.id),
  );
  if (!set) return view;
  const totals = { ...view.totals };
  for (const a of ["investmentKzt", "investmentUsd", "jobs", "medicines"] as const) {
    const f = set.figures[a];
    if (f) totals[a] = f;
  }
  return { ...view, totals };
}

/** Applies a project's claims to its curated (or empty) record. */
function fold(
  project: InvestmentProject,
  claims: readonly Claim[],
  places: ReadonlyMap<string, Place>,
): InvestmentProject {
  const out: InvestmentProject = { ...project, sites: [...project.sites], partners: [...project.partners] };
  const live = claims.filter((c) => counted(c));
  const of = (attribute: Claim["attribute"]) => live.filter((c) => c.attribute === attribute);
  const active = (attribute: Claim["attribute"]) =>
    chronological(of(attribute).filter((c) => c.status === "active"));
  const isPart = (c: Claim) => c.value.kind === "figure" && !!c.value.part;
  for (const a of FIGURE_ATTRIBUTES) {
    const list = of(a).filter((c) => !isPart(c));
    if (list.length) out[a as FigureAttribute] = currentFigure(list);
  }
  const parts = live.filter((c) => isPart(c) && c.status === "active");
  if (parts.length)
    out.parts = chronological(parts).map((c) => ({
      ...asOther(c),
      attribute: c.attribute,
      part: c.value.kind === "figure" ? (c.value.part ?? "") : "",
    }));
  foldSites(out, active("site"), places);
  for (const c of active("partner")) {
    if (c.value.kind !== "organisation") continue;
    const organisation = c.value.organisation;
    if (organisation === out.company || out.partners.some((p) => p.organisation === organisation)) continue;
    out.partners.push({ organisation, citation: { source: c.source, quote: c.quote } });
  }
  foldStages(out, active("stage"));
  const milestones = foldMilestones(active("milestone"));
  if (milestones.length) out.milestones = milestones;
  const sector = active("sector").at(-1);
  if (sector?.value.kind === "sector") out.sector = sector.value.sector;
  const affiliates = active("affiliate").flatMap((c) =>
    c.value.kind === "organisation" ? [c.value.organisation] : [],
  );
  if (affiliates.length) out.affiliates = [...new Set([...(out.affiliates ?? []), ...affiliates])];
  const products: Fact[] = active("product").flatMap((c) =>
    c.value.kind === "fact"
      ? [
          {
            text: c.value.text,
            ...(c.value.ru ? { ru: c.value.ru } : {}),
            ...(c.value.kk ? { kk: c.value.kk } : {}),
            ...(c.value.medicine === false ? { medicine: false } : {}),
            ...(c.value.audience ? { audience: c.value.audience } : {}),
            citation: { source: c.source, quote: c.quote },
          },
        ]
      : [],
  );
  if (products.length) out.products = [...out.products, ...products];
  // A capacity a correction gives replaces those said before it.
  const capacities = active("capacity");
  const corrected = capacities.filter((c) => c.method === "corrected");
  const capacity: Fact[] = (corrected.length ? corrected : capacities).flatMap((c) => {
    const v = c.value;
    return v.kind === "fact" && !out.capacity?.some((f) => f.text === v.text)
      ? [{ text: v.text, citation: { source: c.source, quote: c.quote } }]
      : [];
  });
  if (capacity.length) out.capacity = [...(out.capacity ?? []), ...capacity];
  for (const attribute of ["contracted", "shipped"] as const) {
    const stated: Fact[] = active(attribute).flatMap((c) =>
      c.value.kind === "fact" ? [{ text: c.value.text, citation: { source: c.source, quote: c.quote } }] : [],
    );
    if (stated.length) out[attribute] = [...(out[attribute] ?? []), ...stated];
  }
  const dates = claims.map((c) => c.date).filter((d): d is string => d !== null);
  if (dates.length) out.reported = dates.sort().at(-1) ?? null;
  // A copy with every field in place: the record built one field at a time above is slow for V8
  // to read (about five times, in a view of 1,000 projects), and every tool reads the records.
  return { ...out };
}

/**
 * A project's planned milestones: a later plan of a stage replaces an older source's plan of it,
 * and the plan an article says it first had ("originally planned for the first quarter"); what it
 * replaced stays with it, oldest first ("first quarter of 2021 → September 2021"). Plans of one
 * stage in one source otherwise stand side by side (two phases).
 */
function foldMilestones(claims: Claim[]): Milestone[] {
  const plans = claims
    .flatMap((c) => (c.value.kind === "milestone" ? [{ c, v: c.value }] : []))
    .sort(
      (x, y) =>
        (x.c.date ?? "").localeCompare(y.c.date ?? "") ||
        Number(!x.v.earlier) - Number(!y.v.earlier) ||
        x.c.start - y.c.start,
    );
  const out: { m: Milestone; first: boolean }[] = [];
  for (const { c, v } of plans) {
    const m: Milestone = {
      stage: v.stage,
      date: v.date,
      text: v.text,
      ...(v.phase ? { phase: v.phase } : {}),
      citation: { source: c.source, quote: c.quote },
    };
    // A plan replaces only a plan of the same stage and phase.
    const at = out.findIndex(
      (o) => o.m.stage === v.stage && o.m.phase === v.phase && (o.m.citation.source !== c.source || o.first),
    );
    const old = out[at];
    if (!old || v.earlier) {
      out.push({ m, first: !!v.earlier });
      continue;
    }
    const { earlier = [], stage: _, ...plan } = old.m;
    out[at] = { m: { ...m, earlier: [...earlier, plan] }, first: false };
  }
  return out.map((o) => o.m);
}

function foldSites(out: InvestmentProject, claims: Claim[], places: ReadonlyMap<string, Place>): void {
  for (const c of claims) {
    if (c.value.kind !== "place") continue;
    const place = c.value.place;
    const citation = { source: c.source, quote: c.quote };
    // A site already known as precisely or more precisely is not added again; a more precise one
    // (a city inside a region already listed) takes the region's place, and a named zone takes
    // the place of an unnamed one in the same city.
    const unnamedBeside = (s: { place: string }) =>
      places.get(place)?.unnamed &&
      places.get(s.place)?.kind === "special economic zone" &&
      places.get(s.place)?.parent === places.get(place)?.parent;
    if (out.sites.some((s) => ancestry(places, s.place).includes(place) || unnamedBeside(s))) continue;
    const broader = out.sites.findIndex(
      (s) =>
        ancestry(places, place).includes(s.place) ||
        (places.get(s.place)?.unnamed &&
          places.get(s.place)?.parent === places.get(place)?.parent &&
          places.get(place)?.kind === "special economic zone"),
    );
    if (broader >= 0) out.sites[broader] = { place, citation };
    else out.sites.push({ place, citation });
  }
}

const STAGE_RANK: Record<string, number> = {
  planned: 0,
  talks: 1,
  memorandum: 2,
  approved: 3,
  signed: 4,
  "under construction": 5,
  launched: 6,
  suspended: 7,
  // Work taken up again says least of how far it has got: a source's other stage says more.
  resumed: 0.5,
  cancelled: 8,
};

/**
 * A project's stages, oldest first: one per source (the furthest it reports, with the event's own
 * date when given). The current stage is the newest event.
 */
function foldStages(out: InvestmentProject, claims: Claim[]): void {
  const perSource = new Map<string, Claim>();
  for (const c of claims) {
    if (c.value.kind !== "stage") continue;
    const had = perSource.get(c.source);
    const rank = (x: Claim) => (x.value.kind === "stage" ? (STAGE_RANK[x.value.stage] ?? 0) : 0);
    // Of two sentences telling one stop, the one that tells it ("has been suspended indefinitely")
    // is cited before the one that gives its cause ("the investor stopped considering the site
    // because …"): the cause is carried over below.
    if (!had || rank(c) > rank(had) || (rank(c) === rank(had) && stageDetail(c) > stageDetail(had)))
      perSource.set(c.source, c);
  }
  // The cause another sentence of the same source gives of the same stop.
  for (const [source, best] of perSource) {
    if (best.value.kind !== "stage" || best.value.because) continue;
    const stage = best.value.stage;
    const because = claims.find(
      (c) => c.source === source && c.value.kind === "stage" && c.value.stage === stage && c.value.because,
    );
    if (because?.value.kind === "stage")
      perSource.set(source, { ...best, value: { ...best.value, because: because.value.because } } as Claim);
  }
  // An earlier event an article dates itself ("signed a memorandum in 2023", then launched) is kept too.
  const earlier = claims.filter((c) => {
    const best = perSource.get(c.source);
    if (c === best || c.value.kind !== "stage" || !c.value.date || best?.value.kind !== "stage") return false;
    return c.value.stage !== best.value.stage && c.value.date < (best.value.date ?? best.date ?? "9999");
  });
  const stages: StageEvent[] = [...perSource.values(), ...earlier].flatMap((c) =>
    c.value.kind === "stage"
      ? [
          {
            value: c.value.stage,
            date: c.value.date ?? c.date,
            dated: c.value.date ? ("event" as const) : ("report" as const),
            ...(c.value.by ? { by: c.value.by } : {}),
            ...(c.value.because ? { because: c.value.because } : {}),
            citation: { source: c.source, quote: c.quote },
          },
        ]
      : [],
  );
  if (!stages.length) return;
  stages.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || Number(!!a.by) - Number(!!b.by));
  // Two reports of one event (the same stage on the same day) are one event: the fuller report stays.
  const events = stages.filter(
    (e, i) => !stages.slice(i + 1).some((x) => x.value === e.value && x.date === e.date),
  );
  out.stages = events;
  out.stage = events.at(-1);
}

/** Scopes: the curated ones and those articles define, each with its figures folded like a project's. */
function foldScopes(curated: Dataset, claims: readonly Claim[], projects: InvestmentProject[]): Scope[] {
  const scopeClaims = bySubject(claims, "scope");
  // The curated headline totals are the curated set's figures.
  const curatedSet = curated.scopes.find((s) => s.kind === "set");
  if (curatedSet) {
    const totals = claims.filter((c) => c.subject.type === "totals");
    scopeClaims.set(curatedSet.id, [...totals, ...(scopeClaims.get(curatedSet.id) ?? [])]);
  }
  const out = new Map(curated.scopes.map((s) => [s.id, { ...s }]));
  for (const [id, list] of scopeClaims) {
    const def = chronological(list.filter((c) => c.attribute === "scope" && c.status === "active")).at(0);
    let scope = out.get(id);
    if (!scope && def?.value.kind === "scope") {
      const v = def.value;
      scope = {
        id,
        kind: v.scope,
        name: v.name ?? { en: id },
        aliases: [],
        ...(v.place ? { place: v.place } : {}),
        ...(v.organisation ? { organisation: v.organisation } : {}),
        ...(v.members ? { members: v.members } : {}),
        ...(v.agreement ? { agreement: v.agreement } : {}),
        ...(v.stage
          ? {
              stage: {
                value: v.stage,
                date: def.date,
                dated: "report" as const,
                citation: { source: def.source, quote: def.quote },
              },
            }
          : {}),
        citation: { source: def.source, quote: def.quote },
        figures: {},
      };
    }
    if (!scope) continue;
    const figures: Scope["figures"] = { ...scope.figures };
    for (const a of ScopeAttribute.options) {
      const of = list.filter((c) => c.attribute === a && counted(c));
      const f = of.length ? currentFigure(of, scope.kind === "set") : null;
      if (f)
        figures[a] = a === "share" ? ofReportYears(f, chronological(of.filter(counted)).at(-1)?.date) : f;
    }
    out.set(id, { ...scope, figures });
  }
  // A set's members are its projects as the view knows them (one announced in several articles).
  const known = new Set(projects.map((p) => p.id));
  return [...out.values()].map((s) =>
    s.members ? { ...s, members: s.members.filter((m) => known.has(m)) } : s,
  );
}

/**
 * A company's project: the one it is the company of, or of whose group it is (a subsidiary, its
 * plant's operator); the newest reported when it has several.
 */
export function projectOf(dataset: Dataset, companyId: string): InvestmentProject | undefined {
  return projectIndex(dataset.projects).byCompany.get(companyId);
}

/** The first project whose company it is (its group's left aside), as a search of the list finds it. */
export function companyProject(dataset: Dataset, companyId: string): InvestmentProject | undefined {
  return projectIndex(dataset.projects).first.get(companyId);
}

interface ProjectIndex {
  size: number;
  /** `projectOf`: by company and by affiliate, the newest reported. */
  byCompany: Map<string, InvestmentProject>;
  /** `companyProject`: by company only, the first in the list. */
  first: Map<string, InvestmentProject>;
}

/**
 * Each company's project, indexed once per list of projects: answering asks `projectOf` for every
 * company it names or ranks, and a scan of the whole list each time made a view of 1,000 projects
 * quadratic. Views are built whole and never changed after; the length is checked all the same.
 */
const projectIndexes = new WeakMap<readonly InvestmentProject[], ProjectIndex>();

function projectIndex(projects: readonly InvestmentProject[]): ProjectIndex {
  const known = projectIndexes.get(projects);
  if (known && known.size === projects.length) return known;
  const all = new Map<string, InvestmentProject[]>();
  const first = new Map<string, InvestmentProject>();
  for (const p of projects) {
    if (!first.has(p.company)) first.set(p.company, p);
    for (const id of new Set([p.company, ...(p.affiliates ?? [])])) {
      const list = all.get(id);
      if (list) list.push(p);
      else all.set(id, [p]);
    }
  }
  const byCompany = new Map<string, InvestmentProject>();
  for (const [id, own] of all) {
    const newest =
      own.length <= 1
        ? own[0]
        : [...own].sort((a, b) => (b.reported ?? "").localeCompare(a.reported ?? ""))[0];
    if (newest) byCompany.set(id, newest);
  }
  const index = { size: projects.length, byCompany, first };
  projectIndexes.set(projects, index);
  return index;
}

export type ExclusionReason = "talks" | "otherSector" | "cancelled";

/** Why a project is left out of pharmaceutical totals and rankings, or null when it counts. */
export function exclusionOf(p: InvestmentProject): ExclusionReason | null {
  if (p.sector === "other") return "otherSector";
  if (p.stage?.value === "cancelled") return "cancelled";
  if (p.stage?.value === "talks" || p.stage?.value === "memorandum") return "talks";
  return null;
}
