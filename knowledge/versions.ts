import { createHash } from "node:crypto";
import type { Knowledge } from "./load.js";
import type { Citation, Dataset, Names, Qualifier, Source, Unit } from "./schema.js";
import { normalize } from "./text.js";

/**
 * Knowledge versions: a snapshot flattens the knowledge into stable keys, and the diff of two
 * snapshots is the change summary subscribers are told about.
 */

export interface FigureValue {
  value: number;
  text: string;
  unit: Unit;
  qualifier: Qualifier;
}

/** One fact of the dataset under a stable key such as `projects/altinfarm-plant/jobs`. */
export interface SnapshotFact {
  /** Whose fact it is (a company, an agreement…); null for the headline totals and goals. */
  subject: Names | null;
  /** The dataset field: "jobs", "partners", "products"… */
  field: string;
  /** The value as English text; figures also keep their number for localised rendering. */
  value: string;
  figure?: FigureValue;
  citation: Citation;
  /** Topic ids (companies, places, partnerships) the fact touches. */
  topics: string[];
}

export interface SnapshotSource {
  id: string;
  title: string;
  /** sha256 of the body. */
  hash: string;
  topics: string[];
}

export interface KnowledgeSnapshot {
  hash: string;
  sources: SnapshotSource[];
  facts: Record<string, SnapshotFact>;
}

export type CitationWithTitle = Citation & { title: string };

export interface SourceDelta {
  id: string;
  title: string;
  topics: string[];
}

export interface FactDelta {
  key: string;
  subject: Names | null;
  field: string;
  value: string;
  figure?: FigureValue;
  citation: CitationWithTitle;
  topics: string[];
}

export interface FactChange {
  key: string;
  subject: Names | null;
  field: string;
  old: { value: string; figure?: FigureValue };
  new: { value: string; figure?: FigureValue };
  /** The new value's citation. */
  citation: CitationWithTitle;
  topics: string[];
}

/** A project no earlier version knew: told as one line, its facts folded into it. */
export interface ProjectDelta {
  /** The key prefix of its facts ("projects/msn-group-project"). */
  prefix: string;
  subject: Names | null;
  topics: string[];
}

export interface ChangeSummary {
  /** Absent in summaries stored before projects were told apart. */
  projectsAdded?: ProjectDelta[];
  sourcesAdded: SourceDelta[];
  sourcesRemoved: SourceDelta[];
  /** Same id, new title or body. */
  sourcesUpdated: SourceDelta[];
  factsAdded: FactDelta[];
  factsChanged: FactChange[];
  factsRemoved: FactDelta[];
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isCitation = (v: unknown): v is Citation =>
  isObj(v) && typeof v.source === "string" && typeof v.quote === "string";
const isFigure = (v: unknown): v is FigureValue & { citation: Citation } =>
  isObj(v) && typeof v.value === "number" && typeof v.unit === "string" && isCitation(v.citation);
const isFact = (v: unknown): v is { text: string; citation: Citation } =>
  isObj(v) && typeof v.text === "string" && isCitation(v.citation);

export function formatFigure(f: FigureValue): string {
  const amount =
    f.unit === "percent" ? (f.text.endsWith("%") ? f.text : `${f.text}%`) : `${f.text} ${f.unit}`;
  return `${f.qualifier === "exact" ? "" : `${f.qualifier} `}${amount}`;
}

/** Relations between dataset entities, used to find the topics a fact touches. */
class Relations {
  private readonly parents = new Map<string, string | null>();
  private readonly names = new Map<string, Names>();
  private readonly agreementPartnership = new Map<string, string>();
  /** Partnerships whose agreements (or own summary) are told by a source. */
  private readonly sourcePartnerships = new Map<string, Set<string>>();

