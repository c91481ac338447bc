import {
  type Claim,
  type ClaimAttribute,
  type ClaimSubject,
  type ClaimValue,
  claimId,
  type SubjectReason,
  stageDetail,
} from "../claims.js";
import type { Dataset, Lang, Names, Organisation, Place, Source } from "../schema.js";
import { slugify } from "../text.js";
import { type Article, type ArticleProject, BUILD_CUE, readArticle } from "./article.js";
import { capacitiesOf, volumesOf } from "./capacity.js";
import { type DocSentence, readDocument } from "./document.js";
import type { FigureMention } from "./figures.js";
import { findMentions, type Mentions } from "./mentions.js";
import { madeOf, medicinesMade, sectorOf } from "./sector.js";
import { linkedCause, milestonesOf, OFFICE, type StageReading, stagesOf } from "./stages.js";
import {
  ANAPHOR,
  type Assigned,
  actingOrgs,
  companyAsItIs,
  isCorrection,
  ONE_OF_THEM,
  PUBLISH_CONFIDENCE,
  phaseOf,
  recalled,
  retracts,
  type ScopeRef,
  SubjectReader,
} from "./subjects.js";

/**
 * The offline extractor, in named stages: the document (headline, dateline, lead, paragraphs,
 * bullets and rows, quotations, date), the mentions (organisations, places, figures), the
 * article's projects, the subjects of figures (a company, a scope, or held for an admin with its
 * candidates), and the stages with their dates. Every claim quotes its whole sentence verbatim
 * and carries the reason its subject was chosen and how sure that is.
 */

export type LeftOutReason =
  | "noSubject"
  | "severalSubjects"
  | "noUnit"
  | "notInvestment"
  | "stopped"
  | "existing"
  | "unplaced"
  | "partOf";

export interface LeftOut {
  quote: string;
  start: number;
  /** The numbers of the sentence that were not extracted, as written. */
  figures: string[];
  reason: LeftOutReason;
}

export interface Extraction {
  lang: Lang;
  /** Organisations the source names for the first time. */
  organisations: Organisation[];
  claims: Claim[];
  leftOut: LeftOut[];
}

/** Generic "Special Economic Zone" / "СЭЗ" / "арнайы экономикалық аймақ" without a zone's own name. */
const GENERIC_ZONE =
  /(special economic zone|\bSEZ\b|СЭЗ|специальн\p{L}* экономическ\p{L}* зон\p{L}*|арнайы экономикалық аймақ\p{L}*)/iu;
const INN =
  /(?<!\p{L})(INNs?|МНН)(?!\p{L})|(?<!\p{L})([Ii]nternational non-?proprietary|[Мм]еждународн\p{L}* непатентованн|[Хх]алықаралық патенттелмеген)/u;
const MONTH_AFTER =
  /^(-?\p{L}{1,3})?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/iu;
const MONEY: ReadonlySet<string> = new Set(["investmentKzt", "investmentUsd"]);
const INVESTMENT_WORD = /(?<!\p{L})(invest\p{L}*|инвест\p{L}*|салым\p{L}*|вложен\p{L}*)/iu;
const OUTPUT_CUE =
  /(?<!\p{L})(output|production volume|products? worth|worth of products|продукци\p{L}* на|өнім\p{L}* (шығар|өндір)\p{L}*|(теңгенің|теңгелік) (\p{L}+ ){0,2}өнім\p{L}*|өндірістің|market|revenue|объ[её]м\p{L}* производства|рын(ок|к)\p{L}*|өндіріс\p{L}* көлем\p{L}*|нарық\p{L}*|(pharmaceutical |drug |medicines? )?production (grew|rose|increased|reached|amounted|totall?ed|was worth)|производств\p{L}* (\p{L}+ )?продукции|выпуск\p{L}* (\p{L}+ )?продукции|өнім\p{L}* өндірісі\p{L}*)/iu;

/** Everything a claim needs besides its subject, attribute and value. */
interface Says {
  sentence: DocSentence;
  /** Said by a correction of a figure given before: it replaces that figure. */
  corrected?: boolean;
  reason: SubjectReason;
  confidence: number;
  candidates?: ClaimSubject[];
}

class ClaimBuilder {
  readonly claims: Claim[] = [];
  readonly leftOut: LeftOut[] = [];
  private readonly ids = new Set<string>();
  private readonly told = new Set<string>();
  /** Projects with a figure, site or stage of their own: only these are recorded. */
  readonly touched = new Set<ArticleProject>();
  readonly scopes = new Map<string, { ref: ScopeRef; sentence: DocSentence }>();

  constructor(
    private readonly source: Source,
    private readonly a: Article,
    private readonly view: Dataset,
  ) {}

  /** A project the view already has past talks (approved, signed, built …): talks are another undertaking's. */
  pastTalks(project: string): boolean {
    const stage = this.view.projects.find((p) => p.id === project)?.stage?.value;
    return !!stage && !["planned", "talks", "resumed"].includes(stage);
  }

  /** The text of the paragraph or item a sentence stands in. */
  paragraphOf(sentence: { block: number }): string {
    return this.a.doc.sentences
      .filter((s) => s.block === sentence.block)
      .map((s) => s.text)
      .join(" ");
  }

  /** The article is a correction notice (its headline says so): its figures replace those reported before. */
  get correctionNotice(): boolean {
    const headline = this.a.doc.sentences.find((s) => s.part === "headline");
    return !!headline && isCorrection(headline.text);
  }

  /** The article's set is one of talks, whose companies may have several projects each. */
  get talks(): boolean {
    return this.a.set?.stage === "talks";
  }

  add(subject: ClaimSubject, attribute: ClaimAttribute, value: ClaimValue, says: Says): Claim | undefined {
    const s = says.sentence;
    const base = { subject, attribute, value, source: this.source.id, start: s.start };
    const id = claimId(base);
    // A site, partner, company or stage told twice is one claim: the first sentence that says it.
    const said = `${subject.id}|${attribute}|${JSON.stringify(value)}`;
    // Stages are kept per sentence: the view keeps the one that says the stage best.
    if (this.ids.has(id) || (value.kind !== "figure" && value.kind !== "stage" && this.told.has(said)))
      return undefined;
    const held = says.confidence < PUBLISH_CONFIDENCE;
    this.ids.add(id);
    this.told.add(said);
    const claim: Claim = {
      ...base,
      id,
      quote: s.text,
      end: s.end,
      date: this.a.doc.date,
      method: says.corrected ? "corrected" : "extracted",
      status: held ? "held" : "active",
      reason: says.reason,
      confidence: Math.round(says.confidence * 100) / 100,
      ...(held
        ? { hold: "subject" as const, candidates: says.candidates?.length ? says.candidates : [subject] }
        : {}),
    };
    this.claims.push(claim);
    return claim;
  }

  leave(x: Mentions, figures: string[], reason: LeftOutReason): void {
    if (figures.length)
      this.leftOut.push({ quote: x.sentence.text, start: x.sentence.start, figures, reason });
  }

