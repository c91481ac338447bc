import { variants } from "../knowledge/phrases.js";
import type {
  Citation,
  Dataset,
  Fact,
  Figure,
  InvestmentProject,
  Place,
  ProjectStage,
  Qualifier,
  Scope,
  ScopeAttribute,
  Unit,
} from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { companyProject, type ExclusionReason, exclusionOf, projectOf } from "../knowledge/view.js";
import { affiliates, agreementFinding, agreementsWith, projectStage } from "./agreements.js";
import type { Ref } from "./entities.js";
import { type Derived, type Finding, METRICS, type Metric, org, place } from "./findings.js";
import { PRODUCT_SYNONYMS } from "./lexicon.js";
import type { DerivedQualifier } from "./types.js";

/**
 * The figure tools' logic: pure functions of the dataset that return findings (values with their
 * qualifiers and citations, derived values with their arithmetic, notes), never prose. Prose is
 * written by compose.ts in the reader's language.
 */

export function metricOf(project: InvestmentProject, metric: Metric): Figure | null {
  return project[metric];
}

/**
 * The places by id (the first of an id, as a search of the list finds it), indexed once per list:
 * `within` climbs a place's parents for every site of every project a list or a sum looks at.
 */
const placeIndex = new WeakMap<readonly Place[], { size: number; byId: Map<string, Place> }>();

function placesById(dataset: Dataset): Map<string, Place> {
  const known = placeIndex.get(dataset.places);
  if (known && known.size === dataset.places.length) return known.byId;
  const byId = new Map<string, Place>();
  for (const p of dataset.places) if (!byId.has(p.id)) byId.set(p.id, p);
  placeIndex.set(dataset.places, { size: dataset.places.length, byId });
  return byId;
}

const parentOf = (dataset: Dataset, id: string): string | null => placesById(dataset).get(id)?.parent ?? null;

/** The places a project is in, each with its ancestors (a SEZ is in its city or region). */
export function projectPlaces(dataset: Dataset, project: InvestmentProject): Set<string> {
  const out = new Set<string>();
  for (const site of project.sites) {
    for (let id: string | null = site.place; id; id = parentOf(dataset, id)) out.add(id);
  }
  return out;
}

/** Does a place (or one of its ancestors) equal `target`? */
/** "Is the TURAN zone in Almaty Region?": yes or no, with the region (or city) it does lie in. */
export function placeIn(dataset: Dataset, placeId: string, targetId: string): Finding[] {
  const parent = dataset.places.find((p) => p.id === placeId)?.parent;
  // The sentence that places a project there says where the place lies ("in the TURAN zone in the Turkistan Region").
  const citation = dataset.projects.flatMap((p) => p.sites).find((x) => x.place === placeId)?.citation;
  return [
    {
      kind: "placeIn",
      place: { type: "place", id: placeId },
      within: { type: "place", id: targetId },
      yes: within(dataset, placeId, targetId),
      ...(parent ? { parent: { type: "place", id: parent } } : {}),
      ...(citation ? { citation } : {}),
    },
  ];
}

/** "in which city is Abdi's plant": said when its sites are regions, or zones of a region, only. */
export function noCityNamed(dataset: Dataset, companyId: string): Finding[] {
  const sites = projectOf(dataset, companyId)?.sites ?? [];
  const inCity = (id: string): boolean => {
    const place = dataset.places.find((p) => p.id === id);
    return !!place && (place.kind === "city" || (!!place.parent && inCity(place.parent)));
  };
  return sites.length && !sites.some((x) => inCity(x.place))
    ? [{ kind: "noCity", subject: org(companyId) }]
    : [];
}

export function within(dataset: Dataset, placeId: string, target: string): boolean {
  if (!placeId) return false;
  return placeId === target || placesInside(dataset, target).has(placeId);
}

/**
 * The places whose parents lead up to `target`, found once per list of places and target: a
 * place's answer asks `within` for every site of every project, and climbing each one's parents
 * was most of answering over a view of 1,000 projects.
 */
const insideByPlaces = new WeakMap<readonly Place[], { size: number; inside: Map<string, Set<string>> }>();

function placesInside(dataset: Dataset, target: string): ReadonlySet<string> {
  let known = insideByPlaces.get(dataset.places);
  if (!known || known.size !== dataset.places.length) {
    known = { size: dataset.places.length, inside: new Map() };
    insideByPlaces.set(dataset.places, known);
  }
  const cached = known.inside.get(target);
  if (cached) return cached;
  const inside = new Set<string>();
  for (const id of placesById(dataset).keys()) {
    for (let at = parentOf(dataset, id); at; at = parentOf(dataset, at)) {
      if (at === target) {
        inside.add(id);
        break;
      }
    }
  }
  known.inside.set(target, inside);
  return inside;
}

/** The place of `want` kind named like `placeId` ("Almaty" ↔ "Almaty Region"), or its parent region. */
export function counterpartOf(placeId: string, want: "region" | "city", dataset: Dataset): string | null {
  const place = dataset.places.find((p) => p.id === placeId);
  if (!place || place.kind === want) return null;
  const base = place.name.en.toLowerCase();
  const named = dataset.places.find(
    (p) =>
      p.kind === want &&
      p.id !== place.id &&
      (p.name.en.toLowerCase().startsWith(`${base} `) || base.startsWith(`${p.name.en.toLowerCase()} `)),
  );
  return (named ?? dataset.places.find((p) => p.kind === want && p.id === place.parent))?.id ?? null;
}

/** Which of the places offered a company's sites lie in: "Almaty city or Almaty Region?". */
export function choiceOf(dataset: Dataset, company: string, offered: Ref[]): Finding[] {
  const sites = projectOf(dataset, company)?.sites ?? [];
  if (!sites.length) return [];
  const holds = (p: Ref) => sites.some((s) => within(dataset, s.place, p.id));
  return [
    {
      kind: "choice",
      subject: org(company),
      picked: offered.filter(holds),
      other: offered.filter((p) => !holds(p)),
    },
  ];
}

/** A project left out of pharmaceutical totals and rankings, and why. */
export interface Excluded {
  subject: Ref;
  reason: ExclusionReason;
  citation?: Citation;
}

/** The projects totals and rankings count, and those left out; shared, so never to be changed. */
export interface Counted {
  counted: readonly InvestmentProject[];
  excluded: readonly Excluded[];
}

/**
 * The projects pharmaceutical totals and rankings count, and the others with why; `talks` keeps
 * projects only discussed (for lists and place questions, where they are named as such).
 */
export function countedProjects(dataset: Dataset, talks = false): Counted {
  const split = countedSplits(dataset.projects);
  return talks ? split.withTalks : split.pharmaceutical;
}

/**
 * Both splits, worked out once per list of projects: one answer over a view of 1,000 projects asks
 * for the counted ones several times (a ranking in tenge and in dollars, a place's list, its sum),
 * each time reading every project record and building the lists again. Views are never changed
 * once built; the length is checked anyway.
 */
const splitsByProjects = new WeakMap<
  readonly InvestmentProject[],
  { size: number; pharmaceutical: Counted; withTalks: Counted }
>();

function countedSplits(projects: readonly InvestmentProject[]) {
  const known = splitsByProjects.get(projects);
  if (known && known.size === projects.length) return known;
  const reasons = exclusions(projects);
  const split = (talks: boolean): Counted => {
    const counted: InvestmentProject[] = [];
    const excluded: Excluded[] = [];
    for (const [i, p] of projects.entries()) {
      const reason = reasons[i] ?? null;
      if (!reason || (talks && reason === "talks")) counted.push(p);
      else
        excluded.push({
          subject: org(p.company),
          reason,
          ...(reason !== "otherSector" && p.stage ? { citation: p.stage.citation } : {}),
        });
    }
    return { counted, excluded };
  };
  const splits = { size: projects.length, pharmaceutical: split(false), withTalks: split(true) };
  splitsByProjects.set(projects, splits);
  return splits;
}

/** Each project's exclusion, worked out once per list of projects (as the splits are). */
const exclusionsByProjects = new WeakMap<readonly InvestmentProject[], (ExclusionReason | null)[]>();

function exclusions(projects: readonly InvestmentProject[]): (ExclusionReason | null)[] {
  const known = exclusionsByProjects.get(projects);
  if (known && known.length === projects.length) return known;
  const reasons = projects.map(exclusionOf);
  exclusionsByProjects.set(projects, reasons);
  return reasons;
}

/** The same dataset with only the projects pharmaceutical totals count (read, never changed). */
function countedOnly(dataset: Dataset): Dataset {
  return { ...dataset, projects: countedProjects(dataset).counted as InvestmentProject[] };
}

const round = (x: number, digits = 3) => Number(x.toPrecision(digits));
const roundTo = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * Carries qualifiers through a sum: any lower bound (at least, more than) makes a minimum, any
 * "up to" a maximum, any estimate an estimate; lower and upper bounds together bound nothing, so
 * the sum is only approximate.
 */
export function sumQualifier(qs: Qualifier[]): DerivedQualifier {
  const lower = qs.some((q) => q === "at least" || q === "more than");
  const upper = qs.includes("up to");
  const estimate = qs.some((q) => q === "around" || q === "approximately");
  if (lower && upper) return "approximately";
  if (upper) return "at most";
  if (lower && estimate) return "at least about";
  if (lower) return "at least";
  return estimate ? "approximately" : "exact";
}

export function sum(figures: Figure[]): Derived {
  const decimals = Math.max(...figures.map((f) => (f.text.split(".")[1] ?? "").length), 0);
  return {
    value: roundTo(
      figures.reduce((s, f) => s + f.value, 0),
      decimals,
    ),
    unit: figures[0]?.unit ?? "jobs",
    qualifier: sumQualifier(figures.map((f) => f.qualifier)),
    inputs: figures,
    op: "sum",
  };
}

/**
 * How many times `a` is `b` (265 jobs ÷ 60 jobs ≈ 4.4): an estimate unless both are exact. Close
 * figures keep two decimals, so 54 ÷ 53 is 1.02 times, never "1 times".
 */
function timesOf(a: Figure, b: Figure): Derived {
  const times = a.value / b.value;
  return {
    value: roundTo(times, times < 2 ? 2 : 1),
    unit: a.unit,
    qualifier: a.qualifier === "exact" && b.qualifier === "exact" ? "exact" : "approximately",
    inputs: [a, b],
    op: "times",
  };
}

/**
 * How much bigger the more is than the less, in percent of the less ((a − b) ÷ b × 100), or how
 * much smaller the less is, in percent of the more ((a − b) ÷ a × 100).
 */
function percentGap(a: Figure, b: Figure, asked: "more" | "less"): Derived {
  const of = asked === "more" ? b : a;
  return {
    value: roundTo(((a.value - b.value) / of.value) * 100, 1),
    unit: "percent",
    qualifier: a.qualifier === "exact" && b.qualifier === "exact" ? "exact" : "approximately",
    inputs: [a, b, of],
    op: asked === "more" ? "percentMore" : "percentLess",
  };
}

