import { companyProject } from "../../knowledge/view.js";
import type { Finding } from "../findings.js";
import { type Of, type Renderers, twinOf, type Writer } from "./writer.js";

/** A figure's sentence telling of people at work now: "employs 310 people", «где работают 210 человек», «адам еңбек етеді». */
const EMPLOYS_NOW =
  /(?<!\p{L})(employs|employed|work there|are working|работают|трудятся|заняты|работает|жұмыс істейді|еңбек етеді|жұмыс істеп жатыр)(?!\p{L})/iu;
/** Words of what is to come: "will", «будут», «создаст», Kazakh «-мақ», «ашылады». */
const TO_COME =
  /(?<!\p{L})(will|shall|to create|to employ|planned|буд(ет|ут)|созда\p{L}*|планиру\p{L}*|ашылады|ашпақ|құрылады|салады|салынады|\p{L}+(мақ|мек)(?<!аймақ|тамақ|көмек))(?!\p{L})/iu;

/** One subject's figure: "AltINFARM will create around 60 jobs [1]." (tenge and dollars in one sentence). */
function value(f: Of<"value">, w: Writer, pair?: Finding): void {
  w.table.add(f.subject, f.metric, f.figure);
  // A cancelled project's figures are what it was to be, never what it "will create".
  const said =
    companyProject(w.ctx.dataset, f.subject.id)?.stage?.value === "cancelled" ? w.tx.wasTo : w.tx.value;
  if (f.metric !== "investmentKzt" && f.metric !== "investmentUsd") {
    const amount = w.amount(f.figure, f.metric) + w.history(f.figure, f.metric);
    // "Super-pharm employs more than 600 people", «онда 600-ден астам адам еңбек етеді»: people at
    // work now, never jobs it "will create".
    const now =
      f.metric === "jobs" &&
      EMPLOYS_NOW.test(f.figure.citation.quote) &&
      !TO_COME.test(f.figure.citation.quote);
    w.say(
      now ? w.tx.employsNow(w.name(f.subject), amount) : said[f.metric](w.name(f.subject), amount),
      w.marks(f.figure.citation, ...(f.where ?? [])),
    );
    w.disputes(f.subject, f.figure, f.metric);
    return;
  }
  const usd = twinOf(pair, "value");
  const text = w.money(
    w.amount(f.figure) + w.history(f.figure),
    usd ? w.amount(usd.figure) + w.history(usd.figure) : null,
  );
  w.say(
    said.investment(w.name(f.subject), text),
    w.marks(f.figure.citation, ...(usd ? [usd.figure.citation] : []), ...(f.where ?? [])),
  );
  w.disputes(f.subject, f.figure);
  if (usd) w.disputes(f.subject, usd.figure);
}

function notStated(f: Of<"notStated">, w: Writer): void {
  w.table.add(f.subject, f.metric, null);
  const money = f.metric === "investmentKzt" || f.metric === "investmentUsd";
  // One currency stated, the other not: that is said, not "the investment is not stated".
  const other = f.metric === "investmentKzt" ? "investmentUsd" : "investmentKzt";
  const statedInOther = w.findings.some(
    (x) => x.kind === "value" && x.metric === other && x.subject.id === f.subject.id,
  );
  // What the company has invested over the years, said beside it, answers for either currency.
  const ownSaid =
    money &&
    w.findings.some(
      (x) =>
        x.kind === "scopeFigure" &&
        (x.attribute === "investmentKzt" || x.attribute === "investmentUsd") &&
        w.ctx.dataset.scopes.some(
          (s) => s.id === x.scope && s.kind === "company" && s.organisation === f.subject.id,
        ),
    );
  if (ownSaid) return;
  if (money && statedInOther)
    w.say(w.tx.notStated.onlyIn(w.name(f.subject), other === "investmentUsd" ? "usd" : "kzt"));
  else w.say(w.tx.notStated[money ? "investment" : (f.metric as "jobs")](w.name(f.subject)));
}

function notInSources(f: Of<"notInSources">, w: Writer): void {
  const what = f.metric === "investment" ? w.tx.metricName.investmentKzt : w.tx.metricName[f.metric];
  w.say(w.tx.notInSources(w.name(f.subject), what));
}

/** A figure that covers several places together, not split between them. */
function spans(f: Of<"spans">, w: Writer, pair?: Finding): void {
  const usd = twinOf(pair, "spans");
  const text = w.money(w.amount(f.figure, f.metric), usd ? w.amount(usd.figure) : null);
  const places = w.list(f.places.map(w.placeName));
  w.table.add(f.subject, f.metric, f.figure, places);
  w.say(w.tx.spans(w.name(f.subject), text, places, w.name(f.asked)), w.marks(f.figure.citation, ...f.where));
}

/** A headline total as its article states it. */
function headline(f: Of<"headline">, w: Writer, pair?: Finding): void {
  const usd = twinOf(pair, "headline");
  const key = f.metric === "investmentKzt" || f.metric === "investmentUsd" ? "investment" : f.metric;
  const text =
    key === "investment"
      ? w.money(w.amount(f.figure), usd ? w.amount(usd.figure) : null)
      : w.amount(f.figure, f.metric);
  w.say(w.tx.headline[key](text), w.marks(f.figure.citation, ...(usd ? [usd.figure.citation] : [])));
}

/** Figures stated for one subject: a value, its absence, a figure spanning places, a headline. */
export const values = { value, notStated, notInSources, spans, headline } satisfies Partial<Renderers>;