  constructor(readonly dataset: Dataset) {
    for (const p of dataset.places) {
      this.parents.set(p.id, p.parent);
      this.names.set(p.id, p.name);
    }
    for (const o of dataset.organisations) this.names.set(o.id, o.name);
    const tell = (source: string | undefined, partnership: string) => {
      if (!source) return;
      const set = this.sourcePartnerships.get(source) ?? new Set();
      set.add(partnership);
      this.sourcePartnerships.set(source, set);
    };
    for (const p of dataset.partnerships) tell(p.summary.citation.source, p.id);
    for (const a of dataset.agreements) {
      this.agreementPartnership.set(a.id, a.partnership);
      tell(a.summary.citation.source, a.partnership);
      tell(a.dateCitation?.source, a.partnership);
    }
  }

  name(id: string): string {
    return this.names.get(id)?.en ?? id;
  }

  /** A place and every place containing it. */
  placeChain(id: string): string[] {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at && !chain.includes(at); at = this.parents.get(at)) {
      chain.push(at);
    }
    return chain;
  }

  partnershipOf(agreement: string): string[] {
    const p = this.agreementPartnership.get(agreement);
    return p ? [p] : [];
  }

  partnershipsTold(source: string): string[] {
    return [...(this.sourcePartnerships.get(source) ?? [])];
  }
}

interface Entity {
  prefix: string;
  subject: Names | null;
  topics: string[];
  fields: Obj;
}

function entities(dataset: Dataset, rel: Relations): Entity[] {
  const list: Entity[] = [];
  for (const o of dataset.organisations) {
    list.push({ prefix: `organisations/${o.id}`, subject: o.name, topics: [o.id], fields: o });
  }
  for (const p of dataset.people) {
    list.push({
      prefix: `people/${p.id}`,
      subject: p.name,
      topics: p.organisation ? [p.organisation] : [],
      fields: p,
    });
  }
  for (const p of dataset.partnerships) {
    list.push({ prefix: `partnerships/${p.id}`, subject: p.name, topics: [p.id], fields: p });
  }
  for (const a of dataset.agreements) {
    list.push({
      prefix: `agreements/${a.id}`,
      subject: a.title,
      topics: [a.partnership, ...a.parties],
      fields: a,
    });
  }
  const companyName = new Map(dataset.organisations.map((o) => [o.id, o.name]));
  for (const p of dataset.projects) {
    list.push({
      prefix: `projects/${p.id}`,
      subject: companyName.get(p.company) ?? { en: p.company },
      topics: [
        p.company,
        ...p.sites.flatMap((s) => rel.placeChain(s.place)),
        ...p.partners.map((x) => x.organisation),
        ...(p.agreement ? rel.partnershipOf(p.agreement) : []),
      ],
      fields: p,
    });
  }
  list.push({ prefix: "totals", subject: null, topics: [], fields: dataset.totals });
  for (const g of dataset.goals) list.push({ prefix: `goals/${g.id}`, subject: null, topics: [], fields: g });
  return list;
}

/** The facts of one entity: figures, cited texts, cited references (sites, partners), items, dates. */
function entityFacts(e: Entity, rel: Relations): [string, Omit<SnapshotFact, "subject" | "topics">][] {
  const out: [string, Omit<SnapshotFact, "subject" | "topics">][] = [];
  const add = (key: string, field: string, node: unknown) => {
    if (isFigure(node)) {
      const figure = { value: node.value, text: node.text, unit: node.unit, qualifier: node.qualifier };
      out.push([key, { field, value: formatFigure(figure), figure, citation: node.citation }]);
    } else if (isFact(node)) {
      out.push([key, { field, value: node.text, citation: node.citation }]);
    } else if (isObj(node) && isCitation(node.citation)) {
      const ref = [node.place, node.organisation].find((x): x is string => typeof x === "string");
      if (ref) out.push([key, { field, value: rel.name(ref), citation: node.citation }]);
    }
  };
  for (const [field, node] of Object.entries(e.fields)) {
    if (field === "dateCitation" && isCitation(node)) {
      const date = (e.fields.date as { text?: string } | null)?.text;
      if (date) out.push([`${e.prefix}/date`, { field: "date", value: date, citation: node }]);
    } else if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) {
        if (!isObj(item)) continue;
        const ref = [item.place, item.organisation, item.name].find(
          (x): x is string => typeof x === "string",
        );
        if (isFact(item.description) && typeof item.name === "string") {
          const d = item.description;
          out.push([
            `${e.prefix}/${field}/${item.name}`,
            { field, value: `${item.name}: ${d.text}`, citation: d.citation },
          ]);
        } else {
          add(`${e.prefix}/${field}/${ref ?? i}`, field, item);
        }
      }
    } else {
      add(`${e.prefix}/${field}`, field, node);
    }
  }
  return out;
}

