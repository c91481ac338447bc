import type { Dataset } from "../knowledge/schema.js";
import { scopeOf } from "./execute.js";
import { ROLE_MODIFIERS, ROLE_VERBS } from "./lexicon.js";
import { type Attribute, isNumeric, type Operation, type Query } from "./query.js";
import type { Cue, Reading } from "./reading.js";

/** How a question is taken: as a query for the executor, or one of the routes that need none. */
export type Interpretation =
  | { route: "query"; query: Query }
  | { route: "retrieval" }
  | { route: "refuse" }
  | { route: "greeting" }
  | { route: "empty" };

const MONTHS: [string, number][] = Object.entries({
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  январ: 1,
  феврал: 2,
  март: 3,
  апрел: 4,
  ма: 5,
  июн: 6,
  июл: 7,
  август: 8,
  сентябр: 9,
  октябр: 10,
  ноябр: 11,
  декабр: 12,
  қаңтар: 1,
  ақпан: 2,
  наурыз: 3,
  сәуір: 4,
  мамыр: 5,
  маусым: 6,
  шілде: 7,
  тамыз: 8,
  қыркүйек: 9,
  қазан: 10,
  қараша: 11,
  желтоқсан: 12,
});

function monthOf(tokens: string[]): number | undefined {
  for (const t of tokens) {
    for (const [name, n] of MONTHS) if (name.length >= 3 ? t.startsWith(name) : t === name) return n;
  }
  return undefined;
}

/** Which metric a cue names, for "per …" denominators. */
const PER: Partial<Record<Cue, "jobs" | "medicines">> = { "m:jobs": "jobs", "m:medicines": "medicines" };
/** "per", "на один", "бір": the next metric word is a ratio's denominator. */
const PER_WORDS = new Set(["per", "each", "один", "одно", "одну", "одного", "бір", "1"]);

/**
 * Reads a parsed question into a query: attributes from the vocabulary, the operation from the
 * question's structure (question word, conjunctions, "per …"), subjects from the entity index.
 * What cannot be read as a query goes to retrieval.
 */
export function interpret(p: Reading, dataset: Dataset): Interpretation {
  const has = (c: Cue) => p.cues.has(c);
  if (p.tokens.length === 0) return { route: "empty" };
  if (has("secret")) return { route: "refuse" };
  const country = dataset.places.find((x) => x.kind === "country")?.id;
  // "How much does Apple invest in Kazakhstan?" is about Apple, which the sources never mention.
  if (p.foreign.length && p.entities.every((e) => e.id === country)) return { route: "retrieval" };
  if (has("greeting") && p.entities.length === 0 && p.unexplained.length === 0 && p.cues.size === 1)
    return { route: "greeting" };
  if (p.expects === "reason") return { route: "retrieval" };

  const subjects = p.entities.map(({ type, id }) => ({ type, id }));
  const s = scopeOf(subjects, dataset);
  const base = { subjects, unparsed: p.unexplained };
  const query = (
    attributes: Attribute[],
    operation: Operation,
    extra: Partial<Query> = {},
  ): Interpretation => ({
    route: "query",
    query: { ...base, attributes, operation, ...extra },
  });

  // Something the knowledge never records: said precisely, never answered with a nearby figure.
  // "Open" asks for a date only with a date word ("when will it open"); a question with more words
  // to read ("which laboratory did AltINFARM open") is for retrieval.
  const unknown = [...p.cues].find((c) => c.startsWith("u:") && (c !== "u:opening" || has("m:date")));
  if (unknown && p.unexplained.length <= 1) return query(["profile"], "value", { unknown: unknown.slice(2) });

  // "What changed for Abdi Ibrahim?", "что изменилось?": the figures a newer source changed.
  if (has("m:changes") && !has("o:compare"))
    return query(["changes"], "list", { time: { year: p.years[0], month: monthOf(p.tokens) } });
  // "Has MSN Group signed an agreement?": how far the company's project has got.
  if (
    has("m:agreements") &&
    scopeOf(subjects, dataset).companies.length &&
    !s.agreements.length &&
    !has("m:date") &&
    !has("m:partners") &&
    !has("m:who")
  )
    return query(["stage"], "value");

  // "whats sayasat nurbek's job": a person's job is their office, not the projects' jobs.
  if (s.people.length && !s.companies.length && !s.places.length && has("m:jobs") && !has("m:said"))
    return query(["roles"], "value");

  const ask: Ask = { p, has, s, dataset, query };
  return readFigures(ask) ?? readPeople(ask) ?? readFacts(ask);
}

/** Operation words that make a question about figures. */
const FIGURE_OPERATIONS = [
  "o:count",
  "o:total",
  "o:most",
  "o:least",
  "o:compare",
  "o:average",
  "o:share",
  "o:difference",
  "o:times",
  "o:sum",
] as const;