function difference(a: Figure, b: Figure | Derived, unit: Unit): Derived {
  const decimals = Math.max((a.text.split(".")[1] ?? "").length, 1);
  const bInputs = "inputs" in b ? b.inputs : [b];
  return {
    value: roundTo(a.value - b.value, decimals),
    unit,
    qualifier: differenceQualifier(
      a.qualifier,
      bInputs.map((f) => f.qualifier),
    ),
    inputs: [a, ...bInputs],
    op: "difference",
  };
}

const isLower = (q: Qualifier) => q === "at least" || q === "more than";
const isEstimate = (q: Qualifier) => q === "around" || q === "approximately";

/**
 * Carries qualifiers through a difference: at least 200 minus exactly 60 is at least 140; exactly
 * 200 minus at least 150 is at most 50; around 265 minus at least 200 is at most about 65. Two minimums (or two maximums) bound nothing: the gap is
 * only that of the stated figures, said as such (`boundsOnly`), never "approximately".
 */
export function differenceQualifier(a: Qualifier, bs: Qualifier[]): DerivedQualifier {
  const estimate = isEstimate(a) || bs.some(isEstimate);
  const lower = isLower(a) || bs.includes("up to");
  const upper = a === "up to" || bs.some(isLower);
  if (lower && upper) return "exact";
  if (lower) return estimate ? "at least about" : "at least";
  if (upper) return estimate ? "at most about" : "at most";
  return estimate ? "approximately" : "exact";
}

/** Whether a difference is between two minimums or two maximums: it says nothing of the real gap. */
export const boundsOnly = (d: Derived): boolean => {
  const [a, ...bs] = d.inputs.map((f) => f.qualifier);
  if (!a) return false;
  return (isLower(a) && bs.some(isLower)) || (a === "up to" && bs.includes("up to"));
};

/** Lists a metric for one company: a value, or "not stated" (never a guess). */
export function metricForCompany(dataset: Dataset, metric: Metric, companyId: string): Finding[] {
  const project = projectOf(dataset, companyId);
  if (!project) return [{ kind: "notInSources", subject: org(companyId), metric }];
  const figure = metricOf(project, metric);
  // Sums of parts (construction, equipment) are shown beside the whole, never taken for it or added up.
  const partsOf = (project.parts ?? []).filter((p) => p.attribute === metric);
  const parts: Finding[] = partsOf.length
    ? [{ kind: "parts", subject: org(companyId), metric, parts: partsOf }]
    : [];
  // "How many medicines will Orda Glass produce?": a supplier makes none; what it makes answers.
  const supplies = project.products.find((f) => f.medicine === false);
  if (!figure && metric === "medicines" && supplies)
    return [{ kind: "notMedicines", subject: org(companyId), fact: supplies }];
  if (!figure) {
    // "How much has been invested in the Pavlodar plant": what it has invested over the years answers,
    // named as such, with no "not stated" before it.
    const own = companyOwnFigures(dataset, project, metric);
    const remainder = remainderFor(dataset, metric, project);
    if (own.length && !remainder && !parts.length) return own;
    const findings: Finding[] = [{ kind: "notStated", subject: org(companyId), metric }];
    if (remainder) findings.push(remainder);
    return [...findings, ...parts, ...own];
  }
  return [
    { kind: "value", subject: org(companyId), metric, figure },
    ...parts,
    ...companyOwnFigures(dataset, project, metric),
    ...notYetAgreed(dataset, companyId, project),
  ];
}

/** A figure of a project only discussed, announced, suspended or cancelled comes with that stage. */
function notYetAgreed(dataset: Dataset, companyId: string, project: InvestmentProject): Finding[] {
  const stage = project.stage?.value;
  if (!stage || !["talks", "memorandum", "planned", "suspended", "cancelled"].includes(stage)) return [];
  return projectStage(dataset, companyId);
}

/**
 * What a company of the project has invested over the years, as the sources state it apart from
 * the project ("Polpharma has already invested more than $130 million in Chimpharm"): its own
 * figures, named as such, never the project's.
 */
function companyOwnFigures(dataset: Dataset, project: InvestmentProject, metric: Metric): Finding[] {
  const orgs = [project.company, ...(project.affiliates ?? [])];
  // A joint plant of two companies ("Astana Medica and Deva Holding … a joint plant worth $62M"):
  // the pair's figure, named as theirs together, beside the member's missing own.
  const pair = (s: Dataset["scopes"][number]) =>
    s.kind === "set" && !s.agreement && s.members?.length === 2 && s.members.includes(project.id);
  return dataset.scopes
    .filter(
      (s) =>
        ((s.kind === "company" && s.organisation && orgs.includes(s.organisation)) || pair(s)) &&
        s.figures[metric],
    )
    .map((s) => ({
      kind: "scopeFigure",
      scope: s.id,
      attribute: metric,
      figure: s.figures[metric] as Figure,
    }));
}

/**
 * When exactly one project lacks a figure that the headline total covers, the difference is
 * that project's share by arithmetic: offered, labelled as derived.
 */
/**
 * The projects a headline total is about: those of the agreement its source announces (a project
 * that arrived with a later article is not in "the total investment across the projects").
 */
export function coveredBy(dataset: Dataset, headline: Figure): InvestmentProject[] {
  const set =
    dataset.scopes.find(
      (s) =>
        s.kind === "set" &&
        Object.values(s.figures).some((f) => f?.citation.quote === headline.citation.quote),
    ) ?? dataset.scopes.find((s) => s.kind === "set" && s.agreement);
  if (set?.members) return dataset.projects.filter((p) => set.members?.includes(p.id));
  const told = new Set(
    dataset.agreements.filter((a) => a.summary.citation.source === headline.citation.source).map((a) => a.id),
  );
  return dataset.projects.filter((p) => p.agreement && told.has(p.agreement));
}

function remainderFor(dataset: Dataset, metric: Metric, project: InvestmentProject): Finding | null {
  if (metric !== "investmentKzt" && metric !== "investmentUsd") return null;
  const headline = dataset.totals[metric];
  const covered = coveredBy(dataset, headline);
  if (!covered.some((p) => p.id === project.id)) return null;
  const others = covered.filter((p) => p.id !== project.id).map((p) => metricOf(p, metric));
  if (others.some((f) => !f)) return null;
  const statedSum = sum(others as Figure[]);
  // Later figures may exceed an old headline: a negative remainder says nothing about the company.
  if (statedSum.value > headline.value) return null;
  return {
    kind: "remainder",
    subject: org(project.company),
    metric,
    derived: difference(headline, statedSum, headline.unit),
  };
}

/**
 * The headline total less the named companies' own figures ("173 minus AltINFARM"): derived, and
 * only when each of them states the figure and their sum stays within the headline.
 */
export function totalLess(dataset: Dataset, metric: Metric, companies: string[]): Finding[] {
  const headline = metric === "sociallySignificant" ? null : dataset.totals[metric];
  const own = companies.map((c) => projectOf(dataset, c)).map((p) => p && metricOf(p, metric));
  if (!headline || !own.every(Boolean)) return companies.flatMap((c) => metricForCompany(dataset, metric, c));
  const parts = own as Figure[];
  const less = parts.length === 1 ? (parts[0] as Figure) : sum(parts);
  if (less.value > headline.value) return [];
  const others = othersOfHeadline(dataset, metric, headline, companies);
  if (others) return others;
  return [
    {
      kind: "totalLess",
      subjects: companies.map(org),
      metric,
      derived: difference(headline, less, headline.unit),
    },
  ];
}

/**
 * "Medicines excluding MSP" when the headline's projects each state the figure but do not add up
 * to it (284 listed, 356 stated): the headline less the named is no count of the others, so the
 * others' own figures are summed (othersStated), and the gap is said.
 */
function othersOfHeadline(
  dataset: Dataset,
  metric: Metric,
  headline: Figure,
  companies: string[],
): Finding[] | null {
  const figures = coveredBy(dataset, headline).map((p) => metricOf(p, metric));
  if (!figures.length || !figures.every(Boolean)) return null;
  const listed = sum(figures as Figure[]);
  if (addsUp(headline, listed)) return null;
  const others = othersStated(dataset, metric, companies, false);
  return others.length ? [...others, { kind: "gap", metric, headline, listed }] : null;
}

/** The companies of projects given up in a place: none of its counted projects, still its news. */
export function givenUpIn(dataset: Dataset, placeId: string): string[] {
  return dataset.projects
    .filter((p) => exclusionOf(p) === "cancelled" && p.sites.some((x) => within(dataset, x.place, placeId)))
    .map((p) => p.company);
}

/**
 * "Excluding Nobel, the others' stated investment", «Нобелді есептемегенде қалғандарының
 * көрсетілген инвестициясы», "besides AltINFARM, what are the other investment amounts": the other
 * projects of the headline's set by their own figures, summed (or each), those stating none named
 * as such; the headline less the named would count an unstated figure as theirs.
 */
export function othersStated(
  dataset: Dataset,
  metric: Metric,
  companies: string[],
  each: boolean,
): Finding[] {
  const headline = metric === "sociallySignificant" ? null : dataset.totals[metric];
  if (!headline) return [];
  // ("what's left for Abdi of the 173 bn" asks the remainder of one who states none: not the others.)
  const covered = coveredBy(dataset, headline);
  const named = covered.filter((p) => companies.includes(p.company));
  if (named.some((p) => !metricOf(p, metric))) return [];
  const others = covered.filter((p) => !companies.includes(p.company));
  if (!others.length) return [];
  if (each) return others.flatMap((p) => metricForCompany(dataset, metric, p.company));
  const withOwn = others.filter((p) => metricOf(p, metric));
  if (!withOwn.length) return [];
  return [
    {
      kind: "sum",
      metric,
      derived: sum(withOwn.map((p) => metricOf(p, metric) as Figure)),
      subjects: withOwn.map((p) => org(p.company)),
      missing: others.filter((p) => !metricOf(p, metric)).map((p) => org(p.company)),
      scope: "selection",
    },
  ];
}

/** A metric for a place: projects wholly there, and projects that span it with other places. */
export function metricForPlace(dataset: Dataset, metric: Metric, placeId: string): Finding[] {
  if (dataset.places.find((p) => p.id === placeId)?.kind === "country") return totalOf(dataset, metric);
  // What a source states for the place itself (a region's investment over all its projects) is the
  // answer, as itself, with the count of projects it covers: never summed with its companies' figures.
  const money = metric === "investmentKzt" || metric === "investmentUsd";
  const regions = dataset.scopes.filter(
    (s) =>
      s.kind === "region" &&
      s.place === placeId &&
      (s.figures[metric] || (money && (s.figures.investmentKzt || s.figures.investmentUsd))),
  );
  // Its other currency is its twin: the companies' dollar figures are no answer beside it.
  if (regions.length)
    return regions.flatMap((s) =>
      s.figures[metric] ? scopeFigures(dataset, s.id, [metric, "projects"]) : [],
    );
  const { findings, whole, missing } = figuresBySite(dataset, metric, [placeId], "inside");
  // "How much was the Aktobe plant to cost": a project given up there is told with its stage, apart
  // from the place's sum, and is never "no project there".
  const givenUp = givenUpIn(dataset, placeId).flatMap((c) => [
    ...metricForCompany(dataset, metric, c),
    ...projectStage(dataset, c),
  ]);
  if (findings.length === 0) return givenUp.length ? givenUp : [noProjects(dataset, placeId)];
  findings.push(...givenUp);
  if (whole.length > 1) findings.push(placeSum(metric, whole, missing, placeId));
  return findings;
}

