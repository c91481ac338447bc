import { readFileSync } from "node:fs";
import type { Lang, Source } from "../../knowledge/schema.js";
import { loadSources } from "../../knowledge/sources.js";
import {
  addCounts,
  type GateCase,
  type GateQuality,
  gateCounts,
  gateQuality,
} from "../../retrieval/quality.js";
import { createRetriever, type Retriever } from "../../retrieval/retriever.js";

/**
 * The labelled set the relevance gate is calibrated on (fixtures/relevance.json): the practice
 * set's questions answered by one sentence, our own paraphrases in en/ru/kk, and questions the
 * sources cannot answer. "tuned" was used to calibrate; "aside" was written first and kept apart.
 */
export interface LabelledCase extends GateCase {
  lang: Lang;
  corpus: "seed" | "stream";
  from: string;
}

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;

export function relevanceSet(): { tuned: LabelledCase[]; aside: LabelledCase[] } {
  return JSON.parse(readFileSync(`${FIXTURES}relevance.json`, "utf8"));
}

/** The seed corpus, or the seed corpus and the practice stream's eight articles. */
export function corpus(name: LabelledCase["corpus"]): Source[] {
  const seed = loadSources();
  return name === "seed" ? seed : [...seed, ...loadSources(`${FIXTURES}stream-1`)];
}

export async function retrievers(): Promise<Record<LabelledCase["corpus"], Retriever>> {
  return { seed: await createRetriever(corpus("seed")), stream: await createRetriever(corpus("stream")) };
}

/** Gate quality over cases of both corpora, each asked of the retriever over its corpus. */
export async function measure(
  cases: readonly LabelledCase[],
  by: Record<LabelledCase["corpus"], Retriever>,
): Promise<GateQuality> {
  const parts = [];
  for (const c of ["seed", "stream"] as const)
    parts.push(
      await gateCounts(
        by[c],
        cases.filter((x) => x.corpus === c),
      ),
    );
  return gateQuality(addCounts(parts));
}
