import type { Fact, Figure, Milestone, StageEvent } from "../../knowledge/schema.js";
import { detectLang } from "../../knowledge/text.js";
import { capitalise, type Of, type Renderers, type Writer } from "./writer.js";

/**
 * A scope's figure (a set of projects, a region, the sector, a company's own totals), its dollar
 * twin beside it; the same scope's figure asked twice is said once.
 */
function scopeFigure(f: Of<"scopeFigure">, w: Writer): void {
  const n = w.tx.news;
  const usd = scopeTwin(f, w);
  const also = (x: Figure) =>
    x.disputed?.length
      ? n.alsoReported(w.list(x.disputed.map((d) => `${w.amount(d)}${w.marks(d.citation)}`)))
      : "";
  // "55% by 2035": a target's deadline, as its source writes it.
  const year = /\d{4}/u.exec(f.figure.until ?? "")?.[0];
  // "41% in 2034": the year a share is of, when its source says.
  const until = year ? ` ${n.until(year)}` : f.figure.year ? ` ${n.inYear(f.figure.year)}` : "";
  const text = w.money(
    w.amount(f.figure) + until + w.history(f.figure) + also(f.figure),
    usd ? w.amount(usd) + w.history(usd) + also(usd) : null,
  );
  const template =
    f.attribute === "growth" ||
    f.attribute === "investmentGrowth" ||
    f.attribute === "output" ||
    f.attribute === "share" ||
    f.attribute === "shareTarget"
      ? n.scopeFigure[f.attribute]
      : n.scopeFigure.plain;
  // A region's worth and its count of projects are one statement: "6 projects worth 57.3 billion tenge".
  const count = w.findings.find(
    (g) =>
      g.kind === "scopeFigure" &&
      g.scope === f.scope &&
      g !== f &&
      // (Jobs are no worth: "9 projects" and "2,000 jobs" are two statements.)
      (f.attribute === "projects"
        ? g.attribute === "investmentKzt" || g.attribute === "investmentUsd"
        : (f.attribute === "investmentKzt" || f.attribute === "investmentUsd") && g.attribute === "projects"),
  );
  if (count?.kind === "scopeFigure" && (f.attribute === "projects" || text.length)) {
    const [projects, worth] = f.attribute === "projects" ? [f, count] : [count, f];
    if (f.attribute === "projects") {
      w.used.add(count);
      scopeFigure(worth, w);
      return;
    }
    w.used.add(projects);
    w.say(
      capitalise(
        n.regionTotal(
          scopeName(f.scope, w),
          n.projects(w.num(projects.figure.value), projects.figure.value),
          text,
        ),
      ),
      w.marks(f.figure.citation, ...(usd ? [usd.citation] : []), projects.figure.citation),
    );
    return;
  }
  const said =
    f.attribute === "sociallySignificant"
      ? w.amount(f.figure, "sociallySignificant")
      : f.attribute === "projects"
        ? n.projects(w.num(f.figure.value), f.figure.value)
        : text;
  w.say(
    capitalise(template(scopeName(f.scope, w), said)),
    w.marks(f.figure.citation, ...(usd ? [usd.citation] : [])),
  );
}

/** The same scope's dollar figure beside a tenge one; marks every finding said with this one used. */
function scopeTwin(f: Of<"scopeFigure">, w: Writer): Figure | undefined {
  const usd = w.findings.find(
    (g) =>
      f.attribute === "investmentKzt" &&
      g.kind === "scopeFigure" &&
      g.scope === f.scope &&
      g.attribute === "investmentUsd" &&
      !w.used.has(g),
  );
  if (usd) w.used.add(usd);
  for (const g of w.findings)
    if (g.kind === "scopeFigure" && g.scope === f.scope && (g.attribute === f.attribute || g === usd))
      w.used.add(g);
  return usd?.kind === "scopeFigure" ? usd.figure : undefined;
}

/** A report far out of line with the others, flagged as an evident reporting error. */
function reportingError(f: Of<"reportingError">, w: Writer): void {
  const whose = f.scope ? scopeName(f.scope, w) : f.subject ? w.name(f.subject) : "";
  w.say(
    w.tx.news.reportingError(whose, w.amount(f.reported), w.amount(f.current), w.num(f.ratio)),
    w.marks(f.reported.citation, f.current.citation),
  );
}

