import { readFileSync } from "node:fs";
import { type Claim, ClaimError, curatedClaims, verifyClaim } from "./claims.js";
import { withGazetteer } from "./gazetteer.js";
import { Dataset, type Dataset as DatasetT, type Organisation, type Source } from "./schema.js";
import { loadSources } from "./sources.js";
import { buildView } from "./view.js";

export const DATASET_PATH = new URL("./dataset.json", import.meta.url).pathname;

export class DatasetError extends Error {
  override name = "DatasetError";
}

/** Everything the engine knows: the sources, and the current view of every claim about them. */
export interface Knowledge {
  sources: Source[];
  /** The current view of all claims (curated and ingested): what the tools read. */
  dataset: DatasetT;
  /** The curated dataset, with the gazetteer's places: the view's starting point. */
  curated: DatasetT;
  /** Every claim: the curated ones first, then those of ingested sources in the order they came. */
  claims: Claim[];
  /** Organisations first named by ingested sources. */
  organisations: Organisation[];
}

/** What ingestion added on top of the curated knowledge (kept in the store). */
export interface Ingested {
  sources: Source[];
  claims: Claim[];
  organisations: Organisation[];
}

type Path = (string | number)[];
const show = (path: Path) =>
  path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
    .join("")
    .slice(1);

function* walk(node: unknown, path: Path): Generator<[Record<string, unknown>, Path]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* walk(item, [...path, i]);
  } else if (node && typeof node === "object") {
    const obj = node as Record<string, unknown>;
    yield [obj, path];
    for (const [k, v] of Object.entries(obj)) yield* walk(v, [...path, k]);
  }
}

/**
 * Checks what zod cannot: every quote is an exact substring of its source body, every figure's
 * quote contains the figure as written, ids are unique and every reference points at something.
 * Throws a DatasetError naming the first bad entry.
 */
export function verifyKnowledge(sources: readonly Source[], dataset: DatasetT): void {
  const bodies = new Map(sources.map((s) => [s.id, s.body]));
  const nodes = [...walk(dataset, [])];
  for (const [obj, path] of nodes) {
    if (typeof obj.source === "string" && typeof obj.quote === "string") {
      const body = bodies.get(obj.source);
      if (body === undefined) throw new DatasetError(`${show(path)}: unknown source "${obj.source}"`);
      if (!body.includes(obj.quote)) {
        throw new DatasetError(
          `${show(path)}: quote is not verbatim in source "${obj.source}": "${obj.quote}"`,
        );
      }
    }
  }
  for (const [obj, path] of nodes) {
    const citation = obj.citation as { quote?: string } | undefined;
    if (typeof obj.value === "number" && typeof obj.text === "string" && citation?.quote !== undefined) {
      if (!citation.quote.includes(obj.text)) {
        throw new DatasetError(`${show(path)}: figure "${obj.text}" does not appear in its quote`);
      }
    }
  }

  const ids = new Map<string, string>();
  const register = (kind: string, list: { id: string }[]) => {
    for (const [i, item] of list.entries()) {
      if (ids.has(`${kind}:${item.id}`)) throw new DatasetError(`${kind}[${i}]: duplicate id "${item.id}"`);
      ids.set(`${kind}:${item.id}`, kind);
    }
  };
  register("places", dataset.places);
  register("organisations", dataset.organisations);
  register("people", dataset.people);
  register("partnerships", dataset.partnerships);
  register("agreements", dataset.agreements);
  register("projects", dataset.projects);
  const need = (kind: string, id: string | null | undefined, where: string) => {
    if (id != null && !ids.has(`${kind}:${id}`))
      throw new DatasetError(`${where}: unknown ${kind} id "${id}"`);
  };
  for (const [i, p] of dataset.places.entries()) need("places", p.parent, `places[${i}].parent`);
  for (const [i, p] of dataset.people.entries())
    need("organisations", p.organisation, `people[${i}].organisation`);
  for (const [i, a] of dataset.agreements.entries()) {
    for (const party of a.parties) need("organisations", party, `agreements[${i}].parties`);
    need("partnerships", a.partnership, `agreements[${i}].partnership`);
  }
  for (const [i, p] of dataset.projects.entries()) {
    need("organisations", p.company, `projects[${i}].company`);
    need("agreements", p.agreement, `projects[${i}].agreement`);
    for (const s of p.sites) need("places", s.place, `projects[${i}].sites`);
    for (const s of p.partners) need("organisations", s.organisation, `projects[${i}].partners`);
  }
}

/** Validates raw JSON against the schema, naming the first bad entry. */
export function parseDataset(raw: unknown): DatasetT {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DatasetError(`${issue?.path.join(".") || "dataset"}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Dates without a year keep their source's publication date, for the answer to say. */
function withPublished(dataset: DatasetT, sources: readonly Source[]): DatasetT {
  const published = new Map(sources.map((s) => [s.id, s.date]));
  const agreements = dataset.agreements.map((a) => {
    const date = a.dateCitation && published.get(a.dateCitation.source);
    return a.date && !a.date.year && date ? { ...a, date: { ...a.date, published: date } } : a;
  });
  return { ...dataset, agreements };
}

export function buildKnowledge(sources: Source[], raw: unknown): Knowledge {
  const dataset = parseDataset(raw);
  verifyKnowledge(sources, dataset);
  const curated = { ...withPublished(dataset, sources), places: withGazetteer(dataset.places) };
  const claims = curatedClaims(curated, sources);
  return {
    sources,
    dataset: buildView({ curated, organisations: [], claims }),
    curated,
    claims,
    organisations: [],
  };
}

/**
 * The knowledge with what ingestion added: sources (replacing same-id ones), their claims (each
 * checked against its source) and new organisations; the view is folded again.
 */
export function withIngested(base: Knowledge, added: Ingested): Knowledge {
  const ids = new Set(added.sources.map((s) => s.id));
  const sources = [...base.sources.filter((s) => !ids.has(s.id)), ...added.sources];
  const bySource = new Map(sources.map((s) => [s.id, s]));
  for (const claim of added.claims) {
    try {
      verifyClaim(claim, bySource);
    } catch (err) {
      throw err instanceof ClaimError ? new DatasetError(err.message) : err;
    }
  }
  const known = new Set(base.claims.map((c) => c.id));
  const claims = [...base.claims, ...added.claims.filter((c) => !known.has(c.id))];
  const orgIds = new Set(added.organisations.map((o) => o.id));
  const organisations = [...base.organisations.filter((o) => !orgIds.has(o.id)), ...added.organisations];
  const dataset = buildView({ curated: base.curated, organisations, claims });
  return { sources, dataset, curated: base.curated, claims, organisations };
}

export function loadKnowledge(
  options: { sourcesDir?: string; datasetPath?: string; extraSources?: Source[]; ingested?: Ingested } = {},
): Knowledge {
  const files = loadSources(options.sourcesDir);
  const raw = JSON.parse(readFileSync(options.datasetPath ?? DATASET_PATH, "utf8"));
  const base = buildKnowledge([...files, ...(options.extraSources ?? [])], raw);
  return options.ingested ? withIngested(base, options.ingested) : base;
}
