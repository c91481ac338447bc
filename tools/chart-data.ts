import type { Citation, Dataset, Figure, Lang, Names, Unit } from "../knowledge/schema.js";
import type { Ref } from "./entities.js";
import { execute } from "./execute.js";
import { type Derived, type Finding, METRICS, type Metric } from "./findings.js";
import { t } from "./locales/index.js";
import type { Query } from "./query.js";
import { formatNumber } from "./render/number.js";
import type { DerivedQualifier, FigureRow, FigureTable } from "./types.js";

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
  metric: Metric;
  lang: Lang;
  rows: ChartRow[];
  citations: ChartCitation[];
  /** Footnotes in the reader's language: gaps, derivations, what a region's bar leaves out. */
  notes: string[];
}

/** A figure metric (every one can be charted). */
export function isMetric(x: unknown): x is Metric {
  return (METRICS as readonly unknown[]).includes(x);
}

const UNITS: Record<Metric, Unit> = {
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
  "at most about": "≤~",
  about: "~",
};

/** "≥200", "~60", "≈675", "58,5": the qualifier stays on the number. */
export function formatFigure(value: number, qualifier: DerivedQualifier, lang: Lang): string {
  return `${SIGNS[qualifier]}${formatNumber(value, lang, 1)}`;
}

type Of<K extends Finding["kind"]> = Extract<Finding, { kind: K }>;

/** The executor's query for one metric in its own currency, per company or region, over every project. */
function chartQuery(metric: Metric, extra: Partial<Query>): Query {
  const investment = metric === "investmentKzt" || metric === "investmentUsd";
  return {
    attributes: [investment ? "investmentKzt" : metric],
    ...(investment ? { unit: metric === "investmentUsd" ? "USD" : "KZT" } : {}),
    subjects: [],
    operation: "sum",
    unparsed: [],
    ...extra,
  };
}

function findingsOf<K extends Finding["kind"]>(findings: Finding[], kind: K): Of<K>[] {
  return findings.filter((f): f is Of<K> => f.kind === kind);
}

/** Names, place labels and figures in the reader's language. */
class Labels {
  readonly L: ReturnType<typeof t>["charts"];
  private readonly organisations: Map<string, Names>;
  private readonly places: Map<string, { name: Names; kind: string }>;

  constructor(
    dataset: Dataset,
    readonly lang: Lang,
  ) {
    this.L = t(lang).charts;
    this.organisations = new Map(dataset.organisations.map((o) => [o.id, o.name]));
    this.places = new Map(dataset.places.map((p) => [p.id, p]));
  }

  name(ref: Ref): string {
    const names = ref.type === "place" ? this.places.get(ref.id)?.name : this.organisations.get(ref.id);
    return names ? (names[this.lang] ?? names.en) : ref.id;
  }

  /** Almaty the city is kept apart from Almaty Region in its label. */
  place(ref: Ref): string {
    return this.places.get(ref.id)?.kind === "city" ? this.L.city(this.name(ref)) : this.name(ref);
  }

  group(ref: Ref, by: Of<"group">["by"]): string {
    return by === "company" ? this.name(ref) : this.place(ref);
  }
  figure(f: Figure | Derived): string {
    return formatFigure(f.value, f.qualifier, this.lang);
  }
  inputs(d: Derived, op: string): string {
    return d.inputs.map((x) => this.figure(x)).join(op);
  }
}

