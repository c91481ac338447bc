import type { Figure } from "../../knowledge/schema.js";
import type { Ref } from "../entities.js";
import { boundsOnly } from "../figures.js";
import type { Finding, Metric } from "../findings.js";
import { type Of, type Renderers, twinOf, type Writer } from "./writer.js";

/** How many of a ranking one message names (rankings over hundreds of projects stay readable). */
const RANK_SHOWN = 10;

/** A difference, and its dollar twin in the same sentence when the tool ran for both currencies. */
function difference(f: Of<"difference">, w: Writer, pair?: Finding): void {
  const usd = twinOf(pair, "difference");
  const same = usd && usd.more.id === f.more.id;
  const amount = same
    ? w.money(w.amount(f.derived, f.metric), w.amount(usd.derived))
    : w.amount(f.derived, f.metric);
  const math = same ? `${w.arithmetic(f.derived)}; ${w.arithmetic(usd.derived)}` : w.arithmetic(f.derived);
  w.say(
    w.tx.difference(w.name(f.more), w.name(f.less), amount, math),
    w.marks(...w.inputsOf(f.derived, same ? usd.derived : undefined)),
  );
  if (boundsOnly(f.derived)) w.say(w.tx.boundsGap);
  if (f.times) w.say(w.tx.times(w.name(f.more), w.name(f.less), w.num(f.times.value), w.arithmetic(f.times)));
  if (f.percent?.op === "percentMore")
    w.say(w.tx.percentMore(w.name(f.more), w.name(f.less), w.num(f.percent.value), w.arithmetic(f.percent)));
  if (f.percent?.op === "percentLess")
    w.say(w.tx.percentLess(w.name(f.less), w.name(f.more), w.num(f.percent.value), w.arithmetic(f.percent)));
}

function incomparable(f: Of<"incomparable">, w: Writer): void {
  w.say(w.tx.incomparable(w.name(f.stated), w.name(f.missing), w.tx.metricName[f.metric]));
}

function equal(f: Of<"equal">, w: Writer): void {
  w.say(w.tx.equal(w.name(f.subjects[0] as Ref), w.name(f.subjects[1] as Ref)));
}

/** The first of a ranking, then the first ones in order; the table (and a chart) keeps them all. */
function rank(f: Of<"rank">, w: Writer): void {
  const { tx } = w;
  const top = f.ranked[0];
  if (top && f.within) w.say(tx.rank.within(w.placeName(f.within)));
  // A project outside pharmaceuticals is named as such wherever it is ranked.
  const who = (r: (typeof f.ranked)[number]) =>
    r.otherSector ? `${w.name(r.subject)} (${tx.news.excluded.otherSector})` : w.name(r.subject);
  // "the second most": the one in that place first (or that there are fewer), then the order.
  const asked = f.position ? f.ranked[f.position - 1] : undefined;
  if (f.position && asked)
    w.say(
      tx.rank.place(
        f.position,
        f.order,
        tx.metricName[f.metric],
        who(asked),
        w.amount(asked.figure, f.metric),
      ),
      w.marks(asked.figure.citation),
    );
  else if (top) {
    if (f.position) w.say(tx.rank.tooFew(f.position, f.ranked.length));
    w.say(
      tx.rank[f.order](tx.metricName[f.metric], who(top), w.amount(top.figure, f.metric)),
      w.marks(top.figure.citation),
    );
  }
  if (f.ranked.length > 1) {
    const order = f.ranked
      .slice(0, RANK_SHOWN)
      .map((r) => `${who(r)}: ${w.amount(r.figure, f.metric)}${w.marks(r.figure.citation)}`);
    const more = f.ranked.length > RANK_SHOWN ? `; ${tx.rank.more}` : "";
    w.say(tx.rank.order(`${order.join("; ")}${more}`));
  }
  for (const r of f.ranked) w.table.add(r.subject, f.metric, r.figure);
  for (const m of f.missing) w.table.add(m, f.metric, null);
  if (f.missing.length) {
    const named = f.missing.slice(0, RANK_SHOWN).map(w.name);
    const more = f.missing.length > RANK_SHOWN;
    w.say(tx.rank.missing(more ? `${named.join(", ")}, ${tx.rank.more}` : w.list(named)));
  }
}

