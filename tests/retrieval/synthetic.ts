import type { Source } from "../../knowledge/schema.js";
import { prng } from "../helpers/synthetic-dataset.js";

/** Names and ordinary words come from different syllables, so a name never doubles as a word. */
const WORD_SYLLABLES =
  "ka ze ro min tal ver su lan dor pe ix on ar bel cu den fo gra hu jin kol mar nu pra".split(" ");
const NAME_SYLLABLES = "vo quil yat bri zho gax wen ty oss plim".split(" ");

function word(rand: () => number, parts: number, syllables = WORD_SYLLABLES): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += syllables[Math.floor(rand() * syllables.length)];
  return w;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

interface Vocabulary {
  words: string[];
  companies: string[];
  places: string[];
  products: string[];
}

function vocabulary(rand: () => number): Vocabulary {
  const unique = (n: number, make: () => string) => {
    const s = new Set<string>();
    while (s.size < n) s.add(make());
    return [...s];
  };
  return {
    words: unique(4000, () => word(rand, 2 + Math.floor(rand() * 3))),
    companies: unique(
      800,
      () =>
        `${capital(word(rand, 3, NAME_SYLLABLES))} ${["Pharm", "Bio", "Med", "Lab"][Math.floor(rand() * 4)]}`,
    ),
    places: unique(120, () => `${capital(word(rand, 3, NAME_SYLLABLES))} Region`),
    products: unique(
      200,
      () => `${word(rand, 3)} ${["tablets", "vaccines", "inhalers", "serums"][Math.floor(rand() * 4)]}`,
    ),
  };
}

/** Picks with a Zipf-like skew: a few words are common, most are rare, as in real text. */
const zipf = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 3)] as T;
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function filler(rand: () => number, v: Vocabulary, n: number): string {
  return Array.from({ length: n }, () => zipf(rand, v.words)).join(" ");
}

function document(rand: () => number, v: Vocabulary, i: number): Source {
  const company = pick(rand, v.companies);
  const partner = pick(rand, v.companies);
  const place = pick(rand, v.places);
  const sentences = [
    `${company} will build a plant in ${place}, investing ${(10 + rand() * 90).toFixed(1)} billion tenge.`,
    `The project will create around ${Math.floor(20 + rand() * 400)} jobs and produce ${pick(rand, v.products)}.`,
    `It is being implemented in partnership with ${partner}, which ${filler(rand, v, 6)}.`,
  ];
  const extra = 2 + Math.floor(rand() * 4);
  for (let s = 0; s < extra; s++) sentences.push(`${capital(filler(rand, v, 8 + Math.floor(rand() * 14)))}.`);
  return {
    id: `synthetic-${i}`,
    title: `${company} invests in ${place}`,
    date: null,
    body: `${sentences.slice(0, 3).join(" ")}\n\n${sentences.slice(3).join(" ")}`,
  };
}

/** `n` generated news items about pharmaceutical plants, deterministic for a given seed. */
export function syntheticCorpus(n: number, seed = 7): Source[] {
  const rand = prng(seed);
  const v = vocabulary(rand);
  return Array.from({ length: n }, (_, i) => document(rand, v, i));
}

/** A question about a synthetic document and the name a good answer's sentence contains. */
export interface SyntheticQuestion {
  q: string;
  names: string;
}

/** Questions about the companies and places of random documents of a synthetic corpus. */
export function syntheticQuestions(sources: readonly Source[], n: number, seed = 11): SyntheticQuestion[] {
  const rand = prng(seed);
  const templates = [
    (company: string) => `How many jobs will ${company} create?`,
    (company: string) => `Who is the partner of ${company}?`,
  ];
  return Array.from({ length: n }, () => {
    const [company = "", place = ""] = pick(rand, sources).title.split(" invests in ");
    if (rand() < 1 / 3) return { q: `What will be built in ${place}?`, names: place };
    return { q: pick(rand, templates)(company), names: company };
  });
}
