import { z } from "zod";
import { type Claim, claimId, FIGURE_ATTRIBUTES } from "../claims.js";
import { PhraseIndex } from "../phrases.js";
import { type Dataset, type Organisation, Qualifier, type Source } from "../schema.js";
import { detectLang, normalize } from "../text.js";
import type { Extraction } from "./extract.js";
import { findFigures } from "./figures.js";
import { nameAliases, organisationId } from "./names.js";

/**
 * An optional model that proposes claims too (EXTRACT_BASE_URL / EXTRACT_MODEL: any
 * OpenAI-compatible endpoint, through @langchain/openai structured output). It is never trusted:
 * a proposal is accepted only if its quote is verbatim in the source and the offline figure reader
 * finds the same value, of the same attribute, in that quote. The default stays offline.
 */

export const ProposedClaim = z.object({
  company: z
    .string()
    .min(1)
    .describe("The company whose project the figure is about, as the article names it"),
  attribute: z.enum(FIGURE_ATTRIBUTES).describe("What the figure counts"),
  value: z
    .number()
    .describe(
      "The figure: billions of tenge for investmentKzt, millions of US dollars for investmentUsd, else a count",
    ),
  qualifier: Qualifier.describe(
    'The qualifier the article puts on the figure ("around", "at least", … or "exact")',
  ),
  quote: z.string().min(3).describe("The whole sentence that states the figure, copied exactly"),
});
export const Proposals = z.object({ claims: z.array(ProposedClaim) });
export type Proposals = z.infer<typeof Proposals>;

export interface ClaimModel {
  readonly id: string;
  propose(source: Source): Promise<Proposals>;
}

export interface ClaimModelSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
}

/** The settings claimModelSettings reads (validated in bot/config.ts). */
export interface ClaimModelEnv {
  EXTRACT_BASE_URL?: string;
  EXTRACT_MODEL?: string;
  EXTRACT_API_KEY?: string;
}

/** The model named by EXTRACT_BASE_URL and EXTRACT_MODEL, or null (the default: offline only). */
export function claimModelSettings(env: ClaimModelEnv): ClaimModelSettings | null {
  const baseUrl = env.EXTRACT_BASE_URL?.trim();
  const model = env.EXTRACT_MODEL?.trim();
  if (!baseUrl || !model) return null;
  return { baseUrl, model, apiKey: env.EXTRACT_API_KEY?.trim() || undefined };
}

const INSTRUCTIONS =
  "You read press releases about pharmaceutical investment projects in Kazakhstan (English, Russian or Kazakh). " +
  "List every figure about a company's project: investment in tenge (investmentKzt, in billions) or US dollars " +
  "(investmentUsd, in millions), jobs, medicines, and socially significant medicines. Copy the sentence that states " +
  "it exactly as the quote. Leave out figures about the country, the market or the industry.";

/** An OpenAI-compatible chat model with structured output; its client is loaded only when configured. */
export async function openAIClaimModel(settings: ClaimModelSettings): Promise<ClaimModel> {
  const { ChatOpenAI } = await import("@langchain/openai");
  const chat = new ChatOpenAI({
    model: settings.model,
    apiKey: settings.apiKey ?? "not-needed",
    temperature: 0,
    maxRetries: 1,
    configuration: { baseURL: settings.baseUrl },
  });
  const structured = chat.withStructuredOutput(Proposals, {
    name: "record_claims",
    method: "functionCalling",
  });
  return {
    id: `${settings.baseUrl}#${settings.model}`,
    async propose(source) {
      return Proposals.parse(
        await structured.invoke([
          { role: "system", content: INSTRUCTIONS },
          { role: "user", content: `Title: ${source.title}\n\n${source.body}` },
        ]),
      );
    },
  };
}

export type RejectReason = "notVerbatim" | "valueNotInQuote" | "alreadyExtracted";

/** The proposals that pass verification, as claims (method "model"), added to the offline extraction. */
export function acceptProposals(
  source: Source,
  view: Dataset,
  offline: Extraction,
  proposals: Proposals,
): { extraction: Extraction; rejected: { proposal: z.infer<typeof ProposedClaim>; reason: RejectReason }[] } {
  const lang = detectLang(source.body.slice(0, 3000));
  const names = new PhraseIndex<string>();
  const known = [...view.organisations, ...offline.organisations];
  for (const o of known) names.add(o.id, [o.name.en, o.name.ru ?? "", o.name.kk ?? "", ...o.aliases]);
  const projectOf = new Map(view.projects.map((p) => [p.company, p.id]));
  for (const c of offline.claims)
    if (c.attribute === "company" && c.value.kind === "organisation")
      projectOf.set(c.value.organisation, c.subject.id);

  const claims = [...offline.claims];
  const organisations = [...offline.organisations];
  const rejected: { proposal: z.infer<typeof ProposedClaim>; reason: RejectReason }[] = [];
  for (const p of proposals.claims) {
    const start = source.body.indexOf(p.quote);
    if (start < 0) {
      rejected.push({ proposal: p, reason: "notVerbatim" });
      continue;
    }
    const figure = findFigures(p.quote, lang).figures.find(
      (f) => f.attribute === p.attribute && Math.abs(f.value - p.value) < 1e-9,
    );
    if (!figure) {
      rejected.push({ proposal: p, reason: "valueNotInQuote" });
      continue;
    }
    const tokens = normalize(p.company).split(" ").filter(Boolean);
    let org = names.find(tokens, { exclusive: true })[0]?.key;
    if (!org) {
      const created: Organisation = {
        id: organisationId(p.company),
        kind: "pharmaceutical company",
        name: { en: p.company, ru: p.company, kk: p.company },
        aliases: nameAliases(p.company, p.company, () => false),
      };
      org = created.id;
      if (!organisations.some((o) => o.id === org)) organisations.push(created);
      names.add(created.id, created.aliases);
    }
    const project = projectOf.get(org) ?? `${org}-project`;
    if (claims.some((c) => c.subject.id === project && c.attribute === p.attribute && c.start === start)) {
      rejected.push({ proposal: p, reason: "alreadyExtracted" });
      continue;
    }
    const end = start + p.quote.length;
    const value = {
      kind: "figure" as const,
      value: figure.value,
      text: figure.text,
      unit: figure.unit,
      qualifier: figure.qualifier,
    };
    const base = {
      subject: { type: "project" as const, id: project },
      attribute: p.attribute,
      value,
      source: source.id,
      start,
    };
    const claim: Claim = {
      ...base,
      id: claimId(base),
      quote: p.quote,
      end,
      date: source.date,
      method: "model",
      status: "active",
    };
    claims.push(claim);
    if (!projectOf.has(org)) {
      projectOf.set(org, project);
      const company = {
        subject: base.subject,
        attribute: "company" as const,
        value: { kind: "organisation" as const, organisation: org },
        source: source.id,
        start,
      };
      claims.push({
        ...company,
        id: claimId(company),
        quote: p.quote,
        end,
        date: source.date,
        method: "model",
        status: "active",
      });
    }
  }
  return { extraction: { ...offline, claims, organisations }, rejected };
}
