import type { Dataset } from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { countedProjects, metricOf } from "./figures.js";
import type { NumericAttribute, Operation } from "./query.js";
import type { Cue, Reading } from "./reading.js";

/**
 * Arithmetic typed over the figures the sources state: "58.5+39.2+36.7", «173 - 58,5 - 39,2 - 36,7 = ?»,
 * "msp jobs / altinfarm jobs". Each term is a stated figure, by its number or by a company and a
 * figure word; the expression is then one of the executor's operations over those companies, so
 * the answer shows the arithmetic with each figure cited. A number that is no stated figure makes
 * no expression: the bot computes over its sources, not over any numbers.
 */
export interface Expression {
  operation: Extract<Operation, "sum" | "remainder" | "difference" | "times" | "share">;
  /** Company ids, in the order typed (the headline, when a term, is not among them). */
  companies: string[];
  attribute: NumericAttribute;
}

type Op = "+" | "-" | "/";

/** Operator symbols and words, marked as tokens of their own before the question is normalised. */
const OPERATORS: [RegExp, Op][] = [
  [/\+/g, "+"],
  [/[/÷]/g, "/"],
  // A dash is a minus between numbers or set apart by spaces, never inside "MSP-ROMPHARM".
  [/(?<=\d)\s*[-−–]\s*(?=\d)|\s[-−–]\s/g, "-"],
];
const MARK: Record<Op, string> = { "+": " opplus ", "-": " opminus ", "/": " opdivide " };
const MARKED: Record<string, Op> = { opplus: "+", opminus: "-", opdivide: "/" };
/** Operator words: tokens of the reading too, unlike the symbols normalisation drops. */
const WORDS: Record<string, Op> = { plus: "+", minus: "-", плюс: "+", минус: "-" };

const ATTRIBUTE_OF: Partial<Record<Cue, NumericAttribute>> = {
  "m:jobs": "jobs",
  "m:investment": "investmentKzt",
  "m:kzt": "investmentKzt",
  "m:usd": "investmentUsd",
  "m:medicines": "medicines",
  "m:social": "sociallySignificant",
};
const ATTRIBUTES: NumericAttribute[] = [
  "investmentKzt",
  "investmentUsd",
  "jobs",
  "medicines",
  "sociallySignificant",
];

/** One term: a company or the headline total, and the figures it may stand for. */
interface Term {
  subject: string | "headline";
  attributes: NumericAttribute[];
}

export function expressionOf(p: Reading, dataset: Dataset): Expression | null {
  let marked = p.text.replace(/=\s*\??\s*$/, " ");
  for (const [pattern, op] of OPERATORS) marked = marked.replace(pattern, MARK[op]);
  const tokens = normalize(marked).split(" ").filter(Boolean);
  const ops: Op[] = [];
  const spans: number[][] = [[]];
  let at = 0;
  for (const token of tokens) {
    const op = MARKED[token] ?? WORDS[token];
    if (WORDS[token]) at++;
    if (op) {
      ops.push(op);
      spans.push([]);
    } else (spans.at(-1) as number[]).push(at++);
  }
  // Tokens that did not line up with the reading's: no expression can be read safely.
  if (!ops.length || at !== p.tokens.length || spans.some((s) => !s.length)) return null;
  const terms = spans.map((span) => termOf(span, p, dataset));
  if (terms.some((t) => !t)) return null;
  const resolved = terms as Term[];
  const attribute = ATTRIBUTES.find((a) => resolved.every((t) => t.attributes.includes(a)));
  if (!attribute) return null;
  const companies = resolved.flatMap((t) => (t.subject === "headline" ? [] : [t.subject]));
  const headlineFirst = resolved[0]?.subject === "headline" && companies.length === resolved.length - 1;
  const same = (op: Op) => ops.every((o) => o === op);
  if (same("+") && companies.length === resolved.length && companies.length >= 2)
    return { operation: "sum", companies, attribute };
  if (same("-") && headlineFirst && companies.length) return { operation: "remainder", companies, attribute };
  if (ops.length === 1 && companies.length === 2 && ops[0] === "-")
    return { operation: "difference", companies, attribute };
  if (ops.length === 1 && companies.length === 2 && ops[0] === "/")
    return { operation: "times", companies, attribute };
  if (ops.length === 1 && ops[0] === "/" && companies.length === 1 && resolved[1]?.subject === "headline")
    return { operation: "share", companies, attribute };
  return null;
}

/** A term's subject and figures: by the number typed, else by a company named (and a figure word). */
function termOf(span: number[], p: Reading, dataset: Dataset): Term | null {
  const inside = (start: number) => span.includes(start);
  const company = p.entities.find((e) => e.type === "organisation" && inside(e.start))?.id;
  // "sk pharmacy + astrazeneca agreement, what does it cover": a term asking of anything but a
  // figure ("agreement") is no term of a sum.
  if (p.cueAt.some((c) => inside(c.start) && c.key.startsWith("m:") && !ATTRIBUTE_OF[c.key])) return null;
  const said = p.cueAt.filter((c) => inside(c.start)).flatMap((c) => ATTRIBUTE_OF[c.key] ?? []);
  // "socially significant drugs at AltINFARM": "socially significant" narrows the medicines word.
  const words = said.includes("sociallySignificant") ? said.filter((a) => a !== "medicines") : said;
  const numbers = span.map((i) => Number(p.tokens[i])).filter((n) => Number.isFinite(n) && n > 0);
  const named = words.length ? words : ATTRIBUTES;
  if (numbers.length > 1) return null;
  const n = numbers[0];
  if (n === undefined) return company ? { subject: company, attributes: named } : null;
  const headline = named.filter((a) => {
    const total = dataset.totals[a];
    return !!total && "value" in total && total.value === n;
  });
  const projects = countedProjects(dataset).counted.filter((x) => !company || x.company === company);
  const owners = projects.filter((x) => named.some((a) => metricOf(x, a)?.value === n));
  // A number two companies both state ("60 jobs") names neither.
  if (owners.length === 1 && !headline.length) {
    const owner = owners[0] as (typeof owners)[number];
    return { subject: owner.company, attributes: named.filter((a) => metricOf(owner, a)?.value === n) };
  }
  if (headline.length && !owners.length && !company) return { subject: "headline", attributes: headline };
  return null;
}
