import { detectLang, normalize } from "../../knowledge/text.js";
import type { Ref } from "../entities.js";
import { capitalise, type Of, type Renderers, type Writer } from "./writer.js";

function exists(f: Of<"exists">, w: Writer): void {
  if (f.negated) w.say(f.yes ? w.tx.negationWrong : w.tx.negationRight);
  else w.say(f.yes ? w.tx.yes : w.tx.no);
}

function strategicPartner(f: Of<"strategicPartner">, w: Writer): void {
  w.say(w.tx.strategic.is(w.name(f.partner), w.name(f.company)), w.marks(f.citation));
}

function notStrategic(f: Of<"notStrategic">, w: Writer): void {
  w.say(f.project ? w.tx.strategic.noneOf(w.name(f.subject)) : w.tx.strategic.not(w.name(f.subject)));
}

function makersBesides(f: Of<"makersBesides">, w: Writer): void {
  const besides = w.list(f.besides.map(w.name));
  const makers = w.list(f.makers.map(w.name));
  w.say(f.makers.length ? w.tx.makersBesides(besides, f.words, makers) : w.tx.onlyOf(besides));
}

/** "AstraZeneca’s products list 4 kinds of cancer: breast, ovarian, prostate and pancreatic [1]." */
function kindsListed(f: Of<"kindsListed">, w: Writer): void {
  // The kinds as the source lists them (in English); a translation's list reads differently.
  const items = f.items.join(", ");
  const n = f.items.length;
  w.say(w.tx.kinds.listed(w.name(f.subject), f.words, w.num(n), items, n), w.marks(f.fact.citation));
}

function kindsUnlisted(f: Of<"kindsUnlisted">, w: Writer): void {
  const s = w.name(f.subject);
  w.say(f.fact ? w.tx.kinds.unlisted(s, f.words) : w.tx.kinds.absent(s, f.words));
  if (f.fact) w.say(w.tx.kinds.named(w.said(f.fact)), w.marks(f.fact.citation));
}

function productNamed(f: Of<"productNamed">, w: Writer): void {
  const names = (refs: typeof f.makers) => w.list(refs.map(w.name));
  w.say(f.named ? w.tx.yes : w.tx.productNotNamed(names(f.subjects), f.words, names(f.makers)));
}

/** "Yes." or that the sources do not report the stage asked; the project's stages follow. */
function stageReached(f: Of<"stageReached">, w: Writer): void {
  w.say(f.reached ? w.tx.yes : w.tx.stageNotReported[f.stage](w.name(f.subject)));
}

function placeIn(f: Of<"placeIn">, w: Writer): void {
  const place = capitalise(w.kindName(f.place));
  const marks = f.citation ? w.marks(f.citation) : "";
  if (f.yes) w.say(`${w.tx.yes} ${w.tx.placeLiesIn(place, w.kindName(f.within))}`, marks);
  else w.say(`${w.tx.no} ${f.parent ? w.tx.placeLiesIn(place, w.kindName(f.parent)) : ""}`.trim(), marks);
}

function noOwnPlant(f: Of<"noOwnPlant">, w: Writer): void {
  w.say(w.tx.noOwnPlant(w.name(f.subject)));
}

function noChanges(f: Of<"noChanges">, w: Writer): void {
  w.say(w.tx.noChanges(w.list(f.subjects.map(w.name))));
}

function stage(f: Of<"stage">, w: Writer): void {
  w.say(w.tx.stage[f.stage ?? "unknown"](w.name(f.subject)), f.citation ? w.marks(f.citation) : "");
}

/** Something the knowledge never records: a role nobody holds, a salary, an opening date. */
function unknown(f: Of<"unknown">, w: Writer): void {
  if (f.what === "role") {
    const of = w.list(f.subjects.filter((x) => x.type === "organisation").map(w.name));
    w.say(w.tx.noRole(f.role ?? "", of));
  } else w.say(w.tx.unknown(w.tx.unstatedWhat[f.what] ?? f.what, w.list(f.subjects.map(w.name))));
}

/** The companies (of a place, of the agreement, or all) or a company's partners. */
function kindList(f: Of<"kindList">, w: Writer): void {
  const names = w.list(f.items.map((i) => w.name(i.ref)));
  w.say(
    w.tx.list.ofKind(f.orgKind, w.num(f.items.length), names),
    w.marks(...f.items.map((i) => i.citation)),
  );
}

function partnerCount(f: Of<"partnerCount">, w: Writer): void {
  w.say(w.tx.list.partnerCount(w.num(f.partners), w.num(f.projects), w.num(f.total)));
}

function list(f: Of<"list">, w: Writer): void {
  const { tx } = w;
  const names = w.list(f.items.map((i) => w.name(i.ref)));
  const marks = w.marks(...f.items.map((i) => i.citation));
  const count = w.num(f.items.length);
  if (f.what === "companies") {
    // In a region, each company with the town it builds in: "NIAK (Aktau)".
    // ("YDA Holding (not pharmaceutical)": a project of another sector, named as such.)
    const named = (i: (typeof f.items)[number]) =>
      i.otherSector ? `${w.name(i.ref)} (${tx.news.excluded.otherSector})` : w.name(i.ref);
    const located = w.list(f.items.map((i) => (i.at ? tx.placeIn(named(i), w.name(i.at)) : named(i))));
    const besides = f.besides && f.subject ? w.list(f.besides.map(w.name)) : undefined;
    const sentence = f.stage
      ? tx.list.atStage(tx.news.stageName[f.stage], located, f.items.length)
      : besides && f.subject
        ? tx.list.companiesBesides(besides, w.placeName(f.subject), located, f.items.length)
        : f.outside
          ? tx.list.companiesOutside(w.list(f.outside.map(w.placeName)), located, f.items.length)
          : f.subject
            ? tx.list.companiesIn(w.placeName(f.subject), located, f.items.length)
            : f.agreed
              ? tx.list.companies(names, count)
              : tx.list.projects(names, count);
    w.say(sentence, marks);
  } else if (f.what === "partners" && f.subject) {
    if (f.items.length && f.counted)
      w.say(tx.list.partnersCounted(w.name(f.subject), count, f.items.length, names), marks);
    else if (f.items.length) w.say(tx.list.partners(w.name(f.subject), names), marks);
    else w.say(tx.list.noPartners(w.name(f.subject)));
  }
}