/**
 * A metric outside a place ("jobs outside Almaty city"): the projects with no site there, summed;
 * a project with sites on both sides is said as such, its figure not split by region.
 */
export function metricOutside(dataset: Dataset, metric: Metric, placeIds: string[]): Finding[] {
  const { findings, whole, missing } = figuresBySite(dataset, metric, placeIds, "outside");
  if (whole.length > 1 && placeIds[0])
    findings.push({ ...placeSum(metric, whole, missing, placeIds[0]), outside: placeIds.map(place) });
  return findings;
}

/**
 * Each counted project with a site on the side of a place asked: its figure when every site is on
 * that side, else said to span both ("covers both together, not split"), or said to be unstated.
 */
function figuresBySite(dataset: Dataset, metric: Metric, placeIds: string[], side: "inside" | "outside") {
  const findings: Finding[] = [];
  const whole: { subject: Ref; figure: Figure }[] = [];
  const missing: Ref[] = [];
  const onSideOf = (placeId: string) =>
    placeIds.some((x) => within(dataset, placeId, x)) === (side === "inside");
  for (const project of countedProjects(dataset, true).counted) {
    // Most projects of a large view have no site on the side asked: passed over before any list
    // (or function) is made for them.
    if (!hasSiteOnSide(dataset, project, placeIds, side === "inside")) continue;
    const sites = project.sites.map((s) => s.place);
    const onSide = sites.filter(onSideOf);
    const figure = metricOf(project, metric);
    const subject = org(project.company);
    const where = [...new Set(project.sites.map((s) => s.citation))];
    if (!figure) {
      // Not the headline's remainder here: it would bring other places' figures into a place's answer.
      if (onSide.length === sites.length) missing.push(subject);
      findings.push({ kind: "notStated", subject, metric });
    } else if (onSide.length < sites.length) {
      const asked = side === "inside" ? (placeIds[0] as string) : (onSide[0] as string);
      findings.push({
        kind: "spans",
        subject,
        metric,
        figure,
        places: sites.map(place),
        asked: place(asked),
        where,
      });
    } else {
      whole.push({ subject, figure });
      findings.push({ kind: "value", subject, metric, figure, where });
    }
  }
  return { findings, whole, missing };
}

/** Whether a site of the project is inside the places (`inside`), or outside them all. */
function hasSiteOnSide(
  dataset: Dataset,
  project: InvestmentProject,
  placeIds: string[],
  inside: boolean,
): boolean {
  for (const site of project.sites) {
    let inAny = false;
    for (const id of placeIds) if (within(dataset, site.place, id)) inAny = true;
    if (inAny === inside) return true;
  }
  return false;
}

/** The project's first site in the place (a loop: asked of every project of a view). */
function siteWithin(dataset: Dataset, project: InvestmentProject, placeId: string) {
  for (const site of project.sites) if (within(dataset, site.place, placeId)) return site;
  return undefined;
}

function placeSum(
  metric: Metric,
  whole: { subject: Ref; figure: Figure }[],
  missing: Ref[],
  placeId: string,
): Extract<Finding, { kind: "sum" }> {
  return {
    kind: "sum",
    metric,
    derived: sum(whole.map((w) => w.figure)),
    subjects: whole.map((w) => w.subject),
    missing,
    scope: place(placeId),
  };
}

/** The companies with no site in any of the places ("not in an SEZ"), each cited by where it builds. */
export function companiesOutside(dataset: Dataset, placeIds: string[]): Finding[] {
  const inside = (id: string) => placeIds.some((x) => within(dataset, id, x));
  const items = countedProjects(dataset, true).counted.flatMap((p) => {
    const site = p.sites.find((s) => !inside(s.place));
    if (!site || p.sites.some((s) => inside(s.place))) return [];
    return [{ ref: org(p.company), citation: site.citation }];
  });
  return [{ kind: "list", what: "companies", items, outside: placeIds.map(place) }];
}

/** No project is in a place: said with the cities and regions where the projects are. */
export function noProjects(dataset: Dataset, placeId: string): Finding {
  // Where the projects a list would name are: not where one was given up or is of another sector.
  const elsewhere = [
    ...new Set(
      countedProjects(dataset, true).counted.flatMap((p) => p.sites.map((s) => topPlace(dataset, s.place))),
    ),
  ];
  // A city may be asked for its region: the companies of the region around it are named too.
  const parent = dataset.places.find((p) => p.id === placeId)?.parent;
  const region = dataset.places.find((p) => p.id === parent && p.kind === "region");
  const around = region
    ? countedProjects(dataset, true)
        .counted.filter((p) => p.sites.some((s) => within(dataset, s.place, region.id)))
        .map((p) => org(p.company))
    : [];
  return {
    kind: "noProjects",
    place: place(placeId),
    elsewhere: elsewhere.map(place),
    ...(region && around.length ? { around: { place: place(region.id), companies: around } } : {}),
  };
}

/**
 * A figure grouped by company, or by the city or region the sites are in: each group sums the
 * projects wholly inside it; a project whose one figure covers several groups is kept apart
 * (never divided), and a project without the figure is named, never counted as zero.
 */
export function groupBy(dataset: Dataset, metric: Metric, by: "company" | "region" | "city"): Finding[] {
  const groups = new Map<string, { subject: Ref; figure: Figure }[]>();
  const unsplit: { subject: Ref; figure: Figure; places: Ref[]; groups: Ref[] }[] = [];
  const missing: { subject: Ref; groups: Ref[] }[] = [];
  const refOf = by === "company" ? org : place;
  for (const project of countedProjects(dataset).counted) {
    const figure = metricOf(project, metric);
    const subject = org(project.company);
    const keys =
      by === "company"
        ? [project.company]
        : [...new Set(project.sites.map((s) => (by === "region" ? regionOf : topPlace)(dataset, s.place)))];
    if (!figure) missing.push({ subject, groups: keys.map(refOf) });
    else if (keys.length > 1)
      unsplit.push({
        subject,
        figure,
        places: project.sites.map((s) => place(s.place)),
        groups: keys.map(refOf),
      });
    else {
      const key = keys[0] as string;
      groups.set(key, [...(groups.get(key) ?? []), { subject, figure }]);
    }
  }
  return [
    {
      kind: "group",
      metric,
      by,
      groups: [...groups].map(([id, parts]) => ({
        group: refOf(id),
        parts,
        derived: sum(parts.map((x) => x.figure)),
      })),
      unsplit,
      missing,
    },
  ];
}

/**
 * A total over everything known, saying what it covers: each announced set's own stated total
 * (with a reporting error among its reports flagged), then the sum of the counted projects'
 * figures (pharmaceutical ones past the talks stage), naming those left out and why.
 */
export function totalOf(
  dataset: Dataset,
  metric: Metric,
  stated = false,
  checked = false,
  side?: "more" | "less",
): Finding[] {
  const { counted, excluded } = countedProjects(dataset);
  const withOwn = counted.filter((p) => metricOf(p, metric));
  const findings: Finding[] = [];
  const sets = dataset.scopes.filter((x) => x.kind === "set" && x.figures[metric]);
  for (const set of sets) findings.push(...setTotal(dataset, set, metric, false, checked, side));
  // When the announced sets' totals cover every project counted, a sum of their stated parts says
  // nothing more, and a partial sum (three of four companies) reads like a second total.
  const covered = counted.every((p) => sets.some((s) => s.members?.includes(p.id)));
  if (sets.length && covered && !excluded.length && !stated) return findings;
  const withFigure = excluded.filter((e) => {
    const p = companyProject(dataset, e.subject.id);
    return p && metricOf(p, metric);
  });
  findings.push({ kind: "coverage", metric, count: counted.length, excluded: withFigure });
  findings.push({
    kind: "sum",
    metric,
    derived: sum(withOwn.map((p) => metricOf(p, metric) as Figure)),
    subjects: withOwn.map((p) => org(p.company)),
    missing: counted.filter((p) => !metricOf(p, metric)).map((p) => org(p.company)),
  });
  return findings;
}

/** A gap smaller than this share of the headline is rounding, not a missing part. */
const GAP_TOLERANCE = 0.01;
export const addsUp = (headline: Figure, listed: Derived): boolean =>
  Math.abs(listed.value - headline.value) <= GAP_TOLERANCE * headline.value;

/**
 * A set of projects an article announced: its stated total for a figure (reports far out of line
 * flagged as errors), and, with `members`, the sum of its projects' own figures; a gap between the
 * two, and for the investment the remainder left to the one project that states none. `checked`:
 * a yes/no question asks whether they add up, so the answer is said either way, first.
 */
export function setTotal(
  dataset: Dataset,
  set: Scope,
  metric: Metric,
  members = true,
  checked = false,
  side?: "more" | "less",
): Finding[] {
  const findings: Finding[] = [];
  const figure = set.figures[metric];
  // A dollar total is a conversion of the tenge total the government states: both are said.
  const kzt = metric === "investmentUsd" ? set.figures.investmentKzt : undefined;
  if (kzt) findings.push({ kind: "scopeFigure", scope: set.id, attribute: "investmentKzt", figure: kzt });
  if (figure) findings.push({ kind: "scopeFigure", scope: set.id, attribute: metric, figure });
  const projects = dataset.projects.filter((p) => set.members?.includes(p.id));
  // Each member as the announcement stated it, where it did (a later agreement may change one).
  const own = (p: InvestmentProject) => {
    const f = metricOf(p, metric);
    if (!f || !figure) return f;
    return [f, ...(f.earlier ?? [])].find((x) => x.citation.source === figure.citation.source) ?? f;
  };
  const stated = projects.filter((p) => own(p));
  if (members && stated.length >= 2)
    findings.push({
      kind: "sum",
      metric,
      derived: sum(stated.map((p) => own(p) as Figure)),
      subjects: stated.map((p) => org(p.company)),
      missing: projects.filter((p) => !own(p)).map((p) => org(p.company)),
      scope: "selection",
    });
  if (figure && projects.length && stated.length === projects.length) {
    const listed = sum(stated.map((p) => own(p) as Figure));
    // Asked whether they add up, the answer to that comes first, either way.
    if (checked)
      findings.unshift({ kind: "gap", metric, headline: figure, listed, checked, ...(side ? { side } : {}) });
    else if (!addsUp(figure, listed)) findings.push({ kind: "gap", metric, headline: figure, listed });
  }
  const missing = projects.filter((p) => !own(p));
  if (figure && missing.length === 1) {
    const remainder = remainderFor(dataset, metric, missing[0] as InvestmentProject);
    if (remainder) findings.push(remainder);
  }
  return findings;
}

/** A set of projects as itself: its members, then its own figures (count, worth), each cited. */
export function setDetails(dataset: Dataset, setId: string): Finding[] {
  const set = dataset.scopes.find((x) => x.id === setId);
  if (!set) return [];
  const members = dataset.projects.filter((p) => set.members?.includes(p.id)).map((p) => org(p.company));
  return [
    ...(members.length ? [{ kind: "setMembers" as const, set: setId, members, citation: set.citation }] : []),
    ...scopeFigures(dataset, setId),
  ];
}

