import { z } from "zod";
import type { Claim } from "./claims.js";
import type { Dataset } from "./schema.js";
import { Qualifier, ScopeAttribute } from "./schema.js";
import { normalize } from "./text.js";

/**
 * Extraction measured against gold claims written by hand for each article: precision and recall
 * per attribute, the figures given to the wrong subject (the worst error: a right number on the
 * wrong company), and the held claims an admin has to confirm (one tap each).
 */

/**
 * One claim an article states. `subject` is a company as any of its names spell it, or a scope
 * that is no company: `scope:set`, `scope:region`, `scope:sector`, `scope:programme`,
 * `scope:country`, `scope:company` (a company's own cumulative figures). `value` is the figure, the
 * site's place id, the partner's name, or the stage.
 */
export const GoldClaim = z.object({
  subject: z.string().min(1),
  attribute: z.string().min(1),
  value: z.union([z.number(), z.string().min(1)]),
  qualifier: Qualifier.default("exact"),
  upTo: z.number().optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

/** Attributes scored: figures of projects and scopes, sites, partners and event stages. */
export const SCORED_ATTRIBUTES = [...ScopeAttribute.options, "site", "partner", "stage"] as const;
const scored = new Set<string>(SCORED_ATTRIBUTES);

export interface AttributeScore {
  attribute: string;
  expected: number;
  extracted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ExtractionScore {
  attributes: AttributeScore[];
  overall: Omit<AttributeScore, "attribute">;
  /** Published claims whose value belongs to another subject's gold claim. */
  wrongSubject: string[];
  missed: string[];
  /** Published claims no gold claim states. */
  spurious: string[];
  /** Held claims a gold claim confirms: an admin's tap publishes each. */
  taps: string[];
}

/** One article's extraction with the knowledge it was made against (for names of companies and scopes). */
export interface Extracted {
  claims: readonly Claim[];
  dataset: Dataset;
}

interface Keyed {
  subject: string;
  attribute: string;
  value: string;
  /** A figure's number without its qualifier: what a figure on a wrong subject is recognised by. */
  bare?: string;
}

const key = (k: Keyed) => `${k.subject}|${k.attribute}|${k.value}`;
const show = (k: Keyed) => `${k.subject} ${k.attribute} ${k.value}`;

/** A company's id from any of its names; unknown names stay names (and match nothing extracted). */
function organisationOf(dataset: Dataset, name: string): string {
  const n = normalize(name);
  const o = dataset.organisations.find((x) =>
    [x.id, x.name.en, x.name.ru, x.name.kk, ...x.aliases].some((s) => s && normalize(s) === n),
  );
  return o ? `org:${o.id}` : `org?:${n}`;
}

function goldKeyed(g: GoldClaim, dataset: Dataset): Keyed {
  const subject = g.subject.startsWith("scope:") ? g.subject : organisationOf(dataset, g.subject);
  if (typeof g.value === "number") {
    const bare = String(g.value);
    return {
      subject,
      attribute: g.attribute,
      bare,
      value: `${bare} ${g.qualifier}${g.upTo ? `–${g.upTo}` : ""}`,
    };
  }
  const value = g.attribute === "partner" ? organisationOf(dataset, g.value) : g.value;
  return { subject, attribute: g.attribute, value };
}

/** Whose a claim is: a project's company or a scope's kind, from the article's own claims or the knowledge. */
function subjectNamer(extracted: Extracted): (subject: Claim["subject"]) => string {
  const own = new Map<string, string>();
  for (const c of extracted.claims) {
    if (c.value.kind === "scope") own.set(c.subject.id, `scope:${c.value.scope}`);
    if (c.attribute === "company" && c.value.kind === "organisation")
      own.set(c.subject.id, `org:${c.value.organisation}`);
  }
  const { scopes, projects } = extracted.dataset;
  return (subject) => {
    if (subject.type === "totals") return "scope:set";
    const kind = scopes.find((s) => s.id === subject.id)?.kind;
    if (kind) return `scope:${kind}`;
    const company = projects.find((p) => p.id === subject.id)?.company;
    return company ? `org:${company}` : (own.get(subject.id) ?? `${subject.type}:${subject.id}`);
  };
}

/** A claim as scored; null for what is not scored (a "planned" intention is no event). */
function claimKeyed(c: Claim, subject: string): Keyed | null {
  if (!scored.has(c.attribute)) return null;
  const v = c.value;
  const attribute = c.attribute;
  if (v.kind === "figure") {
    const bare = String(v.value);
    return { subject, attribute, bare, value: `${bare} ${v.qualifier}${v.upTo ? `–${v.upTo}` : ""}` };
  }
  if (v.kind === "place") return { subject, attribute, value: v.place };
  if (v.kind === "organisation") return { subject, attribute, value: `org:${v.organisation}` };
  if (v.kind === "stage" && v.stage !== "planned") return { subject, attribute, value: v.stage };
  return null;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function attributeScores(gold: Keyed[], got: Keyed[], goldKeys: Set<string>): AttributeScore[] {
  return SCORED_ATTRIBUTES.map((attribute) => {
    const e = gold.filter((g) => g.attribute === attribute);
    const x = got.filter((c) => c.attribute === attribute);
    const correct = x.filter((c) => goldKeys.has(key(c))).length;
    return {
      attribute,
      expected: e.length,
      extracted: x.length,
      correct,
      precision: ratio(correct, x.length),
      recall: ratio(correct, e.length),
    };
  }).filter((a) => a.expected || a.extracted);
}

/** Distinct keys: one statement repeated in three sentences is one claim. */
function distinct(items: Keyed[]): Keyed[] {
  return [...new Map(items.map((k) => [key(k), k])).values()];
}

/** Held claims a gold claim confirms, under their own subject or one of their candidates. */
function tapsFor(extracted: Extracted, goldKeys: Set<string>): string[] {
  const out = new Set<string>();
  const subjectOf = subjectNamer(extracted);
  for (const c of extracted.claims.filter((x) => x.status === "held")) {
    const subjects = [c.subject, ...(c.candidates ?? [])].map(subjectOf);
    const hit = subjects.map((s) => claimKeyed(c, s)).find((k): k is Keyed => !!k && goldKeys.has(key(k)));
    if (hit) out.add(show(hit));
  }
  return [...out];
}

/** Scores extracted claims against gold ones (both lists may span several articles, each with its own knowledge). */
export function scoreExtraction(
  articles: readonly { extracted: Extracted; gold: readonly GoldClaim[] }[],
): ExtractionScore {
  const gold = distinct(articles.flatMap((a) => a.gold.map((g) => goldKeyed(g, a.extracted.dataset))));
  const published = articles.flatMap((a) => {
    const subjectOf = subjectNamer(a.extracted);
    return a.extracted.claims
      .filter((c) => c.status === "active")
      .flatMap((c) => claimKeyed(c, subjectOf(c.subject)) ?? []);
  });
  const got = distinct(published);
  const goldKeys = new Set(gold.map(key));
  const gotKeys = new Set(got.map(key));
  const spurious = got.filter((c) => !goldKeys.has(key(c)));
  const correct = got.length - spurious.length;
  return {
    attributes: attributeScores(gold, got, goldKeys),
    overall: {
      expected: gold.length,
      extracted: got.length,
      correct,
      precision: ratio(correct, got.length),
      recall: ratio(correct, gold.length),
    },
    wrongSubject: spurious
      .filter(
        (c) =>
          c.bare !== undefined &&
          gold.some((g) => g.attribute === c.attribute && g.bare === c.bare && g.subject !== c.subject),
      )
      .map(show),
    missed: gold.filter((g) => !gotKeys.has(key(g))).map(show),
    spurious: spurious.map(show),
    taps: articles.flatMap((a) => tapsFor(a.extracted, goldKeys)),
  };
}

/** The score as a table: one row per attribute, then the overall row, wrong subjects and taps. */
export function scoreTable(score: ExtractionScore): string {
  const row = (name: string, s: Omit<AttributeScore, "attribute">) =>
    `  ${name.padEnd(20)} ${String(s.expected).padStart(8)} ${String(s.extracted).padStart(9)} ${String(s.correct).padStart(7)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)}`;
  return [
    `  ${"attribute".padEnd(20)} ${"expected".padStart(8)} ${"extracted".padStart(9)} ${"correct".padStart(7)} ${"precision".padStart(9)} ${"recall".padStart(7)}`,
    ...score.attributes.map((a) => row(a.attribute, a)),
    row("all", score.overall),
    `  figures given to a wrong subject: ${score.wrongSubject.length}${score.wrongSubject.length ? ` (${score.wrongSubject.join("; ")})` : ""}`,
    `  held claims an admin confirms (taps): ${score.taps.length}`,
  ].join("\n");
}