/** Investment per job or per medicine, of one company or of all. */
function ratio(f: Of<"ratio">, w: Writer): void {
  const metric: Metric = f.derived.unit === "million USD per job" ? "investmentUsd" : "investmentKzt";
  const text = w.amount(f.derived);
  const math = w.arithmetic(f.derived, metric);
  w.say(
    f.subject ? w.tx.ratio.company(w.name(f.subject), text, math) : w.tx.ratio.all(text, math),
    w.marks(...w.inputsOf(f.derived)),
  );
  if (f.derived.qualifier === "at most") w.say(w.tx.ratio.atMostNote);
}

/** "Together, Nobel and MSP: 75.9 billion tenge over at least about 465 jobs, at most about 163 million per job". */
function ratioTogether(f: Of<"ratioTogether">, w: Writer): void {
  const metric: Metric = f.derived.unit.includes("USD") ? "investmentUsd" : "investmentKzt";
  const per = f.derived.unit.endsWith("medicine") ? "medicines" : "jobs";
  const math = `${w.arithmetic(f.investment)}; ${w.arithmetic(f.count)}; ${w.arithmetic(f.derived, metric)}`;
  w.say(
    w.tx.ratio.together(
      w.list(f.subjects.map(w.name)),
      w.amount(f.investment, metric),
      w.amount(f.count, per),
      w.amount(f.derived),
      math,
    ),
    w.marks(...w.inputsOf(f.investment, f.count)),
  );
}

/** "AltINFARM’s 58.5 billion tenge (US$116 million) imply about 504 tenge per US dollar (derived: …)". */
function exchangeRate(f: Of<"exchangeRate">, w: Writer): void {
  const money = w.money(w.amount(f.kzt, "investmentKzt"), w.amount(f.usd, "investmentUsd"));
  const math = `${w.num(f.kzt.value)} × 1000 ÷ ${w.num(f.usd.value)} ≈ ${w.num(f.value)}`;
  const rate = w.tx.exchangeRate;
  const text = f.subject
    ? rate.company(w.name(f.subject), money, w.num(f.value), math)
    : rate.headline(money, w.num(f.value), math);
  w.say(text, w.marks(f.kzt.citation, f.usd.citation));
  // Said once, after the last rate: no source states a rate of its own.
  if (f === w.findings.filter((g) => g.kind === "exchangeRate").at(-1)) w.say(rate.note);
}

function exchangeRateUnavailable(f: Of<"exchangeRateUnavailable">, w: Writer): void {
  w.say(w.tx.exchangeRate.unavailable(w.name(f.subject)));
}

function ratioTop(f: Of<"ratioTop">, w: Writer): void {
  w.say(w.tx.ratio[f.order](w.name(f.subject), w.amount(f.derived)), w.marks(...w.inputsOf(f.derived)));
}

function ratioUnavailable(f: Of<"ratioUnavailable">, w: Writer): void {
  w.say(w.tx.ratio.unavailable(w.name(f.subject), f.per, f.missing === f.per));
}

/** One subject's share of a whole, with both figures and the arithmetic. */
/** "17 of Nobel's 53 medicines are socially significant: about 32.1%", or how many are not. */
function partOf(f: Of<"partOf">, w: Writer): void {
  const args = [
    w.name(f.subject),
    w.amount(f.part, "sociallySignificant"),
    w.amount(f.whole, "medicines"),
  ] as const;
  const marks = w.marks(f.part.citation, f.whole.citation);
  if (f.not) w.say(w.tx.partOf.not(...args, w.num(f.derived.value), w.arithmetic(f.derived)), marks);
  else w.say(w.tx.partOf.share(...args, `${w.num(f.derived.value)}%`, w.arithmetic(f.derived)), marks);
}

function partOfPlace(f: Of<"partOfPlace">, w: Writer): void {
  const math = `${w.arithmetic(f.part)}; ${w.arithmetic(f.whole)}; ${w.num(f.part.value)} ÷ ${w.num(f.whole.value)} × 100 ≈ ${w.num(f.derived.value)}%`;
  w.say(
    w.tx.partOf.place(
      w.placeName(f.place),
      w.amount(f.part, "sociallySignificant"),
      w.amount(f.whole, "medicines"),
      `${w.num(f.derived.value)}%`,
      math,
    ),
    w.marks(...w.inputsOf(f.part, f.whole)),
  );
}

