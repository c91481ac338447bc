import { z } from "zod";
import type { Source } from "../../knowledge/schema.js";
import { detectLang } from "../../knowledge/text.js";
import type { Answer } from "../../tools/types.js";

export const EvalCase = z.object({
  id: z.string(),
  q: z.string(),
  all: z.array(z.string()).default([]),
  none: z.array(z.string()).default([]),
  cite: z.string().optional(),
  lang: z.enum(["en", "ru", "kk"]).default("en"),
});
export type EvalCase = z.infer<typeof EvalCase>;
export const EvalFile = z.object({ about: z.string().optional(), cases: z.array(EvalCase) });

const fold = (s: string) => s.replace(/\s+/g, " ").trim();

/** The words an answer is written in: everything but its quoted source sentences and [n] markers. */
function ownWords(a: Answer): string {
  let text = a.answer;
  for (const c of a.citations) text = text.split(c.quote).join(" ");
  return text.replace(/\[\d+\]/g, " ");
}

/**
 * Checks one answer as the eval file's `about` says: every `all` regex matches, no `none` regex
 * matches, every citation is verbatim in its source (whitespace folded), `cite` is in some
 * citation, and the answer is written in the case's language. Returns the problems found.
 */
export function checkCase(c: EvalCase, a: Answer, sources: readonly Source[]): string[] {
  const problems: string[] = [];
  for (const re of c.all) if (!new RegExp(re, "i").test(a.answer)) problems.push(`missing /${re}/`);
  for (const re of c.none) if (new RegExp(re, "i").test(a.answer)) problems.push(`forbidden /${re}/`);
  for (const cit of a.citations) {
    const body = sources.find((s) => s.id === cit.source)?.body;
    if (!body || !fold(body).includes(fold(cit.quote)))
      problems.push(`citation [${cit.n}] not verbatim in ${cit.source}`);
  }
  if (c.cite && !a.citations.some((x) => x.quote.includes(c.cite as string)))
    problems.push(`no citation contains "${c.cite}"`);
  const words = ownWords(a);
  const latin = words.match(/[a-z]/gi)?.length ?? 0;
  const cyrillic = words.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const written = latin >= cyrillic ? "en" : detectLang(words) === "kk" ? "kk" : "ru";
  const ok = c.lang === "en" ? written === "en" : written !== "en";
  if (a.lang !== c.lang || !ok)
    problems.push(`answered in ${a.lang} (text looks ${written}), expected ${c.lang}`);
  return problems;
}
