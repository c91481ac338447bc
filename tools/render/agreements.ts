import type { PartialDate } from "../../knowledge/schema.js";
import { capitalise, type Of, type Renderers, type Writer } from "./writer.js";

/** An agreement: when it was signed (or reported), who signed it, what it is about. */
function agreement(f: Of<"agreement">, w: Writer): void {
  const { tx } = w;
  const title = capitalise(w.name(f.agreement));
  const parties = w.list(f.parties.map(w.name));
  const marks = f.dateCitation ? w.marks(f.dateCitation) : "";
  const summary = () =>
    w.say(tx.agreement.summary(capitalise(w.said(f.summary))), w.marks(f.summary.citation));
  if (!f.date) {
    w.say(tx.agreement.undated(title, parties));
    summary();
  } else if (f.date.event === "reported") {
    w.say(tx.agreement.reported(w.name(f.agreement), tx.date(f.date), parties), marks);
    noYear(f.date, w);
    summary();
  } else {
    w.say((f.date.day ? tx.agreement.datedDay : tx.agreement.dated)(title, tx.date(f.date), parties), marks);
    noYear(f.date, w);
  }
}

/** A date the source gives without a year: said so, with the article's own date when it has one. */
function noYear(date: PartialDate, w: Writer): void {
  if (date.year) return;
  const [year, month, day] = (date.published ?? "").split("-").map(Number);
  w.say(w.tx.agreement.noYear(year && month && day ? w.tx.date({ year, month, day }) : undefined));
}

function agreementCount(f: Of<"agreementCount">, w: Writer): void {
  if (!f.parties.length && f.time) w.say(w.tx.agreement.countIn(w.tx.date(f.time), w.num(f.count), f.count));
  else w.say(w.tx.agreement.count(w.list(f.parties.map(w.name)), w.num(f.count), f.count));
}

function noSigningPlace(f: Of<"noSigningPlace">, w: Writer): void {
  w.say(w.tx.agreement.noPlace(w.name(f.agreement)));
}

function partyCount(f: Of<"partyCount">, w: Writer): void {
  w.say(w.tx.agreement.partyCount(w.name(f.agreement), w.num(f.count), f.count));
}

function noAgreement(f: Of<"noAgreement">, w: Writer): void {
  const when = f.year || f.month ? { year: f.year, month: f.month } : undefined;
  w.say(w.tx.agreement.none(w.list(f.parties.map(w.name)), when));
}

/** Which came first: the dated agreements oldest first, then those whose year the sources lack. */
function order(f: Of<"order">, w: Writer): void {
  const { tx } = w;
  if (f.agreements.length > 1)
    w.say(
      capitalise(
        tx.agreement.order(f.agreements.map((a) => tx.agreement.orderItem(w.name(a.ref), tx.date(a.date)))),
      ),
    );
  const [first, last] = [f.agreements[0], f.agreements.at(-1)];
  if (f.months !== undefined && first && last)
    w.say(tx.agreement.apart(w.num(f.months), f.months, tx.date(first.date), tx.date(last.date)));
  if (f.fromArticle?.length) w.say(tx.agreement.yearFromArticle(w.list(f.fromArticle.map(w.name))));
  if (f.unordered.length) w.say(tx.agreement.unordered(w.list(f.unordered.map(w.name))));
}

/** Agreements found, and not found. */
/** "The memorandum … sets out four focus areas:", before them. */
function areas(f: Of<"areas">, w: Writer): void {
  // The sentence that introduces them is cited with the count ("… will focus on several strategic areas:").
  const text = w.tx.agreement.areas(capitalise(w.name(f.agreement)), w.num(f.count), f.count);
  if (f.lead) w.say(text, w.marks(f.lead));
  else w.say(text);
}

export const agreements = {
  agreement,
  agreementCount,
  areas,
  noAgreement,
  noSigningPlace,
  order,
  partyCount,
} satisfies Partial<Renderers>;
