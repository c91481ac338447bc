import type { Dataset, InvestmentProject, Names, ProjectStage } from "../schema.js";
import type { Document } from "./document.js";
import type { MentionResult, Mentions } from "./mentions.js";
import { stageOf } from "./stages.js";

/** A plant or venture of several companies: "a joint insulin plant", «совместное предприятие», «бірлескен кәсіпорын». */
export const JOINT = /(?<!\p{L})(joint|jointly|совместн\p{L}*|СП|бірлескен|бірлесіп)(?!\p{L})/u;
/** Two companies agreeing to build one plant: "A and B agreed to build an insulin plant", «договорились построить завод». */
export const ONE_PLANT_OF_TWO =
  /(?<!\p{L})((agreed|agree)\s+to\s+(jointly\s+)?(build|set up|open|launch|construct)\s+an?\s|договорились\s+(построить|создать|открыть)|договорились о строительстве)/iu;

/**
 * The article's projects: which organisations it tells of as companies with an undertaking, how
 * several of them are one group (a plant's operator, a subsidiary, another spelling), and which
 * project each group's figures belong to — the view's project of the same company at a
 * compatible place and time, or a new one (the same company years later, or at another place,
 * is another project). Also the set of projects the article announces together, when it names
 * several companies in one decision or list.
 */

export interface ArticleProject {
  project: string;
  /** The company the project is recorded under. */
  company: string;
  /** The article's organisations of this group. */
  orgs: Set<string>;
  existing: boolean;
  /** The first body sentence that names it, or -1 when only the headline does. */
  first: number;
}

export interface AnnouncedSet {
  members: ArticleProject[];
  /** The sentence that names them together. */
  sentence: number;
  /** An existing scope (or curated agreement) with the same members, whose id the set keeps. */
  scope: string;
  agreement?: string;
  existing: boolean;
  name: Names;
  /** The event that names them together: an approval, a signing, or talks still under way. */
  stage: ProjectStage;
}

export interface Article {
  doc: Document;
  m: MentionResult;
  projects: ArticleProject[];
  byOrg: Map<string, ArticleProject>;
  set?: AnnouncedSet;
}

/** Reports more than this many years apart tell of different undertakings of one company. */
const SAME_PROJECT_YEARS = 3;

/** Words of building or placing a plant: a place in their sentence is a site ("a smelter near Ekibastuz"). */
export const BUILD_CUE =
  /(?<!\p{L})(build|construct|establish|locat|plant|factory|facility|complex|site|production|produce|open|launch|expan|put up|set up|smelter|mill|строит|построй|постро|завод|фабрик|комплекс|предприяти|производств|выпуск|manufactur|шығар|размест|располож|откро|запуст|расшир|зауыт|кәсіпорын|өндіріс|кешен|сал(у|ын|ад)|орналас|ашыл|іске қос|кеңейт)/iu;

class Groups {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x);
    if (!p || p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** The view's projects an organisation belongs to (as their company or one of its group). */
export function projectsOfOrg(view: Dataset, org: string): InvestmentProject[] {
  return view.projects.filter((p) => p.company === org || p.affiliates?.includes(org));
}

function ancestry(view: Dataset, id: string): string[] {
  const out: string[] = [];
  for (
    let at: string | null | undefined = id;
    at && !out.includes(at);
    at = view.places.find((p) => p.id === at)?.parent
  )
    out.push(at);
  return out;
}

/** Two sets of places that could be one site: one empty, or one place inside (or equal to) another. */
function compatible(view: Dataset, a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  // An unnamed zone ("the Special Economic Zone" in Almaty) may be any of its city's named ones.
  const named = (id: string) => {
    const place = view.places.find((p) => p.id === id);
    return place?.unnamed && place.parent ? place.parent : id;
  };
  return a
    .map(named)
    .some((x) => b.map(named).some((y) => ancestry(view, x).includes(y) || ancestry(view, y).includes(x)));
}

const years = (a: string | null | undefined, b: string | null) =>
  a && b ? Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) : 0;

export function readArticle(doc: Document, m: MentionResult, view: Dataset): Article {
  const groups = new Groups();
  for (const l of m.links) groups.union(l.from, l.to);
  const named = new Map<string, number>();
  for (const x of m.mentions) {
    for (const o of x.orgs) {
      if (o.role !== "company") continue;
      const first = x.sentence.part === "headline" ? -1 : x.sentence.index;
      if (!named.has(o.id) || (named.get(o.id) === -1 && first >= 0)) named.set(o.id, first);
    }
  }
  // Organisations of one existing project are one group.
  for (const org of named.keys())
    for (const p of projectsOfOrg(view, org))
      for (const other of named.keys())
        if (p.company === other || p.affiliates?.includes(other)) groups.union(org, other);
  headlinePlant(named, m, view, groups);
  const byRoot = new Map<string, string[]>();
  for (const org of named.keys())
    byRoot.set(groups.find(org), [...(byRoot.get(groups.find(org)) ?? []), org]);
  const projects: ArticleProject[] = [];
  const taken = new Set(view.projects.map((p) => p.id));
  for (const orgs of byRoot.values()) {
    const places = placesOf(m.mentions, new Set(orgs));
    const project = projectFor(view, orgs, places, doc.date, taken);
    const first = Math.min(...orgs.map((o) => named.get(o) ?? -1).filter((n) => n >= 0));
    projects.push({ ...project, orgs: new Set(orgs), first: Number.isFinite(first) ? first : -1 });
  }
  projects.sort((a, b) => (a.first < 0 ? 1e9 : a.first) - (b.first < 0 ? 1e9 : b.first));
  const byOrg = new Map<string, ArticleProject>();
  for (const p of projects) for (const o of p.orgs) byOrg.set(o, p);
  const article: Article = { doc, m, projects, byOrg };
  const set = announcedSet(article, view);
  return set ? { ...article, set } : article;
}

