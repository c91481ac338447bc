import type { Figure } from "../../knowledge/schema.js";
import { companyProject } from "../../knowledge/view.js";
import type { Ref } from "../entities.js";
import { addsUp } from "../figures.js";
import type { Derived, Finding } from "../findings.js";
import { type Of, type Renderers, twinOf, type Writer } from "./writer.js";

/** A figure per region or company: "Almaty Region: 465 jobs (derived: 200 + 265 = 465) [1][2]; …". */
function group(f: Of<"group">, w: Writer): void {
  const { tx } = w;
  const parts = f.groups.map((g) => {
    const label = f.by === "company" ? w.name(g.group) : w.placeName(g.group);
    const math = g.parts.length > 1 ? ` (${tx.derivedLabel}: ${w.arithmetic(g.derived)})` : "";
    const value = g.parts.length === 1 ? (g.parts[0] as { figure: Figure }).figure : g.derived;
    for (const x of g.parts) w.table.add(x.subject, f.metric, x.figure);
    return `${label}: ${w.amount(value, f.metric)}${math}${w.marks(...g.parts.map((x) => x.figure.citation))}`;
  });
  // By company, a company without the figure stays in the list, said to be not stated.
  const missing = f.missing.map((m) => m.subject);
  if (f.by === "company") parts.push(...missing.map((m) => `${w.name(m)}: ${tx.notStatedShort}`));
  w.say(f.by === "company" ? tx.byCompany(parts.join("; ")) : tx.byRegion(parts.join("; ")));
  for (const u of f.unsplit) {
    const places = w.list(u.places.map(w.placeName));
    w.table.add(u.subject, f.metric, u.figure, places);
    w.say(
      tx.spansGroups(w.name(u.subject), w.amount(u.figure, f.metric), places),
      w.marks(u.figure.citation),
    );
  }
  for (const m of missing) w.table.add(m, f.metric, null);
  if (missing.length && f.by !== "company") w.say(tx.rank.missing(w.list(missing.map(w.name))));
}

/** A derived figure and its dollar twin: the amounts in one phrase, the two arithmetics, the marks. */
function withTwin(w: Writer, d: Derived, usd: Derived | undefined, metric?: Of<"sum">["metric"]) {
  return {
    text: w.money(w.amount(d, metric), usd ? w.amount(usd) : null),
    math: usd ? `${w.arithmetic(d)}; ${w.arithmetic(usd)}` : w.arithmetic(d),
    marks: w.marks(...w.inputsOf(d, usd)),
  };
}

/** A sum over named companies, a place, or every listed project (each company's figure then follows). */
function sum(f: Of<"sum">, w: Writer, pair?: Finding): void {
  const { tx } = w;
  const usd = twinOf(pair, "sum");
  const { text, math, marks } = withTwin(w, f.derived, usd?.derived, f.metric);
  if (f.scope === "selection") {
    w.say(tx.together(w.list(f.subjects.map(w.name)), text, math), marks);
    if (f.missing.length) w.say(tx.rank.missing(w.list(f.missing.map(w.name))));
    for (const d of f.disputed ?? []) {
      w.say(tx.leftOutDisputed(w.name(d.subject), w.amount(d.figure, f.metric)), w.marks(d.figure.citation));
      w.disputes(d.subject, d.figure, f.metric);
    }
  } else if (f.outside) w.say(tx.outsideSum(w.list(f.outside.map(w.name)), text, math), marks);
  else if (f.scope) w.say(tx.placeSum(w.name(f.scope), text, math), marks);
  else {
    const what = tx.metricName[f.metric];
    if (f.missing.length) w.say(tx.listedSum.partial(what, text, math, w.list(f.missing.map(w.name))), marks);
    else w.say(tx.listedSum.all(what, text, math), marks);
    w.say(tx.byCompany(sumParts(f, w, usd).join("; ")));
  }
  for (const s of f.subjects)
    w.table.add(s, f.metric, companyProject(w.ctx.dataset, s.id)?.[f.metric] ?? null);
  for (const s of f.missing) w.table.add(s, f.metric, null);
}