function products(f: Of<"products">, w: Writer): void {
  w.say(
    w.tx.fact.products(w.name(f.subject), w.amount(f.count, "medicines"), w.said(f.fact)),
    w.marks(f.count.citation, f.fact.citation),
  );
}

/** A supplier: what the source says it makes, quoted (said to be in its own language when another), and that it is no medicine. */
function notMedicines(f: Of<"notMedicines">, w: Writer): void {
  const what = w.said(f.fact);
  const foreign = detectLang(what) !== w.ctx.lang;
  const say = f.fact.audience === "veterinary" ? w.tx.fact.forAnimals : w.tx.fact.notMedicines;
  w.say(say(w.name(f.subject), what, foreign), w.marks(f.fact.citation));
}

function noStandard(f: Of<"noStandard">, w: Writer): void {
  w.say(w.tx.noStandard(w.name(f.subject)));
}

function fact(f: Of<"fact">, w: Writer): void {
  // What a plant makes, in the source's own language: quoted as the source words it.
  const text = w.said(f.fact);
  if (f.aspect === "portfolio" && detectLang(text) !== w.ctx.lang) {
    w.say(
      capitalise(w.tx.fact.made(w.name(f.subject), `“${f.fact.citation.quote}”`)),
      w.marks(f.fact.citation),
    );
    return;
  }
  w.say(capitalise(w.tx.fact[f.aspect](w.name(f.subject), text)), w.marks(f.fact.citation));
}

function role(f: Of<"role">, w: Writer): void {
  w.say(w.tx.role(w.name(f.person), w.said(f.fact)), w.marks(f.fact.citation));
}

/** What a person said, each quote on its own (never merged with a like sentence). */
function said(f: Of<"said">, w: Writer): void {
  if (!f.facts.length) {
    w.say(w.tx.saidNothing(w.name(f.person)));
    return;
  }
  // Quotation marks only around words the source quotes (in marks, or a sentence of a quotation that
  // does not name its speaker); what the article reports of them ("According to Maria Shipuleva, …",
  // "Nurbek highlighted that …") is said as reported, never as their own words.
  const surname = normalize(w.ctx.entities.name(f.person, "en")).split(" ").at(-1) ?? "";
  const quoted = f.facts.filter(
    (s) => QUOTE_MARKS.test(s.citation.quote) || !normalize(s.citation.quote).split(" ").includes(surname),
  );
  for (const s of f.facts.filter((x) => !quoted.includes(x)))
    w.say(w.tx.saidReported(w.name(f.person), w.said(s)), w.marks(s.citation));
  if (!quoted.length) return;
  w.say(w.tx.said(w.name(f.person)));
  for (const s of quoted) w.sentences.push(`“${capitalise(w.said(s))}.”${w.marks(s.citation)}`);
}

/** Quotation marks in a source sentence: it quotes someone's own words. */
const QUOTE_MARKS = /[“”"«»]/;

/** "Almaty city or the region?": the one that holds, named with its kind, and the one that does not. */
function choice(f: Of<"choice">, w: Writer): void {
  const names = (refs: Ref[]) => w.list(refs.map(w.kindName));
  const subject = w.name(f.subject);
  if (f.picked.length === 1) w.say(w.tx.choice.one(subject, names(f.picked), names(f.other)));
  else if (f.picked.length) w.say(w.tx.choice.both(subject, names(f.picked)));
  else w.say(w.tx.choice.neither(subject, names(f.other)));
}

/** "is 36.7 bn Abdi's investment?" — "That figure is stated for MSP-ROMPHARM." */
function otherCurrency(f: Of<"otherCurrency">, w: Writer): void {
  w.say(w.tx.otherCurrency(w.num(f.figure.value), w.amount(f.figure, f.metric)), w.marks(f.figure.citation));
}

function statedFor(f: Of<"statedFor">, w: Writer): void {
  // Each owner with its figure as stated: "Nobel Almaty Pharmaceutical Factory (at least 200 jobs)".
  const named = f.owners.map((o, i) => {
    const stated = f.figures[i];
    return stated ? `${w.name(o)} (${w.amount(stated.figure, stated.metric)})` : w.name(o);
  });
  const owners = [...named, ...(f.headline ? [w.tx.statedForTotal] : [])];
  w.say(w.tx.statedFor(w.list(owners)), w.marks(...f.citations));
}

/** Facts told in words: yes or no, stages, what is unknown, lists, products, roles, quotes. */
export const facts = {
  exists,
  choice,
  otherCurrency,
  statedFor,
  stageReached,
  productNamed,
  strategicPartner,
  notStrategic,
  makersBesides,
  kindsListed,
  kindsUnlisted,
  partnerCount,
  kindList,
  noChanges,
  noOwnPlant,
  placeIn,
  stage,
  unknown,
  list,
  products,
  notMedicines,
  noStandard,
  fact,
  role,
  said,
} satisfies Partial<Renderers>;
