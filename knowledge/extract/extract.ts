import { type Claim, type ClaimAttribute, type ClaimValue, claimId } from "../claims.js";
import { PhraseIndex } from "../phrases.js";
import type { Dataset, Lang, Organisation, Place, ProjectStage, Source } from "../schema.js";
import { type Sentence, splitSentences } from "../sentences.js";
import { detectLang, normalize } from "../text.js";
import { type FigureMention, findFigures } from "./figures.js";
import { findNames, nameAliases, organisationId } from "./names.js";

/**
 * The offline extractor: claims from one source, sentence by sentence. A figure is attached to
 * the project the sentence names, or, for "The plant will employ …" / "Завод …" / "Зауыт …", to
 * the project its paragraph is about (or the article's only project). A sentence naming several
 * companies, or none in a paragraph about none, attaches nothing: a figure left out is better
 * than a figure given to the wrong company. Every claim quotes its whole sentence verbatim.
 */

export type LeftOutReason = "noSubject" | "severalSubjects" | "noUnit" | "notInvestment";

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

/** Kinds of organisation that never own a project here (they sign, approve or host). */
const NOT_COMPANIES = new Set(["ministry", "government", "city administration", "investment agency"]);

const INVESTMENT_CUE =
  /(?<!\p{L})(invest|cost|worth|valued|capital|fund|financ|put\s|allocat|spend|инвест|вложен|вложит|вложат|стоимост|обойд|оценива|финансир|капитал|инвестиц|салым|құны|құн\s|қаржы|бөлін|жұмса)/iu;
const NOT_INVESTMENT_CUE =
  /(?<!\p{L})(production volume|output|market|revenue|sales|export|import|turnover|tax|salar|wage|объ[её]м производства|производств\p{L}* состав|рын(ок|к)|экспорт|импорт|выручк|продаж|налог|зарплат|өндіріс\p{L}* көлем|нарық|экспорт|импорт|салық|жалақы)/iu;
const PARTNER_CUE =
  /(?<!\p{L})(in partnership with|in cooperation with|in collaboration with|together with|jointly with|partners?\b|совместно с|в партн[её]рстве с|в сотрудничестве с|при участии|партн[её]р|бірлесіп|серіктес|әріптес)/iu;
/** A sentence that opens on the project it continues about: "The company will …", "Завод …", "Зауыт …". */
const ANAPHOR =
  /^(\p{L}+,\s+)?(the (company|plant|facility|factory|project|enterprise|complex|firm|investor)|it|its|this (plant|project|facility|company)|завод|предприятие|компания|проект|фабрика|комплекс|инвестор|он[аои]?|(зауыт|кәсіпорын|компания|жоба)\p{L}*|ол)(?!\p{L})/iu;
/** Words of a sentence about the project itself, and of one about the country or the industry. */
const PROJECT_WORD =
  /(plant|facility|factory|project|complex|enterprise|company|investor|production line|new line|workshop|завод|предприяти|проект|фабрик|комплекс|компани|инвестор|цех|линия|зауыт|кәсіпорын|жоба|компания|желі)/iu;
const NATIONAL_WORD =
  /(nationwide|industry|market|sector|country|domestic producers|manufacturers operate|отрасл|рын(ок|ке|ка)|стран[аеыу]|по всей|отечественн\p{L}* производител|сала\p{L}*|нарық|елімізде|отандық өндіруш)/iu;
/** A sentence naming no company continues about the article's project only if it speaks of it. */
const continuesProject = (text: string) => PROJECT_WORD.test(text) && !NATIONAL_WORD.test(text);
const JOINT_CUE = /(?<!\p{L})(joint|совместн|бірлескен|бірлесіп|together)/iu;
const BUILD_CUE =
  /(?<!\p{L})(build|construct|establish|locat|plant|factory|facility|complex|site|production|produce|open|launch|строит|построй|постро|завод|фабрик|комплекс|предприяти|производств|размест|располож|откро|запуст|зауыт|кәсіпорын|өндіріс|сал(у|ын|ад)|орналас|ашыл|іске қос)/iu;
const SIGNED_CUE =
  /(?<!\p{L})(signed|have signed|has signed|подписа|подписан|қол қой|approv\p{L}* (the )?investment agreement)/iu;
