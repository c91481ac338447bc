import type { Citation, Dataset, Figure, Lang } from "../../knowledge/schema.js";
import type { EntityIndex, Ref } from "../entities.js";
import type { Derived, Finding, Metric } from "../findings.js";
import { type Messages, t } from "../locales/index.js";
import { amountText, formatNumber } from "./number.js";
import { TableRows } from "./table.js";

export type Texts = Messages["answers"];

/** Numbers an answer's citations in order of first use (tools/compose.ts's CitationList). */
export interface Citations {
  add(c: Citation): number;
  /** " [1][2]" for the given citations. */
  marks(...cs: Citation[]): string;
}

export interface ComposeContext {
  lang: Lang;
  dataset: Dataset;
  entities: EntityIndex;
  citations: Citations;
}

/** One finding of a kind. */
export type Of<K extends Finding["kind"]> = Extract<Finding, { kind: K }>;

/** Words one finding into the writer; `pair` is its dollar twin when the tool ran for both currencies. */
export type Renderer<K extends Finding["kind"]> = (f: Of<K>, w: Writer, pair?: Finding) => void;

/** A renderer for every kind of finding (each family module gives a part of it). */
export type Renderers = { [K in Finding["kind"]]: Renderer<K> };

/** The pair finding when it is of the kind asked (the dollar twin of a tenge finding). */
export function twinOf<K extends Finding["kind"]>(g: Finding | undefined, kind: K): Of<K> | undefined {
  return g && g.kind === kind ? (g as Of<K>) : undefined;
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What every renderer shares: the reader's texts, names, numbers and amounts, citation marks, the
 * sentences said so far (each once) and the table of the figures named.
 */
export class Writer {
  readonly tx: Texts;
  readonly sentences: string[] = [];
  /** Findings already said with another (a dollar twin, a scope's figure asked twice). */
  readonly used = new Set<Finding>();
  readonly table: TableRows;

  constructor(
    readonly findings: Finding[],
    readonly ctx: ComposeContext,
  ) {
    this.tx = t(ctx.lang).answers;
    this.table = new TableRows(ctx.citations, this.name);
  }

  readonly name = (ref: Ref): string => this.ctx.entities.name(ref, this.ctx.lang);

  /** A fact in the reader's language (its English wording when no translation exists). */
  readonly said = (fact: { text: string; ru?: string; kk?: string }): string =>
    this.ctx.lang === "en" ? fact.text : (fact[this.ctx.lang] ?? fact.text);

  readonly num = (v: number): string => formatNumber(v, this.ctx.lang);

  readonly marks = (...cs: Citation[]): string => this.ctx.citations.marks(...cs);

  readonly amount = (f: Figure | Derived, metric?: Metric, bare = false): string =>
    amountText(f, this.ctx.lang, metric, bare);

  readonly list = (items: string[]): string =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${this.tx.and} ${items.at(-1)}`;

  /** A derived value's arithmetic: "58.5 + 39.2 = 97.7". */
  readonly arithmetic = (d: Derived, metric?: Metric): string => {
    const parts = d.inputs.map((f) => this.num(f.value));
    const result = this.num(d.value);
    if (d.op === "sum") return `${parts.join(" + ")} = ${result}`;
    if (d.op === "share") return `${parts[0]} ÷ ${parts[1]} × 100 ≈ ${result}%`;
    if (d.op === "average") return `(${parts.join(" + ")}) ÷ ${parts.length} ≈ ${result}`;
    if (d.op === "times") return `${parts[0]} ÷ ${parts[1]} ≈ ${result}`;
    if (d.op === "percentMore" || d.op === "percentLess")
      return `(${parts[0]} − ${parts[1]}) ÷ ${parts[2]} × 100 ≈ ${result}%`;
    if (d.op === "difference") return `${parts[0]} − ${parts.slice(1).join(" − ")} = ${result}`;
    const [inv, count] = d.inputs as [Figure, Figure];
    const per = count.unit === "medicines" ? "medicines" : "jobs";
    return `${this.amount(inv, metric, true)} ÷ ${this.amount(count, per, true)} ≈ ${this.amount(d, metric, true)}`;
  };

  /** The same statement in tenge and in dollars reads as one sentence: "58.5 billion tenge (US$116 million)". */
  readonly money = (kzt: string | null, usd: string | null): string =>
    kzt && usd ? `${kzt} (${usd})` : (kzt ?? usd ?? "");

  /** Puts citation markers before the sentence's closing punctuation: "… 150 jobs [1]." */
  readonly say = (sentence: string, marks = ""): void => {
    if (!sentence) return;
    const m = /[.!?:]$/.exec(sentence);
    const line = m ? sentence.slice(0, -1) + marks + m[0] : sentence + marks;
    // The same statement twice (a tool run for tenge and for dollars) is said once.
    if (!this.sentences.includes(line)) this.sentences.push(line);
  };

  /**
   * A special economic zone is named with the city or region it is in; a district, and a village
   * or town in one, with the district and region ("Gvardeiskiy in Kordai district, Zhambyl Region").
   */
  /**
   * A place with its kind when its name alone is ambiguous: Almaty the city beside Almaty Region
   * ("Almaty city", «город Алматы», «Алматы қаласы»).
   */
  readonly kindName = (ref: Ref): string => {
    const places = this.ctx.dataset.places;
    const place = places.find((p) => p.id === ref.id);
    const name = this.name(ref);
    const shared = places.some(
      (p) =>
        p.id !== place?.id &&
        p.kind === "region" &&
        p.name.en.toLowerCase().startsWith(`${place?.name.en.toLowerCase()} `),
    );
    return place?.kind === "city" && shared ? this.tx.cityName(name) : name;
  };

  readonly placeName = (ref: Ref): string => {
    const places = this.ctx.dataset.places;
    const place = places.find((p) => p.id === ref.id);
    const parent = places.find((p) => p.id === place?.parent);
    if (!place || !parent) return this.kindName(ref);
    if (place.kind === "special economic zone")
      return this.tx.placeIn(this.name(ref), this.kindName({ type: "place", id: parent.id }));
    if (place.kind !== "district" && parent.kind !== "district") return this.kindName(ref);
    const chain: string[] = [];
    for (let at: typeof parent | undefined = parent; at && at.kind !== "country"; ) {
      chain.push(this.name({ type: "place", id: at.id }));
      at = at.kind === "region" ? undefined : places.find((p) => p.id === at?.parent);
    }
    return this.tx.placeIn(this.name(ref), chain.join(", "));
  };

  /**
   * A figure with the values it superseded: "at least 180 jobs (earlier at least 150 jobs [2])".
   */
  readonly history = (f: Figure, metric?: Metric): string =>
    f.earlier?.length
      ? this.tx.history.earlier(
          f.earlier
            .map(
              (e) =>
                // (The value a sentence says its figure changed from has the figure's own mark.)
                `${this.amount(e, metric)}${e.year ? ` ${this.tx.news.inYear(e.year)}` : ""}${e.citation.quote === f.citation.quote ? "" : this.marks(e.citation)}`,
            )
            .join(", "),
        )
      : "";

  /** Values held back as disputed are said in a sentence of their own, never dropped. */
  readonly disputes = (subject: Ref, f: Figure, metric?: Metric): void => {
    if (!f.disputed?.length) return;
    const values = f.disputed.map((e) => `${this.amount(e, metric)}${this.marks(e.citation)}`);
    this.say(this.tx.history.disputed(this.name(subject), this.list(values)));
  };

  /** A date written "2026-01-23" (or "2026-01", "2026") in the reader's words. */
  readonly dated = (iso?: string | null): string => {
    if (!iso) return "";
    const [year, month, day] = iso.split("-").map(Number);
    return this.tx.date({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) });
  };

  /** The citations of the figures a derived value was computed from. */
  inputsOf(...ds: (Derived | undefined)[]) {
    return ds.flatMap((d) => d?.inputs.map((x) => x.citation) ?? []);
  }

  /**
   * The dollar finding said with a tenge one (same kind, same subject, later in the list), marked
   * used so it is not said again.
   */
  twin(f: Finding, i: number): Finding | undefined {
    if (!("metric" in f) || f.metric !== "investmentKzt") return undefined;
    // Whom it is of: its subject, or the two a difference sets against each other.
    const of = (g: Finding) =>
      JSON.stringify(["subject", "more", "less"].map((k) => (k in g ? g[k as keyof typeof g] : null)));
    const subject = of(f);
    const pair = this.findings.find(
      (g, j) =>
        j > i &&
        !this.used.has(g) &&
        g.kind === f.kind &&
        "metric" in g &&
        g.metric === "investmentUsd" &&
        of(g) === subject,
    );
    if (pair) this.used.add(pair);
    return pair;
  }
}
