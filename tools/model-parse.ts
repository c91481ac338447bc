import type { Dataset } from "../knowledge/schema.js";
import { Query } from "./query.js";

/** Turns a question the rules could not read into a Query, or null. */
export type ModelParser = (question: string) => Promise<Query | null>;

export interface ModelParserConfig {
  baseURL: string;
  model: string;
  apiKey?: string;
}

/** The settings modelParserConfig reads (validated in bot/config.ts). */
export interface ModelParserSettings {
  PARSE_BASE_URL?: string;
  PARSE_MODEL?: string;
  PARSE_API_KEY?: string;
}

/** PARSE_BASE_URL and PARSE_MODEL (and optionally PARSE_API_KEY) turn the model parser on. */
export function modelParserConfig(env: ModelParserSettings): ModelParserConfig | undefined {
  const baseURL = env.PARSE_BASE_URL?.trim();
  const model = env.PARSE_MODEL?.trim();
  if (!baseURL || !model) return undefined;
  return { baseURL, model, apiKey: env.PARSE_API_KEY?.trim() || undefined };
}

const INSTRUCTIONS = (dataset: Dataset) =>
  [
    "Read the user's question about Kazakhstan's pharmaceutical investment projects into the query schema.",
    "Never answer it and never compute a number: only say what is asked, about whom, with which operation.",
    "Subjects must use these ids exactly; leave out anything else and put unreadable words in `unparsed`.",
    `organisations: ${dataset.organisations.map((o) => `${o.id} (${o.name.en})`).join(", ")}`,
    `places: ${dataset.places.map((p) => `${p.id} (${p.name.en})`).join(", ")}`,
    `people: ${dataset.people.map((p) => `${p.id} (${p.name.en})`).join(", ")}`,
    `agreements: ${dataset.agreements.map((a) => a.id).join(", ")}`,
  ].join("\n");

/**
 * An OpenAI-compatible chat model as a parser, never as a calculator: @langchain/openai structured
 * output with the same zod Query schema the rules fill. Subjects the dataset does not know are
 * dropped, so the executor only ever runs over real entities. Any failure reads as "not understood".
 */
export function modelParser(config: ModelParserConfig, dataset: Dataset): ModelParser {
  let model: Promise<{ invoke(input: unknown): Promise<unknown> }> | undefined;
  const known = new Set(
    [dataset.organisations, dataset.places, dataset.people, dataset.agreements, dataset.partnerships]
      .flat()
      .map((x) => x.id),
  );
  return async (question) => {
    model ??= import("@langchain/openai").then(({ ChatOpenAI }) =>
      new ChatOpenAI({
        model: config.model,
        temperature: 0,
        maxRetries: 0,
        apiKey: config.apiKey ?? "not-needed",
        configuration: { baseURL: config.baseURL },
      }).withStructuredOutput(Query, { name: "query", method: "jsonSchema" }),
    );
    try {
      const raw = await (await model).invoke([
        { role: "system", content: INSTRUCTIONS(dataset) },
        { role: "user", content: question },
      ]);
      const parsed = Query.safeParse(raw);
      if (!parsed.success) return null;
      const subjects = parsed.data.subjects.filter((s) => known.has(s.id));
      return { ...parsed.data, subjects };
    } catch {
      return null;
    }
  };
}