/** A scope's figures (a region's, the sector's, the country's, a company's own), as stated. */
export function scopeFigures(dataset: Dataset, scopeId: string, metrics?: ScopeAttribute[]): Finding[] {
  const scope = dataset.scopes.find((s) => s.id === scopeId);
  if (!scope) return [];
  return Object.entries(scope.figures).flatMap(([metric, figure]) =>
    figure && (!metrics || metrics.includes(metric as ScopeAttribute))
      ? [{ kind: "scopeFigure" as const, scope: scope.id, attribute: metric as ScopeAttribute, figure }]
      : [],
  );
}

/** The scopes of a kind (and place or company), for "the sector's growth", "Polpharma's own investment". */
export function scopesOf(dataset: Dataset, kind: Scope["kind"], about?: string): Scope[] {
  return dataset.scopes.filter(
    (s) => s.kind === kind && (!about || s.place === about || s.organisation === about || s.id === about),
  );
}

/**
 * Reports held as far out of line (675,000 jobs against 675) become findings of their own, flagged
 * as reporting errors; the figures they dispute no longer carry them as a plain disagreement.
 */
export function flagReportingErrors(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const strip = (figure: Figure, attribute: ScopeAttribute, where: { subject?: Ref; scope?: string }) => {
    const errors = (figure.disputed ?? []).filter((d) => d.outOfLine);
    if (!errors.length) return { figure, flags: [] as Finding[] };
    const flags: Finding[] = [];
    for (const reported of errors) {
      const key = JSON.stringify([where, attribute, reported.value]);
      if (seen.has(key)) continue;
      seen.add(key);
      flags.push({
        kind: "reportingError",
        ...where,
        attribute,
        reported,
        current: figure,
        ratio: reported.outOfLine ?? 0,
      });
    }
    const disputed = (figure.disputed ?? []).filter((d) => !d.outOfLine);
    const { disputed: _, ...rest } = figure;
    return { figure: disputed.length ? { ...rest, disputed } : rest, flags };
  };
  // Each flag follows the figure it disputes.
  for (const f of findings) {
    if (f.kind === "scopeFigure") {
      const r = strip(f.figure, f.attribute, { scope: f.scope });
      out.push({ ...f, figure: r.figure }, ...r.flags);
    } else if (f.kind === "value") {
      const r = strip(f.figure, f.metric, { subject: f.subject });
      out.push({ ...f, figure: r.figure }, ...r.flags);
    } else out.push(f);
  }
  return out;
}

export function compare(
  dataset: Dataset,
  metric: Metric,
  companyIds: string[],
  asked: { times?: boolean; answerFirst?: boolean; gaps?: boolean; percent?: "more" | "less" } = {},
): Finding[] {
  // A comparison is of the projects' own figures: a company's cumulative totals stay out of it.
  const findings: Finding[] = companyIds.flatMap((id) =>
    metricForCompany(dataset, metric, id).filter((f) => f.kind !== "scopeFigure"),
  );
  const values = findings.filter((f): f is Extract<Finding, { kind: "value" }> => f.kind === "value");
  // "Nobel: more or less than Abdi?" with Abdi's figure unstated: which is more is not stated either.
  const unstated = findings.find((f) => f.kind === "notStated");
  if (values.length === 1 && companyIds.length === 2 && unstated?.kind === "notStated") {
    const lead: Finding = {
      kind: "incomparable",
      metric,
      stated: (values[0] as Extract<Finding, { kind: "value" }>).subject,
      missing: unstated.subject,
    };
    return asked.answerFirst ? [lead, ...findings] : [...findings, lead];
  }
  if (values.length === 2) {
    const [a, b] = values as [Extract<Finding, { kind: "value" }>, Extract<Finding, { kind: "value" }>];
    // Asked which is ahead ("which invests more?"), the answer comes first, then the figures it
    // rests on; asked the figures ("how many will they make"), the figures, then the gap.
    const add = (f: Finding) => (asked.answerFirst ? findings.unshift(f) : findings.push(f));
    if (a.figure.value === b.figure.value) {
      add({ kind: "equal", metric, subjects: [a.subject, b.subject] });
    } else {
      const [more, less] = a.figure.value > b.figure.value ? [a, b] : [b, a];
      add({
        kind: "difference",
        metric,
        more: more.subject,
        less: less.subject,
        derived: difference(more.figure, less.figure, more.figure.unit),
        ...(asked.times ? { times: timesOf(more.figure, less.figure) } : {}),
        ...(asked.percent ? { percent: percentGap(more.figure, less.figure, asked.percent) } : {}),
      });
    }
  } else if (values.length > 2) {
    const ranked = rank(dataset, metric, "most", companyIds);
    return [
      ...findings.filter((f) => f.kind !== "value"),
      ...ranked,
      ...(asked.gaps ? gapsOf(ranked, metric) : []),
    ];
  }
  return findings;
}

/**
 * "the difference between them" of three or more: each one's gap to the next in the ranking, and
 * the first's to the last.
 */
function gapsOf(ranked: Finding[], metric: Metric): Finding[] {
  const order = ranked[0]?.kind === "rank" ? ranked[0].ranked : [];
  const pairs = order.slice(1).map((r, i) => [order[i], r] as const);
  const ends = order.length > 2 ? [[order[0], order.at(-1)] as const] : [];
  return [...pairs, ...ends].flatMap(([more, less]): Finding[] =>
    more && less && more.figure.value > less.figure.value
      ? [
          {
            kind: "difference",
            metric,
            more: more.subject,
            less: less.subject,
            derived: difference(more.figure, less.figure, more.figure.unit),
          },
        ]
      : [],
  );
}

/**
 * A company's socially significant medicines as a share of its own medicines, or (`not`) how many
 * of its medicines are not socially significant. Nothing is derived from a missing figure.
 */
export function partOfWhole(dataset: Dataset, companyId: string, not: boolean): Finding[] {
  const project = projectOf(dataset, companyId);
  const part = project && metricOf(project, "sociallySignificant");
  const whole = project && metricOf(project, "medicines");
  if (!part || !whole) return metricForCompany(dataset, "sociallySignificant", companyId);
  const derived: Derived = not
    ? difference(whole, part, whole.unit)
    : {
        value: roundTo((100 * part.value) / whole.value, 1),
        unit: "percent",
        qualifier: "approximately",
        inputs: [part, whole],
        op: "share",
      };
  return [{ kind: "partOf", subject: org(companyId), part, whole, derived, not }];
}

/**
 * The socially significant share of the medicines made by the projects wholly in a place ("of the
 * drugs made in Almaty city, what share are socially significant"): each company's own part and
 * whole, then each company's line. Nothing is derived when one of them lacks a figure.
 */
export function partOfPlace(dataset: Dataset, placeId: string, companies: string[]): Finding[] {
  const each = companies.flatMap((c) => partOfWhole(dataset, c, false));
  const parts = each.flatMap((f) => (f.kind === "partOf" ? [f] : []));
  if (parts.length < 2 || parts.length !== companies.length) return each;
  const part = sum(parts.map((f) => f.part));
  const whole = sum(parts.map((f) => f.whole));
  const derived: Derived = {
    value: roundTo((100 * part.value) / whole.value, 1),
    unit: "percent",
    qualifier: "approximately",
    inputs: [...part.inputs, ...whole.inputs],
    op: "share",
  };
  return [{ kind: "partOfPlace", place: place(placeId), part, whole, derived }, ...each];
}

/** A company's share of the headline total, in percent (derived; an estimate if either figure is). */
export function shareOfTotal(dataset: Dataset, metric: Metric, companyId: string): Finding[] {
  const project = projectOf(dataset, companyId);
  const figure = project && metricOf(project, metric);
  const total = metric === "sociallySignificant" ? null : dataset.totals[metric];
  // «какая это доля от 173» of Abdi's 38.6 billion left of the headline: the remainder's share, said as derived.
  const rest = !figure && project && total ? remainderFor(dataset, metric, project) : null;
  if (rest?.kind === "remainder" && total) {
    const left: Figure = {
      value: rest.derived.value,
      text: String(rest.derived.value),
      unit: total.unit,
      qualifier: "approximately",
      citation: total.citation,
    };
    return [rest, { kind: "share", subject: org(companyId), metric, ...percentOf(left, total) }];
  }
  if (!figure || !total) return metricForCompany(dataset, metric, companyId);
  return [{ kind: "share", subject: org(companyId), metric, ...percentOf(figure, total) }];
}

/** A company's share of the per-company figures added up over the projects the headline covers. */
export function shareOfListed(dataset: Dataset, metric: Metric, companyId: string): Finding[] {
  const project = projectOf(dataset, companyId);
  const part = project && metricOf(project, metric);
  const headline = metric === "sociallySignificant" ? null : dataset.totals[metric];
  const covered = headline ? coveredBy(dataset, headline) : [];
  const parts = covered.flatMap((p) => metricOf(p, metric) ?? []);
  const missing = covered.filter((p) => !metricOf(p, metric)).map((p) => org(p.company));
  if (!part || parts.length < 2 || !parts.includes(part)) return metricForCompany(dataset, metric, companyId);
  const whole = sum(parts);
  const qualifiers = parts.map((f) => f.qualifier);
  const wholeQualifier = qualifiers.every((q) => q === "exact") ? "exact" : "approximately";
  const { qualifier, mixed } = shareQualifier(part.qualifier, wholeQualifier);
  const derived: Derived = {
    value: roundTo((100 * part.value) / whole.value, 1),
    unit: "percent",
    qualifier,
    inputs: [part],
    op: "share",
  };
  return [{ kind: "shareOfListed", subject: org(companyId), metric, part, whole, derived, mixed, missing }];
}

/** A part as a percent of its whole, to one decimal; `mixed` when a minimum meets an estimate. */
function percentOf(part: Figure, whole: Figure): { derived: Derived; mixed: boolean } {
  const { qualifier, mixed } = shareQualifier(part.qualifier, whole.qualifier);
  return {
    derived: {
      value: roundTo((100 * part.value) / whole.value, 1),
      unit: "percent",
      qualifier,
      inputs: [part, whole],
      op: "share",
    },
    mixed,
  };
}

/**
 * A company's share of the whole a question names, a place's stated total ("what share of Pavlodar
 * Region's 410 bn pipeline"): never of another total. The part is the company's figure as the report
 * of that total gives it, else its current one; a place with no stated total gives no share.
 */
export function shareOfPlace(
  dataset: Dataset,
  metric: Metric,
  companyId: string,
  placeId: string,
): Finding[] {
  const project = projectOf(dataset, companyId);
  const current = project && metricOf(project, metric);
  const scope = dataset.scopes.find((s) => s.kind === "region" && s.place === placeId && s.figures[metric]);
  const total = scope?.figures[metric];
  if (!current || !total) return [];
  const then = current.earlier?.find((e) => e.citation.source === total.citation.source);
  const sameReport = current.citation.source === total.citation.source || !then;
  const part: Figure = sameReport ? current : then;
  return [
    {
      kind: "shareOfPlace",
      subject: org(companyId),
      place: { type: "place", id: placeId },
      metric,
      ...percentOf(part, total),
      ...(sameReport ? {} : { asReported: then.date }),
    },
  ];
}