/**
 * Topic ids whose names or aliases (3+ characters) appear as whole words in a text. The longest
 * match wins, so "Almaty Region" is the region, not also the city of Almaty.
 */
export function textTopics(dataset: Dataset, text: string): string[] {
  const words = normalize(text).split(" ");
  const named = [...dataset.organisations, ...dataset.places, ...dataset.partnerships];
  const matches: { at: number; length: number; id: string }[] = [];
  for (const topic of named) {
    for (const alias of new Set([topic.name.en, ...topic.aliases])) {
      const needle = normalize(alias).split(" ");
      if (needle.join(" ").length < 3) continue;
      for (
        let at = words.indexOf(needle[0] as string);
        at >= 0;
        at = words.indexOf(needle[0] as string, at + 1)
      ) {
        if (needle.every((w, i) => words[at + i] === w))
          matches.push({ at, length: needle.length, id: topic.id });
      }
    }
  }
  const taken = new Set<number>();
  const found = new Set<string>();
  for (const m of matches.sort((a, b) => b.length - a.length)) {
    const span = Array.from({ length: m.length }, (_, i) => m.at + i);
    if (span.some((i) => taken.has(i))) continue;
    for (const i of span) taken.add(i);
    found.add(m.id);
  }
  return [...found].sort();
}

const uniqueSorted = (xs: string[]) => [...new Set(xs)].sort();

/** Flattens the knowledge into a snapshot whose hash changes exactly when the summary would. */
export function snapshotKnowledge(knowledge: Knowledge): KnowledgeSnapshot {
  const rel = new Relations(knowledge.dataset);
  const facts: Record<string, SnapshotFact> = {};
  for (const e of entities(knowledge.dataset, rel)) {
    for (const [key, fact] of entityFacts(e, rel)) {
      const topics = uniqueSorted([...e.topics, ...rel.partnershipsTold(fact.citation.source)]);
      facts[key] = { subject: e.subject, ...fact, topics };
    }
  }
  const sources = [...knowledge.sources]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s: Source) => ({
      id: s.id,
      title: s.title,
      hash: sha256(s.body),
      topics: uniqueSorted([
        ...textTopics(knowledge.dataset, `${s.title}\n${s.body}`),
        ...rel.partnershipsTold(s.id),
      ]),
    }));
  const keys = Object.keys(facts).sort();
  const canonical = JSON.stringify({
    sources: sources.map((s) => [s.id, s.title, s.hash]),
    facts: keys.map((k) => [k, facts[k]?.value]),
  });
  return { hash: sha256(canonical), sources, facts };
}

