import { GENERIC, nameKey } from "../knowledge/extract/names.js";
import { editDistance, PhraseIndex } from "../knowledge/phrases.js";
import type { Dataset, Lang, Names } from "../knowledge/schema.js";
import { nameInOtherScript, normalize } from "../knowledge/text.js";
import { COMPARATIVES, PRODUCT_SYNONYMS } from "./lexicon.js";

/** Words that are never a name, however close to one they are spelled. */
/** Words never read as a name, however close their spelling: «тарап» ("party") is not Taraz. */
const NEVER_NAMES = new Set([...COMPARATIVES.than, "тарап", "тараптар", "тарапы"]);

export type EntityType = "organisation" | "place" | "person" | "agreement" | "partnership";
export interface Ref {
  type: EntityType;
  id: string;
}

export interface EntityMatch extends Ref {
  /** Token positions [start, end) in the question. */
  start: number;
  end: number;
}

/**
 * How people shorten a region's name: "Туркестанская область" → "туркестанская", "туркестанская
 * обл"; "Түркістан облысы" → "Түркістан обл" (alone, "Түркістан" may be the city).
 */
function shortRegionNames(place: Dataset["places"][number]): string[] {
  if (place.kind !== "region") return [];
  const out: string[] = [];
  for (const name of [place.name.ru, place.name.kk, ...place.aliases]) {
    const ru = name?.match(/^(\S+(?:ская|цкая|ная))\s+область$/i);
    if (ru?.[1]) out.push(ru[1], `${ru[1]} обл`);
    const kk = name?.match(/^(\S+)\s+облысы$/i);
    if (kk?.[1]) out.push(`${kk[1]} обл`);
  }
  return out;
}

/** A word that makes the place before it a region: «облысы», «области», "region", "oblast". */
const REGION_WORD = /^(облыс|област|обл$|region|oblast)/;

/** A sound key shorter than this ("abdi") is too common to name a company by itself. */
const MIN_SOUND = 6;

const key = (ref: Ref) => `${ref.type}:${ref.id}`;

/** Organisations a question may name by one word of their name: companies, not ministries. */
const COMPANY_KINDS: ReadonlySet<string> = new Set([
  "pharmaceutical company",
  "partner company",
  "distributor",
]);
/** Legal forms, facility and trade words: part of a name, never a name alone. */
/** What plants make ("insulin" of Zhaiyk Insulin, "vaccine"): asked alone, a product, never a short name. */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(PRODUCT_SYNONYMS.flat());
/** Words of company names that are English words too ("World Medicine"): "word" is no typo of them. */
const ENGLISH_WORDS = new Set(["world", "north", "south", "prime", "smart", "green", "group", "trust"]);

const NOT_A_NAME =
  /^(llp|jsc|llc|ltd|inc|plc|gmbh|corp|factory|plant|works|medicine|medicines|technology|technologies|biological|biotechnology|devices|products|industrial|industry|investment|invest|manufacturing|production|chemical|chemicals|health|life|sciences|science|solutions|systems|trade|trading|partners|ventures|capital|new|first|national|republic|state|east|west|north|south|asia|eurasia|eurasian|world|general|united|test|tests|diagnostic|diagnostics|lab|labs|laboratory|minerals|glass|medical|active|care|healthcare|remedies|insulin|latex|glove|gloves|vaccine|vaccines|bandage|bandages|masks?|syringes?)$/;

/** A short name a question used and the companies whose names hold it (one: found; several: asked which). */
export interface ShortName {
  name: string;
  ids: string[];
  start: number;
  end: number;
}

/** The alias table: every organisation, place, person, agreement and partnership with its spellings. */
export class EntityIndex {
  /**
   * Names by type, then by id: an answer over 1,000 projects names each of them, and a key joining
   * type and id was a new string to hash every time.
   */
  private readonly names = new Map<EntityType, Map<string, Names>>();
  /** Foreign partner companies (by id), whose own Latin spelling stands beside a transliteration. */
  private readonly foreign = new Set<string>();
  private readonly phrases = new PhraseIndex<string>();
  /** One word of a company's name ("Kangli" of Zhejiang Kangli Pharmaceutical), in both scripts. */
  private readonly words = new PhraseIndex<string>({ typos: false });
  private readonly owners = new Map<string, Set<string>>();
  /** How each company's names sound ("Wellmax" and «Велмакс» alike), with the companies sounding so. */
  private readonly sounds = new Map<string, Set<string>>();

