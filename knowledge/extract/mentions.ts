import { PhraseIndex } from "../phrases.js";
import type { Dataset, Names, Organisation, Place } from "../schema.js";
import { normalize } from "../text.js";
import { cellsOf, type DocSentence, type Document } from "./document.js";
import { type BareNumber, type FigureMention, findFigures, rowFigures } from "./figures.js";
import { findNames, NATIONALITY, nameAliases, nameKey, organisationId } from "./names.js";

/**
 * The mentions stage: in every sentence, the organisations (known ones, and new ones found by
 * names.ts — never a gazetteer place, «Алатау» is a special economic zone), the places of the
 * gazetteer, the figures, and which organisations stand in a partner phrase. New organisations
 * are registered once per article, with the links a release gives between them: another
 * spelling in brackets ("Chimpharm (Khimpharm)"), a plant named after its operator ("завод
 * «Химфарм»"), a longer form of a known name ("Polpharma Group" of Polpharma).
 */

/** "contractor": the builder of another's plant ("built by the contractor X", «генподрядчик …»): no project of its own. */
/** "recipient": who goods are shipped or delivered to ("shipped to SK-Pharmacy", «СК-Фармацияға жөнелтілді»): no project of its own. */
export type OrgRole = "company" | "partner" | "government" | "brand" | "contractor" | "recipient";

export interface OrgMention {
  id: string;
  start: number;
  end: number;
  role: OrgRole;
  /** A plant's name («Химфарм» of "завод «Химфарм»"): its operator, linked to the acting company. */
  facility?: boolean;
}

export interface PlaceMention {
  id: string;
  start: number;
  end: number;
}

export interface Mentions {
  sentence: DocSentence;
  orgs: OrgMention[];
  places: PlaceMention[];
  figures: FigureMention[];
  bare: BareNumber[];
  /** Products and brands named in the sentence ("Sputnik V", "QazVac" of "QazVac output"): no organisation's. */
  products: { start: number; end: number }[];
}

/** Two organisations of one group, as the article links them. */
export interface OrgLink {
  from: string;
  to: string;
  sentence: number;
}

export interface MentionResult {
  mentions: Mentions[];
  /** Organisations first named by this article. */
  created: Organisation[];
  /** Every organisation known (the view's and the new ones). */
  orgs: Map<string, Organisation>;
  /** Links between organisations of one group (a plant's operator, a subsidiary). */
  links: OrgLink[];
  /** Other spellings of known organisations the article uses ("Polpharma Santo"). */
  spellings: { organisation: string; name: string; sentence: number }[];
  government: Set<string>;
  /** Organisations with a project in the view (as its company or of its group). */
  projectOrgs: Set<string>;
  /** Organisations this article has already named as a company. */
  acting: Set<string>;
  /** The products and brands the article names ("Sputnik V", "QazVac"), anywhere in it: never an organisation of it. */
  products: Map<string, string>;
  /** The article names no organisation at all: a plant it calls by its place is a plant of its own. */
  nameless?: boolean;
  /** Surnames of the people the article names in full with their office ("Rob Walton, president of …"). */
  persons: Set<string>;
}

/** A person's office before a full name: "President Kassym-Jomart Tokayev", «вице-президенті Kewen Xu». */
const OFFICE_BEFORE_PERSON =
  /(?<!\p{L})(?:[Pp]resident|CEO|ceo|[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Hh]ead|[Mm]inister|[Ff]ounder|[Gg]overnor|[Aa]kim|[Пп]резидент\p{L}*|[Дд]иректор\p{L}*|[Пп]редседател\p{L}*|[Мм]инистр\p{L}*|[Рр]уководител\p{L}*|[Оо]сновател\p{L}*|[Аа]ким\p{L}*|[Гг]убернатор\p{L}*|[Тт]өраға\p{L}*|[Бб]асшы\p{L}*|[Әә]кім\p{L}*)\s+(\p{Lu}[\p{Ll}-]+)\s+(\p{Lu}[\p{Ll}-]+)(?!\p{L})/gu;
