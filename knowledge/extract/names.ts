import { slugify, transliterate } from "../text.js";

/**
 * New organisation names in a sentence of a press release, found by how releases write them:
 * a quoted name after "company"/"компании"/"ТОО"/"АО" («КФК МЕДСЕРВИС ПЛЮС»), a capitalised name
 * before a legal form (Astana Pharmbiosyntesis LLP, Hikma CIS JSC), a Latin name after "company"
 * (компании MSN Group) or ending in a company word (… Group, … Pharm), and a capitalised name that
 * builds, invests or signs ("Polpharma will build …").
 */

export interface NameMention {
  /** The name as written, without quotes and legal form. */
  name: string;
  /** Offsets of the whole mention (legal form and quotes included) in the sentence. */
  start: number;
  end: number;
  /** A government body (ministry, akimat, agency…): never the company of a project. */
  government: boolean;
}

const COMPANY_WORD =
  "(?:компани\\p{L}*|ТОО|АО|ООО|ОАО|ЗАО|ПАО|ЖШС|АҚ|фирм\\p{L}*|холдинг\\p{L}*|company|firm|LLP|JSC|производител\\p{L}*|өндіруші\\p{L}*|концерн\\p{L}*)";
const QUOTED_AFTER = new RegExp(`${COMPANY_WORD}\\s+[«"“]([^»"”]{2,60})[»"”]`, "giu");
const QUOTED_BEFORE = /[«"“]([^»"”]{2,60})[»"”]\s+(?:компания\p{L}*|ЖШС|АҚ|серіктестіг\p{L}*)/giu;
const LEGAL = "(?:LLP|JSC|LLC|Ltd\\.?|LTD|Inc\\.?|PLC|GmbH|AG|Corp\\.?)";
const CAP = "[A-Z][\\w&'’.-]*";
const BEFORE_LEGAL = new RegExp(`((?:${CAP},?\\s+){1,6})${LEGAL}(?![\\w])`, "gu");
const AFTER_COMPANY = new RegExp(
  `(?:company|компани\\p{L}*|компаниясы|manufacturer|производител\\p{L}*)\\s+((?:${CAP}\\s?){1,4})`,
  "gu",
);
const COMPANY_SUFFIX = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP}\\s+(?:Group|Pharm|Pharma|Pharmaceuticals|Pharmaceutical|Farm|Biotech|Holding|Holdings|Corporation|Industries|Laboratories|Healthcare)(?:\\s+(?:Plant|Factory|Works|Company))?)(?![\\w])`,
  "gu",
);
const BUILT_BY = new RegExp(
  `(?:built|operated|owned|run|developed|implemented|launched|founded|financed) by ((?:${CAP}\\s?){1,4})`,
  "gu",
);
const ACTING = new RegExp(
  `((?:${CAP}\\s+){0,3}${CAP})\\s+(?:will|plans|intends|is going to|has signed|signed|invests|is investing|is building|builds|launched|opened|confirmed|is ready|to build|to invest|to open|to launch|to construct|to expand|to set up)\\b`,
  "gu",
);
/** In a headline, a quoted name is the company the release is about ("Новый завод «Тараз Фарм» …"). */
const QUOTED_IN_TITLE = /[«"“]([^»"”]{2,60})[»"”]/gu;

/** Capitalised words that open sentences or name no organisation. */
const NOT_NAMES = new Set(
  (
    "the a an in on at also meanwhile this that these those it its they their there he she we our " +
    "according once after before during while for with and but or as by from to of under kazakhstan " +
    "minister ministry prime president government state national deputy vice chairman ceo head director " +
    "the company plant project factory facility january february march april may june july august september " +
    "october november december monday tuesday wednesday thursday friday saturday sunday all both each " +
    "several three two four five"
  ).split(" "),
);
const GOVERNMENT =
  /(ministry|министерств|министрлі|government|правительств|үкімет|akimat|акимат|әкімдік|agency|агентств|committee|комитет|department|департамент|parliament|парламент|press service|пресс-служб|office of|университет|university)/iu;
/** Words of a name too general to stand for it alone. */
const GENERIC = new Set(
  (
    "group pharm pharma pharmaceutical pharmaceuticals farm global international medical holding holdings " +
    "company corporation industries laboratories healthcare bio biotech plus kazakhstan central asia " +
    "плюс групп фарм казахстан қазақстан компания"
  ).split(" "),
);

function clean(raw: string): string {
  let name = raw.trim().replace(/[,\s]+$/, "");
  // Trailing legal forms of a chain ("JuldyzKenanCo., LTD") and leading sentence words go.
  for (;;) {
    const next = name
      .replace(/[,\s]+(LTD|Ltd\.?|LLP|JSC|LLC|Inc\.?|Co\.?)$/u, "")
      .replace(/[.,\s]+$/u, "")
      .trim();
    if (next === name) break;
    name = next;
  }
  const words = name.split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has((words[0] as string).toLowerCase())) words.shift();
  return words.join(" ");
}

export function findNames(sentence: string, title = false): NameMention[] {
  const out: NameMention[] = [];
  const add = (raw: string, start: number, end: number) => {
    const name = clean(raw);
    if (name.length < 2 || NOT_NAMES.has(name.toLowerCase())) return;
    if (!/\p{Lu}/u.test(name)) return;
    if (out.some((m) => m.start < end && start < m.end)) return;
    // "the Ministry of Industry": the capitalised run after "of" is still the ministry.
    const governed =
      /(ministry|министерств\p{L}*|agency|committee|department|office|government|akimat)\s+(of|for)\s+(the\s+)?$/iu;
    out.push({
      name,
      start,
      end,
      government: GOVERNMENT.test(name) || governed.test(sentence.slice(0, start)),
    });
  };
  const patterns = [
    QUOTED_AFTER,
    QUOTED_BEFORE,
    BEFORE_LEGAL,
    AFTER_COMPANY,
    BUILT_BY,
    COMPANY_SUFFIX,
    ACTING,
  ];
  for (const re of title ? [...patterns, QUOTED_IN_TITLE] : patterns) {
    for (const m of sentence.matchAll(re)) {
      const group = m[1] as string;
      const at = (m.index ?? 0) + (m[0] as string).indexOf(group);
      // A quoted name's mention is the name in its quotes; others run to the end of the match.
      const quoted = re === QUOTED_AFTER || re === QUOTED_BEFORE || re === QUOTED_IN_TITLE;
      // A name before a legal form keeps the form in its mention; a name before a verb does not.
      const end = quoted
        ? at + group.length + 1
        : re === BEFORE_LEGAL
          ? (m.index ?? 0) + m[0].length
          : at + group.trimEnd().length;
      add(group, quoted ? at - 1 : at, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A stable id for a new organisation ("КФК МЕДСЕРВИС ПЛЮС" → "kfk-medservis-plyus"). */
export function organisationId(name: string): string {
  return slugify(name, 5) || "organisation";
}

/**
 * Spellings a later article or question may use: the name, its transliteration, and each
 * distinctive word of a longer name ("Hikma" of Hikma CIS) unless `taken` says the word names
 * something else (a place: "Astana" of Astana Pharmbiosyntesis).
 */
export function nameAliases(name: string, asWritten: string, taken: (word: string) => boolean): string[] {
  const words = name.split(/\s+/);
  const candidates = words.length < 2 ? [] : words.filter((w) => !GENERIC.has(w.toLowerCase()) && !taken(w));
  // Long words first ("Hikma" of Hikma CIS); an acronym ("MSN" of MSN Group) only when there is none.
  const long = candidates.filter((w) => w.length >= 5);
  const distinctive = long.length ? long : candidates.filter((w) => w.length >= 3 && w === w.toUpperCase());
  return [...new Set([name, asWritten.trim(), transliterate(name), ...distinctive])];
}
