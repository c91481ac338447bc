import type { StructuredToolInterface } from "@langchain/core/tools";
import { z } from "zod";
import type { Dataset } from "../knowledge/schema.js";
import { execute } from "./execute.js";
import { type Finding, METRICS, type Metric } from "./figures.js";
import type { Attribute, QueryInput } from "./query.js";
import { Query } from "./query.js";

const metric = z.enum(METRICS).describe("the figure asked for");
const id = z.string().min(1);

/** A figure tool: a name, a description, a zod input schema and a pure function of the dataset. */
export interface FigureTool {
  name: string;
  description: string;
  schema: z.ZodObject;
  /** Validates the input against the schema (throws on a mismatch), then runs the tool. */
  invoke(input: unknown): Finding[];
}

const org = (x: string) => ({ type: "organisation" as const, id: x });
const place = (x: string) => ({ type: "place" as const, id: x });
const unitOf = (m: Metric) => (m === "investmentUsd" ? "USD" : m === "investmentKzt" ? "KZT" : undefined);
/** A query for one metric: investment in the currency named. */
const about = (m: Metric): Pick<QueryInput, "attributes" | "unit"> => ({
  attributes: [m === "investmentUsd" ? "investmentKzt" : m],
  unit: unitOf(m),
});
const ASPECT: Record<string, Attribute> = {
  location: "sites",
  facility: "facility",
  standard: "standard",
  products: "products",
  place: "sites",
  items: "items",
  date: "dates",
  summary: "dates",
};

/**
 * The figure tools: thin, named queries. Each validates its input with its own zod schema, turns
 * it into a `Query` and runs the one executor, so an LLM agent (through `asLangChainTools`) and
 * the question parser get the same findings for the same question.
 */