  constructor(dataset: Dataset) {
    const add = (type: EntityType, id: string, name: Names, aliases: string[]) => {
      const ofType = this.names.get(type) ?? new Map<string, Names>();
      this.names.set(type, ofType.set(id, name));
      const spellings = [name.en, name.ru, name.kk, ...aliases].filter((s): s is string => !!s);
      // "the AZ memo": people shorten "memorandum" («меморандум» they write whole).
      const short = spellings.flatMap((s) =>
        /\bmemorandum\b/i.test(s) ? [s.replace(/\bmemorandum\b/gi, "memo")] : [],
      );
      this.phrases.add(key({ type, id }), new Set([...spellings, ...short]));
    };
    for (const o of dataset.organisations) add("organisation", o.id, o.name, o.aliases);
    for (const o of dataset.organisations) if (o.kind === "partner company") this.foreign.add(o.id);
    for (const o of dataset.organisations)
      for (const n of [o.name.en, o.name.ru, o.name.kk, ...o.aliases]) {
        const sound = n ? nameKey(n) : "";
        if (sound.length >= MIN_SOUND)
          this.sounds.set(sound, (this.sounds.get(sound) ?? new Set()).add(o.id));
      }
    for (const p of dataset.places) add("place", p.id, p.name, [...p.aliases, ...shortRegionNames(p)]);
    for (const p of dataset.people) add("person", p.id, p.name, p.aliases);
    // A set of projects an agreement or decision announced is asked for by the set's own names
    // ("the four projects approved in January"): they find its agreement, whose set answers.
    const setNames = (agreement: string) =>
      dataset.scopes
        .filter((s) => s.kind === "set" && s.agreement === agreement)
        .flatMap((s) => [s.name.en, s.name.ru ?? "", s.name.kk ?? "", ...s.aliases].filter(Boolean));
    for (const a of dataset.agreements) add("agreement", a.id, a.title, [...a.aliases, ...setNames(a.id)]);
    for (const p of dataset.partnerships) add("partnership", p.id, p.name, p.aliases);
    this.indexNameWords(dataset);
  }

  /**
   * Every distinctive word of a company's names: not a company word ("Pharmaceutical"), a legal
   * form or a place. Found only where no alias is, and answered only when one company has it.
   */
  private indexNameWords(dataset: Dataset): void {
    const places = new Set(
      dataset.places.flatMap((p) =>
        [p.name.en, p.name.ru ?? "", p.name.kk ?? "", ...p.aliases].flatMap((n) => normalize(n).split(" ")),
      ),
    );
    for (const o of dataset.organisations) {
      if (!COMPANY_KINDS.has(o.kind)) continue;
      // A coined Latin word of the name ("Kangli"), not the descriptive words a Russian or Kazakh
      // name is made of («Фармацевтическая», «Оңтүстік»); it is found in either script.
      const names = [o.name.en, ...o.aliases];
      const words = names.flatMap((n) => normalize(n).split(" ")).filter((w) => /^[a-z]+$/.test(w));
      for (const word of new Set(words)) {
        if (word.length < 4 || GENERIC.has(word) || NOT_A_NAME.test(word) || places.has(word)) continue;
        if (PRODUCT_WORDS.has(word)) continue;
        this.owners.set(word, (this.owners.get(word) ?? new Set()).add(o.id));
        if (!ENGLISH_WORDS.has(word)) this.phrases.allowDropped(word);
        const other = nameInOtherScript(word);
        this.words.add(word, [word, ...(other && !GENERIC.has(other) ? [other] : [])]);
      }
    }
  }

  /** Words of company names among the tokens not `taken`, with the companies having each. */
  shortNames(tokens: string[], taken: boolean[]): ShortName[] {
    // A name word met only by a short stem is none: «новых» ("new", stem «нов») is no «ново» of
    // Novo Nordisk; «нобелдің» still holds «нобел» whole, and "nobl" is a typo of "nobel".
    const holds = (m: { key: string; start: number }) => {
      const token = tokens[m.start] ?? "";
      const other = nameInOtherScript(m.key);
      return [m.key, ...(other ? [other] : [])].some(
        (w) => token.startsWith(w) || w.startsWith(token) || editDistance(token, w, 1) <= 1,
      );
    };
    return this.words
      .find(tokens, { exclusive: true, taken })
      .filter(holds)
      .map((m) => ({
        name: tokens
          .slice(m.start, m.end)
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join(" "),
        ids: [...(this.owners.get(m.key) ?? [])],
        start: m.start,
        end: m.end,
      }));
  }

  name(ref: Ref, lang: Lang): string {
    const names = this.names.get(ref.type)?.get(ref.id);
    const local = names?.[lang] ?? names?.en ?? ref.id;
    // A foreign partner's name transliterated («Нобел Илач») is given with its own spelling too,
    // the one a reader will search for: «Нобел Илач (Nobel İlaç)».
    const own = names?.en;
    const foreign = ref.type === "organisation" && this.foreign.has(ref.id);
    return own && local !== own && foreign ? `${local} (${own})` : local;
  }