  /** A place's names, for a scope named after it. */
  placeName(id: string | undefined): Names | undefined {
    return id ? this.view.places.find((p) => p.id === id)?.name : undefined;
  }

  /** The scope a figure belongs to, registered once; undefined for a region the article never names. */
  scopeSubject(ref: ScopeRef, sentence: DocSentence): ClaimSubject | undefined {
    const id = this.scopeId(ref);
    if (!id) return undefined;
    if (!this.scopes.has(id)) this.scopes.set(id, { ref, sentence });
    return { type: "scope", id };
  }

  private scopeId(ref: ScopeRef): string | undefined {
    switch (ref.kind) {
      case "set": {
        const set = this.a.set;
        const same =
          set &&
          ref.members?.length === set.members.length &&
          ref.members.every((m) => set.members.includes(m));
        if (ref.label === "joint")
          return `${this.source.id}-joint-${ref.members?.map((m) => m.company).join("-")}`;
        return same ? set.scope : `${this.source.id}-set`;
      }
      case "region":
        return ref.place ? `region-${ref.place}${ref.label ? `-${ref.label}` : ""}` : undefined;
      case "sector":
        return "sector-pharmaceutical";
      case "programme":
        return `programme-${slugify(ref.label ?? "programme", 4) || "programme"}`;
      case "country":
        return `country-${this.view.places.find((p) => p.kind === "country")?.id ?? "kazakhstan"}`;
      case "event":
        return `${this.source.id}-event`;
      case "company":
        return ref.organisation
          ? `company-${ref.organisation}${ref.label ? `-${ref.label}` : ""}`
          : undefined;
    }
  }
}

/** The region a place lies in (itself when it is one): what «облыстың» / "the region's" refers to. */
function regionOf(view: Dataset, id: string): string {
  // A city of the republic's own rank (and a zone in it) is its own region; the country is none.
  let top = "";
  for (let at: string | undefined = id; at; ) {
    const place = view.places.find((p) => p.id === at);
    if (place?.kind === "region") return at;
    if (!place || place.kind === "country") break;
    if (place.kind === "city") top = at;
    at = place.parent ?? undefined;
  }
  return top || (view.places.find((p) => p.id === id)?.kind === "country" ? "" : id);
}

export function extractClaims(source: Source, view: Dataset): Extraction {
  const doc = readDocument(source);
  const m = findMentions(doc, view);
  const a = readArticle(doc, m, view);
  const b = new ClaimBuilder(source, a, view);
  const reader = new SubjectReader(
    a,
    (id) => regionOf(view, id),
    (project) => view.projects.find((p) => p.id === project)?.sites.map((s) => s.place) ?? [],
  );
  const seen = new Map<number, Mentions>();
  for (const x of m.mentions) {
    reader.see(x);
    seen.set(x.sentence.index, x);
    if (x.sentence.part === "headline" || x.sentence.part === "dateline") continue;
    const whole = sentenceAssigned(reader, x);
    const subject = whole.kind === "project" ? whole : undefined;
    // (A sentence a place's words would give to the place, "the parties signed … in the city of X",
    // tells the one project's stage and site, nothing else of it.)
    const placed = subject ?? reader.referredOnly(x, whole);
    figuresOf(b, reader, x);
    sitesOf(b, x, placed, view);
    namedSiteOf(b, x, subject, a.projects, view);
    leadSiteOf(b, x, subject, seen, a.doc, view);
    partnersOf(b, x, subject);
    stageClaims(b, a, x, placed);
    capacitiesIn(b, x, subject, a.doc.sentences[x.sentence.index + 1]?.text);
    volumesIn(b, x, subject);
    if (subject && INN.test(x.sentence.text))
      b.add(project(subject.project), "product", portfolio(x), says(x, subject));
    // "Orda Glass will produce medical glass vials": what a supplier makes, never a medicine.
    // "a plant producing veterinary medicines": medicines for animals, kept as such.
    const paragraph = a.doc.sentences
      .filter((s) => s.block === x.sentence.block)
      .map((s) => s.text)
      .join(" ");
    const made = madeOf(x.sentence.text, paragraph);
    // The kinds of medicine it will make ("human insulin and insulin analogues", «растворы, мази и таблетки»).
    const kinds = made ? undefined : medicinesMade(x.sentence.text);
    // «"ОңтүстікВак" … вакциналар шығарады»: what a plant makes, told in the present, is still its product.
    const maker = subject ?? (kinds ? sentenceSubject(reader, x, "investmentKzt") : undefined);
    // A company the article tells only by what it makes ("Novagen Pharma's products include …") is known by it.
    if (
      maker &&
      maker.confidence >= PUBLISH_CONFIDENCE &&
      kinds &&
      b.add(project(maker.project), "product", { kind: "fact", text: kinds }, says(x, maker))
    )
      b.touched.add(maker.project);
    if (subject && subject.confidence >= PUBLISH_CONFIDENCE && made)
      b.add(
        project(subject.project),
        "product",
        {
          kind: "fact",
          text: made.text,
          medicine: false,
          ...(made.audience ? { audience: made.audience } : {}),
        },
        says(x, subject),
      );
  }
  finish(b, a, m.mentions);
  dropCorrected(b.claims);
  holdConflicts(b.claims);
  collapseStages(b.claims);
  const used = new Set(
    b.claims.flatMap((c) =>
      c.value.kind === "organisation" || c.value.kind === "scope" ? [c.value.organisation ?? ""] : [],
    ),
  );
  for (const c of b.claims)
    if (c.attribute === "company" && c.value.kind === "organisation") used.add(c.value.organisation);
  return {
    lang: doc.lang,
    organisations: m.created.filter((o) => used.has(o.id)),
    claims: b.claims,
    leftOut: b.leftOut.sort((x, y) => x.start - y.start),
  };
}

/** Reasons that name the subject in the figure's own sentence, list item or row. */
const NAMED: ReadonlySet<string> = new Set(["clause", "sentence", "bullet", "row"]);

/**
 * Two figures of one subject and attribute in one article are two figures, not a dispute: of a
 * project, one whose company was only inferred (the paragraph's, the article's only one) yields to
 * one whose sentence names it, and is held for an admin; of a place, the first stated stays and
 * a later, different one is held (it may count another set of projects in the town).
 */