/** Where a project stands: its newest stage with date, who acted, its source; earlier stages; milestones. */
function status(f: Of<"status">, w: Writer): void {
  const n = w.tx.news;
  const who = w.name(f.subject);
  // Who acted is the source's own words: a Russian or Kazakh answer leaves English ones to the quote.
  const own = (x?: string) => (x && (w.ctx.lang === "en" || !/[A-Za-z]/.test(x)) ? x : "");
  // Who acted, and where the event's project is when the company has several.
  const by = (e: StageEvent) =>
    [own(e.by), e.place ? n.at(w.name({ type: "place", id: e.place })) : ""].filter(Boolean).join("; ");
  // A memorandum after an agreement signed or approved: "no investment agreement" would be false.
  const agreed = f.agreed ?? f.history.some((e) => e.value === "signed" || e.value === "approved");
  if (!f.stage) w.say(n.status.unknown(who));
  else
    w.say(
      (f.stage.value === "memorandum" && agreed ? n.memorandumBeside : n.status[f.stage.value])(
        who,
        w.dated(f.stage.date),
        by(f.stage),
        f.stage.dated !== "report",
      ),
      w.marks(f.stage.citation, ...(f.stage.dateCitation ? [f.stage.dateCitation] : [])),
    );
  if (f.stage?.because) w.say(n.because(f.stage.because));
  if (f.history.length) {
    const items = f.history.map(
      (e) => `${n.stageName[e.value]} ${w.dated(e.date)}${by(e) ? n.by(by(e)) : ""}${w.marks(e.citation)}`,
    );
    w.say(n.earlier(items.join("; ")));
  }
  for (const m of f.milestones) sayMilestone(who, m, w);
}

function milestone(f: Of<"milestone">, w: Writer): void {
  sayMilestone(w.name(f.subject), f.milestone, w);
}

function noPhasePlan(f: Of<"noPhasePlan">, w: Writer): void {
  w.say(w.tx.news.noPhasePlan(w.name(f.subject), f.phase));
}

/** A stage reached, dated and cited, then the plans it was reached against ("it had been planned for 2027"). */
function reached(f: Of<"reached">, w: Writer): void {
  const n = w.tx.news;
  const e = f.event;
  // Who acted, in the source's own words when the reader reads them ("launched … (Prime Minister …)").
  const by = e.by && (w.ctx.lang === "en" || !/[A-Za-z]/.test(e.by)) ? e.by : "";
  w.say(n.status[e.value](w.name(f.subject), w.dated(e.date), by, e.dated !== "report"), w.marks(e.citation));
  if (f.plans.length)
    w.say(n.plannedBefore(w.list(f.plans.map((m) => `${planWords(m, w)}${w.marks(m.citation)}`))));
}

/** A planned milestone with its source, and the plans it replaced with theirs ("first planned for …"). */
function sayMilestone(company: string, m: Milestone, w: Writer): void {
  const n = w.tx.news;
  // A phase's plan is said as the phase's, never as the whole plant's.
  const who = m.phase ? n.phaseOf(company, m.phase) : company;
  const template =
    m.stage === "launched" || m.stage === "under construction" ? n.milestone[m.stage] : n.milestone.other;
  w.say(template(who, planWords(m, w)), w.marks(m.citation));
  if (m.earlier?.length)
    w.say(n.milestoneMoved(m.earlier.map((e) => `${planWords(e, w)}${w.marks(e.citation)}`).join("; ")));
}

/** A plan's date: its words as the source wrote them when the reader reads that language, else its date. */
function planWords(m: Pick<Milestone, "date" | "text">, w: Writer): string {
  const own = detectLang(m.text) === w.ctx.lang || /^[\d\s]+$/.test(m.text);
  return own ? m.text : `${w.dated(m.date)} (“${m.text}”)`;
}