/**
 * Each company's figure keeps its own qualifier, which the arithmetic cannot show. The dollar
 * figure is the same company's, found by subject (not every company states both).
 */
function sumParts(f: Of<"sum">, w: Writer, usd: Of<"sum"> | undefined): string[] {
  return f.derived.inputs.map((x, k) => {
    const subject = f.subjects[k] as Ref;
    const j = usd ? usd.subjects.findIndex((s) => s.id === subject.id) : -1;
    const inUsd = j >= 0 ? usd?.derived.inputs[j] : undefined;
    const value = w.money(w.amount(x, f.metric), inUsd ? w.amount(inUsd) : null);
    return `${w.name(subject)}: ${value}${w.marks(x.citation, ...(inUsd ? [inUsd.citation] : []))}`;
  });
}

/** A headline total against the sum of the figures listed under it: the gap is said, with its arithmetic. */
function gap(f: Of<"gap">, w: Writer): void {
  const even = addsUp(f.headline, f.listed);
  // "Do they add up to more than the 675?": yes only when they do, beyond an estimate's rounding.
  const more = f.listed.value > f.headline.value;
  const yes = f.side ? !even && (f.side === "more") === more : even;
  const lead = f.checked ? `${yes ? w.tx.yes : w.tx.no} ` : "";
  if (even) {
    const [listed, headline] = [f.listed, f.headline].map((x) => w.amount(x, f.metric)) as [string, string];
    w.say(lead + w.tx.gapNone(listed, headline, w.arithmetic(f.listed)), w.marks(f.headline.citation));
    return;
  }
  const diff = { ...f.listed, value: Math.abs(f.headline.value - f.listed.value) };
  const [listed, headline, missing] = [f.listed, f.headline, diff].map((x) =>
    w.amount(x, f.metric, true),
  ) as [string, string, string];
  const [big, small] = f.headline.value >= f.listed.value ? [f.headline, f.listed] : [f.listed, f.headline];
  const math = `${w.num(big.value)} − ${w.num(small.value)} = ${w.num(diff.value)}`;
  w.say(lead + w.tx.gap(listed, headline, missing, math), w.marks(f.headline.citation));
}

/** A figure not stated but derivable: a total less the stated parts. */
function remainder(f: Of<"remainder">, w: Writer, pair?: Finding): void {
  const usd = twinOf(pair, "remainder");
  const { text, math, marks } = withTwin(w, f.derived, usd?.derived);
  w.say(w.tx.remainder(w.name(f.subject), text, math), marks);
}

/** The headline less named companies' figures: "173 − 58.5 = 114.5 billion tenge". */
function totalLess(f: Of<"totalLess">, w: Writer, pair?: Finding): void {
  const usd = twinOf(pair, "totalLess");
  const { text, math, marks } = withTwin(w, f.derived, usd?.derived);
  const whole = w.amount(f.derived.inputs[0] as Figure, f.metric, true);
  w.say(w.tx.totalLess(whole, w.list(f.subjects.map(w.name)), text, math), marks);
}

function average(f: Of<"average">, w: Writer, pair?: Finding): void {
  const usd = twinOf(pair, "average");
  const { text, math, marks } = withTwin(w, f.derived, usd?.derived, f.metric);
  w.say(w.tx.average(w.tx.metricName[f.metric], w.num(f.derived.inputs.length), text, math), marks);
  if (f.missing.length) w.say(w.tx.rank.missing(w.list(f.missing.map(w.name))));
  const h = f.headline;
  if (h)
    w.say(
      w.tx.headlineAverage(
        w.amount(h.total, f.metric),
        w.num(h.count),
        w.amount({ ...h.total, value: h.value, text: w.num(h.value) }, f.metric),
        `${w.num(h.total.value)} ÷ ${w.num(h.count)} = ${w.num(h.value)}`,
      ),
      w.marks(h.total.citation),
    );
}

/** Figures computed over several subjects: per group, sums, the headline gap, remainders, averages. */
export const totals = { group, sum, gap, remainder, totalLess, average } satisfies Partial<Renderers>;