/**
 * The share of several stated figures together in the headline total ("that is 36.5% of 356"):
 * nothing when fewer than two are stated or no headline exists.
 */
export function shareTogether(
  dataset: Dataset,
  metric: Metric,
  parts: { subject: Ref; figure: Figure }[],
  placeId?: string,
): Finding[] {
  const total = metric === "sociallySignificant" ? null : dataset.totals[metric];
  if (!total || parts.length < (placeId ? 1 : 2)) return [];
  const together = sum(parts.map((p) => p.figure));
  const asQualifier: Qualifier =
    together.qualifier === "at most" || together.qualifier === "at most about"
      ? "up to"
      : together.qualifier === "at least about" || together.qualifier === "about"
        ? "approximately"
        : together.qualifier;
  const { qualifier, mixed } = shareQualifier(asQualifier, total.qualifier);
  const derived: Derived = {
    value: roundTo((100 * together.value) / total.value, 1),
    unit: "percent",
    qualifier,
    // The parts, then the whole: the composer writes "76 + 54 = 130; 130 ÷ 356 × 100 ≈ 36.5%".
    inputs: [...together.inputs, total],
    op: "share",
  };
  return [
    {
      kind: "shareTogether",
      subjects: parts.map((p) => p.subject),
      ...(placeId ? { place: place(placeId) } : {}),
      metric,
      part: together,
      derived,
      mixed,
    },
  ];
}

/**
 * A share's qualifier: a bound over an exact total stays a bound (at least 150 of 600 is at
 * least 25%), but a bound over an estimate bounds nothing, so it is only approximate ("mixed",
 * and the answer says why); an estimate on either side makes an estimate.
 */
export function shareQualifier(
  part: Qualifier,
  whole: Qualifier,
): { qualifier: DerivedQualifier; mixed: boolean } {
  const estimate = (q: Qualifier) => q === "around" || q === "approximately";
  const bound: DerivedQualifier | null =
    part === "at least" || part === "more than" ? "at least" : part === "up to" ? "at most" : null;
  if (bound && whole !== "exact") return { qualifier: "about", mixed: true };
  if (bound) return { qualifier: bound, mixed: false };
  return { qualifier: estimate(part) || estimate(whole) ? "approximately" : "exact", mixed: false };
}

/** Companies whose project has sites in more than one city or region. */
export function companiesInSeveralPlaces(dataset: Dataset): Finding[] {
  return dataset.projects
    .filter((p) => new Set(p.sites.map((s) => topPlace(dataset, s.place))).size > 1)
    .map((p) => projectFact(p, "location"));
}

/** The city or region a place belongs to (a special economic zone rolls up to it). */
export function topPlace(dataset: Dataset, placeId: string): string {
  let id = placeId;
  for (
    let p = dataset.places.find((x) => x.id === id);
    p && p.kind === "special economic zone" && p.parent;
  ) {
    id = p.parent;
    p = dataset.places.find((x) => x.id === id);
  }
  return id;
}

/** The region a place lies in (a city of republican significance is its own region). */
export function regionOf(dataset: Dataset, placeId: string): string {
  let id = placeId;
  for (
    let p = dataset.places.find((x) => x.id === id);
    p?.parent;
    p = dataset.places.find((x) => x.id === id)
  ) {
    const parent = dataset.places.find((x) => x.id === p?.parent);
    if (!parent || parent.kind === "country") break;
    id = parent.id;
  }
  return id;
}

/** The mean of the stated per-company figures (unstated ones are left out and named). */
export function average(all: Dataset, metric: Metric, statedOnly = false): Finding[] {
  const dataset = countedOnly(all);
  const stated = dataset.projects
    .filter((p) => metricOf(p, metric))
    .map((p) => metricOf(p, metric) as Figure);
  const total = sum(stated);
  const missing = dataset.projects.filter((p) => !metricOf(p, metric)).map((p) => org(p.company));
  // "average investment per project" with one project silent: the headline over all of them too.
  const headline = metric === "sociallySignificant" ? undefined : all.totals[metric];
  const count = headline ? coveredBy(all, headline).length : 0;
  return [
    {
      kind: "average",
      metric,
      derived: {
        ...total,
        value: roundTo(total.value / Math.max(1, stated.length), 2),
        qualifier: total.qualifier === "exact" ? "exact" : "approximately",
        op: "average",
      },
      missing,
      ...(missing.length && headline && count > 1 && !statedOnly
        ? { headline: { total: headline, count, value: roundTo(headline.value / count, 2) } }
        : {}),
    },
  ];
}

/** The sum of a figure over the companies a question names (derived; unstated ones named). */
export function sumOfCompanies(dataset: Dataset, metric: Metric, companyIds: string[]): Finding[] {
  const projects = dataset.projects.filter((p) => companyIds.includes(p.company));
  // A figure its sources dispute ten-fold ("$60 billion" against "$60 million") is no addend.
  const inDispute = (p: InvestmentProject) => !!metricOf(p, metric)?.disputed?.some((d) => d.outOfLine);
  const stated = projects.filter((p) => metricOf(p, metric) && !inDispute(p));
  const missing = projects.filter((p) => !metricOf(p, metric)).map((p) => org(p.company));
  const disputed = projects
    .filter(inDispute)
    .map((p) => ({ subject: org(p.company), figure: metricOf(p, metric) as Figure }));
  // Nothing to add up unless two figures are stated: each company's own answer says more.
  if (stated.length < 2) return companyIds.flatMap((id) => metricForCompany(dataset, metric, id));
  const subjects = stated.map((p) => org(p.company));
  return [
    {
      kind: "sum",
      metric,
      derived: sum(stated.map((p) => metricOf(p, metric) as Figure)),
      subjects,
      missing,
      ...(disputed.length ? { disputed } : {}),
      scope: "selection",
    },
  ];
}

export function rank(
  dataset: Dataset,
  metric: Metric,
  order: "most" | "least",
  companyIds?: string[],
): Finding[] {
  const { counted, excluded } = countedProjects(dataset);
  const projects = companyIds ? dataset.projects.filter((p) => companyIds.includes(p.company)) : counted;
  // The counted projects are all of the sector: only companies asked for may be outside it.
  const otherSector = (p: InvestmentProject) => !!companyIds && exclusionOf(p) === "otherSector";
  // One pass over the projects, one object a project: a ranking of a view of 1,000 is all of them.
  const ranked: { subject: Ref; figure: Figure; otherSector?: boolean }[] = [];
  const missing: Ref[] = [];
  for (const p of projects) {
    const figure = metricOf(p, metric);
    const subject = org(p.company);
    if (!figure) missing.push(subject);
    else ranked.push(otherSector(p) ? { subject, figure, otherSector: true } : { subject, figure });
  }
  const sign = order === "most" ? -1 : 1;
  ranked.sort((a, b) => sign * (a.figure.value - b.figure.value));
  const left = companyIds
    ? []
    : excluded.filter((e) => {
        const p = companyProject(dataset, e.subject.id);
        return p && metricOf(p, metric);
      });
  return [
    { kind: "rank", metric, order, ranked, missing },
    ...(left.length ? [{ kind: "coverage" as const, metric, count: projects.length, excluded: left }] : []),
  ];
}

/**
 * Investment per job or per medicine, in millions of the currency. A minimum in the denominator
 * makes the ratio a maximum; an estimate on either side makes it approximate.
 */
export function ratio(
  dataset: Dataset,
  currency: "KZT" | "USD",
  per: "jobs" | "medicines",
  companyId?: string,
  /** One company asked alone: an investment left unstated is worked out from the headline, said so. */
  alone = false,
): Finding[] {
  const metric: Metric = currency === "KZT" ? "investmentKzt" : "investmentUsd";
  const pick = (investment: Figure, count: Figure, subject: Ref | null): Finding => {
    const scale = investment.unit === "billion KZT" ? 1000 : 1;
    const lower = count.qualifier === "at least" || count.qualifier === "more than";
    const qualifier: DerivedQualifier = lower
      ? "at most"
      : investment.qualifier === "exact" && count.qualifier === "exact"
        ? "exact"
        : "approximately";
    return {
      kind: "ratio",
      subject,
      derived: {
        value: round((investment.value * scale) / count.value),
        unit: `million ${currency} per ${per === "jobs" ? "job" : "medicine"}`,
        qualifier,
        inputs: [investment, count],
        op: "ratio",
      },
    };
  };
  if (!companyId) return [pick(dataset.totals[metric], dataset.totals[per], null)];
  const project = projectOf(dataset, companyId);
  if (!project) return [{ kind: "notInSources", subject: org(companyId), metric }];
  const investment = metricOf(project, metric);
  if (!investment) {
    const unavailable: Finding = { kind: "ratioUnavailable", subject: org(companyId), per, missing: metric };
    // "so per job that would be?" of Abdi's 38.6 billion left of the headline: the remainder, per
    // job, each step said as derived.
    const rest = alone ? remainderFor(dataset, metric, project) : null;
    const count = project[per];
    if (rest?.kind !== "remainder" || !count) return [unavailable];
    const headline = dataset.totals[metric];
    const left: Figure = {
      value: rest.derived.value,
      text: String(rest.derived.value),
      unit: headline.unit,
      qualifier: "approximately",
      citation: headline.citation,
    };
    return [rest, pick(left, count, org(companyId))];
  }
  const count = project[per];
  if (!count) return [{ kind: "ratioUnavailable", subject: org(companyId), per, missing: per }];
  return [pick(investment, count, org(companyId))];
}

/** Whether a word names something some project or production portfolio makes ("leukemia", «рака»). */
export function madeByAnyone(dataset: Dataset, word: string): boolean {
  const portfolios = dataset.agreements
    .filter((a) => a.kind === "production partnership")
    .flatMap((a) => a.items.map((i) => i.description));
  return madeBySome(dataset, word) || portfolios.some((f) => factNames(f, word));
}

/** The partners whose sentence calls them a project's strategic partner, with the project's company. */
export function strategicPairs(dataset: Dataset): { company: string; partner: string; citation: Citation }[] {
  return dataset.projects.flatMap((p) =>
    p.partners
      .filter((x) => /strategic partner|стратегическ\S* партн|стратегиялық серіктес/i.test(x.citation.quote))
      .map((x) => ({ company: p.company, partner: x.organisation, citation: x.citation })),
  );
}

/**
 * "is SK-Pharmacy a strategic partner of AstraZeneca", "who is Nobel's strategic partner": the
 * partners whose sentence calls them a strategic partner, of the organisations named. A yes/no is
 * yes only of those; of anyone else, that the sources do not call them so, what they do say of
 * them, and whom they do call a strategic partner.
 */