export function figureTools(dataset: Dataset): Map<string, FigureTool> {
  const tool = <S extends z.ZodObject>(
    name: string,
    description: string,
    schema: S,
    toQuery: (input: z.infer<S>) => QueryInput,
  ): FigureTool => ({
    name,
    description,
    schema,
    invoke: (input) => execute(Query.parse(toQuery(schema.parse(input))), dataset).findings,
  });
  const tools = [
    tool(
      "metric_lookup",
      "A figure (jobs, investment, medicines, socially significant medicines) for one company or one place.",
      z.object({ metric, company: id.optional(), place: id.optional() }),
      ({ metric, company, place: p }) => ({
        ...about(metric),
        operation: "value",
        subjects: [...(company ? [org(company)] : []), ...(p ? [place(p)] : [])],
      }),
    ),
    tool(
      "metric_average",
      "The average of a figure over the companies that state it (derived).",
      z.object({ metric }),
      ({ metric }) => ({ ...about(metric), operation: "average" }),
    ),
    tool(
      "sum_companies",
      "The sum of a figure over the named companies (derived, with its arithmetic).",
      z.object({ metric, companies: z.array(id).min(2) }),
      ({ metric, companies }) => ({ ...about(metric), operation: "sum", subjects: companies.map(org) }),
    ),
    tool(
      "share_of_total",
      "A company's share of the headline total of a figure, in percent (derived).",
      z.object({ metric, company: id }),
      ({ metric, company }) => ({ ...about(metric), operation: "share", subjects: [org(company)] }),
    ),
    tool(
      "companies_in_several_regions",
      "The companies whose project has sites in more than one city or region.",
      z.object({}),
      () => ({ attributes: ["sites"], operation: "list", spansPlaces: true }),
    ),
    tool(
      "metric_total",
      "The headline total of a figure, the sum of what is stated per company, and any gap between them.",
      z.object({ metric }),
      ({ metric }) => ({ ...about(metric), operation: "sum" }),
    ),
    tool(
      "metric_by_region",
      "A figure per city or region: the sum of the projects wholly there; a figure covering several is kept whole.",
      z.object({ metric, by: z.enum(["region", "city", "company"]).default("region") }),
      ({ metric, by }) => ({ ...about(metric), operation: "sum", groupBy: by }),
    ),
    tool(
      "compare_companies",
      "Compares a figure between companies, with the difference as a derived value.",
      z.object({ metric, companies: z.array(id).min(2) }),
      ({ metric, companies }) => ({ ...about(metric), operation: "compare", subjects: companies.map(org) }),
    ),
    tool(
      "rank_companies",
      "Ranks companies by a figure (most or least), optionally within a place.",
      z.object({ metric, order: z.enum(["most", "least"]), place: id.optional() }),
      ({ metric, order, place: p }) => ({
        ...about(metric),
        operation: order === "least" ? "min" : "max",
        subjects: p ? [place(p)] : [],
      }),
    ),
    tool(
      "investment_per_job",
      "Investment per job for a company or for all projects (derived, with its arithmetic).",
      z.object({ currency: z.enum(["KZT", "USD"]), company: id.optional() }),
      ({ currency, company }) => ({
        attributes: ["investmentKzt"],
        unit: currency,
        per: "jobs",
        operation: "ratio",
        subjects: company ? [org(company)] : [],
      }),
    ),
    tool(
      "investment_per_medicine",
      "Investment per medicine for a company or for all projects (derived, with its arithmetic).",
      z.object({ currency: z.enum(["KZT", "USD"]), company: id.optional() }),
      ({ currency, company }) => ({
        attributes: ["investmentKzt"],
        unit: currency,
        per: "medicines",
        operation: "ratio",
        subjects: company ? [org(company)] : [],
      }),
    ),
    tool(
      "list_companies",
      "The companies with investment projects, optionally only those with a site in a place.",
      z.object({ place: id.optional() }),
      ({ place: p }) => ({ attributes: ["companies"], operation: "list", subjects: p ? [place(p)] : [] }),
    ),
    tool(
      "list_partners",
      "The partners of one company's project, or of every project.",
      z.object({ company: id.optional() }),
      ({ company }) => ({
        attributes: ["partners"],
        operation: "list",
        subjects: company ? [org(company)] : [],
      }),
    ),
    tool("list_places", "Where the projects are located.", z.object({}), () => ({
      attributes: ["sites"],
      operation: "list",
    })),
    tool(
      "project_facts",
      "A fact about a company's project: location, facility, standard or products.",
      z.object({ company: id, aspect: z.enum(["location", "facility", "standard", "products"]) }),
      ({ company, aspect }) => ({
        attributes: [ASPECT[aspect] as Attribute],
        operation: "value",
        subjects: [org(company)],
      }),
    ),
    tool(
      "company_profile",
      "Everything the sources state about one company's project.",
      z.object({ company: id }),
      ({ company }) => ({ attributes: ["profile"], operation: "value", subjects: [org(company)] }),
    ),
    tool(
      "agreements",
      "Agreements involving all the given parties, optionally in a year and month.",
      z.object({
        parties: z.array(id),
        year: z.number().int().optional(),
        month: z.number().int().optional(),
      }),
      ({ parties, year, month }) => ({
        attributes: ["dates"],
        operation: "list",
        subjects: parties.map(org),
        time: { year, month },
      }),
    ),
    tool(
      "agreement_details",
      "An agreement's date, place, summary or items (focus areas, production portfolio).",
      z.object({ agreement: id, aspect: z.enum(["summary", "place", "items", "date"]) }),
      ({ agreement, aspect }) => ({
        attributes: [ASPECT[aspect] as Attribute],
        operation: "value",
        subjects: [{ type: "agreement", id: agreement }],
      }),
    ),
    tool(
      "who_is",
      "Who a person is (their role), or who holds a role.",
      z.object({ person: id.optional(), role: z.string().optional(), organisation: id.optional() }),
      ({ person, role, organisation }) => ({
        attributes: ["roles"],
        operation: "value",
        subjects: [
          ...(person ? [{ type: "person" as const, id: person }] : []),
          ...(organisation ? [org(organisation)] : []),
        ],
        role: role?.toLowerCase().split(/\s+/).filter(Boolean),
      }),
    ),
    tool("statements", "What a person said, quoted verbatim.", z.object({ person: id }), ({ person }) => ({
      attributes: ["statements"],
      operation: "value",
      subjects: [{ type: "person", id: person }],
    })),
    tool(
      "organisation_facts",
      "What the sources say about an organisation.",
      z.object({ organisation: id }),
      ({ organisation }) => ({ attributes: ["profile"], operation: "value", subjects: [org(organisation)] }),
    ),
    tool(
      "not_in_sources",
      "Says that a figure is not stated for an organisation that has no investment project.",
      z.object({ organisation: id, metric: z.enum([...METRICS, "investment"]) }),
      ({ organisation, metric }) => ({
        ...about(metric === "investment" ? "investmentKzt" : metric),
        operation: "value",
        subjects: [org(organisation)],
      }),
    ),
    tool(
      "domestic_production_goal",
      "Kazakhstan's goal for the share of domestically produced medicines.",
      z.object({}),
      () => ({ attributes: ["goal"], operation: "value" }),
    ),
    tool(
      "therapy_areas",
      "The kinds of medicines the projects will produce, overall and per company.",
      z.object({}),
      () => ({ attributes: ["products"], operation: "list" }),
    ),
  ];
  return new Map(tools.map((t) => [t.name, t]));
}

/**
 * The figure tools as @langchain/core StructuredTools (same names, descriptions, zod schemas).
 * LangChain is imported here, on demand: loading it takes half a second the bot need not pay.
 */
export async function asLangChainTools(
  tools: Map<string, FigureTool>,
): Promise<Map<string, StructuredToolInterface>> {
  const { tool: langChainTool } = await import("@langchain/core/tools");
  return new Map(
    [...tools.values()].map((t) => [
      t.name,
      langChainTool((input: unknown) => t.invoke(input), {
        name: t.name,
        description: t.description,
        schema: t.schema,
      }) as unknown as StructuredToolInterface,
    ]),
  );
}