function share(f: Of<"share">, w: Writer): void {
  const [part, whole] = f.derived.inputs as [Figure, Figure];
  w.say(
    w.tx.share(
      w.name(f.subject),
      w.amount(f.derived),
      w.amount(part, f.metric),
      w.amount(whole, f.metric),
      w.arithmetic(f.derived),
    ),
    w.marks(part.citation, whole.citation),
  );
  if (f.mixed) w.say(w.tx.shareMixed);
}

/** Jobs per medicine, with its arithmetic. */
function jobsPerMedicine(f: Of<"jobsPerMedicine">, w: Writer): void {
  const [jobs, medicines] = f.derived.inputs as [Figure, Figure];
  const who = f.subject ? w.name(f.subject) : w.tx.allProjects;
  const value = `${w.tx.qualifier[f.derived.qualifier]} ${w.num(f.derived.value)}`.trim();
  w.say(
    w.tx.jobsPerMedicine(
      who,
      value,
      `${w.num(jobs.value)} ÷ ${w.num(medicines.value)} ≈ ${w.num(f.derived.value)}`,
    ),
    w.marks(jobs.citation, medicines.citation),
  );
}

/** A company's share of the per-company figures added up: both sums shown. */
function shareOfListed(f: Of<"shareOfListed">, w: Writer): void {
  const share = `${w.num(f.part.value)} ÷ ${w.num(f.whole.value)} × 100 ≈ ${w.num(f.derived.value)}%`;
  w.say(
    w.tx.shareOfListed(
      w.name(f.subject),
      w.amount(f.derived),
      w.amount(f.part, f.metric),
      w.amount(f.whole, f.metric),
      `${w.arithmetic(f.whole)}; ${share}`,
    ),
    w.marks(f.part.citation, ...f.whole.inputs.map((x) => x.citation)),
  );
  if (f.missing.length) w.say(w.tx.rank.missing(w.list(f.missing.map(w.name))));
  if (f.mixed) w.say(w.tx.shareMixed);
}

/** A company's share of a place's stated total, with the date of the report its part comes from. */
function shareOfPlace(f: Of<"shareOfPlace">, w: Writer): void {
  const [part, whole] = f.derived.inputs as [Figure, Figure];
  w.say(
    w.tx.shareOfPlace(
      w.name(f.subject),
      w.amount(f.derived),
      w.amount(part, f.metric),
      w.amount(whole, f.metric),
      w.placeName(f.place),
      w.arithmetic(f.derived),
      f.asReported === undefined ? "" : w.dated(f.asReported),
    ),
    w.marks(part.citation, whole.citation),
  );
  if (f.mixed) w.say(w.tx.shareMixed);
}

/** Several figures together as a share of the headline: "Together, A and B: 130 …, 36.5% of 356 …". */
function shareTogether(f: Of<"shareTogether">, w: Writer): void {
  const whole = f.derived.inputs.at(-1) as Figure;
  const who = f.place ? w.tx.whollyIn(w.placeName(f.place)) : w.list(f.subjects.map(w.name));
  const share = `${w.num(f.part.value)} ÷ ${w.num(whole.value)} × 100 ≈ ${w.num(f.derived.value)}%`;
  const arithmetic = f.part.inputs.length > 1 ? `${w.arithmetic(f.part)}; ${share}` : share;
  w.say(
    w.tx.shareTogether(
      who,
      w.amount(f.derived),
      w.amount(f.part, f.metric),
      w.amount(whole, f.metric),
      arithmetic,
    ),
    w.marks(...f.part.inputs.map((x) => x.citation), whole.citation),
  );
  if (f.mixed) w.say(w.tx.shareMixed);
}

/** Figures set against each other: differences, equality, rankings, ratios, shares. */
export const comparisons = {
  difference,
  incomparable,
  exchangeRate,
  exchangeRateUnavailable,
  jobsPerMedicine,
  shareOfListed,
  partOfPlace,
  equal,
  rank,
  ratio,
  ratioTogether,
  ratioTop,
  ratioUnavailable,
  share,
  shareOfPlace,
  shareTogether,
  partOf,
} satisfies Partial<Renderers>;
