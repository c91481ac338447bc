import { FIGURE_ATTRIBUTES, type FigureAttribute } from "../knowledge/claims.js";
import type {
  Agreement,
  Citation,
  Dataset,
  Fact,
  Figure,
  InvestmentProject,
  Names,
  PartialDate,
  ProjectStage,
  Qualifier,
  Unit,
} from "../knowledge/schema.js";
import type { Ref } from "./entities.js";
import type { DerivedQualifier } from "./types.js";

/**
 * The figure tools' logic: pure functions of the dataset that return findings (values with their
 * qualifiers and citations, derived values with their arithmetic, notes), never prose. Prose is
 * written by compose.ts in the reader's language.
 */

/** The figures a project can state: the claims' figure attributes. */
export const METRICS = FIGURE_ATTRIBUTES;
export type Metric = FigureAttribute;

/** A ratio's unit: millions of a currency per job or per medicine. */
export type RatioUnit = `million ${"KZT" | "USD"} per ${"job" | "medicine"}`;

export interface Derived {
  value: number;
  unit: Unit | RatioUnit;
  qualifier: DerivedQualifier;
  /** The inputs, in order, so the composer can write the arithmetic ("58.5 + 39.2 + 36.7"). */
  inputs: Figure[];
  op: "sum" | "difference" | "ratio" | "average" | "share";
}

export type Finding =
  /** `where`: the sentences placing the project, when the question asked about a place. */
  | { kind: "value"; subject: Ref; metric: Metric; figure: Figure; where?: Citation[] }
  | { kind: "notStated"; subject: Ref; metric: Metric }
  /** A figure that covers several places together and is not split between them. */
  | {
      kind: "spans";
      subject: Ref;
      metric: Metric;
      figure: Figure;
      places: Ref[];
      asked: Ref;
      where: Citation[];
    }
  /** No project in a place; `elsewhere` are the cities and regions where the projects are. */
  | { kind: "noProjects"; place: Ref; elsewhere: Ref[]; around?: { place: Ref; companies: Ref[] } }
  /** A yes/no question's answer, said before the findings that show it. */
  | { kind: "exists"; yes: boolean }
  /** No figure of these subjects (or of any, when none is named) was changed by a newer source. */
  | { kind: "noChanges"; subjects: Ref[] }
  /**
   * How far a project has got: its latest source's stage, or "signed" when it belongs to a signed
   * agreement; null when no source says.
   */
  | { kind: "stage"; subject: Ref; stage: ProjectStage | null; citation?: Citation }
  /** Something asked that the knowledge never records (a salary, an opening date, a CEO). */
  | { kind: "unknown"; what: string; role?: string; subjects: Ref[] }
  /**
   * A figure per group (city or region, or company): groups sum the projects wholly inside them;
   * `unsplit` are projects whose one figure covers several groups.
   */
  | {
      kind: "group";
      metric: Metric;
      by: "company" | "region" | "city";
      groups: { group: Ref; parts: { subject: Ref; figure: Figure }[]; derived: Derived }[];
      unsplit: { subject: Ref; figure: Figure; places: Ref[] }[];
      missing: Ref[];
    }
  /** A company asked about in a place where it has no site. */
  | { kind: "notThere"; subject: Ref; place: Ref }
  | {
      kind: "sum";
      metric: Metric;
      derived: Derived;
      subjects: Ref[];
      missing: Ref[];
      /** The place summed over, or "selection" when the question named the companies. */
      scope?: Ref | "selection";
    }
  | { kind: "headline"; metric: Metric; figure: Figure }
  | { kind: "gap"; metric: Metric; headline: Figure; listed: Derived }
  | { kind: "remainder"; subject: Ref; metric: Metric; derived: Derived }
  | { kind: "difference"; metric: Metric; more: Ref; less: Ref; derived: Derived }
  | { kind: "equal"; metric: Metric; subjects: Ref[] }
  | {
      kind: "rank";
      metric: Metric;
      order: "most" | "least";
      ranked: { subject: Ref; figure: Figure }[];
      missing: Ref[];
    }
  | { kind: "ratio"; subject: Ref | null; derived: Derived }
  | { kind: "average"; metric: Metric; derived: Derived; missing: Ref[] }
  /** `mixed`: a minimum over an estimate, so the share is only approximate (said why). */
  | { kind: "share"; subject: Ref; metric: Metric; derived: Derived; mixed: boolean }
  | { kind: "ratioUnavailable"; subject: Ref; missing: Metric }
  /** `agreed`: every company listed is a party of the one investment agreement cited. */
  | {
      kind: "list";
      what: ListKind;
      subject?: Ref;
      items: { ref: Ref; citation: Citation }[];
      agreed?: boolean;
    }
  | { kind: "fact"; subject: Ref; aspect: FactAspect; fact: Fact }
  | {
      kind: "location";
      subject: Ref;
      facility?: Fact;
      sites: { place: Ref; facility?: Names; citation: Citation }[];
    }
  | { kind: "products"; subject: Ref; fact: Fact; count: Figure }
  | { kind: "noStandard"; subject: Ref }
  | { kind: "noAgreement"; parties: Ref[]; year?: number }
  | {
      kind: "agreement";
      agreement: Ref;
      date: PartialDate | null;
      dateCitation?: Citation;
      parties: Ref[];
      summary: Fact;
    }
  | { kind: "role"; person: Ref; fact: Fact }
  | { kind: "said"; person: Ref; facts: Fact[] }
  | { kind: "notInSources"; subject: Ref; metric: Metric | "investment" };