function figureRow(label: string, metric: Metric, figure: Figure | null, style: RowStyle): ChartRow {
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

/**
 * One group's row: a lone stated figure as stated, several as the executor's sum; a group where a
 * project's figure is not stated is at least what its stated figures add up to.
 */
function groupRow(
  g: Of<"group">["groups"][number],
  unstated: number,
  metric: Metric,
  label: string,
  x: Labels,
) {
  const [only] = g.parts;
  if (only && g.parts.length === 1 && !unstated) return figureRow(label, metric, only.figure, "stated");
  return {
    ...figureRow(label, metric, null, "derived"),
    value: g.derived.value,
    qualifier: unstated ? "at least" : g.derived.qualifier,
    derived: x.inputs(g.derived, " + "),
    citations: g.parts.map((p) => p.figure.citation),
  } satisfies ChartRow;
}

/** The grouping's rows: stated groups, groups with no stated figure, then projects spanning groups, kept whole. */
function groupRows(g: Of<"group">, metric: Metric, x: Labels): { rows: ChartRow[]; notes: string[] } {
  const { L } = x;
  const single = (m: { groups: Ref[] }, id: string) => m.groups.length === 1 && m.groups[0]?.id === id;
  const rows = g.groups.map((grp) =>
    groupRow(
      grp,
      g.missing.filter((m) => single(m, grp.group.id)).length,
      metric,
      x.group(grp.group, g.by),
      x,
    ),
  );
  const unstatedGroups = new Map<string, Ref>();
  for (const m of g.missing)
    if (m.groups.length === 1 && m.groups[0] && !g.groups.some((grp) => grp.group.id === m.groups[0]?.id))
      unstatedGroups.set(m.groups[0].id, m.groups[0]);
  for (const ref of unstatedGroups.values()) rows.push(figureRow(x.group(ref, g.by), metric, null, "stated"));
  const notes: string[] = [];
  const spans = [
    ...g.unsplit,
    ...g.missing.filter((m) => m.groups.length > 1).map((m) => ({ ...m, figure: null })),
  ];
  for (const u of spans) {
    const names = u.groups.map((r) => x.place(r));
    const company = x.name(u.subject);
    rows.push({ ...figureRow(L.span(names, company), metric, u.figure, "span"), note: L.spanNote(names) });
    // A region that also hosts part of a span project: its own stated value leaves that part out.
    for (const r of u.groups)
      if (u.figure && g.groups.some((grp) => grp.group.id === r.id))
        notes.push(L.notes.excludesSpan(x.place(r), company));
  }
  return { rows, notes };
}

/** The headline total: the stated total of each set of projects an article announced (or none). */
function totalRows(dataset: Dataset, metric: Metric, totals: Of<"scopeFigure">[], x: Labels): ChartRow[] {
  if (!totals.length) {
    const fact = dataset.totals.sociallySignificant;
    return [
      {
        ...figureRow(x.L.total, metric, null, "total"),
        citations: metric === "sociallySignificant" ? [fact.citation] : [],
      },
    ];
  }
  return totals.map((f) => {
    const scope = dataset.scopes.find((s) => s.id === f.scope);
    const label =
      totals.length > 1 && scope ? `${x.L.total}: ${scope.name[x.lang] ?? scope.name.en}` : x.L.total;
    return figureRow(label, metric, f.figure, "total");
  });
}

/**
 * Footnotes from the executor's findings on each announced set: its projects' figures against its
 * stated total (in line, or the gap), or the one project's figure the total leaves by arithmetic.
 */
function totalNotes(metric: Metric, findings: Finding[], x: Labels): string[] {
  const { L } = x;
  const totals = findingsOf(findings, "scopeFigure").filter((f) => f.attribute === metric);
  if (!totals.length) return metric === "sociallySignificant" ? [L.notes.noTotal] : [];
  const notes: string[] = [];
  const gaps = findingsOf(findings, "gap").filter((f) => f.metric === metric);
  for (const s of findingsOf(findings, "sum").filter((f) => f.metric === metric && !f.missing.length)) {
    const arithmetic = `${x.inputs(s.derived, " + ")} = ${x.figure(s.derived)}`;
    const gap = gaps.find((g) => g.listed.value === s.derived.value);
    const total = gap?.headline ?? totals[0]?.figure;
    if (!total) continue;
    if (gap)
      notes.push(
        L.notes.gap(
          arithmetic,
          x.figure(total),
          formatNumber(Math.abs(total.value - s.derived.value), x.lang, 1),
        ),
      );
    else notes.push(L.notes.matches(arithmetic, x.figure(total)));
  }
  for (const r of findingsOf(findings, "remainder").filter((f) => f.metric === metric))
    notes.push(L.notes.remainder(x.name(r.subject), x.figure(r.derived), x.inputs(r.derived, " − ")));
  return notes;
}

/** The executor's findings on the sets of projects an article announced with a total of this metric. */
function setFindings(dataset: Dataset, metric: Metric): Finding[] {
  const sets = dataset.scopes.filter((s) => s.kind === "set" && s.agreement && s.figures[metric]);
  return sets.flatMap(
    (s) =>
      execute(chartQuery(metric, { subjects: [{ type: "agreement", id: s.agreement as string }] }), dataset)
        .findings,
  );
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

/** The figures behind a chart's bars, by citation: each excerpt shows the figure as its quote writes it. */
function figuresOf(group: Of<"group">, totals: Of<"scopeFigure">[]): Map<Citation, string> {
  const figures = [
    ...group.groups.flatMap((g) => g.parts.map((p) => p.figure)),
    ...group.unsplit.map((u) => u.figure),
    ...totals.map((f) => f.figure),
  ];
  return new Map(figures.map((f) => [f.citation, f.text]));
}

/**
 * The values of one metric across the investment projects, grouped by company or by region, as
 * the executor finds them for the text answers: qualifiers kept, unstated values null, sums
 * marked derived, a project spanning two regions kept whole, plus each announced set's stated
 * total as the last row, its footnotes comparing the total with that set's own projects.
 */
export function chartTable(dataset: Dataset, metric: Metric, groupBy: ChartGroup, lang: Lang): ChartTable {
  const x = new Labels(dataset, lang);
  const [group] = findingsOf(execute(chartQuery(metric, { groupBy }), dataset).findings, "group");
  if (!group) throw new Error(`chart-data: the executor gave no grouping of ${metric}`);
  const sets = setFindings(dataset, metric);
  const totals = findingsOf(sets, "scopeFigure").filter((f) => f.attribute === metric);
  const grouped = groupRows(group, metric, x);
  const rows = [...grouped.rows, ...totalRows(dataset, metric, totals, x)];
  const notes = [...totalNotes(metric, sets, x), ...grouped.notes];
  return { metric, groupBy, lang, rows, notes, citations: numberCitations(rows, figuresOf(group, totals)) };
}