  /**
   * Entities in normalised question tokens; a token belongs to at most one entity, longest alias
   * first. A function word that looks like a name (the postposition «қарағанда», "compared with",
   * beside Қарағанды) is none.
   */
  /**
   * `guess: false`: no coined name missing a letter ("nobl") — for commands that act on what they
   * find (/subscribe), where a guess is offered as a suggestion instead.
   */
  find(tokens: string[], options: { guess?: boolean } = {}): EntityMatch[] {
    const taken = tokens.map((t) => NEVER_NAMES.has(t));
    const dropped = options.guess !== false;
    const found = this.joined(this.match(tokens, taken, dropped));
    // «Нобел Алматы облысында»: a company name ending in a place's word, with a region word after
    // it, is the company's shorter name and that region ("Nobel in Almaty Region"), when both are.
    const split = found.find(
      (m) => m.type === "organisation" && m.end - m.start >= 2 && REGION_WORD.test(tokens[m.end] ?? ""),
    );
    if (!split) return found;
    const shorter = this.match(
      tokens,
      taken.map((x, i) => x || i === split.end - 1),
      dropped,
    ).find((m) => m.id === split.id && m.start === split.start);
    const region = this.match(tokens.slice(split.end - 1, split.end + 1), [false, false])[0];
    if (!shorter || region?.type !== "place" || region.end !== 2) return found;
    const place = { ...region, start: split.end - 1, end: split.end + 1 };
    return [...found.filter((m) => m !== split && m.start !== split.end), shorter, place].sort(
      (a, b) => a.start - b.start,
    );
  }

  /**
   * "MSP-Ромфарм", "msp romfarm": a company's short name ("msp") followed by another's name that is
   * the rest of its own (Rompharm of MSP-ROMPHARM) is that one company, spelled in pieces.
   */
  private joined(found: EntityMatch[]): EntityMatch[] {
    const english = (id: string) => normalize(this.names.get("organisation")?.get(id)?.en ?? "");
    const out: EntityMatch[] = [];
    for (const m of found) {
      const last = out.at(-1);
      const rest =
        last?.type === "organisation" &&
        m.type === "organisation" &&
        last.end === m.start &&
        last.id !== m.id &&
        english(last.id).endsWith(` ${english(m.id)}`);
      if (rest && last) last.end = m.end;
      else out.push({ ...m });
    }
    return out;
  }

  private match(tokens: string[], taken: boolean[], dropped = true): EntityMatch[] {
    const found = this.phrases.find(tokens, { exclusive: true, taken, dropped }).map((m) => {
      const [type, id] = m.key.split(":") as [EntityType, string];
      return { type, id, start: m.start, end: m.end };
    });
    const sounded = this.bySound(tokens, taken, found);
    // A place's word that begins a company's name said by sound ("Semey Biopharm" of «Семей
    // Биофарм») is the company's, not the place.
    const kept = found.filter((m) => !sounded.some((x) => m.start < x.end && x.start < m.end));
    return [...kept, ...sounded].sort((a, b) => a.start - b.start);
  }

  /**
   * A company named in the other script than its sources write it, by sound: "Welfarm" of
   * «Велфарм», «Велмакс» of Wellmax, "Karatau Farm" of «Қаратау Фарм». Only words no alias took,
   * only a whole name (up to three words) and only when one company sounds so.
   */
  private bySound(tokens: string[], taken: boolean[], found: EntityMatch[]): EntityMatch[] {
    // Marked once per token, not searched for every window: an answer of a thousand words (which
    // companies it lists) tries three windows at each of them.
    const used = taken.slice();
    const placesAt = new Map<number, EntityMatch[]>();
    for (const m of found)
      for (let i = m.start; i < m.end; i++) {
        if (m.type !== "place") used[i] = true;
        else placesAt.set(i, [...(placesAt.get(i) ?? []), m]);
      }
    const anyUsed = (start: number, end: number) => {
      for (let i = start; i < end; i++) if (used[i]) return true;
      return false;
    };
    // Over a place only a longer name that holds it whole.
    const overPlace = (start: number, end: number) => {
      for (let i = start; i < end; i++)
        for (const m of placesAt.get(i) ?? [])
          if (m.start < start || m.end > end || m.end - m.start >= end - start) return true;
      return false;
    };
    const out: EntityMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (let end = Math.min(tokens.length, start + 3); end > start; end--) {
        if (anyUsed(start, end) || overPlace(start, end)) continue;
        const ids = this.sounds.get(nameKey(windowText(tokens, start, end)));
        if (ids?.size !== 1) continue;
        out.push({ type: "organisation", id: [...ids][0] as string, start, end });
        for (let i = start; i < end; i++) used[i] = true;
        start = end - 1;
        break;
      }
    }
    return out;
  }
}

/** Tokens [start, end) joined by spaces, as `tokens.slice(start, end).join(" ")` without the array. */
function windowText(tokens: string[], start: number, end: number): string {
  let text = tokens[start] as string;
  for (let i = start + 1; i < end; i++) text += ` ${tokens[i]}`;
  return text;
}
