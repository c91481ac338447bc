import type { Citation, Dataset, Figure, Lang, Names, Place, Unit } from "../knowledge/schema.js";
import { METRICS, type Metric, sumQualifier } from "./figures.js";
import { t } from "./locales/index.js";
import type { DerivedQualifier, FigureRow, FigureTable } from "./types.js";

/** Every figure metric can be charted. */
export const CHART_METRICS = METRICS;
export type ChartMetric = Metric;
export type ChartGroup = FigureTable["groupBy"];
export const CHART_GROUPS: readonly ChartGroup[] = ["company", "region"];

/** How a bar is drawn: a figure as stated, a sum we computed, a figure spanning regions, the headline total. */
export type RowStyle = "stated" | "derived" | "span" | "total";

export interface ChartRow extends FigureRow {
  style: RowStyle;
  /** The dataset citations of the figures behind this row (empty when not stated). */
  citations: Citation[];
}

/** A numbered citation of the chart; `figure` is the figure as written in the quote, for excerpts. */
export interface ChartCitation {
  n: number;
  source: string;
  quote: string;
  figure: string;
}

export interface ChartTable extends FigureTable {
  metric: ChartMetric;
  lang: Lang;
  rows: ChartRow[];
  citations: ChartCitation[];
  /** Footnotes in the reader's language: gaps, derivations, what a region's bar leaves out. */
  notes: string[];
}

export function isChartMetric(x: unknown): x is ChartMetric {
  return (CHART_METRICS as readonly unknown[]).includes(x);
}

const UNITS: Record<ChartMetric, Unit> = {
  jobs: "jobs",
  investmentKzt: "billion KZT",
  investmentUsd: "million USD",
  medicines: "medicines",
  sociallySignificant: "medicines",
};

const SIGNS: Record<DerivedQualifier, string> = {
  exact: "",
  around: "~",
  approximately: "≈",
  "at least": "≥",
  "more than": ">",
  "up to": "≤",
  "at most": "≤",
  "at least about": "≥~",
  about: "~",
};

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(t(lang).charts.numberLocale, { maximumFractionDigits: 1 }).format(value);
}