/** Sums a source gives for parts of a project, each with its part's word, date and sentence. */
function parts(f: Of<"parts">, w: Writer): void {
  const [open, close] = w.ctx.lang === "en" ? ["“", "”"] : ["«", "»"];
  const items = f.parts.map(
    (p) => `${w.amount(p)} (${open}${p.part}${close}, ${w.dated(p.date)})${w.marks(p.citation)}`,
  );
  w.say(w.tx.news.parts(w.name(f.subject), w.list(items)));
}

/** A plant's capacity in the source's own words, each with its sentence. */
function capacity(f: Of<"capacity">, w: Writer): void {
  const [open, close] = w.ctx.lang === "en" ? ["“", "”"] : ["«", "»"];
  const items = (facts: Fact[]) => w.list(facts.map((c) => `${open}${c.text}${close}${w.marks(c.citation)}`));
  const who = w.name(f.subject);
  if (f.capacity.length) w.say(w.tx.news.capacity(who, items(f.capacity)));
  // "up to 60 million doses" in one report, «до 600 млн доз» in another: said to differ, never left
  // for the reader to spot.
  const leads = new Set(
    f.capacity.map((c) => /\d[\d\s,.]*/u.exec(c.text)?.[0].replace(/\D/gu, "")).filter(Boolean),
  );
  // (Of two reports: one report's several products are no disagreement.)
  const reports = new Set(f.capacity.map((c) => c.citation.source));
  if (leads.size > 1 && reports.size > 1) w.say(w.tx.news.capacityDiffers);
  if (f.contracted?.length) w.say(w.tx.news.contracted(who, items(f.contracted)));
  if (f.shipped?.length) w.say(w.tx.news.shipped(who, items(f.shipped)));
}

/** A set's members: "Talks with 7 companies (June 2022): Roche, Novo Nordisk, …". */
function setMembers(f: Of<"setMembers">, w: Writer): void {
  w.say(
    w.tx.news.setMembers(capitalise(scopeName(f.set, w)), w.list(f.members.map(w.name))),
    w.marks(f.citation),
  );
}

/** Whether a company is one of a set's projects, naming the set and its members. */
function member(f: Of<"member">, w: Writer): void {
  const n = w.tx.news;
  const set = scopeName(f.set, w);
  const members = w.list(f.members.map(w.name));
  w.say(
    f.member ? n.member.yes(w.name(f.subject), set, members) : n.member.no(w.name(f.subject), set, members),
    w.marks(f.citation),
  );
}

/** What a total over everything known leaves out, and why. */
function coverage(f: Of<"coverage">, w: Writer): void {
  const n = w.tx.news;
  const left = f.excluded.map(
    (e) => `${w.name(e.subject)} — ${n.excluded[e.reason]}${e.citation ? w.marks(e.citation) : ""}`,
  );
  w.say(n.coverage(left.join("; ")));
}

function otherReport(f: Of<"otherReport">, w: Writer): void {
  w.say(w.tx.news.otherReport(w.name(f.subject), w.amount(f.figure), ""), w.marks(f.figure.citation));
}

/** A scope's name in the reader's language: the sector, the country, a region, or the set's own name. */
function scopeName(id: string, w: Writer): string {
  const n = w.tx.news;
  const scope = w.ctx.dataset.scopes.find((s) => s.id === id);
  if (!scope) return id;
  if (scope.kind === "sector") return n.scope.sector;
  if (scope.kind === "country") return n.scope.country;
  // A region's projects of one sector carry their own name; the region as a whole is named by its place.
  if (scope.kind === "region" && scope.place && scope.name.en === scope.id)
    return n.scope.region(w.name({ type: "place", id: scope.place }));
  return scope.name[w.ctx.lang] ?? scope.name.en;
}

/**
 * Findings of the news extractor's knowledge: a scope's figures, a reporting error flagged, a
 * project's status with its dated stages and milestones, what a total covers, another report's figure.
 */
export const news = {
  scopeFigure,
  reportingError,
  status,
  milestone,
  reached,
  noPhasePlan,
  capacity,
  parts,
  member,
  setMembers,
  coverage,
  otherReport,
} satisfies Partial<Renderers>;