/** "not yet signed", "пока не подписано", "қол қойылмаған": a signing that has not happened. */
const NOT_SIGNED_CUE =
  /(?<!\p{L})(not (yet )?(been )?signed|yet to (be )?sign|has not signed|have not signed|не подписа|пока не подпис|қол қойылма|қол қойған жоқ)/iu;
const TALKS_CUE =
  /(?<!\p{L})(ready to invest|is ready|are ready|intends|intention|considering|discuss|talks|negotiat|готов\p{L}* (инвест|вложить|построить)|намерен|рассматрива|обсуди|обсужд|переговор|встретил|дайын|ниет|келіссөз|талқыла|кездес)/iu;
const PLANNED_CUE =
  /(?<!\p{L})(will build|plans to|planned|is building|will construct|will establish|построит|построят|планиру|будет построен|салады|салынады|жоспар)/iu;

/** A day of the month follows its month ("Jan. 22", "26 января" is caught by the year rule's absence). */

const MONTHS =
  "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан";
/** A day of the month follows its month ("Jan. 22"). */
const MONTH_BEFORE = new RegExp(`(${MONTHS})\\p{L}*\\.?\\s*$`, "iu");
/** "10 қыркүйек", "26 января", "5 March": a date, not a count. */
const MONTH_AFTER = new RegExp(`^(-?\\p{L}{1,3})?\\s+(${MONTHS})`, "iu");

interface Token {
  norm: string;
  start: number;
  end: number;
}

