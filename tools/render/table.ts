import type { Citation, Figure } from "../../knowledge/schema.js";
import type { Ref } from "../entities.js";
import type { Metric } from "../findings.js";
import type { FigureRow, FigureTable } from "../types.js";

/** The figures an answer names, one row a subject, of the first metric named (offered as a chart). */
export class TableRows {
  private readonly rows: FigureRow[] = [];
  private readonly labels = new Set<string>();
  private metric: Metric | undefined;

  constructor(
    private readonly citations: { add(c: Citation): number },
    private readonly name: (ref: Ref) => string,
  ) {}

  add(subject: Ref, metric: Metric, f: Figure | null, note?: string): void {
    this.metric ??= metric;
    // Another metric's rows are left out before naming them (a ranking's dollar twin names 1,000).
    if (metric !== this.metric) return;
    const label = this.name(subject);
    if (this.labels.has(label)) return;
    this.labels.add(label);
    this.rows.push({
      label,
      value: f?.value ?? null,
      unit: f?.unit ?? "jobs",
      qualifier: f?.qualifier ?? "exact",
      note,
      cites: f ? [this.citations.add(f.citation)] : [],
    });
  }

  /** A table when two or more subjects have a row. */
  result(): FigureTable | undefined {
    return this.rows.length >= 2 && this.metric
      ? { metric: this.metric, groupBy: "company", rows: this.rows }
      : undefined;
  }
}