/** "≥200", "~60", "≈675", "58,5": the qualifier stays on the number. */
export function formatFigure(value: number, qualifier: DerivedQualifier, lang: Lang): string {
  return `${SIGNS[qualifier]}${formatNumber(value, lang)}`;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const nameIn = (names: Names, lang: Lang) => names[lang] ?? names.en;

interface Entry {
  company: string;
  figure: Figure | null;
  /** The cities/regions of the project's sites, distinct, in source order. */
  regions: Place[];
}

/** Walks up from a site (e.g. a special economic zone) to the city or region it lies in. */
function areaOf(places: ReadonlyMap<string, Place>, id: string): Place {
  let place = places.get(id);
  while (place && place.kind !== "city" && place.kind !== "region" && place.parent)
    place = places.get(place.parent);
  if (!place) throw new Error(`chart-data: unknown place "${id}"`);
  return place;
}

function entriesOf(dataset: Dataset, metric: ChartMetric, lang: Lang): Entry[] {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const orgs = new Map(dataset.organisations.map((o) => [o.id, o]));
  return dataset.projects.map((p) => {
    const regions = [...new Map(p.sites.map((s) => areaOf(places, s.place)).map((a) => [a.id, a])).values()];
    const org = orgs.get(p.company);
    return { company: org ? nameIn(org.name, lang) : p.company, figure: p[metric], regions };
  });
}

const placeLabel = (place: Place, lang: Lang) =>
  place.kind === "city" ? t(lang).charts.city(nameIn(place.name, lang)) : nameIn(place.name, lang);

function figureRow(label: string, metric: ChartMetric, figure: Figure | null, style: RowStyle): ChartRow {
  return {
    label,
    value: figure?.value ?? null,
    unit: UNITS[metric],
    qualifier: figure?.qualifier ?? "exact",
    style,
    citations: figure ? [figure.citation] : [],
    cites: [],
  };
}

/** Sums the stated figures of one area; a partly stated area becomes a lower bound. */
function sumRow(label: string, metric: ChartMetric, entries: Entry[], lang: Lang): ChartRow {
  const stated = entries.flatMap((e) => (e.figure ? [e.figure] : []));
  if (entries.length === 1 || stated.length === 0)
    return figureRow(label, metric, entries[0]?.figure ?? null, "stated");
  const partial = stated.length < entries.length;
  return {
    label,
    value: round1(stated.reduce((s, f) => s + f.value, 0)),
    unit: UNITS[metric],
    qualifier: partial ? "at least" : sumQualifier(stated.map((f) => f.qualifier)),
    style: "derived",
    derived: stated.map((f) => formatFigure(f.value, f.qualifier, lang)).join(" + "),
    citations: stated.map((f) => f.citation),
    cites: [],
  };
}

function regionRows(
  metric: ChartMetric,
  entries: Entry[],
  lang: Lang,
): { rows: ChartRow[]; notes: string[] } {
  const L = t(lang).charts;
  const areas = new Map<string, { place: Place; entries: Entry[] }>();
  for (const e of entries) {
    const [only] = e.regions;
    if (e.regions.length !== 1 || !only) continue;
    const area = areas.get(only.id) ?? { place: only, entries: [] };
    area.entries.push(e);
    areas.set(only.id, area);
  }
  const spans = entries.filter((e) => e.regions.length > 1);
  const rows: ChartRow[] = [...areas.values()].map((a) =>
    sumRow(placeLabel(a.place, lang), metric, a.entries, lang),
  );
  const notes: string[] = [];
  for (const e of spans) {
    const names = e.regions.map((r) => placeLabel(r, lang));
    rows.push({ ...figureRow(L.span(names, e.company), metric, e.figure, "span"), note: L.spanNote(names) });
    // A region that also hosts part of a span project: its own stated value leaves that part out.
    for (const r of e.regions) {
      const own = areas.get(r.id);
      if (e.figure && own?.entries.some((o) => o.figure))
        notes.push(L.notes.excludesSpan(placeLabel(r, lang), e.company));
    }
  }
  return { rows, notes };
}

function totalRow(dataset: Dataset, metric: ChartMetric, lang: Lang): ChartRow {
  const label = t(lang).charts.total;
  if (metric === "sociallySignificant") {
    return {
      ...figureRow(label, metric, null, "total"),
      citations: [dataset.totals.sociallySignificant.citation],
    };
  }
  return figureRow(label, metric, dataset.totals[metric], "total");
}

/** Footnotes comparing the projects with the headline total, or deriving the one missing value. */
function totalNotes(dataset: Dataset, metric: ChartMetric, entries: Entry[], lang: Lang): string[] {
  const L = t(lang).charts;
  if (metric === "sociallySignificant") return [L.notes.noTotal];
  const total = dataset.totals[metric];
  const fig = (f: Figure) => formatFigure(f.value, f.qualifier, lang);
  const stated = entries.flatMap((e) => (e.figure ? [e.figure] : []));
  const missing = entries.filter((e) => !e.figure);
  if (missing.length === 0) {
    const sum = round1(stated.reduce((s, f) => s + f.value, 0));
    const arithmetic = `${stated.map(fig).join(" + ")} = ${formatFigure(sum, sumQualifier(stated.map((f) => f.qualifier)), lang)}`;
    if (sum === total.value) return [L.notes.matches(arithmetic, fig(total))];
    return [L.notes.gap(arithmetic, fig(total), formatNumber(round1(Math.abs(total.value - sum)), lang))];
  }
  // Only one unknown can be derived, and never from open lower bounds ("at least" would flip).
  const [only] = missing;
  if (missing.length > 1 || !only || stated.some((f) => f.qualifier === "at least")) return [];
  const value = round1(total.value - stated.reduce((s, f) => s + f.value, 0));
  const arithmetic = [fig(total), ...stated.map(fig)].join(" − ");
  const q = sumQualifier([total.qualifier, ...stated.map((f) => f.qualifier)]);
  return [L.notes.remainder(only.company, formatFigure(value, q, lang), arithmetic)];
}

/** Numbers the rows' citations in order of first use, one number per distinct quote. */
function numberCitations(rows: ChartRow[], figures: Map<Citation, string>): ChartCitation[] {
  const list: ChartCitation[] = [];
  const byKey = new Map<string, number>();
  for (const row of rows) {
    row.cites = row.citations.map((c) => {
      const key = `${c.source}\u0000${c.quote}`;
      let n = byKey.get(key);
      if (n === undefined) {
        n = list.length + 1;
        byKey.set(key, n);
        list.push({ n, source: c.source, quote: c.quote, figure: figures.get(c) ?? "" });
      }
      return n;
    });
  }
  return list;
}

/**
 * The values of one metric across the investment projects, grouped by company or by region, as
 * the sources state them: qualifiers kept, unstated values null, sums marked derived, a project
 * spanning two regions kept whole, plus the article's headline total as the last row.
 */
export function chartTable(
  dataset: Dataset,
  metric: ChartMetric,
  groupBy: ChartGroup,
  lang: Lang,
): ChartTable {
  const entries = entriesOf(dataset, metric, lang);
  const grouped =
    groupBy === "company"
      ? { rows: entries.map((e) => figureRow(e.company, metric, e.figure, "stated")), notes: [] }
      : regionRows(metric, entries, lang);
  const rows = [...grouped.rows, totalRow(dataset, metric, lang)];
  const notes = [...totalNotes(dataset, metric, entries, lang), ...grouped.notes];

  const figures = new Map<Citation, string>();
  for (const p of dataset.projects) {
    const f = p[metric];
    if (f) figures.set(f.citation, f.text);
  }
  if (metric !== "sociallySignificant")
    figures.set(dataset.totals[metric].citation, dataset.totals[metric].text);
  return { metric, groupBy, lang, rows, notes, citations: numberCitations(rows, figures) };
}
