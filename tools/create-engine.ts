import { resolve } from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { type Knowledge, loadKnowledge } from "../knowledge/load.js";
import type { Lang, Source } from "../knowledge/schema.js";
import { normalize } from "../knowledge/text.js";
import { createEmbeddings, embedderIdOf } from "../retrieval/embeddings.js";
import { rankerQuality } from "../retrieval/quality.js";
import { createRetriever } from "../retrieval/retriever.js";
import { Answerer } from "./answer.js";
import type { Engine, Topic } from "./engine.js";
import { conversational } from "./followup.js";

export interface EngineOptions {
  /** Where retrieval keeps its index (default ./data). */
  dataDir?: string;
  /** Knowledge to answer from (default: knowledge/sources and knowledge/dataset.json). */
  knowledge?: Knowledge;
  /** Embeddings for retrieval (default: from EMBEDDINGS_* settings, else the offline hashing one). */
  embeddings?: Embeddings;
}

/** Builds the engine: the answerer over the dataset, and retrieval over the sources. */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const embeddings = options.embeddings ?? (await createEmbeddings());
  const retriever = await createRetriever(knowledge.sources, {
    dataDir: resolve(options.dataDir ?? "data"),
    embeddings,
  }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `could not build the retrieval index with embedder ${embedderIdOf(embeddings)}: ${reason}`,
    );
  });
  const answerer = new Answerer(knowledge, retriever);
  const topics = listTopics(knowledge);

  return {
    knowledge,
    answer: conversational(
      () => answerer,
      () => knowledge.dataset,
    ),
    async addSource(source: Source) {
      await retriever.addDocument(source);
      const at = knowledge.sources.findIndex((s) => s.id === source.id);
      if (at >= 0) knowledge.sources[at] = source;
      else knowledge.sources.push(source);
    },
    topics: () => topics,
    findTopic(text: string) {
      const tokens = normalize(text).split(" ").filter(Boolean);
      const match = answerer.entities.find(tokens).find((e) => topics.some((t) => t.id === e.id));
      return topics.find((t) => t.id === match?.id) ?? null;
    },
    rankerQuality: (cases) => rankerQuality(retriever, cases),
    close: () => retriever.close(),
  };
}

/** Companies with projects, their places, and the two partnerships: what people can follow. */
function listTopics(knowledge: Knowledge): Topic[] {
  const { dataset } = knowledge;
  const names = (n: { en: string; ru?: string; kk?: string }): Record<Lang, string> => ({
    en: n.en,
    ru: n.ru ?? n.en,
    kk: n.kk ?? n.en,
  });
  const companyIds = new Set([...dataset.projects.map((p) => p.company), "astrazeneca", "sk-pharmacy"]);
  const placeIds = new Set(["almaty", "almaty-region", "turkistan-region"]);
  return [
    ...dataset.partnerships.map((p) => ({ id: p.id, kind: "partnership" as const, name: names(p.name) })),
    ...dataset.organisations
      .filter((o) => companyIds.has(o.id))
      .map((o) => ({ id: o.id, kind: "organisation" as const, name: names(o.name) })),
    ...dataset.places
      .filter((p) => placeIds.has(p.id))
      .map((p) => ({ id: p.id, kind: "place" as const, name: names(p.name) })),
  ];
}
