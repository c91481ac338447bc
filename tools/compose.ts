import type { Citation, Dataset, Figure, Lang, Milestone, Source } from "../knowledge/schema.js";
import { sourceTitle } from "../knowledge/sources.js";
import { detectLang } from "../knowledge/text.js";
import type { EntityIndex, Ref } from "./entities.js";
import type { Derived, Finding, Metric } from "./figures.js";
import { type Messages, t } from "./locales/index.js";
import type { Query } from "./query.js";
import type { AnswerCitation, DerivedQualifier, FigureRow, FigureTable } from "./types.js";

type Texts = Messages["answers"];

/** Numbers citations in order of first use; the same quote keeps its number. */
export class CitationList {
  readonly items: AnswerCitation[] = [];
  /** Numbers by source and quote, and sources by id: an answer over hundreds of projects cites hundreds. */
  private readonly numbers = new Map<string, number>();
  private byId: Map<string, Source> | undefined;
  constructor(
    private readonly sources: readonly Source[],
    private readonly lang: Lang = "en",
  ) {}

  add(c: Citation): number {
    const key = `${c.source}\0${c.quote}`;
    const found = this.numbers.get(key);
    if (found) return found;
    this.byId ??= new Map(this.sources.map((s) => [s.id, s]));
    const source = this.byId.get(c.source);
    const title = source ? sourceTitle(source, this.lang) : c.source;
    const n = this.items.length + 1;
    this.items.push({ n, source: c.source, title, quote: c.quote });
    this.numbers.set(key, n);
    return n;
  }

  /** " [1][2]" for the given citations. */
  marks(...cs: Citation[]): string {
    const ns = [...new Set(cs.map((c) => this.add(c)))];
    return ns.length ? ` ${ns.map((n) => `[${n}]`).join("")}` : "";
  }
}

/** How many of a ranking one message names (rankings over hundreds of projects stay readable). */
const RANK_SHOWN = 10;

/** Writes a number the reader's way: 1,234.5 in English, 1 234,5 in Russian and Kazakh. */
export function formatNumber(value: number, texts: Texts): string {
  // Arithmetic in binary leaves noise (175.4 − 173 = 2.4000000000000057): six decimals are plenty.
  const [int, frac] = String(Number(Math.abs(value).toFixed(6))).split(".");
  const grouped = (int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, texts.thousandsSeparator);
  return `${value < 0 ? "−" : ""}${grouped}${frac ? texts.decimalSeparator + frac : ""}`;
}

type UnitKey = keyof Texts["unit"];
const UNIT_OF: Record<string, UnitKey> = {
  jobs: "jobs",
  medicines: "medicines",
  "billion KZT": "kzt",
  "million USD": "usd",
  "million KZT per job": "kztPerJob",
  "million USD per job": "usdPerJob",
  "million KZT per medicine": "kztPerMedicine",
  "million USD per medicine": "usdPerMedicine",
  percent: "percent",
  companies: "companies",
  agreements: "agreements",
  times: "times",
};

export interface ComposeContext {
  lang: Lang;
  dataset: Dataset;
  entities: EntityIndex;
  citations: CitationList;
}