export function diffKnowledge(prev: KnowledgeSnapshot, next: KnowledgeSnapshot): ChangeSummary {
  const prevSources = new Map(prev.sources.map((s) => [s.id, s]));
  const nextSources = new Map(next.sources.map((s) => [s.id, s]));
  const delta = (s: SnapshotSource): SourceDelta => ({ id: s.id, title: s.title, topics: s.topics });
  const titled = (c: Citation, snap: KnowledgeSnapshot): CitationWithTitle => ({
    ...c,
    title: snap.sources.find((s) => s.id === c.source)?.title ?? c.source,
  });
  const factDelta = (key: string, f: SnapshotFact, snap: KnowledgeSnapshot): FactDelta => ({
    key,
    subject: f.subject,
    field: f.field,
    value: f.value,
    ...(f.figure ? { figure: f.figure } : {}),
    citation: titled(f.citation, snap),
    topics: f.topics,
  });
  const valued = (f: SnapshotFact) => ({ value: f.value, ...(f.figure ? { figure: f.figure } : {}) });

  const summary: ChangeSummary = {
    sourcesAdded: next.sources.filter((s) => !prevSources.has(s.id)).map(delta),
    sourcesRemoved: prev.sources.filter((s) => !nextSources.has(s.id)).map(delta),
    sourcesUpdated: next.sources
      .filter((s) => {
        const before = prevSources.get(s.id);
        return before !== undefined && (before.hash !== s.hash || before.title !== s.title);
      })
      .map(delta),
    factsAdded: [],
    factsChanged: [],
    factsRemoved: [],
  };
  const keys = uniqueSorted([...Object.keys(prev.facts), ...Object.keys(next.facts)]);
  const projectOf = (key: string) => /^projects\/[^/]+/.exec(key)?.[0];
  const known = new Set(Object.keys(prev.facts).map(projectOf));
  const added = new Map<string, ProjectDelta>();
  for (const key of Object.keys(next.facts)) {
    const prefix = projectOf(key);
    const fact = next.facts[key] as SnapshotFact;
    if (!prefix || known.has(prefix) || Object.keys(prev.facts).length === 0) continue;
    const seen = added.get(prefix);
    added.set(prefix, {
      prefix,
      subject: fact.subject,
      topics: uniqueSorted([...(seen?.topics ?? []), ...fact.topics]),
    });
  }
  summary.projectsAdded = [...added.values()];
  for (const key of keys) {
    const before = prev.facts[key];
    const after = next.facts[key];
    if (!before && after) summary.factsAdded.push(factDelta(key, after, next));
    else if (before && !after) summary.factsRemoved.push(factDelta(key, before, prev));
    else if (before && after && before.value !== after.value) {
      summary.factsChanged.push({
        key,
        subject: after.subject,
        field: after.field,
        old: valued(before),
        new: valued(after),
        citation: titled(after.citation, next),
        topics: uniqueSorted([...before.topics, ...after.topics]),
      });
    }
  }
  return summary;
}

export function isEmptySummary(s: ChangeSummary): boolean {
  return (
    s.sourcesAdded.length +
      s.sourcesRemoved.length +
      s.sourcesUpdated.length +
      s.factsAdded.length +
      s.factsChanged.length +
      s.factsRemoved.length ===
    0
  );
}

/** Every topic the summary touches (see filterSummary for revised sources). */
export function summaryTopics(s: ChangeSummary): string[] {
  return uniqueSorted(
    [...s.sourcesAdded, ...s.sourcesRemoved, ...s.factsAdded, ...s.factsChanged, ...s.factsRemoved].flatMap(
      (x) => x.topics,
    ),
  );
}

/**
 * The part of a summary a subscriber to `topics` cares about ("all" keeps everything). A revised
 * source goes to "all" only: the facts it changed are reported, with their topics, on their own.
 */
export function filterSummary(s: ChangeSummary, topics: readonly string[]): ChangeSummary {
  if (topics.includes("all")) return s;
  const wanted = new Set(topics);
  const keep = <T extends { topics: string[] }>(xs: T[]) =>
    xs.filter((x) => x.topics.some((t) => wanted.has(t)));
  return {
    projectsAdded: keep(s.projectsAdded ?? []),
    sourcesAdded: keep(s.sourcesAdded),
    sourcesRemoved: keep(s.sourcesRemoved),
    sourcesUpdated: [],
    factsAdded: keep(s.factsAdded),
    factsChanged: keep(s.factsChanged),
    factsRemoved: keep(s.factsRemoved),
  };
}