function holdConflicts(claims: Claim[]): void {
  const groups = new Map<string, Claim[]>();
  for (const c of claims)
    if (c.value.kind === "figure" && c.status === "active" && c.method !== "corrected") {
      const key = `${c.subject.id}|${c.attribute}|${c.value.part ?? ""}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
  const value = (c: Claim) => (c.value.kind === "figure" ? c.value.value : Number.NaN);
  const hold = (c: Claim) =>
    Object.assign(c, { status: "held", hold: "subject", confidence: 0, candidates: [c.subject] });
  for (const list of groups.values()) {
    if (new Set(list.map(value)).size < 2) continue;
    const region = list[0]?.subject.type === "scope" && list[0].subject.id.startsWith("region-");
    if (region) {
      for (const c of list.slice(1)) if (value(c) !== value(list[0] as Claim)) hold(c);
      continue;
    }
    const named = list.filter((c) => NAMED.has(c.reason ?? ""));
    if (!named.length) continue;
    for (const c of list)
      if (!NAMED.has(c.reason ?? "") && !named.some((n) => value(n) === value(c))) hold(c);
  }
}

/**
 * One article telling one stage of a project in several sentences ("held talks …", "the sides
 * discussed …", "the project is at the talks stage") reports one event: the sentence that tells it
 * best stays (as the view would cite it), and another only when it alone names who acted or why
 * the project stopped. A stage the article dates otherwise is another event and stays; an undated
 * mention of a dated one is that event again.
 */
function collapseStages(claims: Claim[]): void {
  const stageOf = (c: Claim) => (c.value.kind === "stage" ? c.value : undefined);
  const group = (c: Claim) => `${c.subject.id}|${stageOf(c)?.stage}|${c.status}`;
  const kept: Claim[] = [];
  for (const c of claims) {
    const v = stageOf(c);
    if (!v) {
      kept.push(c);
      continue;
    }
    const same = claims.filter((o) => stageOf(o) && group(o) === group(c));
    // The event this one tells: its own date's, or (undated) the best told of the group.
    const event = same.filter((o) => !v.date || stageOf(o)?.date === v.date);
    const top = event.reduce((x, y) => (stageDetail(y) > stageDetail(x) ? y : x));
    const first = (has: (o: Claim) => unknown) => same.find((o) => has(o));
    const adds =
      (v.by && !stageOf(top)?.by && first((o) => stageOf(o)?.by) === c) ||
      (v.because && !stageOf(top)?.because && first((o) => stageOf(o)?.because) === c);
    if (top === c || adds) kept.push(c);
  }
  claims.length = 0;
  claims.push(...kept);
}

/** A figure this article corrects further on is gone: the correction says it was wrong. */
function dropCorrected(claims: Claim[]): void {
  const corrections = claims.filter((c) => c.method === "corrected" && c.value.kind === "figure");
  const wrong = claims.filter(
    (c) =>
      c.method !== "corrected" &&
      c.value.kind === "figure" &&
      corrections.some(
        (k) => k.subject.id === c.subject.id && k.attribute === c.attribute && k.start > c.start,
      ),
  );
  const kept = claims.filter((c) => !wrong.includes(c));
  claims.length = 0;
  claims.push(...kept);
}

/** "27 INNs": a portfolio's substances, worded in each language around the number the sentence gives. */
function portfolio(x: Mentions): ClaimValue {
  const n =
    /(\d+)\s*(\p{L}+\s+){0,2}(INN|МНН|international non|международн|халықаралық патенттелмеген)/iu.exec(
      x.sentence.text,
    )?.[1];
  if (!n) return { kind: "fact", text: x.sentence.text };
  return {
    kind: "fact",
    text: `a portfolio of ${n} international non-proprietary names (INNs)`,
    ru: `портфель из ${n} международных непатентованных наименований (МНН)`,
    kk: `${n} халықаралық патенттелмеген атаудан тұратын портфель`,
  };
}

const project = (p: ArticleProject): ClaimSubject => ({ type: "project", id: p.project });
type ProjectAssigned = Extract<Assigned, { kind: "project" }>;

function says(x: Mentions, a: ProjectAssigned): Says {
  return {
    sentence: x.sentence,
    reason: a.reason,
    confidence: a.confidence,
    candidates: a.candidates.map(project),
  };
}

/** Who a sentence is about, for its sites, partners, stages and facts: as a figure at its start would be. */
function sentenceAssigned(
  reader: SubjectReader,
  x: Mentions,
  attribute: FigureMention["attribute"] = "jobs",
): Assigned {
  const probe: FigureMention = {
    attribute,
    value: 0,
    text: "",
    unit: "jobs",
    qualifier: "exact",
    start: 0,
    end: 0,
  };
  const at = x.orgs.find((o) => o.role === "company")?.start ?? 0;
  return reader.assignWhole(x, { ...probe, start: at, end: at });
}

function sentenceSubject(
  reader: SubjectReader,
  x: Mentions,
  attribute: FigureMention["attribute"] = "jobs",
): ProjectAssigned | undefined {
  const r = sentenceAssigned(reader, x, attribute);
  return r.kind === "project" ? r : undefined;
}

function figuresOf(b: ClaimBuilder, reader: SubjectReader, x: Mentions): void {
  // One value per subject and attribute in a sentence: the last one stated.
  const last = new Map<string, { f: FigureMention; r: Assigned }>();
  const none = new Map<string, string[]>();
  const replaced = previousValues(x);
  for (const f of x.figures) {
    if (replaced.has(f)) continue;
    const r = reader.assign(x, f);
    if (r.kind === "none" && !r.candidates.length) {
      none.set(r.why, [...(none.get(r.why) ?? []), f.text]);
      continue;
    }
    const key =
      r.kind === "scope"
        ? `scope:${r.scope.kind}:${r.scope.place ?? ""}:${r.scope.organisation ?? ""}:${r.scope.label ?? ""}`
        : r.kind === "project"
          ? r.project.project
          : "held";
    // Sums of two parts of a project ("6 bn for construction, 1.8 bn for equipment") are two figures.
    const part = r.kind === "project" && MONEY.has(f.attribute) ? (costPart(x.sentence.text, f) ?? "") : "";
    last.set(`${key}|${f.attribute}|${part}`, { f, r });
  }
  for (const [why, texts] of none) b.leave(x, texts, why as LeftOutReason);
  for (const { f, r } of last.values()) figureClaim(b, x, f, r);
  const counts = x.bare
    .filter((n) => !MONTH_AFTER.test(x.sentence.text.slice(n.start + n.text.length)))
    .filter((n) => !/^(19|20)\d\d$/.test(n.text));
  if (counts.length && x.figures.length)
    b.leave(
      x,
      counts.map((n) => n.text),
      "noUnit",
    );
}

const FROM = /(?<!\p{L})(from|с|со)\s+(KZT|US\$|\$|USD)?\s*$/iu;
const TO = /(?<!\p{L})(to|до)\s+(KZT|US\$|\$|USD)?\s*$/iu;

/** "raised to KZT 14.1bn from KZT 12.6bn", «увеличены с 12,6 до 14,1 млрд»: the old value is no current figure. */
function previousValues(x: Mentions): Set<FigureMention> {
  const text = x.sentence.text;
  const before = (f: FigureMention) => text.slice(Math.max(0, f.start - 12), f.start);
  const out = new Set<FigureMention>();
  for (const f of x.figures)
    if (
      FROM.test(before(f)) &&
      x.figures.some((g) => g !== f && g.attribute === f.attribute && TO.test(before(g)))
    )
      out.add(f);
  return out;
}

/**
 * Parts of a project's cost a sentence splits it into ("6 billion for construction, 1.8 billion
 * for equipment"; «на строительство …, ещё … на оборудование»; «құрылысына …, жабдығына …»).
 */
const COST_PART =
  /(?<!\p{L})(construction|equipment|design|строительств\p{L}*|оборудовани\p{L}*|проектировани\p{L}*|құрылыс\p{L}*|жабдық\p{L}*|жабдығ\p{L}*)(?!\p{L})/giu;

/**
 * The part of the project a sum is for, when its sentence names two parts or more (a sentence
 * naming only "the construction of the plant" speaks of the whole): the part named nearest in
 * the sum's own clause.
 */
function costPart(text: string, f: FigureMention): string | undefined {
  const parts = [...text.matchAll(COST_PART)];
  // A decimal comma ("1,8") is no clause mark.
  const clauses = [...text.matchAll(/(?:[^,;]|,(?=\d))+/g)];
  const own = clauses.find((c) => c.index <= f.start && f.start < c.index + c[0].length);
  if (!own) return undefined;
  const inClause = parts.filter((m) => m.index >= own.index && m.index < own.index + own[0].length);
  if (new Set(parts.map((m) => (m[1] ?? "").slice(0, 5).toLowerCase())).size >= 2) return inClause[0]?.[1];
  // "… 18 billion, of which 5 billion for equipment", «из этой суммы 6 млрд», «оның ішінде»: a share of a sum.
  const lead = text.slice(own.index, f.start);
  const purpose = PURPOSE.exec(own[0])?.slice(1).find(Boolean);
  if (PART_OF.test(lead)) return purpose ?? PART_OF.exec(lead)?.[0];
  // Money spent on equipment or design alone is never what the whole plant costs.
  return purpose;
}

/** Words of animal health: a figure among them is not of medicines for people. */
const VETERINARY =
  /(?<!\p{L})(veterinar\p{L}*|livestock|animals?|cattle|ветеринар\p{L}*|животн\p{L}*|скот\p{L}*|жануар\p{L}*|мал(?: ауру\p{L}*| шаруашылығ\p{L}*)?)(?!\p{L})/iu;

/** A share of a sum said before: "of which", "including", «из них», «из этой суммы», «в том числе», «оның ішінде». */
const PART_OF =
  /(?<!\p{L})(of which|of this( sum| amount)?|of the total|including|incl\.|из (них|которых|этой суммы|этих средств|общей суммы)|в том числе|включая|оның ішінде)(?!\p{L})/iu;

/** A sum said after another in its sentence as a part of it ("…, including 7.9 billion tenge of exports"). */
function partOfSum(text: string, f: FigureMention): boolean {
  const lead = text.slice(0, f.start);
  const marked = [...lead.matchAll(new RegExp(PART_OF.source, "giu"))].at(-1);
  // The mark stands between an earlier figure and this one.
  return !!marked && /\d/u.test(lead.slice(0, marked.index)) && !/\d/u.test(lead.slice(marked.index));
}
/** A sum's purpose that is only a part: "on equipment", «на закупку оборудования», «жабдыққа». */
const PURPOSE =
  /(?<!\p{L})(?:(?:on|for|into)\s+(?:the\s+)?(?:\p{L}+\s+)?(equipment|design)|на\s+(?:\p{L}+\s+)?(оборудовани\p{L}*|проектировани\p{L}*)|(жабдық(?:тар)?(?:қа|ына|ға)|жабдығына))(?!\p{L})/iu;

function figureClaim(b: ClaimBuilder, x: Mentions, f: FigureMention, r: Assigned): void {
  const corrected = isCorrection(x.sentence.text) || b.correctionNotice ? { corrected: true } : {};
  const part = MONEY.has(f.attribute) && r.kind === "project" ? costPart(x.sentence.text, f) : undefined;
  const value: ClaimValue = {
    kind: "figure",
    value: f.value,
    text: f.text,
    unit: f.unit,
    qualifier: f.qualifier,
    ...(f.upTo !== undefined ? { upTo: f.upTo } : {}),
    ...(part ? { part } : {}),
    ...(f.until ? { until: f.until } : {}),
    ...(f.year ? { year: f.year } : {}),
    ...(f.from ? { from: f.from } : {}),
  };
  if (r.kind === "scope") {
    const subject = b.scopeSubject(r.scope, x.sentence);
    if (!subject) {
      b.leave(x, [f.text], "unplaced");
      return;
    }
    // The partners of a joint project are companies the article tells of.
    if (r.scope.label === "joint") for (const p of r.scope.members ?? []) b.touched.add(p);
    // (A paragraph of output by region goes on about output: «Екінші орында – Алматы облысы: 25,1 млрд теңге».)
    const paragraph = b.paragraphOf(x.sentence);
    const output =
      OUTPUT_CUE.test(x.sentence.text) ||
      (OUTPUT_CUE.test(paragraph) && !INVESTMENT_WORD.test(x.sentence.text));
    const attribute = MONEY.has(f.attribute) && output ? "output" : f.attribute;
    // «вакциналардағы отандық өнімнің үлесі 78 пайыз» in a paragraph on veterinary services: the
    // share of animal vaccines, not of the medicines people take.
    if ((f.attribute === "share" || f.attribute === "shareTarget") && VETERINARY.test(paragraph)) {
      b.leave(x, [f.text], "noUnit");
      return;
    }
    // "144.3 billion tenge, including 7.9 billion tenge of exports", «в том числе», «оның ішінде»:
    // the part is not the scope's whole.
    if (MONEY.has(f.attribute) && partOfSum(x.sentence.text, f)) {
      b.leave(x, [f.text], "partOf");
      return;
    }
    // A set's projects are its members, unless talks count more projects than companies ("talks
    // with 7 companies on 13 projects"); "two of the projects" counts nothing.
    const counts = b.talks && f.value > (r.scope.members?.length ?? 0);
    if (
      attribute === "projects" &&
      ((r.scope.kind === "set" && !counts) || /^\s+of\s/iu.test(x.sentence.text.slice(f.end)))
    )
      return;
    b.add(subject, attribute as ClaimAttribute, value, {
      sentence: x.sentence,
      reason: "scope",
      confidence: r.confidence,
      ...corrected,
    });
    return;
  }
  if (
    f.attribute === "agreements" ||
    f.attribute === "projects" ||
    f.attribute === "growth" ||
    f.attribute === "investmentGrowth" ||
    f.attribute === "share" ||
    f.attribute === "shareTarget"
  ) {
    b.leave(x, [f.text], "noSubject");
    return;
  }
  if (r.kind === "none") {
    // Uncertain: held with its candidates for an admin to pick one (or none).
    const first = r.candidates[0] as ArticleProject;
    b.add(project(first), f.attribute, value, {
      sentence: x.sentence,
      reason: "paragraph",
      confidence: 0,
      candidates: r.candidates.map(project),
      ...corrected,
    });
    return;
  }
  const claim = b.add(project(r.project), f.attribute, value, { ...says(x, r), ...corrected });
  if (claim) b.touched.add(r.project);
}

/** "120 million gloves per year": the capacity of the plant the sentence is about, verbatim. */
function capacitiesIn(
  b: ClaimBuilder,
  x: Mentions,
  subject: ProjectAssigned | undefined,
  next?: string,
): void {
  // What the company makes today ("it produces 30 million packs a year") is no new plant's capacity.
  if (!subject || subject.confidence < PUBLISH_CONFIDENCE || companyAsItIs(x)) return;
  // "Its table said 18.3 million tests a year. That was a mistake.": what a correction withdraws.
  if (retracts(x.sentence.text) || (next && MISTAKE_AFTER.test(next))) return;
  const corrected = isCorrection(x.sentence.text) || b.correctionNotice ? { corrected: true } : {};
  for (const text of capacitiesOf(x.sentence.text))
    if (
      b.add(
        project(subject.project),
        "capacity",
        { kind: "fact", text },
        { ...says(x, subject), ...corrected },
      )
    )
      b.touched.add(subject.project);
}
/** A sentence calling the one before it wrong: "That was a mistake.", «Это ошибка.», «Бұл қате.». */
const MISTAKE_AFTER =
  /^(that|this) (was|is) (a |an )?(mistake|error|misprint|typo)|^(это|то) (была? )?(ошибк|опечатк)\p{L}*|^бұл (қате|қателік)/iu;

/** "four million doses under the deal", «60 мың доза жөнелтілді»: the plant's volumes, verbatim. */
function volumesIn(b: ClaimBuilder, x: Mentions, subject: ProjectAssigned | undefined): void {
  if (!subject || subject.confidence < PUBLISH_CONFIDENCE) return;
  for (const v of volumesOf(x.sentence.text))
    if (b.add(project(subject.project), v.kind, { kind: "fact", text: v.text }, says(x, subject)))
      b.touched.add(subject.project);
}

function sitesOf(b: ClaimBuilder, x: Mentions, subject: ProjectAssigned | undefined, view: Dataset): void {
  if (!subject || subject.confidence < PUBLISH_CONFIDENCE) return;
  const text = x.sentence.text;
  if (!BUILD_CUE.test(text) && !/^(in|в|во)\s/iu.test(text)) return;
  // "opened a regional office in Almaty": where an office is, no plant's site.
  if (OFFICE.test(text) && !PLANT_WORD.test(text.replace(OFFICE, ""))) return;
  for (const place of sitesIn(x, view)) {
    if (b.add(project(subject.project), "site", { kind: "place", place }, says(x, subject)))
      b.touched.add(subject.project);
  }
}

/**
 * A plant known by its place's name («Карагандинский фармацевтический комплекс», "the Pavlodar
 * Pharmaceutical Plant", «Қарағанды фармацевтикалық кешені») is in that place: its site, when the
 * sentence names it as the subject or beside another company.
 */
function namedSiteOf(
  b: ClaimBuilder,
  x: Mentions,
  subject: ProjectAssigned | undefined,
  projects: readonly ArticleProject[],
  view: Dataset,
): void {
  // The sentence's subject, or a plant named by its place beside another company («"Герофарм" и
  // Карагандинский фармацевтический завод подписали …»): its name says where it is either way.
  const named = x.orgs.flatMap((o) => {
    const p = /-plant$/u.test(o.id) ? projects.find((q) => q.company === o.id) : undefined;
    return p ? [p] : [];
  });
  const own = subject && subject.confidence >= PUBLISH_CONFIDENCE ? [subject.project] : [];
  for (const p of new Set([...own, ...named])) {
    const company = p.company;
    if (!/-plant$/u.test(company) || !x.orgs.some((o) => o.id === company)) continue;
    const place = company.replace(/-((bio)?pharmaceutical-)?plant$/u, "");
    if (!view.places.some((q) => q.id === place)) continue;
    const by =
      subject?.project === p
        ? subject
        : {
            kind: "project" as const,
            project: p,
            reason: "clause" as const,
            confidence: 0.95,
            candidates: [p],
          };
    if (b.add(project(p), "site", { kind: "place", place }, says(x, by))) b.touched.add(p);
  }
}

/** A plant of the company's own, beside an office: "a plant and a sales office". */
const PLANT_WORD =
  /(?<!\p{L})(plant|factory|facility|production|завод\p{L}*|фабрик\p{L}*|производств\p{L}*|зауыт\p{L}*|кәсіпорын\p{L}*|өндіріс\p{L}*)(?!\p{L})/iu;

/** A count of projects in a list's lead: "Three new manufacturing projects", «Два новых проекта», «үш жаңа жоба». */
const COUNTED_PROJECTS =
  /(?<!\p{L})(\d+|two|three|four|five|six|seven|eight|nine|ten|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+(\p{L}+\s+){0,3}?(projects|plants|factories|facilities|companies|проект\p{L}*|завод\p{L}*|предприяти\p{L}*|компани\p{L}*|жоба\p{L}*|зауыт\p{L}*|кәсіпорын\p{L}*|компания\p{L}*)/iu;
const NUMBERS: Record<string, number> = Object.fromEntries(
  [
    ["two", "два", "две", "екі"],
    ["three", "три", "үш"],
    ["four", "четыре", "төрт"],
    ["five", "пять", "бес"],
    ["six", "шесть", "алты"],
    ["seven", "семь", "жеті"],
    ["eight", "восемь", "сегіз"],
    ["nine", "девять", "тоғыз"],
    ["ten", "десять", "он"],
  ].flatMap((words, i) => words.map((w) => [w, i + 2])),
);
/** What the projects just counted share with each member named after: talks, or a stop. */
const MEMBER_STAGES: ReadonlySet<string> = new Set(["talks", "suspended", "cancelled"]);
/** Some of a list's projects, not all: "two of them", «из них», «оның ішінде». */
const SOME_OF =
  /(?<!\p{L})(of them|of which|one of|some of|из них|одн[ао] из|некоторы|оның ішінде|біреуі)(?!\p{L})/iu;

/**
 * A list whose lead gives one site for all its projects ("Three new manufacturing projects will be
 * placed in the Ontustik SEZ in Shymkent:" then a bullet per company): an item naming no place of
 * its own is at the lead's site. Only when the lead counts as many projects as the list has items
 * and names one site, never a part of them.
 */
function leadSiteOf(
  b: ClaimBuilder,
  x: Mentions,
  subject: ProjectAssigned | undefined,
  seen: ReadonlyMap<number, Mentions>,
  doc: Article["doc"],
  view: Dataset,
): void {
  if (!subject || subject.confidence < PUBLISH_CONFIDENCE) return;
  const intro = x.sentence.intro;
  if ((x.sentence.part !== "bullet" && x.sentence.part !== "row") || intro === undefined) return;
  const lead = seen.get(intro);
  if (!lead || sitesIn(x, view).length || SOME_OF.test(lead.sentence.text)) return;
  const counted = COUNTED_PROJECTS.exec(lead.sentence.text)?.[1]?.toLowerCase();
  const count = counted ? Number(counted) || NUMBERS[counted] : undefined;
  const items = new Set(
    doc.sentences
      .filter((s) => s.intro === intro && (s.part === "bullet" || s.part === "row"))
      .map((s) => s.block),
  );
  if (!count || count !== items.size) return;
  const sites = sitesIn(lead, view);
  if (sites.length !== 1) return;
  const says = { sentence: lead.sentence, reason: subject.reason, confidence: subject.confidence };
  if (b.add(project(subject.project), "site", { kind: "place", place: sites[0] as string }, says))
    b.touched.add(subject.project);
}

/** The places of a sentence that can be a site: in the country, the most precise of each chain. */
/** An authority named by its place: "the akimat of", «в акимате», «пресс-служба акима». */
const AUTHORITY_BEFORE =
  /(?<!\p{L})(akimat|administration|governor|akim|press service|department|управлени\p{L}*|акимат\p{L}*|аким\p{L}*|администраци\p{L}*|пресс-служб\p{L}*|губернатор\p{L}*)\s+(of\s+(the\s+)?)?$/iu;
/** A place's authority after it: "Almaty Region akimat", «Алматы облысының әкімдігі», «облыс әкімі». */
const AUTHORITY_AFTER =
  /^\p{L}*\s+(region\s+|облысы\p{L}*\s+|қаласы\p{L}*\s+)?(akimat|administration|governor|akim|әкімдіг\p{L}*|әкімі\p{L}*|әкімшілі\p{L}*|акимат\p{L}*)(?!\p{L})/iu;

/** Where an event was held, not a plant: "at the Kazakhstan–France Economic Forum in Astana", «на форуме в Астане». */
const EVENT_BEFORE =
  /(?<!\p{L})(forum|summit|congress|conference|exhibition|expo|форум\p{L}*|саммит\p{L}*|конференци\p{L}*|выставк\p{L}*|көрме\p{L}*)\s+(in|at|в|во)\s+$/iu;

/**
 * Where a document was signed, not a plant: "… signed the implementation plan of the project in
 * Astana", «подписали в Астане меморандум» — a place right after the signing, no plant word between.
 */
function signedThere(before: string): boolean {
  const m = SIGNED_THEN_IN.exec(before);
  return !!m && !BUILT_THERE.test(m[0]);
}
/** Words of a plant built where the place stands: "to build plants in Shymkent", «построить завод в». */
const BUILT_THERE =
  /(?<!\p{L})(plants?|factor(y|ies)|facilit(y|ies)|complex(es)?|build|construct\p{L}*|завод\p{L}*|фабрик\p{L}*|комплекс\p{L}*|стро\p{L}*|зауыт\p{L}*|кешен\p{L}*|салу\p{L}*)(?!\p{L})/iu;
const SIGNED_THEN_IN =
  /(?<!\p{L})(signed|signing|подписал\p{L}*|подписан\p{L}*|подписани\p{L}*|қол қойды|қол қойылды)(?![\s\S]*(?:signed|подпис|қол қой))[^.;]{0,140}\s(in|at|в|во)\s+$/iu;

function sitesIn(x: Mentions, view: Dataset): string[] {
  const text = x.sentence.text;
  const places = new Map(view.places.map((p) => [p.id, p]));
  const inCountry = (id: string) => {
    if (places.get(id)?.kind === "country") return false;
    for (let at: string | null | undefined = id; at; at = places.get(at)?.parent)
      if (places.get(at)?.kind === "country") return true;
    return false;
  };
  const ancestors = (id: string) => {
    const chain: string[] = [];
    for (let at = places.get(id)?.parent; at; at = places.get(at)?.parent) chain.push(at);
    return chain;
  };
  const zone =
    GENERIC_ZONE.test(text) && !x.places.some((p) => places.get(p.id)?.kind === "special economic zone");
  // The dateline ("ASTANA –") is cut from the sentence or is a sentence of its own: never a site.
  // «сообщили в акимате Алматинской области», «Алматы облысының әкімдігі»: who reports, not where.
  // "built by the contractor X, which has built hospitals in Astana": where the builder has worked.
  const builder = (p: { start: number }) => {
    const before = x.orgs.filter((o) => o.end <= p.start).at(-1);
    return before?.role === "contractor";
  };
  const found = x.places
    .filter((p) => !builder(p))
    .filter((p) => !AUTHORITY_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)))
    .filter((p) => !AUTHORITY_AFTER.test(text.slice(p.end)))
    .filter((p) => !EVENT_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start)))
    .filter((p) => !signedThere(text.slice(Math.max(0, p.start - 160), p.start)))
    .map((p) => p.id)
    .filter(inCountry);
  const resolved = found.map((id) => {
    if (!zone || places.get(id)?.kind === "special economic zone") return id;
    const zones = view.places.filter(
      (p) => p.kind === "special economic zone" && p.parent === id && !found.includes(p.id),
    );
    return zones.length === 1 ? (zones[0] as Place).id : id;
  });
  return [...new Set(resolved)].filter((id) => !resolved.some((other) => ancestors(other).includes(id)));
}

function partnersOf(b: ClaimBuilder, x: Mentions, subject: ProjectAssigned | undefined): void {
  if (!subject || subject.confidence < PUBLISH_CONFIDENCE) return;
  for (const o of x.orgs)
    if (o.role === "partner" && !subject.project.orgs.has(o.id))
      b.add(
        project(subject.project),
        "partner",
        { kind: "organisation", organisation: o.id },
        says(x, subject),
      );
}

/** Both of the article's two projects: "both projects", «оба проекта», «екі жоба да». */
const BOTH =
  /(?<!\p{L})(both (projects|plants|facilities)|both of them|оба (проекта|завода|предприятия)|обе (компании|площадки)|екі жоба да|екі зауыт та|екеуі де)(?!\p{L})/iu;
function stageClaims(b: ClaimBuilder, a: Article, x: Mentions, subject: ProjectAssigned | undefined): void {
  const text = x.sentence.text;
  // "The first phase, due to be commissioned in 2028": a plan said of one phase is that phase's.
  const milestones = milestonesOf(text, a.doc.date).map((m) => {
    const at = text.indexOf(m.text);
    const phase = at < 0 ? null : phaseOf(text, { start: at, end: at + m.text.length });
    return phase ? { ...m, phase } : m;
  });
  // "Both projects are due to open by 2028", «Екі жоба да 2028 жылға дейін іске қосылады»: each of the two's.
  const pair = BOTH.test(text) && a.projects.length === 2 && !actingOrgs(x).length ? a.projects : [];
  for (const p of pair)
    for (const milestone of milestones)
      if (
        b.add(
          project(p),
          "milestone",
          { kind: "milestone", ...milestone },
          { sentence: x.sentence, reason: "scope", confidence: 0.8 },
        )
      )
        b.touched.add(p);
  if (subject && subject.confidence >= PUBLISH_CONFIDENCE && !pair.length)
    for (const milestone of milestones)
      if (b.add(project(subject.project), "milestone", { kind: "milestone", ...milestone }, says(x, subject)))
        b.touched.add(subject.project);
  // A list under "Approved projects:" / «Одобренные проекты:»: each item's company has the intro's stage.
  const intro = x.sentence.intro !== undefined ? a.doc.sentences[x.sentence.intro] : undefined;
  const listed = x.sentence.part === "bullet" || x.sentence.part === "row";
  // "The memorandum signed last year had put …": an earlier document recalled is no event of this report.
  const own = recalled(text) ? [] : stagesOf(text, a.doc.date);
  // "the line at Nobel Almaty Pharmaceutical Factory": a host named after "at" is no actor of the event.
  const named = [
    ...new Set(
      actingOrgs(x)
        .map((o) => a.byOrg.get(o.id))
        .filter((p): p is ArticleProject => !!p),
    ),
  ];
  // An item with no company of its own ("- Investment: USD 40 mln …") repeats nothing of its intro's event.
  const inherits = !own.length && listed && !!intro && named.length > 0;
  // "13 projects … are under discussion. One of them is Aksu Biotech's plant", «В их числе – проект
  // …», «Солардың бірі – …»: a member of the projects just counted is at their talks, nothing more.
  const before = a.doc.sentences[x.sentence.index - 1];
  const member =
    !own.length && !inherits && named.length > 0 && ONE_OF_THEM.test(text) && before && !b.talks
      ? stagesOf(before.text, a.doc.date).filter((s) => MEMBER_STAGES.has(s.stage))
      : [];
  const stages = (inherits && intro ? stagesOf(intro.text, a.doc.date) : member.length ? member : own).filter(
    (s) => !milestones.some((m) => m.stage === s.stage),
  );
  if (!stages.length) return;
  const targets = named.length
    ? named.map((p) => ({ p, reason: "sentence" as const, confidence: 0.9 }))
    : a.set && x.sentence.index <= a.set.sentence + 1
      ? a.set.members.map((p) => ({ p, reason: "scope" as const, confidence: 0.85 }))
      : subject && !othersSigned(x, stages)
        ? [{ p: subject.project, reason: subject.reason, confidence: subject.confidence }]
        : [];
  // The cause may follow in the next sentence of the paragraph or item ("The akimat links the pause to …").
  const next = a.doc.sentences[x.sentence.index + 1];
  const linked = next && next.block === x.sentence.block ? linkedCause(next.text) : undefined;
  // «…соглашение с Pfizer ещё только планировалось, с AstraZeneca была достигнута договорённость,
  // а с GE Healthcare заключено рамочное соглашение»: several companies, each in its own clause,
  // each at the stage its clause reports (none when its clause reports none).
  const clauses = named.length >= 2 && own.length && !inherits && !member.length ? ownClauses(x, a) : null;
  if (clauses) {
    for (const [p, found] of clauses)
      for (const stage of found.filter((s) => !milestones.some((m) => m.stage === s.stage))) {
        const value: ClaimValue = {
          kind: "stage",
          stage: stage.stage,
          ...(stage.date ? { date: stage.date } : {}),
        };
        if (b.add(project(p), "stage", value, { sentence: x.sentence, reason: "sentence", confidence: 0.9 }))
          b.touched.add(p);
      }
    return;
  }
  for (const stage of stages) {
    const stopped = stage.stage === "suspended" || stage.stage === "cancelled";
    const because = stage.because ?? (stopped ? linked : undefined);
    const value: ClaimValue = {
      kind: "stage",
      stage: stage.stage,
      ...(stage.date ? { date: stage.date } : {}),
      ...(stage.by ? { by: stage.by } : {}),
      ...(because ? { because } : {}),
    };
    for (const t of targets) {
      if (t.confidence < PUBLISH_CONFIDENCE) continue;
      // A company listed among talks whose project is already signed is not taken back to talks.
      if (stage.stage === "talks" && t.reason === "scope" && b.pastTalks(t.p.project)) continue;
      // "… launched its first line … 'We are ready to invest another …'": talks of a plant this
      // article reports built or running are of a further undertaking, not the plant's stage.
      if ((stage.stage === "talks" || stage.stage === "planned") && builtHere(b, t.p)) continue;
      const says = { sentence: x.sentence, reason: t.reason, confidence: t.confidence };
      if (b.add(project(t.p), "stage", value, says)) b.touched.add(t.p);
    }
  }
}

/** Where a sentence's clauses part: a comma or semicolon, or "and / but / while", «а», «и», «ал», «және». */
const CLAUSE_PARTS = /[,;]|\s(?:and|but|while|whereas|а|и|но|ал|және)\s/giu;

/**
 * Each acting company's own clause and the stages it reports, when the clauses of a sentence
 * naming several companies report different stages; null otherwise.
 */
function ownClauses(x: Mentions, a: Article): Map<ArticleProject, StageReading[]> | null {
  const text = x.sentence.text;
  const cuts = [0, ...[...text.matchAll(CLAUSE_PARTS)].map((m) => m.index), text.length];
  const clauseOf = (at: number) => {
    const i = cuts.findIndex((c, k) => at >= c && at < (cuts[k + 1] ?? text.length));
    return text.slice(cuts[i] ?? 0, cuts[i + 1] ?? text.length);
  };
  const out = new Map<ArticleProject, StageReading[]>();
  for (const o of actingOrgs(x)) {
    const p = a.byOrg.get(o.id);
    if (p && !out.has(p)) out.set(p, stagesOf(clauseOf(o.start), a.doc.date));
  }
  // (Two clauses at least must each report a stage of their own, and differ: "visited AstraZeneca's
  // centre, where a memorandum was signed with AstraZeneca Kazakhstan" is one event of both.)
  const kinds = new Set(
    [...out.values()].filter((found) => found.length).map((found) => found.map((f) => f.stage).join("+")),
  );
  return kinds.size >= 2 ? out : null;
}

/** Whether the article has already reported the project's plant launched or under construction. */
function builtHere(b: ClaimBuilder, p: ArticleProject): boolean {
  return b.claims.some(
    (c) =>
      c.subject.id === p.project &&
      c.value.kind === "stage" &&
      (c.value.stage === "launched" || c.value.stage === "under construction"),
  );
}

/**
 * "The Fund and the Health Ministry signed their cooperation agreement": a signing whose parties
 * are a government body and others, with no word for the article's company ("the company", "the
 * plant", «завод»; a possessive "their" is the signers'), is theirs, never the company's stage.
 */
function othersSigned(x: Mentions, stages: { stage: string }[]): boolean {
  if (!stages.some((s) => s.stage === "signed" || s.stage === "memorandum")) return false;
  if (!x.orgs.some((o) => o.role === "government")) return false;
  // The signing's own clause: "…; under it the complex received …" speaks of someone else after it.
  const clause =
    x.sentence.text.split(";").find((c) => /(sign|подпис|қол қой|memorand|меморандум)/iu.test(c)) ?? "";
  const text = clause.replace(/(?<!\p{L})(its|their|их|его|е[её]|оның|олардың)(?!\p{L})/giu, "");
  return !ANAPHOR.test(text);
}

/** Company, sector, group and spelling claims of the projects the article tells of; the scopes used. */
function finish(b: ClaimBuilder, a: Article, mentions: Mentions[]): void {
  const first = (p: ArticleProject) =>
    mentions.find((x) => x.sentence.index === p.first)?.sentence ??
    mentions.find((x) => b.claims.some((c) => c.subject.id === p.project && c.start === x.sentence.start))
      ?.sentence;
  const kept = b.claims.filter(
    (c) => c.subject.type !== "project" || [...b.touched].some((p) => p.project === c.subject.id),
  );
  b.claims.length = 0;
  b.claims.push(...kept);
  for (const p of b.touched) {
    const s = first(p);
    if (!s) continue;
    const says = { sentence: s, reason: "sentence" as const, confidence: 0.95 };
    b.add(project(p), "company", { kind: "organisation", organisation: p.company }, says);
    const sector = sectorOf(p, mentions);
    if (sector)
      b.add(
        project(p),
        "sector",
        { kind: "sector", sector: sector.sector },
        { ...says, sentence: sector.sentence },
      );
    for (const l of a.m.links)
      if (p.orgs.has(l.to) && l.to !== p.company) {
        const at = mentions[l.sentence]?.sentence;
        if (at)
          b.add(
            project(p),
            "affiliate",
            { kind: "organisation", organisation: l.to },
            { ...says, sentence: at },
          );
      }
    for (const o of p.orgs)
      if (o !== p.company && !a.m.links.some((l) => l.to === o)) {
        const at = mentions.find(
          (x) => x.sentence.part !== "headline" && x.orgs.some((m) => m.id === o),
        )?.sentence;
        if (at)
          b.add(
            project(p),
            "affiliate",
            { kind: "organisation", organisation: o },
            { ...says, sentence: at },
          );
      }
    for (const sp of a.m.spellings)
      if (p.orgs.has(sp.organisation)) {
        const at = mentions[sp.sentence]?.sentence;
        if (at && at.part !== "headline")
          b.add(
            project(p),
            "alias",
            { kind: "name", organisation: sp.organisation, name: sp.name },
            { ...says, sentence: at },
          );
      }
  }
  for (const [id, { ref, sentence }] of b.scopes) {
    const set = ref.kind === "set" && a.set && a.set.scope === id ? a.set : undefined;
    const partners =
      ref.label === "joint"
        ? ref.members?.map((p) => a.m.orgs.get(p.company)?.name.en ?? p.company)
        : undefined;
    const at = set ? (mentions[set.sentence]?.sentence ?? sentence) : sentence;
    b.add(
      { type: "scope", id },
      "scope",
      scopeValue(
        ref,
        set,
        a.m.orgs.get(ref.organisation ?? "")?.name.en,
        b.placeName(ref.place),
        a.doc.source.title,
        partners,
      ),
      {
        sentence: at,
        reason: "scope",
        confidence: 0.9,
      },
    );
  }
}

/** A company's own figures are named for what they count: invested so far, or the total planned. */
function companyName(company: string, planned: boolean): Names {
  return planned
    ? {
        en: `${company}’s total investment once the project is complete`,
        ru: `общий объём инвестиций ${company} с учётом проекта`,
        kk: `${company} жобамен бірге салатын инвестицияның жалпы көлемі`,
      }
    : {
        en: `${company}’s own investment so far`,
        ru: `инвестиции ${company}, уже вложенные`,
        kk: `${company} осы уақытқа дейін салған инвестиция`,
      };
}

/** What an event's total counts, named by the article's own word for it ("forum", «круглого стола»). */
function eventName(word: string): Names {
  return {
    en: `the agreements signed together (“${word}”), not one company’s`,
    ru: `соглашения, подписанные вместе («${word}»), а не одной компании`,
    kk: `бірге қол қойылған келісімдер («${word}»), бір компанияныкі емес`,
  };
}

const ORDINALS: Record<number, Names> = {
  1: { en: "first", ru: "первая", kk: "бірінші" },
  2: { en: "second", ru: "вторая", kk: "екінші" },
  3: { en: "third", ru: "третья", kk: "үшінші" },
};

/** One phase of a company's project, named as such: "Aral Biotech’s project, first phase". */
function phaseName(company: string, n: number): Names {
  const o = ORDINALS[n] ?? (ORDINALS[1] as Names);
  return {
    en: `${company}’s project, ${o.en} phase only`,
    ru: `${company}: только ${o.ru} очередь проекта`,
    kk: `${company}: жобаның тек ${o.kk} кезеңі`,
  };
}

/** A region's projects of one sector, as the article counts them: "Kostanay Region’s pharmaceutical projects". */
function sectorOfRegion(place: Names): Names {
  return {
    en: `${place.en}’s pharmaceutical projects`,
    ru: `фармацевтические проекты региона: ${place.ru ?? place.en}`,
    kk: `${place.kk ?? place.en}: фармацевтика жобалары`,
  };
}

/** Projects a report counts together without naming them ("5 projects worth 3.5 billion"): named by the report. */
/** A joint project named by its partners: "the joint project of Hetero Labs and Dosfarm". */
function jointName(partners: string[]): Names {
  const [last, ...rest] = [...partners].reverse();
  const list = (and: string) => (rest.length ? `${rest.reverse().join(", ")} ${and} ${last}` : (last ?? ""));
  return {
    en: `the joint project of ${list("and")}`,
    ru: `совместный проект ${list("и")}`,
    kk: `${list("мен")} бірлескен жобасы`,
  };
}

function reportedTogether(title: string): Names {
  return {
    en: `the projects counted together in “${title}”`,
    ru: `проекты, учтённые вместе в материале «${title}»`,
    kk: `«${title}» материалында бірге есептелген жобалар`,
  };
}

function scopeValue(
  ref: ScopeRef,
  set: Article["set"],
  company?: string,
  place?: Names,
  title?: string,
  partners?: string[],
): ClaimValue {
  const phase = ref.label?.startsWith("phase-") ? Number(ref.label.slice(6)) : 0;
  const name =
    (partners ? jointName(partners) : undefined) ??
    set?.name ??
    (ref.kind === "set" && title ? reportedTogether(title) : undefined) ??
    (ref.kind === "region" && ref.label && place ? sectorOfRegion(place) : undefined) ??
    (ref.kind === "event" ? eventName(ref.label ?? "") : undefined) ??
    (ref.kind === "company" && company
      ? phase
        ? phaseName(company, phase)
        : companyName(company, ref.label === "planned")
      : undefined);
  return {
    kind: "scope",
    scope: ref.kind,
    ...(ref.place ? { place: ref.place } : {}),
    ...(ref.organisation ? { organisation: ref.organisation } : {}),
    ...(ref.members ? { members: ref.members.map((p) => p.project) } : {}),
    ...(set?.agreement ? { agreement: set.agreement } : {}),
    ...(name ? { name } : {}),
    ...(set ? { stage: set.stage } : {}),
  };
}