/** Turns figure-tool findings into sentences in the reader's language, each ending in its citations. */
export function compose(findings: Finding[], ctx: ComposeContext): { text: string; table?: FigureTable } {
  const tx = t(ctx.lang).answers;
  const { citations } = ctx;
  const name = (ref: Ref) => ctx.entities.name(ref, ctx.lang);
  /** A fact in the reader's language (its English wording when no translation exists). */
  const said = (fact: { text: string; ru?: string; kk?: string }) =>
    ctx.lang === "en" ? fact.text : (fact[ctx.lang] ?? fact.text);
  const q = (qualifier: DerivedQualifier) => (tx.qualifier[qualifier] ? `${tx.qualifier[qualifier]} ` : "");
  const num = (v: number) => formatNumber(v, tx);
  const amount = (f: Figure | Derived, metric?: Metric, bare = false) => {
    const key = metric === "sociallySignificant" ? "socially" : (UNIT_OF[f.unit] ?? "jobs");
    return tx.unit[key](num(f.value), bare ? "" : q(f.qualifier), f.value);
  };
  const list = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${tx.and} ${items.at(-1)}`;
  const arithmetic = (d: Derived, metric?: Metric) => {
    const parts = d.inputs.map((f) => num(f.value));
    if (d.op === "sum") return `${parts.join(" + ")} = ${num(d.value)}`;
    if (d.op === "share") return `${parts[0]} ÷ ${parts[1]} × 100 ≈ ${num(d.value)}%`;
    if (d.op === "average") return `(${parts.join(" + ")}) ÷ ${parts.length} ≈ ${num(d.value)}`;
    if (d.op === "times") return `${parts[0]} ÷ ${parts[1]} ≈ ${num(d.value)}`;
    if (d.op === "difference") return `${parts[0]} − ${parts.slice(1).join(" − ")} = ${num(d.value)}`;
    const [inv, count] = d.inputs as [Figure, Figure];
    return `${amount(inv, metric, true)} ÷ ${amount(count, count.unit === "medicines" ? "medicines" : "jobs", true)} ≈ ${amount(d, metric, true)}`;
  };
  /** The same statement in tenge and in dollars reads as one sentence: "58.5 billion tenge (US$116 million)". */
  const money = (kzt: string | null, usd: string | null) =>
    kzt && usd ? `${kzt} (${usd})` : (kzt ?? usd ?? "");
  const twin = (f: Finding, i: number): Finding | undefined => {
    if (!("metric" in f) || f.metric !== "investmentKzt") return undefined;
    return findings.find(
      (g, j) =>
        j > i &&
        g.kind === f.kind &&
        "metric" in g &&
        g.metric === "investmentUsd" &&
        JSON.stringify("subject" in g ? g.subject : null) ===
          JSON.stringify("subject" in f ? f.subject : null),
    );
  };

  const sentences: string[] = [];
  /** Puts citation markers before the sentence's closing punctuation: "… 150 jobs [1]." */
  const say = (sentence: string, marks = "") => {
    if (!sentence) return;
    const m = /[.!?:]$/.exec(sentence);
    const line = m ? sentence.slice(0, -1) + marks + m[0] : sentence + marks;
    // The same statement twice (a tool run for tenge and for dollars) is said once.
    if (!sentences.includes(line)) sentences.push(line);
  };
  /** A special economic zone is named with the city or region it is in. */
  const placeName = (ref: Ref) => {
    const place = ctx.dataset.places.find((p) => p.id === ref.id);
    return place?.kind === "special economic zone" && place.parent
      ? tx.placeIn(name(ref), name({ type: "place", id: place.parent }))
      : name(ref);
  };
  const used = new Set<Finding>();
  const rows: FigureRow[] = [];
  let tableMetric: Metric | undefined;
  const labels = new Set<string>();
  const addRow = (subject: Ref, metric: Metric, f: Figure | null, note?: string) => {
    tableMetric ??= metric;
    const label = name(subject);
    if (metric !== tableMetric || labels.has(label)) return;
    labels.add(label);
    rows.push({
      label,
      value: f?.value ?? null,
      unit: f?.unit ?? "jobs",
      qualifier: f?.qualifier ?? "exact",
      note,
      cites: f ? [citations.add(f.citation)] : [],
    });
  };

  /**
   * A figure with the values it superseded: "at least 180 jobs (earlier at least 150 jobs [2])";
   * values held back as disputed are said in a sentence of their own, never dropped.
   */
  const history = (f: Figure, metric?: Metric) =>
    f.earlier?.length
      ? tx.history.earlier(
          f.earlier.map((e) => `${amount(e, metric)}${citations.marks(e.citation)}`).join(", "),
        )
      : "";
  const disputes = (subject: Ref, f: Figure, metric?: Metric) => {
    if (!f.disputed?.length) return;
    const values = f.disputed.map((e) => `${amount(e, metric)}${citations.marks(e.citation)}`);
    say(tx.history.disputed(name(subject), list(values)));
  };

  findings.forEach((f, i) => {
    if (used.has(f)) return;
    const pair = twin(f, i);
    if (pair) used.add(pair);
    const usdOf = <K extends Finding["kind"]>(g: Finding | undefined, kind: K) =>
      g && g.kind === kind ? (g as Extract<Finding, { kind: K }>) : undefined;
    const inputsOf = (...ds: (Derived | undefined)[]) =>
      ds.flatMap((d) => d?.inputs.map((x) => x.citation) ?? []);

    switch (f.kind) {
      case "value": {
        addRow(f.subject, f.metric, f.figure);
        if (f.metric === "investmentKzt" || f.metric === "investmentUsd") {
          const usd = usdOf(pair, "value");
          const text = money(
            amount(f.figure) + history(f.figure),
            usd ? amount(usd.figure) + history(usd.figure) : null,
          );
          say(
            tx.value.investment(name(f.subject), text),
            citations.marks(f.figure.citation, ...(usd ? [usd.figure.citation] : []), ...(f.where ?? [])),
          );
          disputes(f.subject, f.figure);
          if (usd) disputes(f.subject, usd.figure);
        } else {
          say(
            tx.value[f.metric](name(f.subject), amount(f.figure, f.metric) + history(f.figure, f.metric)),
            citations.marks(f.figure.citation, ...(f.where ?? [])),
          );
          disputes(f.subject, f.figure, f.metric);
        }
        break;
      }
      case "notStated": {
        addRow(f.subject, f.metric, null);
        const money = f.metric === "investmentKzt" || f.metric === "investmentUsd";
        // One currency stated, the other not: that is said, not "the investment is not stated".
        const other = f.metric === "investmentKzt" ? "investmentUsd" : "investmentKzt";
        const statedInOther = findings.some(
          (x) => x.kind === "value" && x.metric === other && x.subject.id === f.subject.id,
        );
        if (money && statedInOther)
          say(tx.notStated.onlyIn(name(f.subject), other === "investmentUsd" ? "usd" : "kzt"));
        else say(tx.notStated[money ? "investment" : (f.metric as "jobs")](name(f.subject)));
        break;
      }
      case "notInSources":
        say(
          tx.notInSources(
            name(f.subject),
            f.metric === "investment" ? tx.metricName.investmentKzt : tx.metricName[f.metric],
          ),
        );
        break;
      case "spans": {
        const usd = usdOf(pair, "spans");
        const text = money(amount(f.figure, f.metric), usd ? amount(usd.figure) : null);
        const places = list(f.places.map(placeName));
        addRow(f.subject, f.metric, f.figure, places);
        say(
          tx.spans(name(f.subject), text, places, name(f.asked)),
          citations.marks(f.figure.citation, ...f.where),
        );
        break;
      }
      case "notThere":
        say(tx.notThere(name(f.subject), name(f.place)));
        break;
      case "noProjects":
        say(tx.noProjects(name(f.place), list(f.elsewhere.map(placeName))));
        if (f.around) say(tx.inRegion(placeName(f.around.place), list(f.around.companies.map(name))));
        break;
      case "exists":
        say(f.yes ? tx.yes : tx.no);
        break;
      case "noChanges":
        say(tx.noChanges(list(f.subjects.map(name))));
        break;
      case "stage":
        say(tx.stage[f.stage ?? "unknown"](name(f.subject)), f.citation ? citations.marks(f.citation) : "");
        break;
      case "unknown":
        if (f.what === "role") {
          const of = list(f.subjects.filter((x) => x.type === "organisation").map(name));
          say(tx.noRole(f.role ?? "", of));
        } else say(tx.unknown(tx.unstatedWhat[f.what] ?? f.what, list(f.subjects.map(name))));
        break;
      case "group": {
        const unit = (g: Figure | Derived) => amount(g, f.metric);
        const parts = f.groups.map((g) => {
          const label = f.by === "company" ? name(g.group) : placeName(g.group);
          const math = g.parts.length > 1 ? ` (${tx.derivedLabel}: ${arithmetic(g.derived)})` : "";
          const value = g.parts.length === 1 ? (g.parts[0] as { figure: Figure }).figure : g.derived;
          for (const x of g.parts) addRow(x.subject, f.metric, x.figure);
          return `${label}: ${unit(value)}${math}${citations.marks(...g.parts.map((x) => x.figure.citation))}`;
        });
        // By company, a company without the figure stays in the list, said to be not stated.
        if (f.by === "company") parts.push(...f.missing.map((m) => `${name(m)}: ${tx.notStatedShort}`));
        say(f.by === "company" ? tx.byCompany(parts.join("; ")) : tx.byRegion(parts.join("; ")));
        for (const u of f.unsplit) {
          addRow(u.subject, f.metric, u.figure, list(u.places.map(placeName)));
          say(
            tx.spansGroups(name(u.subject), unit(u.figure), list(u.places.map(placeName))),
            citations.marks(u.figure.citation),
          );
        }
        for (const m of f.missing) addRow(m, f.metric, null);
        if (f.missing.length && f.by !== "company") say(tx.rank.missing(list(f.missing.map(name))));
        break;
      }
      case "sum": {
        const usd = usdOf(pair, "sum");
        const text = money(amount(f.derived, f.metric), usd ? amount(usd.derived) : null);
        const math = usd ? `${arithmetic(f.derived)}; ${arithmetic(usd.derived)}` : arithmetic(f.derived);
        const marks = citations.marks(...inputsOf(f.derived, usd?.derived));
        if (f.scope === "selection") {
          say(tx.together(list(f.subjects.map(name)), text, math), marks);
          if (f.missing.length) say(tx.rank.missing(list(f.missing.map(name))));
        } else if (f.scope) say(tx.placeSum(name(f.scope), text, math), marks);
        else {
          if (f.missing.length) {
            say(tx.listedSum.partial(tx.metricName[f.metric], text, math, list(f.missing.map(name))), marks);
          } else say(tx.listedSum.all(tx.metricName[f.metric], text, math), marks);
          // Each company's figure keeps its own qualifier, which the arithmetic above cannot show.
          // The dollar figure is the same company's, found by subject (not every company states both).
          const parts = f.derived.inputs.map((x, k) => {
            const subject = f.subjects[k] as Ref;
            const j = usd ? usd.subjects.findIndex((s) => s.id === subject.id) : -1;
            const inUsd = j >= 0 ? usd?.derived.inputs[j] : undefined;
            const value = money(amount(x, f.metric), inUsd ? amount(inUsd) : null);
            return `${name(subject)}: ${value}${citations.marks(x.citation, ...(inUsd ? [inUsd.citation] : []))}`;
          });
          say(tx.byCompany(parts.join("; ")));
        }
        for (const s of f.subjects)
          addRow(s, f.metric, ctx.dataset.projects.find((p) => p.company === s.id)?.[f.metric] ?? null);
        for (const s of f.missing) addRow(s, f.metric, null);
        break;
      }
      case "headline": {
        const usd = usdOf(pair, "headline");
        const key = f.metric === "investmentKzt" || f.metric === "investmentUsd" ? "investment" : f.metric;
        const text =
          key === "investment"
            ? money(amount(f.figure), usd ? amount(usd.figure) : null)
            : amount(f.figure, f.metric);
        say(
          tx.headline[key](text),
          citations.marks(f.figure.citation, ...(usd ? [usd.figure.citation] : [])),
        );
        break;
      }
      case "gap": {
        const gap = { ...f.listed, value: Math.abs(f.headline.value - f.listed.value) };
        const [listed, headline, missing] = [f.listed, f.headline, gap].map((x) =>
          amount(x, f.metric, true),
        ) as [string, string, string];
        const [big, small] =
          f.headline.value >= f.listed.value ? [f.headline, f.listed] : [f.listed, f.headline];
        const math = `${num(big.value)} − ${num(small.value)} = ${num(gap.value)}`;
        say(tx.gap(listed, headline, missing, math), citations.marks(f.headline.citation));
        break;
      }
      case "remainder": {
        const usd = usdOf(pair, "remainder");
        const text = money(amount(f.derived), usd ? amount(usd.derived) : null);
        const math = usd ? `${arithmetic(f.derived)}; ${arithmetic(usd.derived)}` : arithmetic(f.derived);
        say(tx.remainder(name(f.subject), text, math), citations.marks(...inputsOf(f.derived, usd?.derived)));
        break;
      }
      case "difference":
        say(
          tx.difference(name(f.more), name(f.less), amount(f.derived, f.metric), arithmetic(f.derived)),
          citations.marks(...inputsOf(f.derived)),
        );
        if (f.times) say(tx.times(name(f.more), name(f.less), num(f.times.value), arithmetic(f.times)));
        break;
      case "equal":
        say(tx.equal(name(f.subjects[0] as Ref), name(f.subjects[1] as Ref)));
        break;
      case "rank": {
        const top = f.ranked[0];
        if (top) {
          say(
            tx.rank[f.order](tx.metricName[f.metric], name(top.subject), amount(top.figure, f.metric)),
            citations.marks(top.figure.citation),
          );
          if (f.ranked.length > 1) {
            // A message lists the first ones; the table (and a chart) keeps them all.
            const order = f.ranked
              .slice(0, RANK_SHOWN)
              .map(
                (r) =>
                  `${name(r.subject)}: ${amount(r.figure, f.metric)}${citations.marks(r.figure.citation)}`,
              );
            const more = f.ranked.length > RANK_SHOWN ? `; ${tx.rank.more}` : "";
            say(tx.rank.order(`${order.join("; ")}${more}`));
          }
        }
        for (const r of f.ranked) addRow(r.subject, f.metric, r.figure);
        for (const m of f.missing) addRow(m, f.metric, null);
        if (f.missing.length) {
          const named = f.missing.slice(0, RANK_SHOWN).map(name);
          say(
            tx.rank.missing(
              f.missing.length > RANK_SHOWN ? `${named.join(", ")}, ${tx.rank.more}` : list(named),
            ),
          );
        }
        break;
      }
      case "ratio": {
        const metric: Metric = f.derived.unit === "million USD per job" ? "investmentUsd" : "investmentKzt";
        const text = amount(f.derived);
        const math = arithmetic(f.derived, metric);
        say(
          f.subject ? tx.ratio.company(name(f.subject), text, math) : tx.ratio.all(text, math),
          citations.marks(...inputsOf(f.derived)),
        );
        if (f.derived.qualifier === "at most") say(tx.ratio.atMostNote);
        break;
      }
      case "average": {
        const usd = usdOf(pair, "average");
        const text = money(amount(f.derived, f.metric), usd ? amount(usd.derived) : null);
        const math = usd ? `${arithmetic(f.derived)}; ${arithmetic(usd.derived)}` : arithmetic(f.derived);
        say(
          tx.average(tx.metricName[f.metric], num(f.derived.inputs.length), text, math),
          citations.marks(...inputsOf(f.derived, usd?.derived)),
        );
        if (f.missing.length) say(tx.rank.missing(list(f.missing.map(name))));
        break;
      }
      case "share": {
        const [part, whole] = f.derived.inputs as [Figure, Figure];
        say(
          tx.share(
            name(f.subject),
            amount(f.derived),
            amount(part, f.metric),
            amount(whole, f.metric),
            arithmetic(f.derived),
          ),
          citations.marks(part.citation, whole.citation),
        );
        if (f.mixed) say(tx.shareMixed);
        break;
      }
      case "ratioUnavailable":
        say(tx.ratio.unavailable(name(f.subject)));
        break;
      case "list": {
        const names = list(f.items.map((i) => name(i.ref)));
        const marks = citations.marks(...f.items.map((i) => i.citation));
        if (f.what === "companies") {
          say(
            f.subject
              ? tx.list.companiesIn(name(f.subject), names)
              : f.agreed
                ? tx.list.companies(names, num(f.items.length))
                : tx.list.projects(names, num(f.items.length)),
            marks,
          );
        } else if (f.what === "partners" && f.subject) {
          if (f.items.length) say(tx.list.partners(name(f.subject), names), marks);
          else say(tx.list.noPartners(name(f.subject)));
        }
        break;
      }
      case "location": {
        const perSite = f.sites.every((s) => s.facility);
        const where = perSite
          ? list(
              f.sites.map((s) =>
                tx.builtAt(s.facility?.[ctx.lang] ?? s.facility?.en ?? "", placeName(s.place)),
              ),
            )
          : f.facility
            ? tx.builtAt(said(f.facility), list(f.sites.map((s) => placeName(s.place))))
            : null;
        // A project known from an article that names no facility: where it is, nothing invented.
        const places = list(f.sites.map((s) => placeName(s.place)));
        say(
          where ? tx.fact.location(name(f.subject), where) : tx.fact.sitesOnly(name(f.subject), places),
          citations.marks(...f.sites.map((s) => s.citation)),
        );
        break;
      }
      case "products":
        say(
          tx.fact.products(name(f.subject), amount(f.count, "medicines"), said(f.fact)),
          citations.marks(f.count.citation, f.fact.citation),
        );
        break;
      case "noAgreement":
        say(tx.agreement.none(list(f.parties.map(name)), f.year ? num(f.year).replace(/\D/g, "") : ""));
        break;
      case "noStandard":
        say(tx.noStandard(name(f.subject)));
        break;
      case "fact":
        say(capitalise(tx.fact[f.aspect](name(f.subject), said(f.fact))), citations.marks(f.fact.citation));
        break;
      case "agreement": {
        const title = capitalise(name(f.agreement));
        const parties = list(f.parties.map(name));
        const marks = f.dateCitation ? citations.marks(f.dateCitation) : "";
        if (!f.date) {
          say(tx.agreement.undated(title, parties));
          say(tx.agreement.summary(capitalise(said(f.summary))), citations.marks(f.summary.citation));
        } else if (f.date.event === "reported") {
          say(tx.agreement.reported(name(f.agreement), tx.date(f.date)), marks);
          say(tx.agreement.summary(capitalise(said(f.summary))), citations.marks(f.summary.citation));
        } else {
          say(
            (f.date.day ? tx.agreement.datedDay : tx.agreement.dated)(title, tx.date(f.date), parties),
            marks,
          );
          if (!f.date.year) say(tx.agreement.noYear);
        }
        break;
      }
      case "role":
        say(tx.role(name(f.person), said(f.fact)), citations.marks(f.fact.citation));
        break;
      case "said":
        say(tx.said(name(f.person)));
        for (const s of f.facts) sentences.push(`“${capitalise(said(s))}.”${citations.marks(s.citation)}`);
        break;
      default:
        composeNews(f, { say, name, amount, money, list, num, citations, ctx, findings, used, history });
    }
  });

  const table =
    rows.length >= 2 && tableMetric ? { metric: tableMetric, groupBy: "company" as const, rows } : undefined;
  return { text: sentences.join(" "), table };
}

/** What the renderer of scopes, stages and reporting errors needs from compose(). */
interface NewsHelpers {
  say: (sentence: string, marks?: string) => void;
  name: (ref: Ref) => string;
  amount: (f: Figure | Derived, metric?: Metric, bare?: boolean) => string;
  money: (kzt: string | null, usd: string | null) => string;
  list: (items: string[]) => string;
  num: (v: number) => string;
  citations: CitationList;
  ctx: ComposeContext;
  findings: Finding[];
  used: Set<Finding>;
  history: (f: Figure, metric?: Metric) => string;
}

/**
 * Findings of the news extractor's knowledge: a scope's figures (a set of projects, a region, the
 * sector, a company's own totals), a reporting error flagged, a project's status with its dated
 * stages and milestones, what a total covers, a site not given, another report's dollar figure.
 */
function composeNews(f: Finding, h: NewsHelpers): void {
  const tx = t(h.ctx.lang).answers;
  const n = tx.news;
  const dated = (iso?: string | null) => {
    if (!iso) return "";
    const [year, month, day] = iso.split("-").map(Number);
    return tx.date({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) });
  };
  switch (f.kind) {
    case "scopeFigure": {
      const usd = h.findings.find(
        (g) =>
          f.attribute === "investmentKzt" &&
          g.kind === "scopeFigure" &&
          g.scope === f.scope &&
          g.attribute === "investmentUsd" &&
          !h.used.has(g),
      );
      if (usd) h.used.add(usd);
      // The same scope's figure asked twice (tenge, and dollars with tenge beside) is said once.
      for (const g of h.findings)
        if (g.kind === "scopeFigure" && g.scope === f.scope && (g.attribute === f.attribute || g === usd))
          h.used.add(g);
      const usdFigure = usd?.kind === "scopeFigure" ? usd.figure : undefined;
      const also = (x: Figure) =>
        x.disputed?.length
          ? n.alsoReported(h.list(x.disputed.map((d) => `${h.amount(d)}${h.citations.marks(d.citation)}`)))
          : "";
      const text = h.money(
        h.amount(f.figure) + h.history(f.figure) + also(f.figure),
        usdFigure ? h.amount(usdFigure) + h.history(usdFigure) + also(usdFigure) : null,
      );
      const template =
        f.attribute === "growth" || f.attribute === "investmentGrowth" || f.attribute === "output"
          ? n.scopeFigure[f.attribute]
          : n.scopeFigure.plain;
      const metric = f.attribute === "sociallySignificant" ? "sociallySignificant" : undefined;
      h.say(
        capitalise(template(scopeName(f.scope, h), metric ? h.amount(f.figure, metric) : text)),
        h.citations.marks(f.figure.citation, ...(usdFigure ? [usdFigure.citation] : [])),
      );
      break;
    }
    case "reportingError": {
      const whose = f.scope ? scopeName(f.scope, h) : f.subject ? h.name(f.subject) : "";
      h.say(
        n.reportingError(whose, h.amount(f.reported), h.amount(f.current), h.num(f.ratio)),
        h.citations.marks(f.reported.citation, f.current.citation),
      );
      break;
    }
    case "status":
      composeStatus(f, h, dated);
      break;
    case "milestone":
      h.say(milestoneText(h.name(f.subject), f.milestone, h, dated), h.citations.marks(f.milestone.citation));
      break;
    case "coverage": {
      const left = f.excluded.map(
        (e) =>
          `${h.name(e.subject)} — ${n.excluded[e.reason]}${e.citation ? h.citations.marks(e.citation) : ""}`,
      );
      h.say(n.coverage(left.join("; ")));
      break;
    }
    case "noSite":
      h.say(n.noSite(h.name(f.subject)));
      break;
    case "otherReport":
      h.say(n.otherReport(h.name(f.subject), h.amount(f.figure), ""), h.citations.marks(f.figure.citation));
      break;
  }
}

/** Where a project stands: its newest stage with date, who acted, its source; earlier stages; milestones. */
function composeStatus(
  f: Extract<Finding, { kind: "status" }>,
  h: NewsHelpers,
  dated: (iso?: string | null) => string,
): void {
  const n = t(h.ctx.lang).answers.news;
  const who = h.name(f.subject);
  if (!f.stage) h.say(n.status.unknown(who));
  else
    h.say(
      n.status[f.stage.value](who, dated(f.stage.date), f.stage.by ?? "", f.stage.dated !== "report"),
      h.citations.marks(f.stage.citation),
    );
  if (f.history.length) {
    const items = f.history.map(
      (e) =>
        `${n.stageName[e.value]} ${dated(e.date)}${e.by ? n.by(e.by) : ""}${h.citations.marks(e.citation)}`,
    );
    h.say(n.earlier(items.join("; ")));
  }
  for (const m of f.milestones) h.say(milestoneText(who, m, h, dated), h.citations.marks(m.citation));
}

/** A planned milestone: its words as the source wrote them when the reader reads that language, else its year. */
function milestoneText(
  who: string,
  m: Milestone,
  h: NewsHelpers,
  dated: (iso?: string | null) => string,
): string {
  const n = t(h.ctx.lang).answers.news;
  const template =
    m.stage === "launched" || m.stage === "under construction" ? n.milestone[m.stage] : n.milestone.other;
  const own = detectLang(m.text) === h.ctx.lang || /^[\d\s]+$/.test(m.text);
  return template(who, own ? m.text : `${dated(m.date)} (“${m.text}”)`);
}

/** A scope's name in the reader's language: the sector, the country, a region, or the set's own name. */
function scopeName(id: string, h: NewsHelpers): string {
  const n = t(h.ctx.lang).answers.news;
  const scope = h.ctx.dataset.scopes.find((s) => s.id === id);
  if (!scope) return id;
  if (scope.kind === "sector") return n.scope.sector;
  if (scope.kind === "country") return n.scope.country;
  if (scope.kind === "region" && scope.place)
    return n.scope.region(h.name({ type: "place", id: scope.place }));
  return scope.name[h.ctx.lang] ?? scope.name.en;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
