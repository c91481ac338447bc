import { PhraseIndex } from "../knowledge/phrases.js";
import type { Dataset, Lang } from "../knowledge/schema.js";
import { detectLang, normalize } from "../knowledge/text.js";
import type { EntityIndex, EntityMatch } from "./entities.js";
import type { Metric } from "./figures.js";
import { GREETING_CUES, METRIC_CUES, OP_CUES, SECRET_CUES, STOPWORDS } from "./lexicon.js";

export type Cue = `m:${keyof typeof METRIC_CUES}` | `o:${keyof typeof OP_CUES}` | "secret" | "greeting";

/** A figure tool call chosen by the router: the tool's name and its zod-validated input. */
export interface ToolCall {
  tool: string;
  input: Record<string, unknown>;
}

export type Plan =
  | { route: "tool"; calls: ToolCall[]; rest?: string }
  | { route: "retrieval" }
  | { route: "refuse" }
  | { route: "greeting" }
  | { route: "empty" };

export interface Parsed {
  lang: Lang;
  tokens: string[];
  entities: EntityMatch[];
  cues: Set<Cue>;
  /** Tokens that are neither entities, cues nor stop words: what is left to understand. */
  unexplained: string[];
  years: number[];
  /** Proper names the sources never mention ("France"): the question is about something else. */
  foreign: string[];
}

/** Cue phrases in all three languages, matched on stems and small typos. */
export function buildCueIndex(): PhraseIndex<Cue> {
  const index = new PhraseIndex<Cue>();
  for (const [k, phrases] of Object.entries(METRIC_CUES)) index.add(`m:${k}` as Cue, phrases);
  for (const [k, phrases] of Object.entries(OP_CUES)) index.add(`o:${k}` as Cue, phrases);
  index.add("secret", SECRET_CUES);
  index.add("greeting", GREETING_CUES);
  return index;
}

export function parse(question: string, entities: EntityIndex, cueIndex: PhraseIndex<Cue>): Parsed {
  const tokens = normalize(question).split(" ").filter(Boolean);
  const found = entities.find(tokens);
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (const e of found) for (let i = e.start; i < e.end; i++) taken[i] = true;
  const cueMatches = cueIndex.find(tokens, { taken });
  for (const c of cueMatches) for (let i = c.start; i < c.end; i++) taken[i] = true;
  const unexplained = tokens.filter((t, i) => !taken[i] && !STOPWORDS.has(t) && t.length > 1);
  return {
    lang: detectLang(question),
    tokens,
    entities: found,
    cues: new Set(cueMatches.map((c) => c.key)),
    unexplained,
    years: tokens.filter((t) => /^(19|20)\d\d$/.test(t)).map(Number),
    foreign: [],
  };
}

const MONTHS: Record<string, number> = {
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
};

function monthOf(tokens: string[]): number | undefined {
  for (const t of tokens) {
    for (const [name, n] of Object.entries(MONTHS)) {
      if (name.length >= 3 ? t.startsWith(name) : t === name) return n;
    }
  }
  return undefined;
}

/**
 * Chooses figure tools for a parsed question, or another route. Rules go from the most specific
 * operation (per job, rankings, comparisons, totals) to plain look-ups; anything not confidently
 * understood goes to retrieval.
 */
