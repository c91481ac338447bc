import { resolve } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { type Knowledge, loadKnowledge } from "../knowledge/load.js";
import type { Lang } from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { createEmbeddings, type EmbeddingsConfig, embedderIdOf } from "../retrieval/embeddings.js";
import { rankerQuality } from "../retrieval/quality.js";
import { createRetriever } from "../retrieval/retriever.js";
import { Answerer } from "./answer.js";
import type { Engine, Topic } from "./engine.js";
import { type ModelParserConfig, modelParser } from "./model-parse.js";
import { termsOf } from "./terms.js";

export interface EngineOptions {
  /** Where retrieval keeps its index (default ./data). */
  dataDir?: string;
  /** Knowledge to answer from (default: knowledge/sources and knowledge/dataset.json). */
  knowledge?: Knowledge;
  /** Embeddings for retrieval (default: built from `models.embeddings`). */
  embeddings?: Embeddings;
  /**
   * The optional models, from the validated settings (BotConfig.models); nothing here reads the
   * environment. Without them: the offline hashing embedder and no model parser.
   */
  models?: EngineModels;
}

export interface EngineModels {
  /** EMBEDDINGS_*: an OpenAI-compatible embedder, else the offline hashing one. */
  embeddings?: EmbeddingsConfig;
  /** PARSE_*: the model that reads a question the rules could not. */
  parse?: ModelParserConfig;
}

/** Builds the engine: the answerer over the dataset, and retrieval over the sources. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const embeddings = options.embeddings ?? (await createEmbeddings(options.models?.embeddings ?? {}));
  const retriever = await createRetriever(knowledge.sources, {
    dataDir: resolve(options.dataDir ?? "data"),
    embeddings,
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `could not build the retrieval index with embedder ${embedderIdOf(embeddings)}: ${reason}`,
    );
  });
  let current = knowledge;
  const parse = options.models?.parse;
  // Over each knowledge it answers from: the parser is told the dataset's ids.
  const answererOf = (k: Knowledge) =>
    new Answerer(k, retriever, { model: parse ? modelParser(parse, k.dataset) : undefined });
  let answerer = answererOf(knowledge);
  let topics = listTopics(knowledge);

  return {
    get knowledge() {
      return current;
    },
    // Read per question: an update swaps in a new answerer (its entity index and view).
    answer: (question, options) => answerer.answer(question, options),
    terms: (text, prior) => termsOf(answerer.reader.read(text, prior)),
    async update(next: Knowledge) {
      const indexed = new Map(current.sources.map((s) => [s.id, s.body]));
      for (const source of next.sources) {
        if (indexed.get(source.id) !== source.body) await retriever.addDocument(source);
      }
      // Built before it is swapped in, so a question asked meanwhile gets the old or the new, whole.
      const nextAnswerer = answererOf(next);
      current = next;
      answerer = nextAnswerer;
      topics = listTopics(next);
    },
    topics: () => topics,
    findTopic(text: string) {
      const tokens = normalize(text).split(" ").filter(Boolean);
      // A name found by a guess ("Nobl") is offered as a suggestion, never followed outright.
      for (const match of answerer.entities.find(tokens, { guess: false })) {
        const topic = topicOf(current, match);
        if (topic) return topic;
      }
      return null;
    },
    rankerQuality: (cases) => rankerQuality(retriever, cases),
    close: () => retriever.close(),
  };
}

const names = (n: { en: string; ru?: string; kk?: string }): Record<Lang, string> => ({
  en: n.en,
  ru: n.ru ?? n.en,
  kk: n.kk ?? n.en,
});
const NOT_FOLLOWED = new Set(["ministry", "government", "city administration", "investment agency"]);

/**
 * Any company, place or partnership the knowledge knows, as a topic: a place of the gazetteer or
 * a company no source has named a project for yet can be followed before it appears.
 */
function topicOf(knowledge: Knowledge, ref: { type: string; id: string }): Topic | null {
  const { dataset } = knowledge;
  if (ref.type === "organisation") {
    const o = dataset.organisations.find((x) => x.id === ref.id);
    return o && !NOT_FOLLOWED.has(o.kind) ? { id: o.id, kind: "organisation", name: names(o.name) } : null;
  }
  if (ref.type === "place") {
    const p = dataset.places.find((x) => x.id === ref.id);
    return p && p.kind !== "country" ? { id: p.id, kind: "place", name: names(p.name) } : null;
  }
  if (ref.type === "partnership") {
    const p = dataset.partnerships.find((x) => x.id === ref.id);
    return p ? { id: p.id, kind: "partnership", name: names(p.name) } : null;
  }
  return null;
}

/** What the subscription buttons offer: partnerships, companies with projects or agreements, and their places. */
function listTopics(knowledge: Knowledge): Topic[] {
  const { dataset } = knowledge;
  const parents = new Map(dataset.places.map((p) => [p.id, p.parent]));
  const companyIds = new Set([
    ...dataset.projects.map((p) => p.company),
    ...dataset.agreements.flatMap((a) => a.parties),
  ]);
  const placeIds = new Set<string>();
  for (const p of dataset.projects) {
    for (const site of p.sites) {
      for (let at: string | null | undefined = site.place; at; at = parents.get(at)) {
        const kind = dataset.places.find((x) => x.id === at)?.kind;
        if (kind !== "country" && kind !== "special economic zone") placeIds.add(at);
      }
    }
  }
  return [
    ...dataset.partnerships.map((p) => ({ type: "partnership", id: p.id })),
    ...[...companyIds].map((id) => ({ type: "organisation", id })),
    ...[...placeIds].map((id) => ({ type: "place", id })),
  ].flatMap((ref) => topicOf(knowledge, ref) ?? []);
}
