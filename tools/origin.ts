import type { Source } from "../knowledge/schema.js";
import { splitSentences } from "../knowledge/sentences.js";
import { normalize } from "../knowledge/text.js";
import type { EntityIndex, Ref } from "./entities.js";
import { NATIONALITIES, type Nationality } from "./lexicon.js";

/** What the sources call an organisation's origin, against the one a question asks about. */
export interface Origin {
  /** Every nationality asked is one the sources give it. */
  yes: boolean;
  said: Nationality[];
  citation: { source: string; quote: string };
}

/** The nationality a word names ("american", «американская», «америкалық»), if any. */
export function nationalityOf(word: string): Nationality | undefined {
  for (const [nationality, stems] of Object.entries(NATIONALITIES) as [Nationality, readonly string[]][])
    if (stems.some((s) => word.startsWith(s))) return nationality;
  return undefined;
}

/** How many words before a name its nationality may stand ("British-Swedish pharmaceutical giant AstraZeneca"). */
const NEAR = 4;

/**
 * "Is AstraZeneca American?": the nationality words a source sentence puts right before the
 * organisation's name ("British-Swedish pharmaceutical giant AstraZeneca"). None when no sentence
 * says where it is from: then the question is not answered yes or no.
 */
export function originOf(
  sources: readonly Source[],
  entities: EntityIndex,
  subject: Ref,
  asked: Nationality[],
): Origin | null {
  return originsOf(sources, entities, asked).get(`${subject.type}:${subject.id}`) ?? null;
}

/**
 * Every subject's origin as the sources put it (the first sentence that does), keyed "type:id":
 * one pass over the sentences, however many subjects are asked about ("which companies are Turkish").
 */
export function originsOf(
  sources: readonly Source[],
  entities: EntityIndex,
  asked: Nationality[],
): Map<string, Origin> {
  const found = new Map<string, Origin>();
  for (const source of sources)
    for (const sentence of splitSentences(source.body)) {
      const tokens = normalize(sentence.text.replace(/-/g, " ")).split(" ").filter(Boolean);
      for (const m of entities.find(tokens)) {
        const key = `${m.type}:${m.id}`;
        if (found.has(key)) continue;
        const said = tokens
          .slice(Math.max(0, m.start - NEAR), m.start)
          .flatMap((t) => nationalityOf(t) ?? []);
        if (!said.length) continue;
        found.set(key, {
          yes: asked.every((n) => said.includes(n)),
          said: [...new Set(said)],
          citation: { source: source.id, quote: sentence.text },
        });
      }
    }
  return found;
}
