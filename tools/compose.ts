import type { Citation, Lang, Source } from "../knowledge/schema.js";
import { sourceTitle } from "../knowledge/sources.js";
import type { EntityIndex } from "./entities.js";
import type { Finding } from "./findings.js";
import { t } from "./locales/index.js";
import type { Query } from "./query.js";
import { agreements } from "./render/agreements.js";
import { comparisons } from "./render/comparisons.js";
import { facts } from "./render/facts.js";
import { news } from "./render/news.js";
import { places } from "./render/places.js";
import { totals } from "./render/totals.js";
import { values } from "./render/values.js";
import type { Citations, ComposeContext, Renderer, Renderers } from "./render/writer.js";
import { Writer } from "./render/writer.js";
import type { AnswerCitation, FigureTable } from "./types.js";

/** Numbers citations in order of first use; the same quote keeps its number. */
export class CitationList implements Citations {
  readonly items: AnswerCitation[] = [];
  /**
   * Numbers by quote (a quote's first source), and by source then quote for the same sentence
   * quoted from another source. An answer over hundreds of projects cites hundreds of sentences,
   * one or two a source: a map per source was most of numbering them. The quotes are the claims'
   * own strings, whose hashes V8 keeps; a key joining source and quote would be a new string.
   */
  private readonly numbers = new Map<string, number>();
  private readonly fromOtherSources = new Map<string, Map<string, number>>();
  private byId: Map<string, Source> | undefined;
  constructor(
    private readonly sources: readonly Source[],
    private readonly lang: Lang = "en",
  ) {}

  add(c: Citation): number {
    const first = this.numbers.get(c.quote);
    if (first !== undefined && this.items[first - 1]?.source === c.source) return first;
    const found = this.fromOtherSources.get(c.source)?.get(c.quote);
    if (found !== undefined) return found;
    this.byId ??= sourcesById(this.sources);
    const source = this.byId.get(c.source);
    const title = source ? sourceTitle(source, this.lang) : c.source;
    const n = this.items.length + 1;
    this.items.push({ n, source: c.source, title, quote: c.quote });
    if (first === undefined) this.numbers.set(c.quote, n);
    else {
      const quotes = this.fromOtherSources.get(c.source) ?? new Map<string, number>();
      this.fromOtherSources.set(c.source, quotes.set(c.quote, n));
    }
    return n;
  }

  /** " [1][2]" for the given citations. */
  marks(...cs: Citation[]): string {
    const ns = [...new Set(cs.map((c) => this.add(c)))];
    return ns.length ? ` ${ns.map((n) => `[${n}]`).join("")}` : "";
  }
}

/**
 * Sources by id, once per list of sources (the knowledge's, kept while it is current): every
 * answer that cites numbers its citations, and a view may hold a thousand sources.
 */
const sourceIndexes = new WeakMap<readonly Source[], { size: number; byId: Map<string, Source> }>();

function sourcesById(sources: readonly Source[]): Map<string, Source> {
  const known = sourceIndexes.get(sources);
  if (known && known.size === sources.length) return known.byId;
  const byId = new Map(sources.map((s) => [s.id, s]));
  sourceIndexes.set(sources, { size: sources.length, byId });
  return byId;
}

/** A renderer for every kind of finding, by family (tools/render/*). */
const RENDERERS: Renderers = {
  ...values,
  ...totals,
  ...comparisons,
  ...places,
  ...facts,
  ...agreements,
  ...news,
};

/** Turns figure-tool findings into sentences in the reader's language, each ending in its citations. */
export function compose(findings: Finding[], ctx: ComposeContext): { text: string; table?: FigureTable } {
  const w = new Writer(findings, ctx);
  findings.forEach((f, i) => {
    if (w.used.has(f)) return;
    const render = RENDERERS[f.kind] as Renderer<Finding["kind"]>;
    render(f, w, w.twin(f, i));
  });
  return { text: w.sentences.join(" "), table: w.table.result() };
}

/** The query in words, in the reader's language: "jobs · sum · Almaty Region". */
export function understood(q: Query, lang: Lang, entities: EntityIndex): string {
  const u = t(lang).answers.understood;
  const attributes = q.attributes.map((a) =>
    a === "investmentKzt" && q.unit === "USD" && !q.per ? u.attribute.investmentUsd : u.attribute[a],
  );
  const what = q.per ? `${attributes.join(", ")} ${u.per[q.per]}` : attributes.join(", ");
  // A ratio names its currency; a figure in dollars says so in its attribute.
  const currency = q.per && q.unit ? (q.unit === "USD" ? u.dollars : u.tenge) : "";
  const subjects = q.subjects.map((s) => entities.name(s, lang));
  return [
    [what, currency].filter(Boolean).join(" "),
    q.unknown ? u.unstated : u.operation[q.operation],
    ...(q.groupBy ? [u.groupBy[q.groupBy]] : []),
    ...(subjects.length ? [subjects.join(", ")] : []),
    ...(q.time?.year || q.time?.month ? [[q.time.month, q.time.year].filter(Boolean).join("/")] : []),
  ].join(" · ");
}