/**
 * "Павлодарский завод медицинских изделий …" in the headline, and in the body one company building
 * a plant in that region: the headline's plant, named by its place alone and never again, is that
 * company's plant, not a second subject for the body's figures.
 */
function headlinePlant(named: Map<string, number>, m: MentionResult, view: Dataset, groups: Groups): void {
  const plants = [...named].filter(
    ([org, first]) =>
      first === -1 && view.places.some((p) => `${p.id}-plant` === org) && !projectsOfOrg(view, org).length,
  );
  const roots = new Set([...named].filter(([, first]) => first >= 0).map(([org]) => groups.find(org)));
  if (plants.length !== 1 || roots.size !== 1) return;
  const [plant] = plants[0] as [string, number];
  const place = plant.slice(0, -"-plant".length);
  const [root] = [...roots] as [string];
  const body = placesOf(m.mentions, new Set([...named.keys()].filter((o) => groups.find(o) === root)));
  if (!body.some((p) => compatible(view, [p], [place]))) return;
  groups.union(root, plant);
  // The company, named first in the body, is the project's; the plant goes last in its group.
  named.delete(plant);
  named.set(plant, -1);
}

/** Places of the sentences that name a group's organisations and speak of building. */
function placesOf(mentions: Mentions[], orgs: Set<string>): string[] {
  const out = new Set<string>();
  for (const x of mentions) {
    if (x.sentence.part === "headline" || !BUILD_CUE.test(x.sentence.text)) continue;
    const mine = x.orgs.filter((o) => o.role === "company");
    if (!mine.length || !mine.every((o) => orgs.has(o.id))) continue;
    for (const p of x.places) out.add(p.id);
  }
  return [...out];
}

function projectFor(
  view: Dataset,
  orgs: string[],
  places: string[],
  date: string | null,
  taken: Set<string>,
): { project: string; company: string; existing: boolean } {
  const candidates = [...new Set(orgs.flatMap((o) => projectsOfOrg(view, o)))].filter(
    (p) =>
      compatible(
        view,
        p.sites.map((s) => s.place),
        places,
      ) && years(p.reported, date) <= SAME_PROJECT_YEARS,
  );
  const found = candidates.sort((a, b) => (b.reported ?? "").localeCompare(a.reported ?? ""))[0];
  if (found) return { project: found.id, company: found.company, existing: true };
  const company = orgs[0] as string;
  let id = `${company}-project`;
  if (taken.has(id)) id = `${company}-${places[0] ?? date?.slice(0, 4) ?? "2"}`;
  for (let n = 2; taken.has(id); n++) id = `${company}-project-${n}`;
  taken.add(id);
  return { project: id, company, existing: false };
}

const MONTHS_EN =
  "January February March April May June July August September October November December".split(" ");
const MONTHS_RU = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split(
  " ",
);
const MONTHS_RU_NOMINATIVE =
  "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(" ");
const MONTHS_KK_NOMINATIVE =
  "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(" ");
const MONTHS_KK =
  "қаңтарда ақпанда наурызда сәуірде мамырда маусымда шілдеде тамызда қыркүйекте қазанда қарашада желтоқсанда".split(
    " ",
  );

const COUNT_WORDS: Record<string, string[]> = {
  en: "two three four five six seven eight nine ten".split(" "),
  ru: "два три четыре пять шесть семь восемь девять десять".split(" "),
  kk: "екі үш төрт бес алты жеті сегіз тоғыз он".split(" "),
};
/** "four", «четыре», «төрт»: a set's size in words (a name states no figure of its own). */
const countWord = (n: number, lang: "en" | "ru" | "kk") => COUNT_WORDS[lang]?.[n - 2] ?? "";

/** "the four projects announced in January 2026", in each language. */
function setName(count: number, date: string | null): Names {
  const [y, mo] = (date ?? "").split("-").map(Number);
  const when = (months: string[], fmt: (m: string, y: number) => string) =>
    y && mo ? ` ${fmt(months[mo - 1] as string, y)}` : "";
  return {
    en: `the ${countWord(count, "en")} projects announced together${when(MONTHS_EN, (m, yy) => `in ${m} ${yy}`)}`.replace(
      "  ",
      " ",
    ),
    ru: `${countWord(count, "ru")} ${count <= 4 ? "проекта" : "проектов"}, объявленные вместе${when(MONTHS_RU, (m, yy) => `в ${m} ${yy} года`)}`.trim(),
    kk: `${y && mo ? `${y} жылы ${MONTHS_KK[mo - 1]} ` : ""}бірге жарияланған ${countWord(count, "kk")} жоба`.replace(
      "  ",
      " ",
    ),
  };
}

