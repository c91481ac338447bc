import type { StructuredToolInterface } from "@langchain/core/tools";
import { z } from "zod";
import type { Dataset } from "../knowledge/schema.js";
import {
  agreementDetails,
  agreementsWith,
  average,
  companiesInSeveralPlaces,
  companyFacts,
  compare,
  type Finding,
  goal,
  listCompanies,
  listPartners,
  listPlaces,
  METRICS,
  metricForCompany,
  metricForPlace,
  organisationFacts,
  perJob,
  rank,
  shareOfTotal,
  statementsOf,
  sumOfCompanies,
  therapyAreas,
  totalOf,
  whoHasRole,
  whoIs,
} from "./figures.js";

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

/** Declares a tool with the same shape as @langchain/core's `tool(fn, { name, description, schema })`. */
function tool<S extends z.ZodObject>(
  fn: (input: z.infer<S>) => Finding[],
  config: { name: string; description: string; schema: S },
): FigureTool {
  return { ...config, invoke: (input) => fn(config.schema.parse(input)) };
}

/**
 * The figure tools: zod-validated input, Finding[] out (values with qualifiers and citations,
 * derived values with their arithmetic). The router calls them directly; `asLangChainTools` gives
 * the same tools to an LLM agent.
 */
export function figureTools(dataset: Dataset): Map<string, FigureTool> {
  const tools = [
    tool(
      ({ metric, company, place }): Finding[] => {
        if (!company) return metricForPlace(dataset, metric, place ?? "kazakhstan");
        // A company in a place: its figure as the place sees it (whole, or spanning other places).
        const inPlace = place
          ? metricForPlace(dataset, metric, place).filter((f) => "subject" in f && f.subject?.id === company)
          : [];
        if (inPlace.length) return inPlace;
        const elsewhere: Finding[] = place
          ? [
              {
                kind: "notThere",
                subject: { type: "organisation", id: company },
                place: { type: "place", id: place },
              },
            ]
          : [];
        return [...elsewhere, ...metricForCompany(dataset, metric, company)];
      },
      {
        name: "metric_lookup",
        description:
          "A figure (jobs, investment, medicines, socially significant medicines) for one company or one place.",
        schema: z.object({ metric, company: id.optional(), place: id.optional() }),
      },
    ),
    tool(({ metric }): Finding[] => average(dataset, metric), {
      name: "metric_average",
      description: "The average of a figure over the companies that state it (derived).",
      schema: z.object({ metric }),
    }),
    tool(({ metric, companies }): Finding[] => sumOfCompanies(dataset, metric, companies), {
      name: "sum_companies",
      description: "The sum of a figure over the named companies (derived, with its arithmetic).",
      schema: z.object({ metric, companies: z.array(id).min(2) }),
    }),
    tool(({ metric, company }): Finding[] => shareOfTotal(dataset, metric, company), {
      name: "share_of_total",
      description: "A company's share of the headline total of a figure, in percent (derived).",
      schema: z.object({ metric, company: id }),
    }),
    tool((): Finding[] => companiesInSeveralPlaces(dataset), {
      name: "companies_in_several_regions",
      description: "The companies whose project has sites in more than one city or region.",
      schema: z.object({}),
    }),
    tool(({ metric }): Finding[] => totalOf(dataset, metric), {
      name: "metric_total",
      description:
        "The headline total of a figure, the sum of what is stated per company, and any gap between them.",
      schema: z.object({ metric }),
    }),
    tool(({ metric, companies }): Finding[] => compare(dataset, metric, companies), {
      name: "compare_companies",
      description: "Compares a figure between companies, with the difference as a derived value.",
      schema: z.object({ metric, companies: z.array(id).min(2) }),
    }),
    tool(
      ({ metric, order, place }): Finding[] => {
        const inPlace = place
          ? listCompanies(dataset, place).flatMap((f) =>
              f.kind === "list" ? f.items.map((i) => i.ref.id) : [],
            )
          : undefined;
        return rank(dataset, metric, order, inPlace);
      },
      {
        name: "rank_companies",
        description: "Ranks companies by a figure (most or least), optionally within a place.",
        schema: z.object({ metric, order: z.enum(["most", "least"]), place: id.optional() }),
      },
    ),
    tool(({ currency, company }): Finding[] => perJob(dataset, currency, company), {
      name: "investment_per_job",
      description: "Investment per job for a company or for all projects (derived, with its arithmetic).",
      schema: z.object({ currency: z.enum(["KZT", "USD"]), company: id.optional() }),
    }),
    tool(({ place }): Finding[] => listCompanies(dataset, place), {
      name: "list_companies",
      description: "The companies with investment projects, optionally only those with a site in a place.",
      schema: z.object({ place: id.optional() }),
    }),
    tool(({ company }): Finding[] => listPartners(dataset, company), {
      name: "list_partners",
      description: "The partners of one company's project, or of every project.",
      schema: z.object({ company: id.optional() }),
    }),
    tool((): Finding[] => listPlaces(dataset), {
      name: "list_places",
      description: "Where the projects are located.",
      schema: z.object({}),
    }),
    tool(({ company, aspect }): Finding[] => companyFacts(dataset, company, aspect), {
      name: "project_facts",
      description: "A fact about a company's project: location, facility, standard or products.",
      schema: z.object({ company: id, aspect: z.enum(["location", "facility", "standard", "products"]) }),
    }),
    tool(
      ({ company }): Finding[] => [
        ...companyFacts(dataset, company, "location"),
        ...(["investmentKzt", "investmentUsd", "medicines", "sociallySignificant", "jobs"] as const).flatMap(
          (m) => metricForCompany(dataset, m, company).filter((f) => f.kind === "value"),
        ),
        ...listPartners(dataset, company).filter((f) => f.kind === "list" && f.items.length > 0),
      ],
      {
        name: "company_profile",
        description: "Everything the sources state about one company's project.",
        schema: z.object({ company: id }),
      },
    ),
    tool(({ parties, year, month }): Finding[] => agreementsWith(dataset, parties, year, month), {
      name: "agreements",
      description: "Agreements involving all the given parties, optionally in a year and month.",
      schema: z.object({
        parties: z.array(id),
        year: z.number().int().optional(),
        month: z.number().int().optional(),
      }),
    }),
    tool(({ agreement, aspect }): Finding[] => agreementDetails(dataset, agreement, aspect), {
      name: "agreement_details",
      description: "An agreement's date, place, summary or items (focus areas, production portfolio).",
      schema: z.object({ agreement: id, aspect: z.enum(["summary", "place", "items", "date"]) }),
    }),
    tool(
      ({ person, role, organisation }): Finding[] => {
        if (person) return whoIs(dataset, person);
        const words = (role ?? "").toLowerCase().split(" ").filter(Boolean);
        const found = whoHasRole(dataset, (text) =>
          words.some((w) => text.toLowerCase().includes(w.slice(0, 5))),
        );
        const inOrg = organisation
          ? found.filter(
              (f) =>
                f.kind === "role" &&
                dataset.people.find((p) => p.id === f.person.id)?.organisation === organisation,
            )
          : [];
        return inOrg.length ? inOrg : found;
      },
      {
        name: "who_is",
        description: "Who a person is (their role), or who holds a role.",
        schema: z.object({ person: id.optional(), role: z.string().optional(), organisation: id.optional() }),
      },
    ),
    tool(({ person }): Finding[] => statementsOf(dataset, person), {
      name: "statements",
      description: "What a person said, quoted verbatim.",
      schema: z.object({ person: id }),
    }),
    tool(({ organisation }): Finding[] => organisationFacts(dataset, organisation), {
      name: "organisation_facts",
      description: "What the sources say about an organisation.",
      schema: z.object({ organisation: id }),
    }),
    tool(
      ({ organisation, metric }): Finding[] => [
        { kind: "notInSources", subject: { type: "organisation", id: organisation }, metric },
      ],
      {
        name: "not_in_sources",
        description: "Says that a figure is not stated for an organisation that has no investment project.",
        schema: z.object({ organisation: id, metric: z.enum([...METRICS, "investment"]) }),
      },
    ),
    tool((): Finding[] => goal(dataset), {
      name: "domestic_production_goal",
      description: "Kazakhstan's goal for the share of domestically produced medicines.",
      schema: z.object({}),
    }),
    tool((): Finding[] => therapyAreas(dataset), {
      name: "therapy_areas",
      description: "The kinds of medicines the projects will produce, overall and per company.",
      schema: z.object({}),
    }),
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
