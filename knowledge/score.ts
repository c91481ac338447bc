import type { Claim } from "./claims.js";

/**
 * How well extracted claims match the curated ones: precision and recall per attribute, and the
 * figures given to the wrong subject (the worst error: a right number on the wrong company).
 */

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
  /** Extracted claims whose value belongs to another subject's reference claim. */
  wrongSubject: Claim[];
  missed: Claim[];
  spurious: Claim[];
}

/** What the extractor is asked to find: figures, sites and partners of projects. */
export const SCORED_ATTRIBUTES = [
  "investmentKzt",
  "investmentUsd",
  "jobs",
  "medicines",
  "sociallySignificant",
  "site",
  "partner",
] as const;

function valueKey(c: Claim): string {
  const v = c.value;
  if (v.kind === "figure") return `${v.value}|${v.qualifier}`;
  if (v.kind === "place") return v.place;
  if (v.kind === "organisation") return v.organisation;
  if (v.kind === "stage" || v.kind === "milestone") return v.stage;
  if (v.kind === "sector") return v.sector;
  if (v.kind === "scope") return v.scope;
  if (v.kind === "name") return `${v.organisation}:${v.name}`;
  return v.text;
}
const key = (c: Claim) => `${c.subject.id}|${c.attribute}|${valueKey(c)}`;

export function scoreExtraction(extracted: readonly Claim[], reference: readonly Claim[]): ExtractionScore {
  const scored = (c: Claim) =>
    c.subject.type === "project" && (SCORED_ATTRIBUTES as readonly string[]).includes(c.attribute);
  const ref = reference.filter(scored);
  const got = extracted.filter(scored);
  const refKeys = new Set(ref.map(key));
  const gotKeys = new Set(got.map(key));
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const attributes = SCORED_ATTRIBUTES.map((attribute) => {
    const e = ref.filter((c) => c.attribute === attribute);
    const x = got.filter((c) => c.attribute === attribute);
    const correct = x.filter((c) => refKeys.has(key(c))).length;
    return {
      attribute,
      expected: e.length,
      extracted: x.length,
      correct,
      precision: ratio(correct, x.length),
      recall: ratio(correct, e.length),
    };
  });
  const correct = got.filter((c) => refKeys.has(key(c))).length;
  const spurious = got.filter((c) => !refKeys.has(key(c)));
  return {
    attributes,
    overall: {
      expected: ref.length,
      extracted: got.length,
      correct,
      precision: ratio(correct, got.length),
      recall: ratio(correct, ref.length),
    },
    wrongSubject: spurious.filter((c) =>
      ref.some(
        (r) => r.attribute === c.attribute && valueKey(r) === valueKey(c) && r.subject.id !== c.subject.id,
      ),
    ),
    missed: ref.filter((c) => !gotKeys.has(key(c))),
    spurious,
  };
}