/** "talks with 7 companies (June 2022)": a set of talks is named as talks, never as projects agreed. */
function talksName(count: number, date: string | null): Names {
  const [y, mo] = (date ?? "").split("-").map(Number);
  const at = (months: string[], fmt: (m: string) => string) =>
    y && mo ? ` (${fmt(months[mo - 1] as string)})` : "";
  return {
    en: `talks with ${count} companies${at(MONTHS_EN, (m) => `${m} ${y}`)}`,
    ru: `переговоры с ${count} компаниями${at(MONTHS_RU_NOMINATIVE, (m) => `${m} ${y} года`)}`,
    kk: `${count} компаниямен келіссөздер${at(MONTHS_KK_NOMINATIVE, (m) => `${y} жылғы ${m}`)}`,
  };
}

/** Talks name a set only when they list this many companies («Это Roche, Novo Nordisk, …»). */
const TALKS_MEMBERS = 3;

/**
 * The event a sentence naming several companies reports: its own, or, for a list that only
 * names them ("These are A, B and C", «Это A, B и C»), the event of the nearest sentence before
 * it in the same paragraph.
 */
function listEvent(article: Article, x: Mentions): ProjectStage | undefined {
  const own = stageOf(x.sentence.text, article.doc.date)?.stage;
  if (own) return own;
  // ("“Talks are now under way … with seven companies …,” she said. The companies she named are:":
  // the paragraph's event, however many sentences before.)
  for (let i = x.sentence.index - 1; i >= 0; i--) {
    const before = article.doc.sentences[i];
    if (!before || before.block !== x.sentence.block) return undefined;
    const stage = stageOf(before.text, article.doc.date)?.stage;
    if (stage) return stage;
  }
  return undefined;
}

/** The companies of a sentence, or of the list items its intro heads: one per item ("The companies in the talks are:" — "- Roche;"). */
function membersOf(article: Article, x: Mentions): ArticleProject[] {
  const items = article.m.mentions.filter(
    (i) =>
      i.sentence.intro === x.sentence.index && (i.sentence.part === "bullet" || i.sentence.part === "row"),
  );
  const orgs = [x, ...items].flatMap((i) => i.orgs.filter((o) => o.role === "company"));
  return [...new Set(orgs.map((o) => article.byOrg.get(o.id)).filter((p) => !!p))] as ArticleProject[];
}

/**
 * A digest: a lead naming no company ("Several plants are on hold. Where each stands:") over items
 * that each tell their own event ("**X, Aktau.** … has been suspended"). Its companies are no set
 * announced together, and the lead's event is none of theirs by itself.
 */
function digest(article: Article, x: Mentions): boolean {
  if (x.orgs.some((o) => o.role === "company")) return false;
  const items = article.m.mentions.filter(
    (i) =>
      i.sentence.intro === x.sentence.index && (i.sentence.part === "bullet" || i.sentence.part === "row"),
  );
  const blocks = [...new Set(items.map((i) => i.sentence.block))];
  const told = (block: number) =>
    items.some((i) => i.sentence.block === block && stageOf(i.sentence.text, article.doc.date));
  return blocks.length >= 2 && blocks.filter(told).length >= 2;
}

/** The companies an article names together in a decision, a list or talks: its announced set. */
function announcedSet(article: Article, view: Dataset): AnnouncedSet | undefined {
  for (const x of article.m.mentions) {
    if (x.sentence.part !== "text") continue;
    const members = membersOf(article, x);
    if (members.length < 2) continue;
    if (digest(article, x)) continue;
    // "A and B will jointly build a plant": one joint project, no set of theirs.
    if (JOINT.test(x.sentence.text) || ONE_PLANT_OF_TWO.test(x.sentence.text)) continue;
    const stage = listEvent(article, x);
    if (!stage || (stage === "talks" && members.length < TALKS_MEMBERS)) continue;
    const ids = new Set(members.map((p) => p.project));
    const same = (list: string[]) => list.length === ids.size && list.every((id) => ids.has(id));
    const scope = view.scopes.find((s) => s.kind === "set" && same(s.members ?? []));
    // Named for the decision's own date when the sentence gives one ("approved … on 12 March 2027").
    const decided = stageOf(x.sentence.text, article.doc.date)?.date ?? article.doc.date;
    const name =
      scope?.name ??
      (stage === "talks" ? talksName(members.length, decided) : setName(members.length, decided));
    return {
      members,
      sentence: x.sentence.index,
      scope: scope?.id ?? `${article.doc.source.id}-set`,
      ...(scope?.agreement ? { agreement: scope.agreement } : {}),
      existing: !!scope,
      name,
      stage,
    };
  }
  return undefined;
}