export function strategicPartners(dataset: Dataset, named: string[], yesno: boolean): Finding[] {
  const all = strategicPairs(dataset);
  const of = (id: string) => new Set(affiliates(dataset, id));
  const asked = named.map(of);
  const involves = (pair: (typeof all)[number]) =>
    asked.some((a) => a.has(pair.partner) || a.has(pair.company));
  // Of two named, one must be the other's strategic partner; of one, it must be someone's.
  const holds = (pair: (typeof all)[number]) =>
    named.length >= 2
      ? asked.some((a) => a.has(pair.partner)) && asked.some((a) => a.has(pair.company))
      : asked.some((a) => a.has(pair.partner));
  const said = (pair: (typeof all)[number]): Finding => ({
    kind: "strategicPartner",
    company: org(pair.company),
    partner: org(pair.partner),
    citation: pair.citation,
  });
  const yes = all.filter(holds);
  if (yesno && yes.length) return [{ kind: "exists", yes: true }, ...yes.map(said)];
  if (!yesno && all.some(involves)) return all.filter(involves).map(said);
  const first = named[0] as string;
  // "who is AltINFARM's strategic partner": none named for its project, and the partners it has.
  if (!yesno && projectOf(dataset, first))
    return [
      { kind: "notStrategic", subject: org(first), project: true },
      ...listPartners(dataset, first),
      ...all.map(said),
    ];
  return [
    ...(yesno ? [{ kind: "exists" as const, yes: false }] : []),
    { kind: "notStrategic", subject: org(first) },
    ...organisationFacts(dataset, first),
    ...all.map(said),
  ];
}

/** The words opening a list of kinds after the field they are of: "cancer therapies for breast, …". */
const LIST_OPENERS = new Set(["for", "including", "like", "namely"]);

/**
 * The kinds of a field (`words`: "cancer", «рака») a products sentence lists: in "cancer therapies
 * for breast, ovarian, prostate, and pancreatic cancers", the four after "for". None when the
 * sentence names the field without listing its kinds ("treatments for oncology and diabetes").
 */
export function kindsIn(text: string, words: string[]): string[] {
  const raw = text.split(/\s+/);
  const at = raw.findIndex((w) => words.some((x) => mentions(normalize(w), x)));
  if (at < 0) return [];
  // The opener follows the field in its own phrase ("cancer therapies for"), not a later item's
  // ("leukemia, and cancer therapies for …" lists no leukemias).
  const opener = raw.findIndex((w, i) => i > at && i <= at + 3 && LIST_OPENERS.has(normalize(w)));
  if (opener < 0 || raw.slice(at, opener).some((w) => /[,;.]$/.test(w))) return [];
  const clause =
    raw
      .slice(opener + 1)
      .join(" ")
      .split(/[.;:]/)[0] ?? "";
  const items = clause
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  // "pancreatic cancers": the field's own word after the last kind is no part of it.
  const last = (items.at(-1) ?? "").split(" ");
  if (last.length > 1 && words.some((x) => mentions(normalize(last.at(-1) ?? ""), x)))
    items[items.length - 1] = last.slice(0, -1).join(" ");
  return items.length >= 2 ? items : [];
}

/**
 * "how many types of cancer does AZ treat": for each organisation (every maker when none is named),
 * the kinds its products or production portfolio list of the field asked, or that they list none.
 */
/** Whether a fact names a word in any language it is given in («лейкемии» of "leukemia"). */
export function factNames(f: Fact, word: string): boolean {
  return [f.text, f.ru ?? "", f.kk ?? ""].some((t) => mentions(normalize(t), word));
}

/** What an organisation makes: its projects' products and the production portfolios it owns. */
export function productFacts(dataset: Dataset, id: string): Fact[] {
  const own = dataset.projects
    .filter((p) => affiliates(dataset, id).includes(p.company))
    .flatMap((p) => p.products);
  const portfolios = dataset.agreements
    .filter((a) => a.kind === "production partnership")
    .filter((a) => a.parties.some((x) => affiliates(dataset, id).includes(x) && !projectOf(dataset, x)))
    .flatMap((a) => a.items.map((i) => i.description));
  return [...own, ...portfolios];
}

export function kindsListed(dataset: Dataset, organisations: string[], words: string[]): Finding[] {
  const asked = words.join(" ");
  const facts = (id: string) => productFacts(dataset, id);
  const makers = organisations.length
    ? organisations
    : [
        ...new Set([
          ...dataset.projects.map((p) => p.company),
          ...dataset.agreements.flatMap((a) => a.parties),
        ]),
      ];
  const out: Finding[] = [];
  const told = new Set<Fact>();
  for (const id of makers) {
    const subject = org(id);
    const named = facts(id).filter((f) => words.some((w) => factNames(f, w)));
    const listed = named
      .map((fact) => ({ fact, items: kindsIn(fact.text, words) }))
      .find((x) => x.items.length);
    // One portfolio of two names of one company (AstraZeneca, its Kazakh arm) is told once.
    if (listed && told.has(listed.fact)) continue;
    if (listed) told.add(listed.fact);
    if (listed) out.push({ kind: "kindsListed", subject, words: asked, ...listed });
    else if (organisations.length) out.push({ kind: "kindsUnlisted", subject, words: asked, fact: named[0] });
  }
  return out;
}

/**
 * The exchange rate an investment given in tenge and in dollars implies: the headline's and every
 * project's with both when no company is asked, else each one's (or that it cannot be derived).
 */
export function exchangeRates(dataset: Dataset, companies: string[]): Finding[] {
  const of = (
    kzt: Figure | null | undefined,
    usd: Figure | null | undefined,
    subject: Ref | null,
  ): Finding[] => {
    if (!kzt || !usd) return subject ? [{ kind: "exchangeRateUnavailable", subject }] : [];
    // Billions of tenge over millions of dollars.
    return [{ kind: "exchangeRate", subject, kzt, usd, value: round((kzt.value * 1000) / usd.value, 4) }];
  };
  const project = (c: string) => projectOf(dataset, c);
  if (companies.length)
    return companies.flatMap((c) => {
      const p = project(c);
      return of(
        p ? metricOf(p, "investmentKzt") : undefined,
        p ? metricOf(p, "investmentUsd") : undefined,
        org(c),
      );
    });
  const each = dataset.projects
    .filter((p) => !exclusionOf(p))
    .flatMap((p) => {
      const kzt = metricOf(p, "investmentKzt");
      const usd = metricOf(p, "investmentUsd");
      return kzt && usd ? of(kzt, usd, org(p.company)) : [];
    });
  return [...of(dataset.totals.investmentKzt, dataset.totals.investmentUsd, null), ...each];
}

/**
 * "investment per job of nobel and msp together": their investments added over their jobs added;
 * none when a company lacks either figure (each one's own ratio says why).
 */
export function ratioTogether(
  dataset: Dataset,
  currency: "KZT" | "USD",
  per: "jobs" | "medicines",
  companies: string[],
): Finding[] {
  const metric: Metric = currency === "KZT" ? "investmentKzt" : "investmentUsd";
  const pairs = companies.map((c) => {
    const project = projectOf(dataset, c);
    return { investment: project && metricOf(project, metric), count: project?.[per] };
  });
  if (companies.length < 2 || pairs.some((p) => !p.investment || !p.count)) return [];
  const investment = sum(pairs.map((p) => p.investment as Figure));
  const count = sum(pairs.map((p) => p.count as Figure));
  const scale = investment.unit === "billion KZT" ? 1000 : 1;
  // A count that is a minimum makes the ratio a maximum ("at least about 465 jobs" → "at most about").
  const qualifier: DerivedQualifier =
    count.qualifier === "at least"
      ? "at most"
      : count.qualifier === "at least about"
        ? "at most about"
        : investment.qualifier === "exact" && count.qualifier === "exact"
          ? "exact"
          : "approximately";
  const asFigure = (d: Derived): Figure => ({
    value: d.value,
    text: String(d.value),
    unit: d.unit as Figure["unit"],
    qualifier: "approximately",
    citation: (d.inputs[0] as Figure).citation,
  });
  return [
    {
      kind: "ratioTogether",
      subjects: companies.map(org),
      investment,
      count,
      derived: {
        value: round((investment.value * scale) / count.value),
        unit: `million ${currency} per ${per === "jobs" ? "job" : "medicine"}`,
        qualifier,
        inputs: [asFigure(investment), asFigure(count)],
        op: "ratio",
      },
    },
  ];
}

/** A ratio as a figure of its own, to be set against another ("at most 196" is up to 196). */
function ratioFigure(d: Derived): Figure {
  const base = d.inputs[0] as Figure;
  const qualifier: Qualifier =
    d.qualifier === "at most" || d.qualifier === "at most about"
      ? "up to"
      : d.qualifier === "exact"
        ? "exact"
        : "approximately";
  return { ...base, value: d.value, qualifier, text: String(d.value) };
}

/**
 * Two companies' investment per job (or per medicine) set against each other: by how much and how
 * many times the larger is the smaller, carrying the bounds ("at most 196" makes the gap a minimum).
 */
export function ratiosCompared(findings: Finding[]): Finding[] {
  const ratios = findings.filter(
    (f): f is Extract<Finding, { kind: "ratio" }> => f.kind === "ratio" && !!f.subject,
  );
  const [a, b] = ratios.filter((f) => f.derived.unit === ratios[0]?.derived.unit);
  if (!a || !b || ratios.filter((f) => f.derived.unit === a.derived.unit).length !== 2) return [];
  if (a.derived.value === b.derived.value) return [];
  const [more, less] = a.derived.value > b.derived.value ? [a, b] : [b, a];
  const [x, y] = [ratioFigure(more.derived), ratioFigure(less.derived)];
  const gap = difference(x, y, x.unit);
  return [
    {
      kind: "difference",
      metric: more.derived.unit.includes("USD") ? "investmentUsd" : "investmentKzt",
      more: more.subject as Ref,
      less: less.subject as Ref,
      derived: { ...gap, unit: more.derived.unit },
      times: timesOf(x, y),
    },
  ];
}

/** The highest or lowest ratio of those worked out, said first. */
export function ratioTop(findings: Finding[], order: "most" | "least"): Finding[] {
  const ratios = findings.filter(
    (f): f is Extract<Finding, { kind: "ratio" }> => f.kind === "ratio" && !!f.subject,
  );
  const unit = ratios[0]?.derived.unit;
  const same = ratios.filter((f) => f.derived.unit === unit);
  if (same.length < 2) return [];
  const top = same.reduce((t, f) =>
    order === "most"
      ? f.derived.value > t.derived.value
        ? f
        : t
      : f.derived.value < t.derived.value
        ? f
        : t,
  );
  return [{ kind: "ratioTop", subject: top.subject as Ref, derived: top.derived, order }];
}

/** A word asked, or an abbreviation of consecutive words ("APIs", active pharmaceutical ingredients). */
export function mentions(text: string, word: string): boolean {
  const tokens = text.split(" ");
  const own = variants(normalize(word));
  // "cancer drugs" are the "treatments for oncology": a field is asked by any of its words.
  const field = PRODUCT_SYNONYMS.find((g) => g.some((w) => [...variants(w)].some((v) => own.has(v))));
  const asked = new Set([...own, ...(field ?? []).flatMap((w) => [...variants(w)])]);
  if (tokens.some((t) => [...variants(t)].some((x) => asked.has(x)))) return true;
  const acronym = normalize(word).replace(/s$/, "");
  if (!/^[a-z]{2,5}$/.test(acronym)) return false;
  return tokens.some(
    (_, i) =>
      tokens
        .slice(i, i + acronym.length)
        .map((t) => t[0])
        .join("") === acronym,
  );
}