/** What the interpreter's stages share: the reading, its cues, the scope of its subjects. */
interface Ask {
  p: Reading;
  has: (c: Cue) => boolean;
  s: ReturnType<typeof scopeOf>;
  dataset: Dataset;
  query: (attributes: Attribute[], operation: Operation, extra?: Partial<Query>) => Interpretation;
}

/** Figures: which numeric attributes, with which operation, grouping, unit and denominator. */
function readFigures(a: Ask): Interpretation | null {
  const { p, has, s, dataset, query } = a;

  const numeric = FIGURE_OPERATIONS.some(has) || has("o:perJob") || has("o:top");
  const investment = has("m:investment") || has("m:usd") || has("m:kzt");
  const unit = has("m:usd") && !has("m:kzt") ? "USD" : has("m:kzt") && !has("m:usd") ? "KZT" : undefined;

  // "per medicine", "на один препарат", "бір дәріге": the metric after a per-word divides.
  let per: "jobs" | "medicines" | undefined = has("o:perJob") ? "jobs" : undefined;
  for (const c of p.cueAt) {
    const word = p.tokens[c.start - 1];
    if (PER[c.key] && word && PER_WORDS.has(word)) per = PER[c.key];
  }
  if (!per && p.tokens.includes("per") && investment && has("m:jobs")) per = "jobs";

  const attributes: Attribute[] = [];
  if (has("m:social")) attributes.push("sociallySignificant");
  else if (
    has("m:medicines") &&
    per !== "medicines" &&
    (numeric || investment || (s.places.length && !has("m:products") && !has("o:list")))
  )
    attributes.push("medicines");
  if (has("m:jobs") && per !== "jobs") attributes.push("jobs");
  if (investment) attributes.push("investmentKzt");
  // "if the total is 173, what's left for Abdi Ibrahim": the number names the headline it is.
  if (!attributes.length && has("o:remainder")) {
    const said = new Set(p.tokens.map(Number).filter((n) => Number.isFinite(n) && n > 0));
    for (const [metric, figure] of Object.entries(dataset.totals)) {
      if (!figure || !("value" in figure) || !said.has(figure.value)) continue;
      const asked = metric === "investmentUsd" ? "investmentKzt" : metric;
      if (isNumeric(asked as Attribute) && !attributes.includes(asked as Attribute))
        attributes.push(asked as Attribute);
    }
  }

  // "which region has the most …": a ranking of regions, not of companies.
  const ranksPlaces = (has("o:most") || has("o:least")) && has("m:places") && !s.places.length;
  const groupBy =
    has("g:region") || ranksPlaces
      ? "region"
      : has("g:company")
        ? "company"
        : has("g:city")
          ? "city"
          : undefined;
  const exists = p.expects === "yesno";

  if (per && investment) return query(["investmentKzt"], "ratio", { unit, per });
  // "what share of Nobel's medicines are socially significant", "how many are NOT": of its own whole.
  const negated = p.references.some((r) => r.key === "negation");
  if (has("m:social") && s.companies.length && (has("o:share") || negated))
    return query(["sociallySignificant"], negated ? "difference" : "share", { whole: "medicines" });
  if (attributes.length) {
    const limit = p.tokens
      .map(Number)
      .find((n, i) => Number.isInteger(n) && n > 0 && n < 20 && has("o:top") && i > 0);
    const operation = operationOf(a, { groupBy, exists });
    return query(attributes, operation, { unit, groupBy, limit });
  }

  return null;
}

/** The operation a figure question asks for, from its operation words and its subjects. */
function operationOf(a: Ask, how: { groupBy?: string; exists: boolean }): Operation {
  const { has, s } = a;
  const { groupBy, exists } = how;
  return has("o:share") && s.companies.length
    ? "share"
    : has("o:average") && !s.companies.length
      ? "average"
      : has("o:least")
        ? "min"
        : has("o:most")
          ? "max"
          : has("o:top")
            ? "rank"
            : has("o:remainder")
              ? "remainder"
              : s.companies.length >= 2 &&
                  (has("o:total") || has("o:together") || has("o:sum")) &&
                  !has("o:compare")
                ? "sum"
                : s.companies.length >= 2 && has("o:times")
                  ? "times"
                  : s.companies.length >= 2
                    ? "compare"
                    : exists
                      ? "exists"
                      : groupBy
                        ? "sum"
                        : has("o:count")
                          ? "count"
                          : "value";
}

/** People: what someone said, who someone is; who holds a role (its words read from the question). */
function readPeople(a: Ask): Interpretation | null {
  const { p, has, s, query } = a;
  const role = roleWords(p);
  if (s.people.length && has("m:agreements")) return { route: "retrieval" };
  if (has("m:said") && (s.people.length || role.length)) return query(["statements"], "value", { role });
  if (s.people.length && !has("m:date")) return query(["roles"], "value");
  if (has("m:role") && role.length && !has("m:partners")) return query(["roles"], "value", { role });

  return null;
}