/** Words of a sentence with offsets, normalised one by one as the phrase index expects. */
function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu)) {
    const norm = normalize(m[0]);
    const start = m.index ?? 0;
    if (norm && !(norm === "s" && /['’]$/.test(text.slice(0, start)))) {
      for (const part of norm.split(" ")) out.push({ norm: part, start, end: start + m[0].length });
    }
  }
  return out;
}

interface Subject {
  organisation: string;
  project: string;
  /** A joint partner named with it ("MSN Group и «КФК МЕДСЕРВИС ПЛЮС»"). */
  joint?: string;
}

type Mention = { kind: "org" | "place"; id: string; start: number; end: number };

class Matcher {
  /** Articles spell names as published: stems and inflections are matched, typos are not looked for. */
  private readonly index = new PhraseIndex<string>({ typos: false });
  constructor(organisations: readonly Organisation[], places: readonly Place[]) {
    for (const o of organisations) this.addOrganisation(o);
    for (const p of places) {
      if (p.kind === "country") continue;
      this.index.add(`place:${p.id}`, [p.name.en, p.name.ru ?? "", p.name.kk ?? "", ...p.aliases]);
    }
  }
  addOrganisation(o: Organisation): void {
    this.index.add(`org:${o.id}`, [o.name.en, o.name.ru ?? "", o.name.kk ?? "", ...o.aliases]);
  }
  find(tokens: Token[], taken: boolean[]): Mention[] {
    return this.index
      .find(
        tokens.map((t) => t.norm),
        { exclusive: true, taken },
      )
      .map((m) => {
        const [kind, id] = m.key.split(":") as ["org" | "place", string];
        return { kind, id, start: (tokens[m.start] as Token).start, end: (tokens[m.end - 1] as Token).end };
      });
  }
}

/** Generic "Special Economic Zone" / "СЭЗ" / "арнайы экономикалық аймақ" without a zone's own name. */
const GENERIC_ZONE =
  /(special economic zone|\bSEZ\b|СЭЗ|специальн\p{L}* экономическ\p{L}* зон\p{L}*|арнайы экономикалық аймақ\p{L}*)/iu;

export function extractClaims(source: Source, view: Dataset): Extraction {
  const lang = detectLang(source.body.slice(0, 3000));
  const places = new Map(view.places.map((p) => [p.id, p]));
  const orgs = new Map(view.organisations.map((o) => [o.id, o]));
  const matcher = new Matcher(view.organisations, view.places);
  const projectOf = new Map(view.projects.map((p) => [p.company, p.id]));
  const created: Organisation[] = [];
  const government = new Set(view.organisations.filter((o) => NOT_COMPANIES.has(o.kind)).map((o) => o.id));
  /** A place inside the country (the gazetteer's root), not the country itself nor abroad (Cambridge). */
  const inKazakhstan = (id: string) => {
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

  const sentences = splitSentences(source.body);
  type Read = { sentence: Sentence; mentions: Mention[]; subjects: Subject[]; partners: string[] };

  /** Organisations in a sentence, new names registered on the way. */
  const read = (sentence: Sentence): Omit<Read, "subjects" | "partners"> & { orgIds: string[] } => {
    const tokens = tokensOf(sentence.text);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const mentions: Mention[] = [];
    for (const name of findNames(sentence.text, sentence.title)) {
      const inside = tokens
        .map((t, i) => ({ t, i }))
        .filter(({ t }) => t.start >= name.start && t.end <= name.end);
      const known = matcher.find(
        inside.map(({ t }) => t),
        inside.map(() => false),
      );
      const knownOrg = known.find((m) => m.kind === "org");
      let id = knownOrg?.id;
      if (!id) {
        // A place is no company ("… in Almaty will create …").
        const places = known.filter((m) => m.kind === "place");
        if (inside.every(({ t }) => places.some((m) => m.start <= t.start && t.end <= m.end))) continue;
        id = organisationId(name.name);
        if (!orgs.has(id)) {
          const org: Organisation = {
            id,
            kind: name.government ? "government" : "pharmaceutical company",
            name: { en: name.name, ru: name.name, kk: name.name },
            aliases: nameAliases(name.name, sentence.text.slice(name.start, name.end), (w) =>
              matcher.find(tokensOf(w), [false]).some((m) => m.kind === "place"),
            ),
          };
          orgs.set(id, org);
          created.push(org);
          matcher.addOrganisation(org);
          if (name.government) government.add(id);
        }
      }
      for (const { i } of inside) taken[i] = true;
      mentions.push({ kind: "org", id, start: name.start, end: name.end });
    }
    mentions.push(...matcher.find(tokens, taken));
    mentions.sort((a, b) => a.start - b.start);
    const orgIds = [
      ...new Set(mentions.filter((m) => m.kind === "org" && !government.has(m.id)).map((m) => m.id)),
    ];
    return { sentence, mentions, orgIds };
  };

  /** A company named as the joint partner of another stands for their one joint project. */
  const jointOf = new Map<string, Subject>();
  const subjectFor = (organisation: string): Subject =>
    jointOf.get(organisation) ?? {
      organisation,
      project: projectOf.get(organisation) ?? `${organisation}-project`,
    };

  /** Who a sentence is about: its companies outside partner phrases; partners are listed apart. */
  const classify = (r: ReturnType<typeof read>): Read => {
    const cue = PARTNER_CUE.exec(r.sentence.text);
    const withAt = cue ? r.sentence.text.lastIndexOf(" with ", cue.index) : -1;
    const partnerFrom = cue
      ? cue[0].toLowerCase().startsWith("partner") && withAt >= 0
        ? withAt
        : cue.index
      : Infinity;
    const orgMentions = r.mentions.filter((m) => m.kind === "org" && !government.has(m.id));
    const partners = [...new Set(orgMentions.filter((m) => m.start >= partnerFrom).map((m) => m.id))];
    let candidates = [...new Set(orgMentions.filter((m) => m.start < partnerFrom).map((m) => m.id))];
    // "X will act as the technology partner", "with Nobel İlaç as the strategic partner": a company
    // without a project of its own named in a sentence about partnership is a partner, not the subject.
    if (cue) {
      const partnerOnly = (id: string) => !projectOf.has(id);
      const bareNoun = /^(partner|партн|серіктес|әріптес)/iu.test(cue[0]);
      if (bareNoun || candidates.every((id) => orgs.get(id)?.kind === "partner company")) {
        partners.push(...candidates.filter(partnerOnly));
        candidates = candidates.filter((id) => !partnerOnly(id));
      }
    }
    let subjects: Subject[];
    if (candidates.length === 2) {
      const [a, b] = candidates as [string, string];
      const between = r.sentence.text.slice(
        orgMentions.find((m) => m.id === a)?.end ?? 0,
        orgMentions.find((m) => m.id === b)?.start ?? 0,
      );
      const joined = /^\s*(,?\s*(and|и|және|мен|with|с)\s+)/iu.test(between) || between.trim().length < 40;
      const bothNew = !projectOf.has(a) && !projectOf.has(b);
      if (joined && (JOINT_CUE.test(r.sentence.text) || bothNew)) {
        const subject = { ...subjectFor(a), joint: b };
        jointOf.set(b, subject);
        subjects = [subject];
      } else subjects = [...new Map(candidates.map(subjectFor).map((x) => [x.project, x])).values()];
    } else subjects = [...new Map(candidates.map(subjectFor).map((x) => [x.project, x])).values()];
    return { ...r, subjects, partners };
  };

  const reads = sentences.map((s) => classify(read(s)));
  // The article's only subject, for sentences of a paragraph that names none.
  const all = new Map<string, Subject>();
  for (const r of reads)
    if (r.subjects.length === 1) all.set((r.subjects[0] as Subject).project, r.subjects[0] as Subject);
  const several = reads.some((r) => r.subjects.length > 1 && !r.sentence.title);
  const only = all.size === 1 && !several ? [...all.values()][0] : undefined;

  const claims: Claim[] = [];
  const ids = new Set<string>();
  const told = new Set<string>();
  const leftOut: LeftOut[] = [];
  const touched = new Map<string, Subject>();
  const stageOf = new Map<string, { stage: ProjectStage; sentence: Sentence }>();
  const companySentence = new Map<string, Sentence>();
  const add = (subject: Subject, attribute: ClaimAttribute, value: ClaimValue, s: Sentence) => {
    const base = {
      subject: { type: "project" as const, id: subject.project },
      attribute,
      value,
      source: source.id,
      start: s.start,
    };
    const id = claimId(base);
    // A site, partner or company told twice is one claim: the first sentence that says it.
    const said = `${subject.project}|${attribute}|${JSON.stringify(value)}`;
    if (ids.has(id) || (value.kind !== "figure" && told.has(said))) return;
    ids.add(id);
    told.add(said);
    claims.push({
      ...base,
      id,
      quote: s.text,
      end: s.end,
      date: source.date,
      method: "extracted",
      status: "active",
    });
  };

  /** The project the current paragraph is about: undefined before one is named, null when several are. */
  let paragraph: Subject | null | undefined;
  /** The latest project named alone, for "The company will …" opening a later paragraph. */
  let latest: Subject | undefined;
  for (const r of reads) {
    const s = r.sentence;
    if (s.paragraphStart) paragraph = undefined;
    if (r.subjects.length === 1) paragraph = latest = r.subjects[0] as Subject;
    else if (r.subjects.length > 1) {
      paragraph = null;
      latest = undefined;
    }
    for (const subject of r.subjects)
      if (!companySentence.has(subject.project)) companySentence.set(subject.project, s);
    if (s.title) continue;
    const subject: Subject | undefined =
      r.subjects.length === 1
        ? r.subjects[0]
        : r.subjects.length
          ? undefined
          : paragraph === undefined
            ? continuesProject(s.text) || r.partners.length > 0
              ? ((ANAPHOR.test(s.text) ? latest : undefined) ?? only)
              : undefined
            : (paragraph ?? undefined);

    const { figures, bare } = findFigures(s.text, lang);
    const money = (f: FigureMention) => f.attribute === "investmentKzt" || f.attribute === "investmentUsd";
    const kept: FigureMention[] = [];
    const notInvestment: string[] = [];
    for (const f of figures) {
      if (money(f) && NOT_INVESTMENT_CUE.test(s.text) && !INVESTMENT_CUE.test(s.text))
        notInvestment.push(f.text);
      else kept.push(f);
    }
    if (notInvestment.length)
      leftOut.push({ quote: s.text, start: s.start, figures: notInvestment, reason: "notInvestment" });
    if (kept.length && !subject) {
      leftOut.push({
        quote: s.text,
        start: s.start,
        figures: kept.map((f) => f.text),
        reason: r.subjects.length > 1 || paragraph === null ? "severalSubjects" : "noSubject",
      });
    }
    const counts = bare
      .filter((b) => !MONTH_AFTER.test(s.text.slice(b.start + b.text.length)))
      .filter(
        (b) =>
          !/^(19|20)\d\d$/.test(b.text) &&
          !(Number(b.text) <= 31 && MONTH_BEFORE.test(s.text.slice(0, b.start))),
      );
    if (counts.length && (subject || kept.length)) {
      leftOut.push({ quote: s.text, start: s.start, figures: counts.map((b) => b.text), reason: "noUnit" });
    }
    if (r.subjects.length > 1 && SIGNED_CUE.test(s.text) && !NOT_SIGNED_CUE.test(s.text)) {
      for (const each of r.subjects)
        if (!stageOf.has(each.project)) stageOf.set(each.project, { stage: "signed", sentence: s });
    }
    if (!subject) continue;

    // One value per attribute and sentence: a second one ("from 150 to 180") keeps the last.
    const last = new Map<string, FigureMention>();
    for (const f of kept) last.set(f.attribute, f);
    for (const f of last.values()) {
      add(
        subject,
        f.attribute,
        { kind: "figure", value: f.value, text: f.text, unit: f.unit, qualifier: f.qualifier },
        s,
      );
      touched.set(subject.project, subject);
    }

    // Sites: places in Kazakhstan in a sentence about building or locating the project.
    if (BUILD_CUE.test(s.text) || /^(in|в|во)\s/iu.test(s.text)) {
      // Proper names are capitalised in an article: "oral medicines" is not the city of Oral.
      const found = r.mentions
        .filter((m) => m.kind === "place" && inKazakhstan(m.id) && /[\p{Lu}«"“]/u.test(s.text[m.start] ?? ""))
        .map((m) => m.id);
      const zone = GENERIC_ZONE.exec(s.text);
      const resolved = found.map((id) => {
        if (!zone || places.get(id)?.kind === "special economic zone") return id;
        const zones = view.places.filter((p) => p.kind === "special economic zone" && p.parent === id);
        return zones.length === 1 ? (zones[0] as Place).id : id;
      });
      const precise = [...new Set(resolved)].filter(
        (id) => !resolved.some((other) => ancestors(other).includes(id)),
      );
      for (const place of precise) {
        add(subject, "site", { kind: "place", place }, s);
        touched.set(subject.project, subject);
      }
    }
    for (const p of r.partners)
      if (p !== subject.organisation) add(subject, "partner", { kind: "organisation", organisation: p }, s);
    if (subject.joint) add(subject, "partner", { kind: "organisation", organisation: subject.joint }, s);

    const stage: ProjectStage | null = NOT_SIGNED_CUE.test(s.text)
      ? "talks"
      : SIGNED_CUE.test(s.text)
        ? "signed"
        : TALKS_CUE.test(s.text)
          ? "talks"
          : PLANNED_CUE.test(s.text)
            ? "planned"
            : null;
    const rank = { planned: 0, talks: 1, signed: 2 } as const;
    const had = stageOf.get(subject.project);
    if (stage && (!had || rank[stage] > rank[had.stage]))
      stageOf.set(subject.project, { stage, sentence: s });
  }

  // A project exists once a figure or a site is attached to it; partners and stage only then count.
  const kept = claims.filter((c) => touched.has(c.subject.id));
  claims.length = 0;
  claims.push(...kept);
  for (const [project, subject] of touched) {
    const named = companySentence.get(project);
    const sentence = named && !named.title ? named : undefined;
    const first =
      sentence ?? sentences.find((x) => claims.some((c) => c.subject.id === project && c.start === x.start));
    if (first) add(subject, "company", { kind: "organisation", organisation: subject.organisation }, first);
    const stage = stageOf.get(project);
    if (stage) add(subject, "stage", { kind: "stage", stage: stage.stage }, stage.sentence);
  }
  const used = new Set(
    claims.flatMap((c) => (c.value.kind === "organisation" ? [c.value.organisation] : [])),
  );
  return {
    lang,
    organisations: created.filter((o) => used.has(o.id)),
    claims,
    leftOut: leftOut.sort((a, b) => a.start - b.start),
  };
}