/** Whether some project's products name a word ("immunobiological", «антианемические»). */
export function madeBySome(dataset: Dataset, word: string): boolean {
  return dataset.projects.some((p) => productsHold(p, word));
}

/** Whether a project's products name a word, in any of their languages. */
export function productsHold(p: InvestmentProject, word: string): boolean {
  return p.products.some((t) =>
    [t.text, t.ru ?? "", t.kk ?? ""].some((text) => mentions(normalize(text), word)),
  );
}

/** Jobs per medicine of a company (or of the headline totals): a minimum of jobs makes it a minimum. */
export function jobsPerMedicine(dataset: Dataset, companyId?: string): Finding[] {
  const project = companyId ? projectOf(dataset, companyId) : undefined;
  const jobs = companyId ? project?.jobs : dataset.totals.jobs;
  const medicines = companyId ? project?.medicines : dataset.totals.medicines;
  const subject = companyId ? org(companyId) : null;
  if (!jobs || !medicines)
    return subject
      ? [{ kind: "ratioUnavailable", subject, per: "medicines", missing: jobs ? "medicines" : "jobs" }]
      : [];
  const lower = jobs.qualifier === "at least" || jobs.qualifier === "more than";
  const exact = jobs.qualifier === "exact" && medicines.qualifier === "exact";
  const qualifier: DerivedQualifier = lower ? "at least" : exact ? "exact" : "approximately";
  return [
    {
      kind: "jobsPerMedicine",
      subject,
      derived: {
        value: roundTo(jobs.value / medicines.value, 2),
        unit: "times",
        qualifier,
        inputs: [jobs, medicines],
        op: "times",
      },
    },
  ];
}

/** A project under a signed agreement: one the curated agreements name, or one a source says was signed. */
const isSigned = (dataset: Dataset, p: InvestmentProject) =>
  (!!p.stage && ["approved", "signed", "under construction", "launched"].includes(p.stage.value)) ||
  dataset.agreements.some((a) => a.id === p.agreement);

/** The companies with projects (in a place); `signed`: only those whose agreement is signed. */
export function listCompanies(dataset: Dataset, placeId?: string, signed = false): Finding[] {
  // Lists name the pharmaceutical projects, talks included (a sugar plant is not one of them).
  const pharma = countedProjects(dataset, true).counted;
  const projects = signed ? pharma.filter((p) => isSigned(dataset, p)) : pharma;
  if (placeId) {
    // A region's own count of projects ("six projects in Turkistan region") comes first, as itself.
    const stated = dataset.scopes
      .filter((s) => s.kind === "region" && s.place === placeId && s.figures.projects)
      .flatMap((s) => scopeFigures(dataset, s.id, ["projects", "investmentKzt", "investmentUsd"]));
    const asked = dataset.places.find((x) => x.id === placeId);
    // A loop, not an array a project: a place's list looks at every project of the view.
    const items: { ref: Ref; citation: Citation; at?: Ref; otherSector?: boolean }[] = [];
    for (const p of projects) {
      const site = siteWithin(dataset, p, placeId);
      if (!site) continue;
      // Named in a region, a company's own town or zone is worth saying; an unnamed zone is not.
      const at = placesById(dataset).get(site.place);
      const narrower = site.place !== placeId && asked?.kind === "region" && at && !at.unnamed;
      const ref = org(p.company);
      items.push(
        narrower ? { ref, citation: site.citation, at: place(site.place) } : { ref, citation: site.citation },
      );
    }
    // A project given up there is told as such, with its date and source: never "no project there".
    const reasons = exclusions(dataset.projects);
    const cancelled = dataset.projects
      .filter((p, i) => reasons[i] === "cancelled" && p.sites.some((x) => within(dataset, x.place, placeId)))
      .flatMap((p) => projectStage(dataset, p.company));
    // "Which company was the first participant of the Qyzyljar zone": a hospital builder there is
    // named as what it is, never "no project there".
    if (!items.length && !signed)
      for (const [i, p] of dataset.projects.entries()) {
        const site = reasons[i] === "otherSector" ? siteWithin(dataset, p, placeId) : undefined;
        if (site) items.push({ ref: org(p.company), citation: site.citation, otherSector: true });
      }
    if (!items.length)
      return [...stated, ...(cancelled.length || stated.length ? cancelled : [noProjects(dataset, placeId)])];
    return [...stated, { kind: "list", what: "companies", subject: place(placeId), items }, ...cancelled];
  }
  // Each company is cited by the agreement naming it or, for a project known from another source,
  // by the sentence that tells of it; the approval sentence is said only if it names them all.
  const items = projects.flatMap((p) => {
    const agreement = dataset.agreements.find((a) => a.id === p.agreement && a.parties.includes(p.company));
    const citation =
      agreement?.summary.citation ?? p.sites[0]?.citation ?? p.stage?.citation ?? p.facility?.citation;
    return citation ? [{ ref: org(p.company), citation, agreed: !!agreement }] : [];
  });
  const agreed = items.every((i) => i.agreed) && new Set(items.map((i) => i.citation.quote)).size === 1;
  return [
    { kind: "list", what: "companies", items: items.map(({ ref, citation }) => ({ ref, citation })), agreed },
  ];
}

/**
 * "Which projects are suspended?", «какие проекты приостановлены», "where has construction
 * started": the projects whose newest stage is the one asked (in the places asked, if any), each
 * cited by the sentence that reports it.
 */
export function companiesAtStage(
  dataset: Dataset,
  stage: ProjectStage,
  places: string[] = [],
  pharmaceutical = false,
): Finding[] {
  const items = dataset.projects
    .filter((p) => p.stage?.value === stage)
    .filter((p) => !pharmaceutical || exclusionOf(p) !== "otherSector")
    .filter((p) => !places.length || p.sites.some((x) => places.some((at) => within(dataset, x.place, at))))
    // A hospital under construction is named as not pharmaceutical, never as one of the sector's.
    .flatMap((p) =>
      p.stage
        ? [
            {
              ref: org(p.company),
              citation: p.stage.citation,
              ...(exclusionOf(p) === "otherSector" ? { otherSector: true } : {}),
            },
          ]
        : [],
    );
  // "which companies signed memoranda": the memoranda the sources record as agreements too (AstraZeneca's).
  const memoranda =
    stage === "memorandum"
      ? dataset.agreements.filter((a) => a.kind.includes("memorandum")).flatMap(agreementFinding)
      : [];
  return [{ kind: "list", what: "companies", items, stage }, ...memoranda];
}

export function listPartners(dataset: Dataset, companyId?: string): Finding[] {
  const projects = companyId ? dataset.projects.filter((p) => p.company === companyId) : dataset.projects;
  if (companyId && projects.length === 0) {
    // (AstraZeneca's include those its affiliate AstraZeneca Kazakhstan signed.)
    const group = affiliates(dataset, companyId);
    const agreements = dataset.agreements.filter((a) => a.parties.some((p) => group.includes(p)));
    if (agreements.length) return agreements.flatMap((a) => agreementFinding(a));
    return [{ kind: "notInSources", subject: org(companyId), metric: "investment" }];
  }
  return projects.map((p) => ({
    kind: "list",
    what: "partners",
    subject: org(p.company),
    items: p.partners.map((x) => ({ ref: org(x.organisation), citation: x.citation })),
  }));
}

/** The organisations of a kind that are party to an agreement, each cited by its first. */
export function organisationsOfKind(dataset: Dataset, orgKind: string): Finding[] {
  const items = dataset.organisations
    .filter((o) => o.kind === orgKind)
    .flatMap((o) => {
      const signed = dataset.agreements.find((a) => a.parties.includes(o.id));
      const citation = signed?.dateCitation ?? signed?.summary.citation;
      return citation ? [{ ref: org(o.id), citation }] : [];
    });
  return [{ kind: "kindList", orgKind, items }];
}

/** The partners named across the counted projects, counted, then each project's list. */
export function partnerCount(dataset: Dataset): Finding[] {
  const projects = countedProjects(dataset, true).counted;
  const partners = new Set(projects.flatMap((p) => p.partners.map((x) => x.organisation)));
  const partnered = projects.filter((p) => p.partners.length).length;
  return [
    { kind: "partnerCount", partners: partners.size, projects: partnered, total: projects.length },
    ...projects.flatMap((p) => listPartners(dataset, p.company)),
  ];
}

/**
 * "Which company gives no investment figure", "which project has no partner named": the counted
 * projects the sources state no such figure or fact for, each said as such.
 */
export function lacking(dataset: Dataset, attribute: Metric | "partners"): Finding[] {
  const projects = countedProjects(dataset, true).counted;
  if (attribute === "partners")
    return projects
      .filter((p) => !p.partners.length)
      .map((p) => ({ kind: "list", what: "partners", subject: org(p.company), items: [] }));
  return projects
    .filter((p) => !metricOf(p, attribute))
    .map((p) => ({ kind: "notStated", subject: org(p.company), metric: attribute }));
}

/** What the announcement states of all its projects together, then each project's own. */
function overview(
  dataset: Dataset,
  aspect: "places" | "therapyAreas",
  each: "location" | "products",
): Finding[] {
  const all: Finding = {
    kind: "fact",
    subject: projectsPartnership(dataset),
    aspect,
    fact: dataset.totals[aspect],
  };
  return [all, ...dataset.projects.map((p) => projectFact(p, each))];
}

/**
 * The regions and cities (those directly under the country) the counted projects' sites lie in,
 * each with a site's citation: a special economic zone counts as its city or region.
 */
export function placeCount(dataset: Dataset): Finding[] {
  const byId = new Map(dataset.places.map((p) => [p.id, p]));
  const country = dataset.places.find((p) => p.kind === "country")?.id;
  const top = (id: string): string => {
    const p = byId.get(id);
    return p?.parent && p.parent !== country && byId.has(p.parent) ? top(p.parent) : id;
  };
  const found = new Map<string, Citation>();
  for (const project of countedProjects(dataset).counted)
    for (const site of project.sites)
      if (!found.has(top(site.place))) found.set(top(site.place), site.citation);
  return found.size
    ? [{ kind: "placeCount", places: [...found].map(([id, citation]) => ({ place: place(id), citation })) }]
    : [];
}

/**
 * Whether a sentence names a person or a place as itself: "Nobel Almaty Pharmaceutical Factory" and
 * "the Almaty city administration" name organisations, not Almaty.
 */
export function sentenceNames(dataset: Dataset, quote: string, id: string): boolean {
  const name = [...dataset.places, ...dataset.people].find((x) => x.id === id)?.name.en;
  let text = normalize(quote);
  for (const o of dataset.organisations) text = text.split(normalize(o.name.en)).join(" ");
  return !!name && text.includes(normalize(name));
}

/** One company's sites, counted: each site as the source places it. */
export function siteCount(dataset: Dataset, company: string): Finding[] {
  const project = projectOf(dataset, company);
  if (!project?.sites.length) return [];
  const places = project.sites.map((s) => ({ place: place(s.place), citation: s.citation }));
  return [{ kind: "placeCount", places, subject: org(company) }];
}

export function listPlaces(dataset: Dataset): Finding[] {
  return overview(dataset, "places", "location");
}