/** A full name before its office: "Rob Walton, president of GE HealthCare", «Андрей Кайзер, генеральный директор». */
const PERSON_BEFORE_OFFICE =
  /(?<![\p{L}«"“])(\p{Lu}[\p{Ll}-]+)\s+(\p{Lu}[\p{Ll}-]+),\s+(?:the\s+)?(?:\p{L}+\s+)?(?:president|ceo|chairman|chairwoman|director|head|founder|minister|vice-president|президент\p{L}*|директор\p{L}*|председател\p{L}*|министр\p{L}*|руководител\p{L}*|основател\p{L}*|вице-президент\p{L}*)(?!\p{L})/gu;

/**
 * Surnames of the people an article names in full beside their office: said alone later
 * ("According to Walton, the company plans …"), such a word is the person, no organisation.
 */
function personsOf(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const { text } of doc.sentences)
    for (const re of [OFFICE_BEFORE_PERSON, PERSON_BEFORE_OFFICE])
      for (const m of text.matchAll(re)) out.add(m[2] as string);
  return out;
}

/** Words that add nothing to a known name: "… Plant" of "… Factory", "… Group", "… LLP". */
const COMPANY_WORDS = new Set(
  "plant factory works company group holding llp jsc llc ltd inc pharmaceutical pharmaceuticals pharma pharm завод фабрика компания группа тоо ао зауыты зауыт фабрикасы жшс ақ".split(
    " ",
  ),
);

/** Kinds of organisation that never own a project here (they sign, approve or host). */
const NOT_COMPANIES = new Set(["ministry", "government", "city administration", "investment agency"]);

const PARTNER_CUE =
  /(?<!\p{L})(in partnership with|in cooperation with|in collaboration with|together with|jointly with|working with|with the support of|partners?\b|совместно с|в партн[её]рстве с|в сотрудничестве с|при участии|партн[её]р|бірлесіп|серіктес|әріптес)/iu;
/** "под брендом …", "under the … brand": what follows is a brand. */
const BRAND_CUE = /(brand|бренд\p{L}*|маркой)\s*$/iu;
/**
 * Words that make the name beside them the builder of someone else's plant: "the contractor X",
 * "built by X", «генеральным подрядчиком выступит компания X», «құрылысын X компаниясы
 * жүргізеді», "X will act as general contractor", «X мердігер болады».
 */
const CONTRACTOR_BEFORE =
  /(?<!\p{L})(?:(?:general\s+|main\s+|construction\s+|EPC\s+)?contractors?|builder|construction (?:company|firm)|(?:built|constructed|erected) by|construction(?: works?)?(?: will be| is being| is)? (?:carried out|undertaken|performed|done) by|(?:ген(?:еральн\p{L}*\s+)?)?подрядчик\p{L}*|строительн\p{L}* (?:компани|фирм|организаци)\p{L}*|строительств\p{L}* (?:завода |комплекса |объекта )?(?:вед[её]т|осуществля\p{L}+|осуществит|выполня\p{L}+|выполнит|будет вести)|мердігер\p{L}*)(?:\s+[\p{L}-]+){0,5}\s*[«"“]?$/iu;
const CONTRACTOR_AFTER =
  /^[»"”]?\s*(?:(?:LLP|JSC|LLC|Ltd|Inc|ТОО|АО|ЖШС|АҚ)\s+)?(?:,\s+)?(?:(?:will|is to|is going to)\s+(?:act|serve)\s+as|as)\s+(?:the\s+)?(?:general\s+|main\s+|EPC\s+)?contractor|^[»"”]?\s*(?:компаниясы\s+)?(?:(?:бас\s+)?мердігер|құрылысты\s+жүргізеді|құрылыс\s+жұмыстарын\s+жүргізеді)|^[»"”]?\s*(?:выступит|станет|будет)\s+(?:генеральным\s+)?подрядчик/iu;

/** Before a name: what is shipped or delivered to it ("the doses were shipped to", «отправлены в»). */
const RECIPIENT_BEFORE =
  /(?<!\p{L})(?:shipped|delivered|sent|supplied|handed over|transferred|sold|exported)(?:\s+[\p{L}\d,]+){0,4}\s+to\s+(?:the\s+)?[«"“]?$|(?<!\p{L})(?:отправ|отгруж|постав|передан|передал|доставл|направлен)\p{L}*(?:\s+[\p{L}\d,]+){0,4}\s+(?:в|во)\s+[«"“]?$/iu;
/** A name in the Kazakh dative, then shipped, delivered or handed to it («СК-Фармацияға жөнелтілді»). */
const RECIPIENT_AFTER =
  /^[\p{L}-]*?(?:ға|ге|қа|ке)[»"”]?(?:\s+[\p{L}\d]+){0,3}\s+(?:жөнелтіл|жеткізіл|тапсырыл|сатыл|экспортта)\p{L}*/iu;

/** "Polpharma Group уже вложила в шымкентский «Химфарм»": the investor and what it invested in. */
const INVESTED_IN = /(invested in|has invested|вложил\p{L}* в|инвестировал\p{L}* в|салды|салған)/iu;

interface Token {
  norm: string;
  start: number;
  end: number;
}

/** Words of a sentence with offsets, normalised one by one as the phrase index expects. */
export function tokensOf(text: string): Token[] {
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

type Found = { kind: "org" | "place"; id: string; start: number; end: number };

const CITY_WORD = /^(the\s+)?city of\s+|^город\s+|\s+(city|қаласы)$/giu;

/** Cities by the sound of their bare names ("the city of Turkistan" → Turkistan), with their regions. */
function cityWords(places: readonly Place[]): Map<string, { id: string; parent: string }> {
  const out = new Map<string, { id: string; parent: string }>();
  for (const city of places) {
    if (city.kind !== "city" || !city.parent) continue;
    for (const n of [city.name.en, city.name.ru ?? "", city.name.kk ?? "", ...city.aliases]) {
      const bare = n.replace(CITY_WORD, "").trim();
      if (bare && bare !== n) out.set(nameKey(bare), { id: city.id, parent: city.parent });
    }
  }
  return out;
}

class Matcher {
  readonly places: readonly Place[];
  /** Articles spell names as published: stems and inflections are matched, typos are not looked for. */
  private readonly index = new PhraseIndex<string>({ typos: false });
  /** Organisations by how their names sound, across scripts. */
  readonly byKey = new Map<string, string>();
  /** How the first word of every place's names sounds ("Sairam" of Sairam district, «Жетісу» of Жетісу облысы). */
  private readonly placeHeads = new Set<string>();
  /** The country's names and aliases ("KZ", "RK"): no company goes by them alone either. */
  private readonly countryNames = new Set<string>();
  constructor(organisations: Iterable<Organisation>, places: readonly Place[]) {
    this.places = places;
    for (const p of places)
      if (p.kind === "country")
        for (const n of [p.name.en, p.name.ru ?? "", p.name.kk ?? "", ...p.aliases])
          this.countryNames.add(nameKey(n));
    for (const o of organisations) this.addOrganisation(o);
    const cities = cityWords(places);
    for (const p of places) {
      if (p.kind === "country") continue;
      // "the TURAN Special Economic Zone" is found from its own name, not from "the". A region's
      // bare name that is also its city's («Түркістанда», «в Туркестане», "in Turkistan") is the city.
      const names = [p.name.en, p.name.ru ?? "", p.name.kk ?? "", ...p.aliases]
        .map((n) => n.replace(/^the\s+/i, ""))
        .filter((n) => cities.get(nameKey(n))?.parent !== p.id);
      for (const r of places)
        if (r.id === p.parent && r.kind === "region")
          names.push(...r.aliases.filter((n) => cities.get(nameKey(n))?.id === p.id));
      this.index.add(`place:${p.id}`, names);
      for (const n of names) {
        const head = n.replace(/^[«"“]/, "").split(/[\s»"”]+/)[0] ?? "";
        if (head.length >= 4) this.placeHeads.add(nameKey(head));
      }
    }
  }
  addOrganisation(o: Organisation): void {
    const names = [o.name.en, o.name.ru ?? "", o.name.kk ?? "", ...o.aliases].filter(Boolean);
    this.index.add(`org:${o.id}`, names);
    for (const n of names)
      if (nameKey(n).length >= 5 && !this.byKey.has(nameKey(n))) this.byKey.set(nameKey(n), o.id);
  }
  /** A word that names the country ("KZ Pharm" is no "KZ"). */
  countryWord(word: string): boolean {
    return this.countryNames.has(nameKey(word));
  }
  /** A word that names a place, alone or as its name's first word: no company goes by it alone. */
  placeWord(word: string): boolean {
    return (
      this.placeHeads.has(nameKey(word)) || this.find(tokensOf(word), [false]).some((m) => m.kind === "place")
    );
  }
  addSpelling(id: string, name: string): void {
    this.index.add(`org:${id}`, [name]);
    if (nameKey(name).length >= 5) this.byKey.set(nameKey(name), id);
  }
  find(tokens: Token[], taken: boolean[]): Found[] {
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

const NATIONALITY_AFTER =
  /^[\s-]+((корея|америка|африка|азия|осетия)\p{L}*(лық|лік)|корейск\p{L}*|африканск\p{L}*|американск\p{L}*|азиатск\p{L}*|korean|african|american|asian)(?!\p{L})/iu;

/** Words before a doer that opens its sentence: "Separately,", a nationality, a company word. */
const DOER_LEAD =
  /^(separately|meanwhile|also|in addition|кроме того|также|помимо этого|сондай-ақ|бұдан бөлек|the|company|компания|компани\p{L}*|фармкомпания)$/iu;
/** A doer's verb right after its name: "will expand", «построит», «и акимат подписали», «компаниясы». */
export const DOER_VERB =
  /^[»"”]?,?\s*(will|plans|plans to|intends|is (building|expanding|constructing|investing)|builds|expands|has (begun|started|signed)|signed|and the (\p{L}+\s+){0,3}akimat|построит|строит|расширит|расширяет|планирует|намерен\p{L}*|вложит|инвестирует|запустит|откроет|и (акимат|администраци|правительств)\p{L}*|подписал\p{L}*|компаниясы|(пен|мен|бен) (\p{L}+ ){0,2}(әкімдік|әкімдіг\p{L}*|үкімет\p{L}*))(?!\p{L})/iu;

/**
 * A company the dataset knows as another's partner ("Nobel İlaç", "Sinopharm") that opens its
 * sentence as the doer of a deed ("Turkish Nobel İlaç will expand its plant …", «Китайская
 * компания Sinopharm построит …») is this sentence's company, not a partner.
 */
function opensAsDoer(text: string, f: { start: number; end: number }): boolean {
  const lead = text
    .slice(0, f.start)
    .replace(/[«"“(,]/gu, " ")
    .trim();
  const words = lead ? lead.split(/\s+/u) : [];
  if (!words.every((w) => DOER_LEAD.test(w) || NATIONALITY.test(w))) return false;
  return DOER_VERB.test(text.slice(f.end));
}

/** A list's intro naming who its items are: "The companies in the talks are:", «В переговорах участвуют компании:». */
const MEMBERS_INTRO =
  /(compan|firms|drug ?makers|manufacturers|producers|investors|participants|partners|компани|фирм|производител|инвестор|участник|партн[её]р|серіктес|қатысушы)\p{L}*[^.!?]*:\s*$/iu;

/** Reads every sentence's mentions; new organisations are registered as they appear. */
export function findMentions(doc: Document, view: Dataset): MentionResult {
  const orgs = new Map(view.organisations.map((o) => [o.id, o]));
  const matcher = new Matcher(orgs.values(), view.places);
  const government = new Set(view.organisations.filter((o) => NOT_COMPANIES.has(o.kind)).map((o) => o.id));
  const projectOrgs = new Set(view.projects.flatMap((p) => [p.company, ...(p.affiliates ?? [])]));
  const result: MentionResult = {
    mentions: [],
    created: [],
    orgs,
    links: [],
    spellings: [],
    government,
    projectOrgs,
    acting: new Set(),
    products: productsOf(doc),
    persons: personsOf(doc),
    nameless: doc.sentences.every(
      (s) =>
        s.part === "dateline" ||
        (!knownIn(s.text, matcher) &&
          findNames(s.text, { title: s.part === "headline" }).every(
            (n) =>
              n.product ||
              n.government ||
              (!!n.plant && (matcher.placeWord(n.plant) || placeStem(n.plant, matcher.places))),
          )),
    ),
  };
  for (const sentence of doc.sentences) {
    if (sentence.part === "dateline") {
      result.mentions.push({ sentence, orgs: [], places: [], figures: [], bare: [], products: [] });
      continue;
    }
    result.mentions.push(readSentence(sentence, doc, matcher, result));
  }
  return result;
}

function readSentence(sentence: DocSentence, doc: Document, matcher: Matcher, r: MentionResult): Mentions {
  const text = sentence.text;
  const tokens = tokensOf(text);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const found: (Found & { facility?: boolean })[] = [];
  const item = sentence.part === "bullet" || sentence.part === "row";
  const intro = sentence.intro !== undefined ? doc.sentences[sentence.intro]?.text : undefined;
  const member = item && !!intro && MEMBERS_INTRO.test(intro);
  for (const name of findNames(text, { title: sentence.part === "headline", item, member })) {
    if (name.product || (!name.plant && r.products.has(nameKey(name.name)))) continue;
    if (r.persons.has(name.name)) continue;
    const inside = tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => t.start >= name.start && t.end <= name.end);
    const id = resolveName(
      name,
      inside.map(({ t }) => t),
      matcher,
      r,
      sentence,
      text,
    );
    if (!id) continue;
    for (const { i } of inside) taken[i] = true;
    found.push({
      kind: "org",
      id,
      start: name.start,
      end: name.end,
      ...(name.facility ? { facility: true } : {}),
    });
  }
  // A known name is written as one: «стадии» (stage) is no Stada, «кеңесте» (at the council) no
  // Kenes Biotech. A word in lower case matches no organisation.
  found.push(
    ...matcher
      .find(tokens, taken)
      .filter((f) => f.kind !== "org" || /[\p{Lu}\d«"“']/u.test(text[f.start] ?? "")),
  );
  const unnamed = item
    ? placePlant(sentence, doc, found, matcher, r)
    : r.nameless
      ? placedPlant(sentence, found, matcher, r)
      : null;
  if (unnamed) found.push(unnamed);
  found.sort((a, b) => a.start - b.start);
  const partnerFrom = partnerStart(text);
  // "X will act as the technology partner": a company with no project of its own, named before a
  // bare "partner", is the partner, not the subject.
  const partnerNoun =
    /(?<!\p{L})(partner|co-?investor|партн[её]р|соинвестор|серіктес|әріптес|бірлескен инвестор)\p{L}*/iu.exec(
      text,
    );
  // "… after bringing in Qazmedtech as co-investor": the name just before the noun, not the actor earlier on.
  const near = (f: { end: number }) =>
    !!partnerNoun && text.slice(f.end, partnerNoun.index).split(/\s+/u).filter(Boolean).length <= 5;
  // "X signed a memorandum with India's Y", «X подписало меморандум с компанией Y», «X … Y
  // компаниясымен меморандумға қол қойды»: Y is X's partner in X's project, not a project of its own.
  const signer = found.find((f) => f.kind === "org" && !r.government.has(f.id));
  // «Y компаниясымен … келісімге қол қойылды», "an agreement was signed with Y" after the article's
  // company has acted: Y is that company's counterpart, not a signer of its own.
  // (Only in an article about one company: where several have each dealt with the government,
  // "an agreement was signed with GE Healthcare" is GE's own, no partner of the company before.)
  const actors = [...r.acting].filter((id) => !r.government.has(id));
  const passive = (f: { id: string; start: number; end: number }) =>
    !TALKS_OR_NOT.test(text) &&
    (!signer || signer.id === f.id) &&
    actors.length === 1 &&
    actors.some((id) => id !== f.id) &&
    !r.acting.has(f.id) &&
    (SIGNED_WITH_BEFORE.test(text.slice(Math.max(0, f.start - 120), f.start)) ||
      PASSIVE_WITH_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start)) ||
      (KK_WITH_AFTER.test(text.slice(f.end)) && KK_SIGNED_PASSIVE.test(text.slice(f.end))));
  const counterpart = (f: { id: string; start: number; end: number }) =>
    passive(f) ||
    (!!signer &&
      signer.id !== f.id &&
      signer.end <= f.start &&
      (SIGNED_WITH_BEFORE.test(text.slice(signer.end, f.start)) ||
        (KK_WITH_AFTER.test(text.slice(f.end)) && KK_SIGNED_LATER.test(text.slice(f.end)))));
  // The builder of the plant is no project's company, unless the sentence makes it the owner too.
  const builds = (f: { id: string; start: number; end: number }) =>
    !r.projectOrgs.has(f.id) &&
    (CONTRACTOR_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start)) ||
      CONTRACTOR_AFTER.test(text.slice(f.end)) ||
      // «Зауыт құрылысын «X» компаниясы жүргізеді»: the construction is carried out by X.
      (/(?<!\p{L})құрылыс\p{L}*\s+(?:\p{L}+\s+)?[«"“]?$/iu.test(
        text.slice(Math.max(0, f.start - 40), f.start),
      ) &&
        /^[»"”]?\s*(?:компаниясы\s+|ЖШС\s+)?(?:\p{L}+\s+)?жүргіз\p{L}*/iu.test(text.slice(f.end))));
  // "… an offtake agreement with Altyn Insulin, which plans to build an insulin plant": the name
  // the relative clause of building is said of builds; the one who signed with it is its partner.
  const builder = found.find((f) => f.kind === "org" && BUILDER_CLAUSE.test(text.slice(f.end, f.end + 80)));
  const orgs: OrgMention[] = found
    .filter((f) => f.kind === "org")
    .map((f) => ({
      id: f.id,
      start: f.start,
      end: f.end,
      role: r.government.has(f.id)
        ? "government"
        : builder
          ? f === builder
            ? "company"
            : "partner"
          : RECIPIENT_BEFORE.test(text.slice(Math.max(0, f.start - 80), f.start)) ||
              RECIPIENT_AFTER.test(text.slice(f.start))
            ? "recipient"
            : BRAND_CUE.test(text.slice(Math.max(0, f.start - 20), f.start))
              ? "brand"
              : builds(f)
                ? "contractor"
                : f.start >= partnerFrom ||
                    counterpart(f) ||
                    (r.orgs.get(f.id)?.kind === "partner company" &&
                      !(opensAsDoer(text, f) && !partnerNoun)) ||
                    (partnerNoun &&
                      f.start < partnerNoun.index &&
                      near(f) &&
                      !r.projectOrgs.has(f.id) &&
                      !r.acting.has(f.id))
                  ? "partner"
                  : "company",
      ...("facility" in f && f.facility ? { facility: true } : {}),
    }));
  linkGroup(orgs, text, sentence.index, r);
  for (const o of orgs) if (o.role === "company") r.acting.add(o.id);
  const places = found
    .filter((f) => f.kind === "place")
    // Proper names are capitalised in an article: "oral medicines" is not the city of Oral.
    .filter((f) => /[\p{Lu}«"“]/u.test(text[f.start] ?? ""))
    // "Оңтүстік кореялық", "South Korean": a direction before a nationality is no place.
    .filter((f) => !NATIONALITY_AFTER.test(text.slice(f.end)))
    .map(({ id, start, end }) => ({ id, start, end }));
  const { figures, bare } = sentence.columns
    ? rowFigures(cellsOf(text), sentence.columns, doc.lang)
    : findFigures(text, doc.lang, previousSentence(doc, sentence));
  const products = [...r.products.values()].flatMap((p) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escapeRe(p)}(?![\\p{L}\\d])`, "gu"))]
      .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + p.length }))
      // A plant named by the product ("the QazVac plant") is the plant, not the product.
      .filter((m) => !orgs.some((o) => o.start <= m.start && m.end <= o.end)),
  );
  return { sentence, orgs, places, figures, bare, products };
}

/** A digest item's bold head: "**Tassay industrial zone, Shymkent.**" (its text, without the stars). */
const BOLD_ITEM_HEAD = /^\*\*([^*]{2,120}?)\.?\*\*/u;
/** A plant word: what the item is about when no company heads it. */
const PLANT_WORD =
  /(?<!\p{L})(plant|factory|complex|завод\p{L}*|фабрик\p{L}*|комплекс\p{L}*|предприяти\p{L}*|зауыт\p{L}*|фабрика\p{L}*|кешен\p{L}*)(?!\p{L})/iu;

/**
 * A digest item headed by a place with no company anywhere in its first sentence ("**Tassay
 * industrial zone, Shymkent.** A 5.9 billion tenge plant for medicines has been frozen …",
 * «**Индустриальная зона «Оңтүстік», Шымкент.** Здание завода шприцев …»): the item is about a
 * plant of that place whose owner the source does not name. It is stored as a plant of its own,
 * named by what and where it is ("Plant in Tassay industrial zone, Shymkent"), so its figures and
 * stage are the plant's and never a company's.
 */
/** The sentence before one ("this figure" may point back to it across a paragraph break). */
function previousSentence(doc: Document, sentence: DocSentence): string {
  return doc.sentences[sentence.index - 1]?.text ?? "";
}

function placePlant(
  sentence: DocSentence,
  doc: Document,
  found: (Found & { facility?: boolean })[],
  matcher: Matcher,
  r: MentionResult,
): (Found & { facility?: boolean }) | null {
  const text = sentence.text;
  const head = BOLD_ITEM_HEAD.exec(text);
  if (!head) return null;
  if (doc.sentences.some((s) => s.block === sentence.block && s.index < sentence.index)) return null;
  const headEnd = head[0].length;
  if (found.some((f) => f.kind === "org")) return null;
  const places = found.filter((f) => f.kind === "place" && f.end <= headEnd);
  if (!places.length || !PLANT_WORD.test(text.slice(headEnd))) return null;
  const label = (head[1] as string).trim();
  const first = places[0] as Found;
  const place = matcher.places.find((p) => p.id === first.id);
  if (!place) return null;
  const latin = !/\p{Script=Cyrillic}/u.test(label);
  const en = latin ? `Plant in ${label}` : `Plant in ${place.name.en}`;
  const id = registerPlant(
    r,
    matcher,
    `plant-${slugOf(latin ? label : place.name.en)}`,
    { en, ru: `Завод: ${label}`, kk: `Зауыт: ${label}` },
    [label],
  );
  return { kind: "org", id, start: 2, end: 2 + label.length };
}

/** Whether a sentence names an organisation the knowledge already has (written as a name). */
function knownIn(text: string, matcher: Matcher): boolean {
  const tokens = tokensOf(text);
  return matcher
    .find(
      tokens,
      tokens.map(() => false),
    )
    .some((f) => f.kind === "org" && /[\p{Lu}\d«"“']/u.test(text[f.start] ?? ""));
}

/** "the plant in …", «завод по производству медицинской техники … в …»: what it makes may stand between. */
const PLANT_IN_BEFORE =
  /(?<!\p{L})(plant|factory|завод|фабрик\p{L}*)((\s+(for|по|of)\s+)[^.,;:!?]{0,80}?)?\s+(in|at|в|во)\s+(the\s+)?$/iu;
const PLANT_IN_AFTER = /^\p{L}*(дағы|дегі|тағы|тегі)\s+(\p{L}+\s+){0,2}(зауыт|кешен)\p{L}*/iu;

/**
 * "The plant in Zhambyl Region will make …", «Завод в Жамбылской области будет выпускать …»,
 * «Жамбыл облысындағы зауыт …» in an article that names no company: a plant of that place, named
 * by where it is, so its products, capacity and cost are the plant's and answerable as such.
 */
function placedPlant(
  sentence: DocSentence,
  found: (Found & { facility?: boolean })[],
  matcher: Matcher,
  r: MentionResult,
): (Found & { facility?: boolean }) | null {
  const text = sentence.text;
  if (found.some((f) => f.kind === "org")) return null;
  for (const f of found) {
    if (f.kind !== "place") continue;
    const before = PLANT_IN_BEFORE.exec(text.slice(Math.max(0, f.start - 120), f.start));
    const after = PLANT_IN_AFTER.exec(text.slice(f.end));
    if (!before && !after) continue;
    const place = matcher.places.find((p) => p.id === f.id);
    if (!place || place.kind === "country") continue;
    const start = before ? f.start - before[0].length : f.start;
    const end = after ? f.end + after[0].length : f.end;
    const written = text.slice(start, end);
    const id = registerPlant(
      r,
      matcher,
      `plant-${slugOf(place.name.en)}`,
      {
        en: `Plant in ${place.name.en}`,
        ru: `Завод: ${place.name.ru ?? place.name.en}`,
        kk: `Зауыт: ${place.name.kk ?? place.name.en}`,
      },
      [written, `plant in ${place.name.en}`],
    );
    return { kind: "org", id, start, end };
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The products an article names anywhere ("Sputnik V", "QazVac vaccine", "QazVac will be made there"), by how they sound. */
function productsOf(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const sentence of doc.sentences) {
    if (sentence.part === "dateline") continue;
    for (const n of findNames(sentence.text, { title: sentence.part === "headline" }))
      if (n.product) out.set(nameKey(n.name), n.name);
  }
  return out;
}

/** Between a signer and its counterpart: "signed a memorandum with India's", «подписало меморандум с индийской компанией». */
const SIGNED_WITH_BEFORE =
  /(memorand\p{L}*|MoU|agreement|accord|меморандум\p{L}*|соглашени\p{L}*)(\s+of\s+understanding)?(\s+(on|about|о|об)\s+[^,.;]{0,60}?)?\s+(with|с|со)\s+(the\s+)?([\p{L}'’-]+\s+){0,3}[«"“]?$/iu;
/** Talks with Y, or a signing denied: Y's own undertaking, no counterpart of a signing. */
const TALKS_OR_NOT =
  /(?<!\p{L})(talks|negotiat\p{L}*|not|переговор\p{L}*|не подпис\p{L}*|келіссөз\p{L}*|қойылма\p{L}*)(?!\p{L})/iu;
/** "… was also signed with Denmark's Y", «подписано … с компанией Y»: the other side of a signing told passively. */
const PASSIVE_WITH_BEFORE =
  /(?<!\p{L})(signed|concluded|подписан\p{L}*|заключ[её]н\p{L}*)\s+(with|с|со)\s+(the\s+)?([\p{L}'’-]+\s+){0,3}[«"“]?$/iu;
/** A Kazakh signing told passively: «… келісімге қол қойылды» (not «X пен әкімдік … қол қойды»). */
const KK_SIGNED_PASSIVE = /(меморандум\p{L}*|келісім\p{L}*)[^.]{0,40}(қол\s+қойылды|жасалды)/iu;
/** A Kazakh counterpart: «Y компаниясымен», «Y-мен». */
const KK_WITH_AFTER =
  /^[»"”]?\s*(-?(мен|пен|бен)|(компания|холдинг|фирма|корпорация)\p{L}*(мен|пен|бен))(?!\p{L})/iu;
const KK_SIGNED_LATER = /(меморандум\p{L}*|келісім\p{L}*)[^.]{0,40}(қол\s+қой|жасас)/iu;

/** A relative clause of building after a name: ", which plans to build", «, которая построит». */
const BUILDER_CLAUSE =
  /^[»"”]?\s*,\s+(which|that|who|которая|который|которое)\s+(\p{L}+\s+){0,3}?(build|builds|construct\p{L}*|построит|построить|строит|возвед\p{L}*)(?!\p{L})/iu;

/** Where a partner phrase starts ("… in partnership with X"), or Infinity. */
function partnerStart(text: string): number {
  const cue = PARTNER_CUE.exec(text);
  if (!cue) return Number.POSITIVE_INFINITY;
  const withAt = text.lastIndexOf(" with ", cue.index);
  // "with Nobel İlaç as the strategic partner": the partner phrase starts at "with".
  return cue[0].toLowerCase().startsWith("partner") && withAt >= 0 ? withAt : cue.index;
}

/** The organisation a name stands for: a known one, or a new one registered now; null for a place. */
function resolveName(
  name: ReturnType<typeof findNames>[number],
  inside: Token[],
  matcher: Matcher,
  r: MentionResult,
  sentence: DocSentence,
  text: string,
): string | null {
  if (name.plant) {
    const plant = plantOf(name, name.plant, matcher, r);
    // "the Karaganda Pharmaceutical Complex (KPC)": the letters in brackets are that plant, later too.
    if (plant && name.alternative) alternativeOf(plant, name.alternative, matcher, r, sentence);
    return plant;
  }
  const known = matcher.find(
    inside,
    inside.map(() => false),
  );
  // A place is no company ("… in Almaty will create …", «Алатау» АЭА).
  const placed = known.filter((m) => m.kind === "place");
  if (inside.every((t) => placed.some((m) => m.start <= t.start && t.end <= m.end))) return null;
  const byKey = matcher.byKey.get(nameKey(name.name));
  if (!byKey && ventureOf(name.name, r)) return null;
  const org = byKey ?? knownWhole(known, inside, r, text)?.id;
  if (org) {
    const o = r.orgs.get(org);
    // Another spelling ("Сарыарқа Биолоджикс" of Saryarka Biologics) is kept, for questions that use it.
    const spelled = [o?.name.en, o?.name.ru, o?.name.kk, ...(o?.aliases ?? [])].some(
      (a) => a && normalize(a) === normalize(name.name),
    );
    if (!spelled) {
      r.spellings.push({ organisation: org, name: name.name, sentence: sentence.index });
      matcher.addSpelling(org, name.name);
    }
    if (name.alternative) alternativeOf(org, name.alternative, matcher, r, sentence);
    return org;
  }
  const id = uniqueId(organisationId(name.name), r.orgs);
  const created: Organisation = {
    id,
    kind: name.government ? "government" : "pharmaceutical company",
    name: { en: name.name, ru: name.name, kk: name.name },
    aliases: [
      ...nameAliases(
        name.name,
        text.slice(name.start, name.end).replace(/^[«"“]|[»"”]$/g, ""),
        (w) => matcher.placeWord(w) || matcher.countryWord(w),
      ),
      ...(name.alternative ? [name.alternative] : []),
    ],
  };
  r.orgs.set(id, created);
  r.created.push(created);
  matcher.addOrganisation(created);
  if (name.government) r.government.add(id);
  return id;
}

/**
 * The known organisation a longer name stands for: one covering the whole name, or one whose own
 * full name begins it ("Polpharma Santo" of Polpharma) — never one that only shares a short alias
 * ("Steppe Infusions" is not Steppe Herbal Group, though "Steppe" is short for it).
 */
/**
 * A joint venture named after two partners the article already named ("Hetero-Dosfarm" of Hetero
 * Labs and Dosfarm): neither partner by another spelling.
 */
function ventureOf(name: string, r: MentionResult): boolean {
  const parts = name.split(/\s*[-–]\s*/u).map((p) => normalize(p).split(" ")[0] ?? "");
  if (parts.length !== 2) return false;
  const owners = parts.map((part) =>
    [...r.orgs.values()].find((o) =>
      [o.name.en, o.name.ru, o.name.kk].some((n) => n && normalize(n).split(" ")[0] === part),
    ),
  );
  return !!owners[0] && !!owners[1] && owners[0] !== owners[1];
}

function knownWhole(known: Found[], inside: Token[], r: MentionResult, text: string): Found | undefined {
  return known.find((m) => {
    if (m.kind !== "org") return false;
    const rest = inside.filter((t) => t.start < m.start || t.end > m.end);
    if (!rest.length) return true;
    const o = r.orgs.get(m.id);
    const said = normalize(text.slice(m.start, m.end));
    if ([o?.name.en, o?.name.ru, o?.name.kk].some((n) => n && normalize(n) === said)) return true;
    // A name of two words or more, and what it leaves over only company words ("Nobel Almaty Pharmaceutical Plant").
    return said.includes(" ") && rest.every((t) => COMPANY_WORDS.has(t.norm));
  });
}

function alternativeOf(
  org: string,
  alternative: string,
  matcher: Matcher,
  r: MentionResult,
  sentence: DocSentence,
) {
  if (matcher.byKey.get(nameKey(alternative)) === org) return;
  r.spellings.push({ organisation: org, name: alternative, sentence: sentence.index });
  matcher.addSpelling(org, alternative);
}

/** Words of a plant's kind that add nothing to the word naming it. */
const PLANT_KIND =
  /^(pharmaceutical|biopharmaceutical|vaccine|insulin|plant|factory|complex|фарм(завод|комплекс)\p{L}*|фармацевтическ\p{L}*|биофармацевтическ\p{L}*|завод\p{L}*|комплекс\p{L}*|фабрик\p{L}*|предприяти\p{L}*|фармацевтикалық|биофармацевтикалық|зауыт\p{L}*|кешен\p{L}*)$/iu;

/** A plant's kind in the plural: many plants, no one plant's name. */
const PLURAL_KIND =
  /^(plants|factories|complexes|enterprises|предприятия|предприятий|заводы|заводов|фабрики|комплексы|зауыттар\p{L}*|кәсіпорындар\p{L}*|кешендер\p{L}*)$/iu;

/** A Russian adjective of a place («Уральский», «Карагандинскому»), not its locative («в Уральске»). */
const RUSSIAN_ADJECTIVE = /(ск|цк)(ий|ая|ое|ие|ого|ому|им|ом|ой|ую|их|ими)$/iu;
/** A plant's kind in Russian («фармацевтический», «завод»): Kazakh names a plant by a noun, Russian never does. */
const RUSSIAN_KIND =
  /^(фарм(завод|комплекс)\p{L}*|фармацевтическ\p{L}*|биофармацевтическ\p{L}*|завод\p{L}*|комплекс\p{L}*|фабрик\p{L}*|предприяти\p{L}*)$/iu;

/**
 * The subject a named plant stands for: its operator when the naming word is a known organisation
 * ("the Nobel plant"); a plant of a place, one per place whatever the language («Карагандинский
 * фармацевтический комплекс» and "the Karaganda Pharmaceutical Plant"); a plant named by its
 * product ("the QazVac plant", «Завод QazVac», «QazVac … зауыты»), never the product itself.
 */
function plantOf(
  name: ReturnType<typeof findNames>[number],
  word: string,
  matcher: Matcher,
  r: MentionResult,
): string | null {
  // "Indian Zydus plant": a nationality qualifies a company, never a place or a product; the name
  // after it is the company's, the plant its plant.
  const bare = word.split(/\s+/u);
  while (bare.length > 1 && NATIONALITY.test(bare[0] as string)) bare.shift();
  if (bare.length < word.split(/\s+/u).length) {
    const cut = bare.join(" ");
    const tokens = tokensOf(cut);
    const known = matcher.find(
      tokens,
      tokens.map(() => false),
    );
    const org = known.find((k) => k.kind === "org");
    if (org) return org.id;
    if (known.some((k) => k.kind === "place") || !/^[A-Z]/u.test(cut)) return null;
    return registerPlant(r, matcher, organisationId(cut), { en: cut, ru: cut, kk: cut }, [cut]);
  }
  // "the Kostanay Biological Plant": a proper name of several capitalised words is the plant's own name.
  const words = name.name.split(/\s+/u);
  if (words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && /^[A-Z]/u.test(word)) {
    const first = tokensOf(words[0] as string);
    const placeFirst = matcher
      .find(
        first,
        first.map(() => false),
      )
      .some((k) => k.kind === "place");
    if (!placeFirst || !words.slice(1).every((w) => PLANT_KIND.test(w)))
      return registerPlant(
        r,
        matcher,
        organisationId(name.name),
        { en: name.name, ru: name.name, kk: name.name },
        [name.name],
      );
  }
  const tokens = tokensOf(word);
  const known = matcher.find(
    tokens,
    tokens.map(() => false),
  );
  const org = known.find((k) => k.kind === "org");
  if (org) return org.id;
  // "the Saran Insulin plant": a place with a product's name after it is the plant's own name, not the place's plant.
  const hit = known.find((k) => k.kind === "place");
  const rest = hit ? word.slice(hit.end).trim().split(/\s+/u).filter(Boolean) : [];
  const lead = hit ? word.slice(0, hit.start).trim() : "";
  const named =
    rest.length > 0 &&
    (!lead || GENERIC_PLANT_WORD.test(lead)) &&
    rest.every((w) => /^[A-Z]/u.test(w) && !PLANT_WORD_EN.test(w));
  if (hit && named) {
    const own = word.slice(hit.start);
    return registerPlant(
      r,
      matcher,
      `${slugOf(own)}-plant`,
      { en: `${own} plant`, ru: `завод ${own}`, kk: `${own} зауыты` },
      [own, `${own} plant`],
    );
  }
  const place = hit?.id ?? placeOfAdjective(word, matcher.places);
  const pharma = /pharm|фарм/iu.test(name.name) || /фарм/iu.test(word);
  const kinds = name.name.split(/\s+/u).slice(word.split(/\s+/u).length);
  if (place) {
    if (!kinds.every((w) => PLANT_KIND.test(w))) return null;
    // «Казахстанские предприятия выпускают 95 из 250 …», "Kazakh plants": the country's plants, in
    // the plural, are no plant of a name.
    const plural = /(ие|ые)$/u.test(word) || kinds.some((w) => PLURAL_KIND.test(w));
    if (plural || matcher.places.find((x) => x.id === place)?.kind === "country") return null;
    // «в Уральске фармацевтический завод»: a Russian place noun before a plant's kind is where it
    // is built, no name (a plant named by its place takes the adjective, «Уральский завод»).
    if (
      /\p{Script=Cyrillic}/u.test(word) &&
      !RUSSIAN_ADJECTIVE.test(word) &&
      RUSSIAN_KIND.test(kinds[0] ?? "")
    )
      return null;
    // "its Astana plant", "a new Almaty plant": a company's plant described by its place, no plant's name.
    if (
      /^[a-z ]*(plant|factory)$/u.test(kinds.join(" ").toLowerCase()) &&
      !/\s(Plant|Factory)$/u.test(name.name)
    )
      return null;
    const p = matcher.places.find((x) => x.id === place);
    if (!p) return null;
    const adjective = /(ск|цк)\p{L}*$/u.test(word)
      ? word.replace(/(ск|цк)\p{L}*$/u, "$1ий")
      : placeAdjective(p.name.ru ?? "");
    return registerPlant(
      r,
      matcher,
      `${p.id}-plant`,
      {
        en: `${p.name.en}${pharma ? " Pharmaceutical" : ""} Plant`,
        ru: adjective
          ? `${adjective} ${pharma ? "фармацевтический завод" : "завод"}`
          : `${pharma ? "фармацевтический завод" : "завод"} в ${p.name.ru ?? p.name.en}`,
        kk: `${p.name.kk ?? p.name.en} ${pharma ? "фармацевтикалық зауыты" : "зауыты"}`,
      },
      [`${p.name.en} plant`, name.name, ...plantSpellings(p, pharma, adjective)],
    );
  }
  if (!/^[A-Z]/u.test(word) || GENERIC_PLANT_WORD.test(word)) return null;
  // "the Zydus Lifesciences pharmaceutical plant": a name of several words before a plant's kind
  // in lower case is the operator's, no plant's own name (that one is capitalised: "… Plant").
  if (word.includes(" ") && kinds.every((w) => PLANT_KIND.test(w) && !/^\p{Lu}/u.test(w)))
    return registerPlant(r, matcher, organisationId(word), { en: word, ru: word, kk: word }, [word]);
  return registerPlant(
    r,
    matcher,
    `${slugOf(word)}-plant`,
    {
      en: `${word} plant`,
      ru: `завод ${word}`,
      kk: `${word} зауыты`,
    },
    [word, `${word} plant`, name.name],
  );
}

/**
 * A place's plant as releases call it in each language: plant, factory or complex; «завод»,
 * «комплекс», «фармкомплекс»; «зауыты», «кешені» («Қарағанды фармацевтикалық кешені» and
 * "Karaganda pharmaceutical complex" are the plant stored as «Қарағанды фармацевтикалық зауыты»).
 */
function plantSpellings(p: Place, pharma: boolean, adjective: string | undefined): string[] {
  const en = p.name.en;
  const kk = p.name.kk ?? en;
  const kinds = pharma ? ["pharmaceutical "] : [""];
  const out = [
    ...kinds.flatMap((k) => ["plant", "factory", "complex"].map((n) => `${en} ${k}${n}`)),
    ...kinds.flatMap((k) => ["зауыты", "кешені"].map((n) => `${kk} ${k ? "фармацевтикалық " : ""}${n}`)),
  ];
  if (adjective)
    out.push(
      ...(pharma
        ? ["фармацевтический завод", "фармацевтический комплекс", "фармкомплекс", "фармзавод"]
        : ["завод", "комплекс"]
      ).map((n) => `${adjective} ${n}`),
    );
  return out;
}

/** A Russian place name's adjective, for the regular ones: Павлодар → Павлодарский, Караганда → Карагандинский, Алматы → Алматинский. */
function placeAdjective(name: string): string | undefined {
  if (!/^[А-ЯЁ][а-яё]+$/u.test(name)) return undefined;
  if (/[аы]$/u.test(name)) return `${name.slice(0, -1)}инский`;
  return /[бвгдзклмнпрстфх]$/u.test(name) ? `${name}ский` : undefined;
}

/** A plant's kind, not a product: what a place's plant is called ("Pavlodar Pharmaceutical Plant"). */
const PLANT_WORD_EN = /^(pharmaceutical|biopharmaceutical|plant|factory|complex|works)$/iu;
const GENERIC_PLANT_WORD = /^(The|This|That|New|A|An|Its|Pharmaceutical|Biopharmaceutical)$/u;
const slugOf = (w: string) => organisationId(w);

/** A capitalised place adjective («Карагандинский», «Павлодарскому»): the place whose name its stem begins. */
/** A Russian place adjective («Жамбылской», «Карагандинский») of any place, region or city. */
function placeStem(word: string, places: readonly Place[]): boolean {
  const stem = word.replace(/(ин)?(ск|цк)\p{L}*$/u, "").toLowerCase();
  if (stem.length < 4 || stem === word.toLowerCase()) return false;
  return places.some((p) => [p.name.ru, p.name.kk, p.name.en].some((n) => n?.toLowerCase().startsWith(stem)));
}

function placeOfAdjective(word: string, places: readonly Place[]): string | undefined {
  const stem = word.replace(/(ин)?(ск|цк)\p{L}*$/u, "").toLowerCase();
  if (stem.length < 4 || stem === word.toLowerCase()) return undefined;
  const found = places.filter((p) =>
    [p.name.ru, p.name.kk, p.name.en].some((n) => n && !/\s/u.test(n) && n.toLowerCase().startsWith(stem)),
  );
  return (found.find((p) => p.kind === "city") ?? found[0])?.id;
}

function registerPlant(r: MentionResult, matcher: Matcher, id: string, name: Names, extra: string[]): string {
  if (r.orgs.has(id)) return id;
  const byName = matcher.byKey.get(nameKey(name.en));
  if (byName) return byName;
  const created: Organisation = {
    id,
    kind: "pharmaceutical company",
    name,
    aliases: [...new Set([name.en, name.ru ?? "", name.kk ?? "", ...extra].filter(Boolean))],
  };
  r.orgs.set(id, created);
  r.created.push(created);
  matcher.addOrganisation(created);
  return id;
}

function uniqueId(id: string, taken: ReadonlyMap<string, unknown>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** A plant named after its operator, or a company investing in another: one group. */
function linkGroup(orgs: OrgMention[], text: string, sentence: number, r: MentionResult): void {
  const companies = orgs.filter((o) => o.role === "company");
  for (const f of companies.filter((o) => o.facility)) {
    const actor = companies.find((o) => !o.facility && o.id !== f.id);
    if (actor) r.links.push({ from: actor.id, to: f.id, sentence });
  }
  const invest = INVESTED_IN.exec(text);
  if (invest) {
    const investor = companies.filter((o) => o.end <= invest.index).at(-1);
    const target = companies.find((o) => o.start >= invest.index + invest[0].length);
    if (investor && target && investor.id !== target.id)
      r.links.push({ from: investor.id, to: target.id, sentence });
  }
}
