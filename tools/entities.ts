import { PhraseIndex } from "../knowledge/phrases.js";
import type { Dataset, Lang, Names } from "../knowledge/schema.js";

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

const key = (ref: Ref) => `${ref.type}:${ref.id}`;

/** The alias table: every organisation, place, person, agreement and partnership with its spellings. */
export class EntityIndex {
  private readonly names = new Map<string, Names>();
  private readonly phrases = new PhraseIndex<string>();

  constructor(dataset: Dataset) {
    const add = (type: EntityType, id: string, name: Names, aliases: string[]) => {
      this.names.set(key({ type, id }), name);
      this.phrases.add(
        key({ type, id }),
        new Set([name.en, name.ru, name.kk, ...aliases].filter((s): s is string => !!s)),
      );
    };
    for (const o of dataset.organisations) add("organisation", o.id, o.name, o.aliases);
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
  }

  name(ref: Ref, lang: Lang): string {
    const names = this.names.get(key(ref));
    return names?.[lang] ?? names?.en ?? ref.id;
  }

  /** Entities in normalised question tokens; a token belongs to at most one entity, longest alias first. */
  find(tokens: string[]): EntityMatch[] {
    return this.phrases.find(tokens, { exclusive: true }).map((m) => {
      const [type, id] = m.key.split(":") as [EntityType, string];
      return { type, id, start: m.start, end: m.end };
    });
  }
}