export function plan(p: Parsed, dataset: Dataset): Plan {
  const has = (c: Cue) => p.cues.has(c);
  if (p.tokens.length === 0) return { route: "empty" };
  if (has("secret")) return { route: "refuse" };
  // "How much does Apple invest in Kazakhstan?" is about Apple, which the sources never mention.
  if (p.foreign.length && p.entities.every((e) => e.id === "kazakhstan")) return { route: "retrieval" };

  const projectCompanies = new Set(dataset.projects.map((x) => x.company));
  const ids = (type: EntityMatch["type"]) => p.entities.filter((e) => e.type === type).map((e) => e.id);
  const companies = ids("organisation").filter((id) => projectCompanies.has(id));
  const otherOrgs = ids("organisation").filter((id) => !projectCompanies.has(id));
  const places = ids("place").filter((id) => id !== "cambridge");
  const people = ids("person");
  const agreements = ids("agreement");
  const partnerships = ids("partnership");

  if (has("greeting") && p.entities.length === 0 && p.unexplained.length === 0 && p.cues.size === 1) {
    return { route: "greeting" };
  }

  const numeric =
    has("o:count") ||
    has("o:total") ||
    has("o:most") ||
    has("o:least") ||
    has("o:compare") ||
    has("o:average");
  const investment = has("m:investment") || has("m:usd") || has("m:kzt");
  const currencies: Metric[] =
    has("m:usd") && !has("m:kzt")
      ? ["investmentUsd"]
      : has("m:kzt") && !has("m:usd")
        ? ["investmentKzt"]
        : ["investmentKzt", "investmentUsd"];

  // Numeric metrics asked for, in a stable order.
  const metrics: Metric[] = [];
  if (has("m:social")) metrics.push("sociallySignificant");
  else if (has("m:medicines") && numeric) metrics.push("medicines");
  if (has("m:jobs") && !has("o:perJob")) metrics.push("jobs");
  if (investment && !has("o:perJob")) metrics.push(...currencies);

  // Investment per job (a derived ratio).
  if (has("o:perJob") || (has("m:jobs") && investment && p.tokens.includes("per"))) {
    const currencyList = currencies.map((m) => (m === "investmentUsd" ? "USD" : "KZT"));
    const targets = companies.length ? companies : [undefined];
    const calls = targets.flatMap((company) =>
      currencyList.map((currency) => ({ tool: "investment_per_job", input: { currency, company } })),
    );
    return { route: "tool", calls };
  }

  // People: what someone signed (told by the sentence that says so), said, is; who holds a role.
  if (people.length && has("m:agreements")) return { route: "retrieval" };

  if (people.length && has("m:said"))
    return { route: "tool", calls: people.map((person) => ({ tool: "statements", input: { person } })) };
  if (people.length && metrics.length === 0 && !has("m:date")) {
    return { route: "tool", calls: people.map((person) => ({ tool: "who_is", input: { person } })) };
  }
  if (has("m:role") && metrics.length === 0 && !has("m:partners")) {
    const roleWords = p.tokens.filter((t) =>
      ["ceo", "minister", "prime", "министр", "премьер", "директор"].some((w) => t.startsWith(w)),
    );
    if (roleWords.length)
      return {
        route: "tool",
        calls: [{ tool: "who_is", input: { role: roleWords.join(" "), organisation: otherOrgs[0] } }],
      };
  }

  if (metrics.length) {
    const scopePlace = places.find((id) => id !== "kazakhstan");
    if (has("o:share") && companies.length) {
      // One share per figure: tenge stands for the investment unless only dollars were asked for.
      const figures = metrics.filter((m) => m !== "investmentUsd" || !metrics.includes("investmentKzt"));
      return {
        route: "tool",
        calls: companies.flatMap((company) =>
          figures.map((metric) => ({ tool: "share_of_total", input: { metric, company } })),
        ),
      };
    }
    if (has("o:average") && !companies.length) {
      return {
        route: "tool",
        calls: metrics.map((metric) => ({ tool: "metric_average", input: { metric } })),
      };
    }
    if (has("o:most") || has("o:least")) {
      const order = has("o:least") ? "least" : "most";
      return {
        route: "tool",
        calls: metrics.map((metric) => ({
          tool: "rank_companies",
          input: { metric, order, place: scopePlace },
        })),
      };
    }
    if (companies.length >= 2 && has("o:total") && !has("o:compare")) {
      return {
        route: "tool",
        calls: metrics.map((metric) => ({ tool: "sum_companies", input: { metric, companies } })),
      };
    }
    if (companies.length >= 2) {
      return {
        route: "tool",
        calls: metrics.map((metric) => ({ tool: "compare_companies", input: { metric, companies } })),
      };
    }
    if (companies.length === 1) {
      return {
        route: "tool",
        calls: metrics.map((metric) => ({
          tool: "metric_lookup",
          input: { metric, company: companies[0], place: scopePlace },
        })),
      };
    }
    if (scopePlace) {
      const asked = places.filter((id) => id !== "kazakhstan");
      return {
        route: "tool",
        calls: asked.flatMap((place) =>
          metrics.map((metric) => ({ tool: "metric_lookup", input: { metric, place } })),
        ),
      };
    }
    const orgWithoutProject = otherOrgs.find(
      (id) => !["ministry-of-healthcare", "kazakh-invest"].includes(id),
    );
    if (orgWithoutProject) {
      return {
        route: "tool",
        calls: [
          {
            tool: "not_in_sources",
            input: { organisation: orgWithoutProject, metric: investment ? "investment" : metrics[0] },
          },
        ],
      };
    }
    if (agreements.length || partnerships.includes("astrazeneca-partnership")) return { route: "retrieval" };
    return { route: "tool", calls: metrics.map((metric) => ({ tool: "metric_total", input: { metric } })) };
  }

  if (has("o:spansRegions") && !companies.length) {
    return { route: "tool", calls: [{ tool: "companies_in_several_regions", input: {} }] };
  }
  if (has("m:companies") && (has("o:list") || has("o:count")) && !companies.length) {
    return {
      route: "tool",
      calls: [{ tool: "list_companies", input: { place: places.find((id) => id !== "kazakhstan") } }],
    };
  }
  if (agreements.length && has("m:location")) {
    return {
      route: "tool",
      calls: agreements.map((agreement) => ({
        tool: "agreement_details",
        input: { agreement, aspect: "place" },
      })),
    };
  }

  // Agreements and dates.
  if (has("m:date") || (has("m:agreements") && !agreements.length && (otherOrgs.length || p.years.length))) {
    if (agreements.length)
      return {
        route: "tool",
        calls: agreements.map((agreement) => ({
          tool: "agreement_details",
          input: { agreement, aspect: "date" },
        })),
      };
    const parties = [...companies, ...otherOrgs];
    const month = monthOf(p.tokens);
    if (parties.length || p.years.length || month) {
      return { route: "tool", calls: [{ tool: "agreements", input: { parties, year: p.years[0], month } }] };
    }
  }
  if (has("m:focusAreas") && !companies.length) {
    return {
      route: "tool",
      calls: [{ tool: "agreement_details", input: { agreement: "astrazeneca-mou", aspect: "items" } }],
    };
  }

  // Partners of a company (or of all).
  if (has("m:partners") && !partnerships.length) {
    if (companies.length)
      return {
        route: "tool",
        calls: companies.map((company) => ({ tool: "list_partners", input: { company } })),
      };
    if (!otherOrgs.length && (has("o:list") || has("m:who")))
      return { route: "tool", calls: [{ tool: "list_partners", input: {} }] };
  }

  // What AstraZeneca will make in Kazakhstan: the production portfolio at Nobel Almaty.
  if ((has("m:products") || has("m:medicines")) && otherOrgs.some((o) => o.startsWith("astrazeneca"))) {
    return {
      route: "tool",
      calls: [
        { tool: "agreement_details", input: { agreement: "astrazeneca-nobel-production", aspect: "items" } },
      ],
    };
  }

  // Facts about one company's project.
  if (companies.length) {
    const aspect = has("m:standard")
      ? "standard"
      : has("m:products") || has("m:medicines")
        ? "products"
        : has("m:location")
          ? "location"
          : has("m:facility")
            ? "facility"
            : null;
    if (aspect)
      return {
        route: "tool",
        calls: companies.map((company) => ({ tool: "project_facts", input: { company, aspect } })),
      };
    if (has("m:partners"))
      return {
        route: "tool",
        calls: companies.map((company) => ({ tool: "list_partners", input: { company } })),
      };
    if (p.unexplained.length <= 2)
      return {
        route: "tool",
        calls: companies.map((company) => ({ tool: "company_profile", input: { company } })),
      };
  }

  // Lists: companies (overall or in a place), regions, products overall.
  if (has("m:companies") && (has("o:list") || has("o:count") || has("m:agreements") || places.length)) {
    return {
      route: "tool",
      calls: [{ tool: "list_companies", input: { place: places.find((id) => id !== "kazakhstan") } }],
    };
  }
  const aboutSites = has("m:places") || has("m:facility") || has("m:companies");
  if (aboutSites && (has("o:list") || has("m:location")) && !places.length && !agreements.length)
    return { route: "tool", calls: [{ tool: "list_places", input: {} }] };
  if (places.length && !p.unexplained.length && !has("m:agreements")) {
    return { route: "tool", calls: [{ tool: "list_companies", input: { place: places[0] } }] };
  }
  if (has("m:goal") && (has("m:medicines") || p.tokens.includes("50%") || p.tokens.includes("50"))) {
    return { route: "tool", calls: [{ tool: "domestic_production_goal", input: {} }] };
  }
  if (
    (has("m:products") || (has("m:medicines") && !numeric)) &&
    !otherOrgs.length &&
    !agreements.length &&
    !partnerships.length &&
    p.unexplained.length <= 2
  ) {
    return { route: "tool", calls: [{ tool: "therapy_areas", input: {} }] };
  }

  // Organisations without a project (SK-Pharmacy, Kazakh Invest, partners): what the sources say of them.
  if (otherOrgs.length && p.unexplained.length === 0 && !has("m:agreements")) {
    return {
      route: "tool",
      calls: otherOrgs.map((organisation) => ({ tool: "organisation_facts", input: { organisation } })),
    };
  }
  if (has("greeting") && p.unexplained.length === 0) return { route: "greeting" };
  return { route: "retrieval" };
}