/** Facts and lists: sites, companies, dates, partners, products, profiles; else retrieval. */
function readFacts(a: Ask): Interpretation {
  const { p, has, s, query } = a;
  const exists = p.expects === "yesno";
  const numeric = FIGURE_OPERATIONS.some(has) || has("o:perJob") || has("o:top");
  if (has("o:spansRegions") && !s.companies.length) return query(["sites"], "list", { spansPlaces: true });
  const listing = has("o:list") || has("o:count");
  // "which companies produce cancer drugs": what each makes answers it, not the list of names.
  if (
    has("m:companies") &&
    (has("m:products") || has("m:medicines")) &&
    p.unexplained.length &&
    !s.companies.length
  )
    return query(["products"], "list");
  if (has("m:companies") && listing && !s.companies.length && !has("m:places") && !has("m:partners"))
    return query(["companies"], has("o:count") ? "count" : "list", {
      signed: has("m:agreements") || undefined,
    });
  if (s.agreements.length && has("m:location")) return query(["sites"], "value");

  const time = { year: p.years[0], month: monthOf(p.tokens) };
  if (has("m:date") || (has("m:agreements") && !s.agreements.length && (s.others.length || p.years.length))) {
    if (s.agreements.length || s.companies.length || s.others.length || time.year || time.month)
      return query(["dates"], "list", { time });
  }
  if (has("m:focusAreas") && !s.companies.length) return query(["items"], "list");
  if (
    has("m:partners") &&
    !s.partnerships.length &&
    (s.companies.length || s.others.length || listing || has("m:who"))
  )
    return query(["partners"], "list");
  if ((has("m:products") || has("m:medicines")) && s.others.length) return query(["products"], "list");

  if (s.companies.length) {
    const aspect: Attribute | null = has("m:standard")
      ? "standard"
      : has("m:products") || has("m:medicines")
        ? "products"
        : has("m:location") || has("m:places")
          ? "sites"
          : has("m:facility")
            ? "facility"
            : has("m:partners")
              ? "partners"
              : null;
    if (aspect) return query([aspect], exists && s.places.length ? "exists" : "value");
    if (p.unexplained.length <= 2) return query(["profile"], "value");
  }
  if (
    s.places.length &&
    !s.agreements.length &&
    (has("m:products") || has("m:standard") || has("m:partners"))
  )
    return query([has("m:standard") ? "standard" : has("m:partners") ? "partners" : "products"], "list");
  if (exists && s.places.length && (has("m:facility") || has("m:companies") || has("m:location")))
    return query(["sites"], "exists");
  // "в каких регионах проекты" asks where the projects are, not which companies they are.
  if (
    has("m:companies") &&
    (listing || has("m:agreements") || s.places.length) &&
    !(has("m:places") && !s.places.length)
  )
    return query(["companies"], "list");
  const aboutSites = has("m:places") || has("m:facility") || has("m:companies");
  // "where are the plants" — but "what are the early diagnosis plans" has more to read: retrieval.
  if (
    aboutSites &&
    (listing || has("m:location") || (has("m:places") && !p.unexplained.length)) &&
    !s.places.length &&
    !s.agreements.length &&
    p.unexplained.length <= 1
  )
    return query(["sites"], "list");
  if (s.places.length && !p.unexplained.length && !has("m:agreements")) return query(["companies"], "list");
  if (has("m:goal") && (has("m:medicines") || p.tokens.includes("50%") || p.tokens.includes("50")))
    return query(["goal"], "value");
  if (
    (has("m:products") || (has("m:medicines") && !numeric)) &&
    !s.others.length &&
    !s.agreements.length &&
    !s.partnerships.length &&
    p.unexplained.length <= 2
  )
    return query(["products"], "list");
  if (s.others.length && p.unexplained.length === 0 && !has("m:agreements"))
    return query(["profile"], "value");
  if (has("greeting") && p.unexplained.length === 0) return { route: "greeting" };
  return { route: "retrieval" };
}

/** The role a question asks about: its role cue words, with a modifier before them ("vice minister"). */

function roleWords(p: Reading): string[] {
  const words: string[] = [];
  const unread = new Set(p.unexplainedAt);
  for (const c of p.cueAt) {
    if (c.key !== "m:role") continue;
    const before = p.tokens[c.start - 1];
    if (before && ROLE_MODIFIERS.has(before)) words.push(before);
    const said = p.tokens.slice(c.start, c.end);
    // "who runs X", «кто руководит»: a verb of leading asks for the head.
    const verb = ROLE_VERBS[said.join(" ")];
    words.push(...(verb ? [verb] : said));
    // "minister of health": an unread Latin word after "of" narrows the role.
    const after = c.end + (p.tokens[c.end] === "of" ? 1 : 0);
    if (after > c.end && unread.has(after) && /^[a-z]+$/.test(p.tokens[after] ?? ""))
      words.push("of", p.tokens[after] as string);
  }
  return words;
}