export function projectFact(
  project: InvestmentProject,
  aspect: "location" | "facility" | "standard" | "products",
): Finding {
  const subject = org(project.company);
  switch (aspect) {
    case "location":
      return {
        kind: "location",
        subject,
        facility: project.facility,
        sites: project.sites.map((s) => ({
          place: place(s.place),
          facility: s.facility,
          citation: s.citation,
        })),
      };
    case "facility":
      return project.facility
        ? { kind: "fact", subject, aspect, fact: project.facility }
        : projectFact(project, "location");
    case "standard":
      return project.standard
        ? { kind: "fact", subject, aspect, fact: project.standard }
        : { kind: "noStandard", subject };
    case "products": {
      // A supplier (glass vials, syringes) makes no medicines: what it makes answers, not a missing count.
      const supplies = project.products.find((f) => f.medicine === false);
      if (supplies && !project.medicines) return { kind: "notMedicines", subject, fact: supplies };
      // Several sayings of what it makes ("a vaccine plant", "vaccines against measles, …"): the fullest.
      // One that only says "medicines" («лекарственные препараты …») says less than one naming their kinds.
      const said = (f: { text: string }) => (GENERIC_PRODUCT.test(f.text) ? 0 : 1000) + f.text.length;
      const fact = [...project.products].sort((a, b) => said(b) - said(a))[0];
      if (fact && project.medicines) return { kind: "products", subject, fact, count: project.medicines };
      if (fact) return { kind: "fact", subject, aspect: "portfolio", fact };
      return project.medicines
        ? { kind: "value", subject, metric: "medicines", figure: project.medicines }
        : { kind: "notStated", subject, metric: "medicines" };
    }
  }
}

/** What a plant makes said only as medicines: "medicines of various kinds", «лекарственные препараты …», «дәрі-дәрмек». */
const GENERIC_PRODUCT =
  /^(medicines|drugs|pharmaceuticals|pharmaceutical products|лекарственн\p{L}* (препарат|средств)\p{L}*|лекарств\p{L}*|препарат\p{L}*|дәрі(-дәрмек)?\p{L}*)(?!\p{L})/iu;

export function companyFacts(
  dataset: Dataset,
  companyId: string,
  aspect: "location" | "facility" | "standard" | "products",
): Finding[] {
  const project = projectOf(dataset, companyId);
  if (project) {
    if (aspect === "location" && !project.sites.length && !project.facility)
      return [{ kind: "noSite", subject: org(companyId) }, ...projectStage(dataset, companyId)];
    // "What will NIAK make?": with no product list, the output a source states ("2 mln bottles of
    // disinfectants a month") tells it, verbatim.
    if (aspect === "products" && !project.products.length && project.capacity?.length)
      return [{ kind: "capacity", subject: org(companyId), capacity: project.capacity }];
    return [projectFact(project, aspect)];
  }
  // Companies without an investment project: their agreements are what the sources say.
  const group = affiliates(dataset, companyId);
  const agreements = dataset.agreements.filter((a) => a.parties.some((p) => group.includes(p)));
  return agreements.flatMap((a) => agreementFinding(a));
}

/** The partnership the investment projects belong to (through their agreement). */
function projectsPartnership(dataset: Dataset): Ref {
  const agreement = dataset.agreements.find((a) => a.id === dataset.projects[0]?.agreement);
  return { type: "partnership", id: agreement?.partnership ?? "projects" };
}

export function whoIs(dataset: Dataset, personId: string): Finding[] {
  const person = dataset.people.find((p) => p.id === personId);
  return person ? [{ kind: "role", person: { type: "person", id: person.id }, fact: person.role }] : [];
}

/** People whose role mentions any of `roleWords` (normalised), e.g. "ceo" → Maria Shipuleva. */
export function whoHasRole(dataset: Dataset, matches: (roleText: string) => boolean): Finding[] {
  return dataset.people.filter((p) => matches(p.role.text)).flatMap((p) => whoIs(dataset, p.id));
}

/**
 * What a person said, about `topic` when the question names one ("what did Nurbek say about
 * technology transfer", «что Нурбек говорил о меморандуме»): the statements sharing a word with it
 * in any of their languages, or all of them when none does.
 */
export function statementsOf(dataset: Dataset, personId: string, topic: string[] = []): Finding[] {
  const person = dataset.people.find((p) => p.id === personId);
  if (!person) return [];
  const facts = onTopic(person.statements, topic);
  // No words of theirs are quoted: said so, then who they are and what the sources say they did.
  return [
    { kind: "said", person: { type: "person", id: person.id }, facts },
    ...(person.statements.length ? [] : whoIs(dataset, personId)),
  ];
}

function onTopic(facts: Fact[], topic: string[]): Fact[] {
  const asked = topic.filter((w) => w.length > 3).map((w) => variants(w));
  if (!asked.length) return facts;
  const speaks = (fact: Fact) =>
    normalize([fact.text, fact.ru ?? "", fact.kk ?? ""].join(" "))
      .split(" ")
      .some((t) => [...variants(t)].some((v) => asked.some((a) => a.has(v))));
  const hits = facts.filter(speaks);
  return hits.length ? hits : facts;
}

/**
 * "Where is AstraZeneca's plant?", "does SK-Pharmacy have a factory?": an organisation with no
 * project of its own builds nothing the sources name; the projects it partners and its production
 * agreements (whose plant makes its medicines) say what it does instead.
 */
export function plantsOfOthers(dataset: Dataset, orgId: string): Finding[] {
  const group = affiliates(dataset, orgId);
  const partnered = dataset.projects.flatMap((p): Finding[] => {
    const partner = p.partners.find((x) => x.organisation === orgId);
    return partner
      ? [
          {
            kind: "list",
            what: "partners",
            subject: org(p.company),
            items: [{ ref: org(orgId), citation: partner.citation }],
          },
        ]
      : [];
  });
  const production = dataset.agreements
    .filter(
      (a) => /production|manufactur/.test(a.kind + a.title.en) && a.parties.some((x) => group.includes(x)),
    )
    .flatMap((a): Finding[] =>
      a.date
        ? agreementFinding(a)
        : [
            { kind: "fact", subject: { type: "agreement", id: a.id }, aspect: "summary", fact: a.summary },
            // "where is that factory" of the plant that makes its medicines: where that company builds.
            ...a.parties
              .filter((x) => !group.includes(x) && projectOf(dataset, x))
              .flatMap((x) => companyFacts(dataset, x, "location")),
          ],
    );
  return [{ kind: "noOwnPlant", subject: org(orgId) }, ...partnered, ...production];
}

export function organisationFacts(dataset: Dataset, orgId: string): Finding[] {
  const o = dataset.organisations.find((x) => x.id === orgId);
  if (!o) return [];
  const findings: Finding[] = [];
  if (o.description)
    findings.push({ kind: "fact", subject: org(o.id), aspect: "description", fact: o.description });
  const project = projectOf(dataset, orgId);
  if (project) findings.push(projectFact(project, "location"));
  for (const p of dataset.projects) {
    const partner = p.partners.find((x) => x.organisation === orgId);
    if (partner)
      findings.push({
        kind: "list",
        what: "partners",
        subject: org(p.company),
        items: [{ ref: org(orgId), citation: partner.citation }],
      });
  }
  // A partner of a project that signed nothing itself is told as the partner it is, not as "no agreement".
  const signed = dataset.agreements.some((a) => a.parties.includes(orgId));
  if (!project && (signed || !findings.length)) findings.push(...agreementsWith(dataset, [orgId]));
  return findings;
}

/**
 * The domestic share of the market as the country's (or the sector's) sources state it, and the
 * targets set for it ("55% by 2035"), before the goal a partnership supports: the share asked as it
 * stands leads with the share; a goal asked leads with the targets.
 */
export function domesticShare(dataset: Dataset, current: boolean, year?: number): Finding[] {
  const national = dataset.scopes.filter((s) => s.kind === "country" || s.kind === "sector");
  const of = (a: "share" | "shareTarget") => national.flatMap((s) => scopeFigures(dataset, s.id, [a]));
  // "what was the domestic share in 2022": the value of that year, when one report gives it.
  const then = year ? of("share").flatMap((f) => shareIn(f, String(year))) : [];
  if (then.length) return then;
  const goals = goal(dataset);
  return current
    ? [...of("share"), ...of("shareTarget"), ...goals]
    : [...of("shareTarget"), ...goals, ...of("share")];
}

/** A share finding's value of one year (its current value or an earlier one), alone. */
function shareIn(f: Finding, year: string): Finding[] {
  if (f.kind !== "scopeFigure") return [];
  const { earlier, disputed, ...figure } = f.figure;
  const match = [figure, ...(earlier ?? []), ...(disputed ?? [])].find((x) => x.year === year);
  return match ? [{ ...f, figure: match }] : [];
}

export function goal(dataset: Dataset): Finding[] {
  // A goal belongs to the partnership whose source states it.
  const partnershipOf = (source: string) =>
    dataset.partnerships.find((p) => p.summary.citation.source === source)?.id ?? source;
  return dataset.goals.map((g) => ({
    kind: "fact",
    subject: { type: "partnership", id: partnershipOf(g.description.citation.source) },
    aspect: "goal",
    fact: g.description,
  }));
}

export function therapyAreas(dataset: Dataset): Finding[] {
  return overview(dataset, "therapyAreas", "products");
}

/**
 * Figures a newer source changed, as values with their earlier ones (each cited), for the named
 * companies or all; `since` keeps the projects reported from that year (and month) on.
 */
export function changedFigures(
  dataset: Dataset,
  companies: string[],
  since?: { year?: number; month?: number },
): Finding[] {
  const from = since?.year ? `${since.year}-${String(since.month ?? 1).padStart(2, "0")}` : "";
  const projects = dataset.projects.filter(
    (p) => (!companies.length || companies.includes(p.company)) && (p.reported ?? "") >= from,
  );
  const found: Finding[] = [];
  for (const p of projects) {
    for (const metric of METRICS) {
      const figure = p[metric];
      if (figure?.earlier?.length || figure?.disputed?.length)
        found.push({ kind: "value", subject: org(p.company), metric, figure });
    }
  }
  return found.length ? found : [{ kind: "noChanges", subjects: companies.map(org) }];
}

/**
 * In an answer, a figure given in tenge by one source and in dollars by another is not one
 * statement: the dollar figure becomes a report of its own, dated, so no reader takes it for the
 * conversion of the tenge figure.
 */
export function separateCurrencies(findings: Finding[]): Finding[] {
  return findings.map((f) => {
    if (f.kind !== "value" || f.metric !== "investmentUsd") return f;
    const kzt = findings.find(
      (g) => g.kind === "value" && g.metric === "investmentKzt" && g.subject.id === f.subject.id,
    );
    if (kzt?.kind !== "value" || kzt.figure.citation.source === f.figure.citation.source) return f;
    // "more than 103 billion tenge (US$190 million)": the dollar figure's sentence states the same tenge figure.
    const stated = new RegExp(`(?<![\\d.,])${kzt.figure.text.replace(/[.]/g, "\\.")}(?![\\d])`);
    const sameStatement = stated.test(f.figure.citation.quote) && !kzt.figure.earlier?.length;
    if (sameStatement) return f;
    return { kind: "otherReport", subject: f.subject, metric: f.metric, figure: f.figure };
  });
}
