import { readFileSync } from "node:fs";
import { withGazetteer } from "./gazetteer.js";
import { Dataset, type Dataset as DatasetT, type Source } from "./schema.js";
import { loadSources } from "./sources.js";

export const DATASET_PATH = new URL("./dataset.json", import.meta.url).pathname;

export class DatasetError extends Error {
  override name = "DatasetError";
}

/** Sources plus the validated dataset: everything the engine knows. */
export interface Knowledge {
  sources: Source[];
  dataset: DatasetT;
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

export function buildKnowledge(sources: Source[], raw: unknown): Knowledge {
  const curated = parseDataset(raw);
  verifyKnowledge(sources, curated);
  return { sources, dataset: { ...curated, places: withGazetteer(curated.places) } };
}

export function loadKnowledge(
  options: { sourcesDir?: string; datasetPath?: string; extraSources?: Source[] } = {},
): Knowledge {
  const sources = [...loadSources(options.sourcesDir), ...(options.extraSources ?? [])];
  const raw = JSON.parse(readFileSync(options.datasetPath ?? DATASET_PATH, "utf8"));
  return buildKnowledge(sources, raw);
}
