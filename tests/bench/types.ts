/** One line of `npm run bench`: a measured value beside its target, if any. */
export interface BenchRow {
  area: string;
  metric: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "< 1 ms" or ">= 2000/s". */
  target?: string;
  /** Whether the target is met (undefined when there is no target). */
  ok?: boolean;
  note?: string;
}

export type Bench = () => Promise<BenchRow[]>;

/** A time in milliseconds against its upper bound. */
export function msRow(area: string, metric: string, value: number, max: number, note?: string): BenchRow {
  return {
    area,
    metric,
    value,
    unit: "ms",
    target: `<= ${max} ms`,
    ok: value <= max,
    ...(note ? { note } : {}),
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}
