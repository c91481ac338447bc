import type { Mentions } from "./mentions.js";

/**
 * Where an article says a company is from ("Razi Pharmed, a drug maker from Iran", «Иранская
 * компания «Дару Сина»», «Түркияның «Anadolu Aşı» компаниясы», "Hanbit Plasma of South Korea"),
 * and a later reference to it by that origin alone ("the Iranian company", «компания из Ирана»,
 * «Түрік компаниясы», "a company from South Korea"): the company of that country the article named.
 */

/** Stems of the words for a country (its name and adjective) in en/ru/kk, by country. */
const COUNTRY_STEMS: Record<string, readonly string[]> = {
  iran: ["iran", "иран"],
  turkey: ["turk", "türk", "турец", "турц", "турк", "түрік", "түрк"],
  korea: ["korea", "южнокорей", "корей", "корея", "кәріс"],
  china: ["china", "chinese", "китай", "қытай"],
  india: ["india", "индийск", "индии", "индия", "үнді"],
  egypt: ["egypt", "египет", "египт", "мысыр"],
  jordan: ["jordan", "иордан"],
  poland: ["poland", "polish", "польск", "польш", "польша"],
  germany: ["german", "немец", "герман", "неміс"],
  russia: ["russia", "российск", "россии", "россия", "ресей"],
  hungary: ["hungar", "венгер", "венгр", "мажар"],
  uzbekistan: ["uzbek", "узбек", "өзбек"],
  belarus: ["belarus", "белорус", "беларус"],
  usa: ["american", "америк", "сша"],
  uk: ["british", "britain", "британ", "ұлыбритан"],
  france: ["french", "france", "француз", "франци"],
  switzerland: ["swiss", "switzerland", "швейцар"],
  italy: ["italian", "italy", "итальян", "итали"],
  japan: ["japan", "япон", "жапон"],
  pakistan: ["pakistan", "пакистан", "пәкістан"],
  uae: ["emirat", "эмират"],
};
/** Words that start like a country's and are none: Turkistan, Turkmen. */
const NOT_COUNTRY = /^(turkistan|turkestan|туркестан|түркістан|turkmen|туркмен|түрікмен|түркмен)/u;

/** The country a word names, if any. */
export function countryOf(word: string): string | undefined {
  // «АҚШ» (the USA) in capitals only: «ақша» is money.
  if (/^[«"“(]?АҚШ/u.test(word)) return "usa";
  const w = word.toLowerCase().replace(/^[«"“(]+|[»"”),.;:]+$/gu, "");
  if (NOT_COUNTRY.test(w)) return undefined;
  for (const [country, stems] of Object.entries(COUNTRY_STEMS))
    if (stems.some((s) => w.startsWith(s))) return country;
  return undefined;
}

/** The country in a run of words (the last named): "South Korea" is Korea. */
function countryIn(words: string[]): string | undefined {
  return words.flatMap((w) => countryOf(w) ?? []).at(-1);
}

/** What comes right after a name and says where it is from: ", a drug maker from Iran", " of South Korea", « из Ирана», « (Иран)». */
const ORIGIN_AFTER =
  /^[»"”]?\s*(?:,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:from|of|based in)\s+((?:[\p{L}-]+\s*){1,2})|\s+(?:of|from)\s+((?:South|North)?\s*\p{Lu}\p{L}+)|(?:,\s+(?:[\p{L}-]+\s+){0,2})?\s*(?:из|от)\s+(\p{Lu}\p{L}+)|\s*\((\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\))/u;

/**
 * The country each company of the article is said to be from: the words just before its name
 * ("Iranian company", «Түркияның», "South Korea's") or an apposition right after it.
 */
export function originsOf(mentions: readonly Mentions[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const x of mentions) {
    const text = x.sentence.text;
    for (const o of x.orgs) {
      if (o.role !== "company" || out.has(o.id)) continue;
      // Up to three words before the name, within its clause.
      const lead =
        text
          .slice(Math.max(0, o.start - 50), o.start)
          .split(/[,;:–—.]/u)
          .at(-1) ?? "";
      const before = countryIn(lead.trim().split(/\s+/u).slice(-3));
      const after = ORIGIN_AFTER.exec(text.slice(o.end));
      const stated = after ? countryIn((after.slice(1).find(Boolean) ?? "").split(/\s+/u)) : undefined;
      const country = before ?? stated;
      if (country) out.set(o.id, country);
    }
  }
  return out;
}

/** A word for a party to a deal: the company, the investor, the side. */
const PARTY =
  "(?:company|firm|investor|side|partner|manufacturer|producer|drug\\s?maker|group|компани\\p{L}*|фирм\\p{L}*|инвестор\\p{L}*|сторон\\p{L}*|партн[её]р\\p{L}*|производител\\p{L}*|серіктес\\p{L}*|тарап\\p{L}*)";
/** "the Iranian company", «иранская сторона», «Түрік компаниясы», «Ирандық инвестор». */
const ADJECTIVE_PARTY = new RegExp(`(?<!\\p{L})([\\p{L}-]+)\\s+${PARTY}(?!\\p{L})`, "giu");
/** "a company from Iran", «компания из Ирана», "an investor from South Korea". */
const PARTY_FROM = new RegExp(
  `(?<!\\p{L})${PARTY}\\s+(?:from|of|из)\\s+((?:South\\s+|North\\s+)?[\\p{L}-]+)`,
  "giu",
);

const ANOTHER =
  /(?<!\p{L})(another|other|a second|ещ[её] (одн|один)\p{L}*|друг\p{L}*|втор\p{L}*|тағы бір|басқа)\s+(\p{L}+\s+)?(?:company|firm|investor|drug\s?maker|manufacturer|компани\p{L}*|инвестор\p{L}*|фирм\p{L}*)/iu;

/** The country a clause refers to a company by ("the Iranian company", «компания из Ирана»), if it does. */
export function originReference(clause: string): string | undefined {
  // "another Turkish investor", «ещё одна турецкая компания», «тағы бір түрік компаниясы»: someone new.
  if (ANOTHER.test(clause)) return undefined;
  for (const m of clause.matchAll(ADJECTIVE_PARTY)) {
    const c = countryOf(m[1] as string);
    if (c) return c;
  }
  for (const m of clause.matchAll(PARTY_FROM)) {
    const c = countryIn((m[1] as string).split(/\s+/u));
    if (c) return c;
  }
  return undefined;
}
