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
    w.say(tx.agreement.reported(w.name(f.agreement), tx.date(f.date)), marks);
    summary();
  } else {
    w.say((f.date.day ? tx.agreement.datedDay : tx.agreement.dated)(title, tx.date(f.date), parties), marks);
    if (!f.date.year) w.say(tx.agreement.noYear);
  }
}

function noAgreement(f: Of<"noAgreement">, w: Writer): void {
  const year = f.year ? w.num(f.year).replace(/\D/g, "") : "";
  w.say(w.tx.agreement.none(w.list(f.parties.map(w.name)), year));
}

/** Agreements found, and not found. */
export const agreements = { agreement, noAgreement } satisfies Partial<Renderers>;