export type ListKind = "companies" | "partners" | "places" | "agreements" | "parties";
export type FactAspect =
  | "location"
  | "facility"
  | "standard"
  | "description"
  | "agreementPlace"
  | "focusArea"
  | "portfolio"
  | "goal"
  | "therapyAreas"
  | "places";

const org = (id: string): Ref => ({ type: "organisation", id });
const place = (id: string): Ref => ({ type: "place", id });

export function metricOf(project: InvestmentProject, metric: Metric): Figure | null {
  return project[metric];
}

/** The places a project is in, each with its ancestors (a SEZ is in its city or region). */
export function projectPlaces(dataset: Dataset, project: InvestmentProject): Set<string> {
  const out = new Set<string>();
  for (const site of project.sites) {
    for (
      let id: string | null = site.place;
      id;
      id = dataset.places.find((p) => p.id === id)?.parent ?? null
    ) {
      out.add(id);
    }
  }
  return out;
}

/** Does a place (or one of its ancestors) equal `target`? */
export function within(dataset: Dataset, placeId: string, target: string): boolean {
  for (let id: string | null = placeId; id; id = dataset.places.find((p) => p.id === id)?.parent ?? null) {
    if (id === target) return true;
  }
  return false;
}

export function projectOf(dataset: Dataset, companyId: string): InvestmentProject | undefined {
  return dataset.projects.find((p) => p.company === companyId);
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

function difference(a: Figure, b: Figure | Derived, unit: Unit): Derived {
  const decimals = Math.max((a.text.split(".")[1] ?? "").length, 1);
  const bInputs = "inputs" in b ? b.inputs : [b];
  const qualifiers: Qualifier[] = [a.qualifier, ...bInputs.map((f) => f.qualifier)];
  return {
    value: roundTo(a.value - b.value, decimals),
    unit,
    qualifier: qualifiers.every((q) => q === "exact") ? "exact" : "approximately",
    inputs: [a, ...bInputs],
    op: "difference",
  };
}

/** Lists a metric for one company: a value, or "not stated" (never a guess). */
export function metricForCompany(dataset: Dataset, metric: Metric, companyId: string): Finding[] {
  const project = projectOf(dataset, companyId);
  if (!project) return [{ kind: "notInSources", subject: org(companyId), metric }];
  const figure = metricOf(project, metric);
  if (!figure) {
    const findings: Finding[] = [{ kind: "notStated", subject: org(companyId), metric }];
    const remainder = remainderFor(dataset, metric, project);
    if (remainder) findings.push(remainder);
    return findings;
  }
  return [{ kind: "value", subject: org(companyId), metric, figure }];
}

/**
 * When exactly one project lacks a figure that the headline total covers, the difference is
 * that project's share by arithmetic: offered, labelled as derived.
 */
/**
 * The projects a headline total is about: those of the agreement its source announces (a project
 * that arrived with a later article is not in "the total investment across the projects").
 */
function coveredBy(dataset: Dataset, headline: Figure): InvestmentProject[] {
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

/** A metric for a place: projects wholly there, and projects that span it with other places. */
export function metricForPlace(dataset: Dataset, metric: Metric, placeId: string): Finding[] {
  if (dataset.places.find((p) => p.id === placeId)?.kind === "country") return totalOf(dataset, metric);
  const findings: Finding[] = [];
  const whole: { subject: Ref; figure: Figure }[] = [];
  const missing: Ref[] = [];
  for (const project of dataset.projects) {
    const sites = project.sites.map((s) => s.place);
    const inside = sites.filter((s) => within(dataset, s, placeId));
    if (inside.length === 0) continue;
    const figure = metricOf(project, metric);
    const subject = org(project.company);
    const where = [...new Set(project.sites.map((s) => s.citation))];
    if (inside.length < sites.length) {
      if (figure) {
        findings.push({
          kind: "spans",
          subject,
          metric,
          figure,
          places: sites.map(place),
          asked: place(placeId),
          where,
        });
      } else findings.push({ kind: "notStated", subject, metric });
      continue;
    }
    if (figure) {
      whole.push({ subject, figure });
      findings.push({ kind: "value", subject, metric, figure, where });
    } else {
      missing.push(subject);
      findings.push({ kind: "notStated", subject, metric });
      const remainder = remainderFor(dataset, metric, project);
      if (remainder) findings.push(remainder);
    }
  }
  if (findings.length === 0) return [noProjects(dataset, placeId)];
  if (whole.length > 1) {
    findings.push({
      kind: "sum",
      metric,
      derived: sum(whole.map((w) => w.figure)),
      subjects: whole.map((w) => w.subject),
      missing,
      scope: place(placeId),
    });
  }
  return findings;
}

/** No project is in a place: said with the cities and regions where the projects are. */
function noProjects(dataset: Dataset, placeId: string): Finding {
  const elsewhere = [
    ...new Set(dataset.projects.flatMap((p) => p.sites.map((s) => topPlace(dataset, s.place)))),
  ];
  // A city may be asked for its region: the companies of the region around it are named too.
  const parent = dataset.places.find((p) => p.id === placeId)?.parent;
  const region = dataset.places.find((p) => p.id === parent && p.kind === "region");
  const around = region
    ? dataset.projects
        .filter((p) => p.sites.some((s) => within(dataset, s.place, region.id)))
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
  const unsplit: { subject: Ref; figure: Figure; places: Ref[] }[] = [];
  const missing: Ref[] = [];
  for (const project of dataset.projects) {
    const figure = metricOf(project, metric);
    const subject = org(project.company);
    if (!figure) {
      missing.push(subject);
      continue;
    }
    const keys =
      by === "company"
        ? [project.company]
        : [...new Set(project.sites.map((s) => (by === "region" ? regionOf : topPlace)(dataset, s.place)))];
    if (keys.length > 1) {
      unsplit.push({ subject, figure, places: project.sites.map((s) => place(s.place)) });
      continue;
    }
    const key = keys[0] as string;
    groups.set(key, [...(groups.get(key) ?? []), { subject, figure }]);
  }
  return [
    {
      kind: "group",
      metric,
      by,
      groups: [...groups].map(([id, parts]) => ({
        group: by === "company" ? org(id) : place(id),
        parts,
        derived: sum(parts.map((x) => x.figure)),
      })),
      unsplit,
      missing,
    },
  ];
}

/** The headline total, the sum of what is listed per company, and any gap between them. */
export function totalOf(dataset: Dataset, metric: Metric): Finding[] {
  const stated = dataset.projects.filter((p) => metricOf(p, metric));
  const missing = dataset.projects.filter((p) => !metricOf(p, metric)).map((p) => org(p.company));
  const listed = sum(stated.map((p) => metricOf(p, metric) as Figure));
  const findings: Finding[] = [];
  const headline = metric === "sociallySignificant" ? null : dataset.totals[metric];
  if (headline) findings.push({ kind: "headline", metric, figure: headline });
  findings.push({
    kind: "sum",
    metric,
    derived: listed,
    subjects: stated.map((p) => org(p.company)),
    missing,
  });
  // The headline is compared with the projects it announced, not with ones that came later.
  const covered = headline ? coveredBy(dataset, headline) : [];
  const coveredStated = covered.filter((p) => metricOf(p, metric));
  const coveredMissing = covered.filter((p) => !metricOf(p, metric));
  if (headline && covered.length && coveredMissing.length === 0) {
    const coveredSum = sum(coveredStated.map((p) => metricOf(p, metric) as Figure));
    if (Math.abs(coveredSum.value - headline.value) > 1e-9)
      findings.push({ kind: "gap", metric, headline, listed: coveredSum });
  }
  if (headline && coveredMissing.length === 1) {
    const remainder = remainderFor(dataset, metric, coveredMissing[0] as InvestmentProject);
    if (remainder) findings.push(remainder);
  }
  return findings;
}

export function compare(dataset: Dataset, metric: Metric, companyIds: string[]): Finding[] {
  const findings = companyIds.flatMap((id) => metricForCompany(dataset, metric, id));
  const values = findings.filter((f): f is Extract<Finding, { kind: "value" }> => f.kind === "value");
  if (values.length === 2) {
    const [a, b] = values as [Extract<Finding, { kind: "value" }>, Extract<Finding, { kind: "value" }>];
    if (a.figure.value === b.figure.value) {
      findings.push({ kind: "equal", metric, subjects: [a.subject, b.subject] });
    } else {
      const [more, less] = a.figure.value > b.figure.value ? [a, b] : [b, a];
      findings.push({
        kind: "difference",
        metric,
        more: more.subject,
        less: less.subject,
        derived: difference(more.figure, less.figure, more.figure.unit),
      });
    }
  } else if (values.length > 2) {
    return [...findings.filter((f) => f.kind !== "value"), ...rank(dataset, metric, "most", companyIds)];
  }
  return findings;
}

/** A company's share of the headline total, in percent (derived; an estimate if either figure is). */
export function shareOfTotal(dataset: Dataset, metric: Metric, companyId: string): Finding[] {
  const project = projectOf(dataset, companyId);
  const figure = project && metricOf(project, metric);
  const total = metric === "sociallySignificant" ? null : dataset.totals[metric];
  if (!figure || !total) return metricForCompany(dataset, metric, companyId);
  const { qualifier, mixed } = shareQualifier(figure.qualifier, total.qualifier);
  return [
    {
      kind: "share",
      subject: org(companyId),
      metric,
      derived: {
        value: round((100 * figure.value) / total.value, 3),
        unit: "percent",
        qualifier,
        inputs: [figure, total],
        op: "share",
      },
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
export function average(dataset: Dataset, metric: Metric): Finding[] {
  const stated = dataset.projects
    .filter((p) => metricOf(p, metric))
    .map((p) => metricOf(p, metric) as Figure);
  const total = sum(stated);
  return [
    {
      kind: "average",
      metric,
      derived: {
        ...total,
        value: round(total.value / Math.max(1, stated.length), 4),
        qualifier: total.qualifier === "exact" ? "exact" : "approximately",
        op: "average",
      },
      missing: dataset.projects.filter((p) => !metricOf(p, metric)).map((p) => org(p.company)),
    },
  ];
}

/** The sum of a figure over the companies a question names (derived; unstated ones named). */
export function sumOfCompanies(dataset: Dataset, metric: Metric, companyIds: string[]): Finding[] {
  const projects = dataset.projects.filter((p) => companyIds.includes(p.company));
  const stated = projects.filter((p) => metricOf(p, metric));
  const missing = projects.filter((p) => !metricOf(p, metric)).map((p) => org(p.company));
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
  const projects = dataset.projects.filter((p) => !companyIds || companyIds.includes(p.company));
  const ranked = projects
    .filter((p) => metricOf(p, metric))
    .map((p) => ({ subject: org(p.company), figure: metricOf(p, metric) as Figure }))
    .sort((a, b) => (order === "most" ? b.figure.value - a.figure.value : a.figure.value - b.figure.value));
  const missing = projects.filter((p) => !metricOf(p, metric)).map((p) => org(p.company));
  return [{ kind: "rank", metric, order, ranked, missing }];
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
  if (!investment) return [{ kind: "ratioUnavailable", subject: org(companyId), missing: metric }];
  const count = project[per];
  if (!count) return [{ kind: "ratioUnavailable", subject: org(companyId), missing: per }];
  return [pick(investment, count, org(companyId))];
}

/** A project under a signed agreement: one the curated agreements name, or one a source says was signed. */
const isSigned = (dataset: Dataset, p: InvestmentProject) =>
  p.stage?.value === "signed" || dataset.agreements.some((a) => a.id === p.agreement);

/** The companies with projects (in a place); `signed`: only those whose agreement is signed. */
export function listCompanies(dataset: Dataset, placeId?: string, signed = false): Finding[] {
  const projects = signed ? dataset.projects.filter((p) => isSigned(dataset, p)) : dataset.projects;
  if (placeId) {
    const items = projects.flatMap((p) => {
      const site = p.sites.find((s) => within(dataset, s.place, placeId));
      return site ? [{ ref: org(p.company), citation: site.citation }] : [];
    });
    return items.length
      ? [{ kind: "list", what: "companies", subject: place(placeId), items }]
      : [noProjects(dataset, placeId)];
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

export function listPartners(dataset: Dataset, companyId?: string): Finding[] {
  const projects = companyId ? dataset.projects.filter((p) => p.company === companyId) : dataset.projects;
  if (companyId && projects.length === 0) {
    const agreements = dataset.agreements.filter((a) => a.parties.includes(companyId));
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

export function listPlaces(dataset: Dataset): Finding[] {
  return [
    {
      kind: "fact",
      subject: projectsPartnership(dataset),
      aspect: "places",
      fact: dataset.totals.places,
    },
    ...dataset.projects.map((p) => projectFact(p, "location")),
  ];
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
      const fact = project.products[0];
      if (fact && project.medicines) return { kind: "products", subject, fact, count: project.medicines };
      if (fact) return { kind: "fact", subject, aspect: "portfolio", fact };
      return project.medicines
        ? { kind: "value", subject, metric: "medicines", figure: project.medicines }
        : { kind: "notStated", subject, metric: "medicines" };
    }
  }
}

export function companyFacts(
  dataset: Dataset,
  companyId: string,
  aspect: "location" | "facility" | "standard" | "products",
): Finding[] {
  const project = projectOf(dataset, companyId);
  if (project) {
    const findings = [projectFact(project, aspect)];
    return findings;
  }
  // Companies without an investment project: their agreements are what the sources say.
  const group = affiliates(dataset, companyId);
  const agreements = dataset.agreements.filter((a) => a.parties.some((p) => group.includes(p)));
  return agreements.flatMap((a) => agreementFinding(a));
}

function agreementFinding(a: Agreement): Finding[] {
  const findings: Finding[] = [
    {
      kind: "agreement",
      agreement: { type: "agreement", id: a.id },
      date: a.date,
      dateCitation: a.dateCitation,
      parties: a.parties.map(org),
      summary: a.summary,
    },
  ];
  return findings;
}

export function agreementDetails(
  dataset: Dataset,
  agreementId: string,
  aspect: "summary" | "place" | "items" | "date",
): Finding[] {
  const a = dataset.agreements.find((x) => x.id === agreementId);
  if (!a) return [];
  const ref: Ref = { type: "agreement", id: a.id };
  if (aspect === "place" && a.place)
    return [{ kind: "fact", subject: ref, aspect: "agreementPlace", fact: a.place }, ...agreementFinding(a)];
  if (aspect === "items" && a.items.length) {
    return a.items.map((item) => ({
      kind: "fact",
      subject: ref,
      aspect: a.kind === "production partnership" ? "portfolio" : "focusArea",
      fact:
        a.kind === "production partnership"
          ? item.description
          : {
              ...item.description,
              text: `${item.name.en}: ${item.description.text}`,
              ru: `${item.name.ru ?? item.name.en}: ${item.description.ru ?? item.description.text}`,
              kk: `${item.name.kk ?? item.name.en}: ${item.description.kk ?? item.description.text}`,
            },
    }));
  }
  return agreementFinding(a);
}

/** Agreements involving every one of `partyIds` (AstraZeneca covers AstraZeneca Kazakhstan too). */
export function agreementsWith(
  dataset: Dataset,
  partyIds: string[],
  year?: number,
  month?: number,
): Finding[] {
  const expand = (id: string) => affiliates(dataset, id);
  const found = dataset.agreements
    .filter((a) => partyIds.every((id) => expand(id).some((x) => a.parties.includes(x))))
    .filter(
      (a) =>
        (year === undefined || a.date?.year === year) && (month === undefined || a.date?.month === month),
    )
    .flatMap((a) => agreementFinding(a));
  return found.length ? found : [{ kind: "noAgreement", parties: partyIds.map(org), year }];
}

/**
 * An organisation and its local affiliates, told by name: "AstraZeneca Kazakhstan" is
 * AstraZeneca's, so AstraZeneca's agreements include the ones its affiliate signed.
 */
export function affiliates(dataset: Dataset, orgId: string): string[] {
  const name = dataset.organisations.find((o) => o.id === orgId)?.name.en;
  if (!name) return [orgId];
  return [
    orgId,
    ...dataset.organisations
      .filter((o) => o.id !== orgId && o.name.en.startsWith(`${name} `))
      .map((o) => o.id),
  ];
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

export function statementsOf(dataset: Dataset, personId: string): Finding[] {
  const person = dataset.people.find((p) => p.id === personId);
  if (!person) return [];
  if (person.statements.length === 0) return whoIs(dataset, personId);
  return [{ kind: "said", person: { type: "person", id: person.id }, facts: person.statements }];
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
  if (!project) findings.push(...agreementsWith(dataset, [orgId]));
  return findings;
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
  return [
    {
      kind: "fact",
      subject: projectsPartnership(dataset),
      aspect: "therapyAreas",
      fact: dataset.totals.therapyAreas,
    },
    ...dataset.projects.map((p) => projectFact(p, "products")),
  ];
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

/** Whether a company's project is at the talks stage, planned, or under a signed agreement. */
export function projectStage(dataset: Dataset, company: string): Finding[] {
  const subject = org(company);
  const project = projectOf(dataset, company);
  if (!project) return [{ kind: "notInSources", subject, metric: "investment" }];
  const agreement = dataset.agreements.find((a) => a.id === project.agreement);
  if (agreement && project.stage?.value !== "signed") {
    return [
      {
        kind: "stage",
        subject,
        stage: "signed",
        citation: agreement.dateCitation ?? agreement.summary.citation,
      },
    ];
  }
  if (project.stage)
    return [{ kind: "stage", subject, stage: project.stage.value, citation: project.stage.citation }];
  return [{ kind: "stage", subject, stage: null }];
}
