import type { StructuredToolInterface } from "@langchain/core/tools";
import type { Knowledge } from "../knowledge/load.js";
import type { Lang } from "../knowledge/schema.js";
import { CitationList, compose } from "./compose.js";
import { EntityIndex } from "./entities.js";
import { createFigureTools } from "./figure-tools.js";
import type { Finding } from "./figures.js";
import { t } from "./locales/index.js";
import type { PhraseIndex } from "./phrases.js";
import { buildCueIndex, type Cue, type Parsed, parse, plan } from "./router.js";
import type { Answer, AnswerOptions } from "./types.js";

/** Longest question we read; longer input is cut (the bot warns the user). */
export const MAX_QUESTION_CHARS = 1000;

/** Passages found by retrieval: verbatim sentences with their source. */
export interface PassageHit {
  source: string;
  title: string;
  quote: string;
}

/** What the answerer needs from retrieval (implemented in retrieval/, optional here). */
export interface PassageFinder {
  passages(query: string, options?: { expansions?: string[] }): Promise<PassageHit[]>;
}

/**
 * The engine's answering core: parse → plan → figure tools or retrieval → composed, cited Answer.
 * Knows nothing of Telegram.
 */
export class Answerer {
  readonly entities: EntityIndex;
  private readonly cues: PhraseIndex<Cue>;
  private readonly tools: Map<string, StructuredToolInterface>;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly retrieval?: PassageFinder,
    private readonly expand: (p: Parsed) => string[] = () => [],
  ) {
    this.entities = new EntityIndex(knowledge.dataset);
    this.cues = buildCueIndex();
    this.tools = createFigureTools(knowledge.dataset);
  }

  parse(question: string): Parsed {
    return parse(question.slice(0, MAX_QUESTION_CHARS), this.entities, this.cues);
  }

  async answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const parsed = this.parse(question);
    const lang: Lang = options.lang ?? parsed.lang;
    const tx = t(lang).answers;
    const citations = new CitationList(this.knowledge.sources);
    const base = { question, lang, tool: null, citations: citations.items };
    const topics = [...new Set(parsed.entities.filter((e) => e.type !== "person").map((e) => e.id))];
    const decided = plan(parsed, this.knowledge.dataset);

    if (decided.route === "tool") {
      const findings: Finding[] = [];
      for (const call of decided.calls) {
        const tool = this.tools.get(call.tool);
        if (tool) findings.push(...((await tool.invoke(call.input)) as Finding[]));
      }
      if (findings.length) {
        const { text, table } = compose(findings, {
          lang,
          dataset: this.knowledge.dataset,
          entities: this.entities,
          citations,
        });
        const tool = [...new Set(decided.calls.map((c) => c.tool))].join("+");
        return { ...base, route: "tool", tool, answer: text, table, topics };
      }
    }
    if (decided.route === "refuse") return { ...base, route: "none", answer: tx.refuse };
    if (decided.route === "greeting")
      return { ...base, route: "none", answer: `${tx.greeting} ${examples(lang)}` };
    if (decided.route === "empty")
      return { ...base, route: "none", answer: `${tx.empty} ${examples(lang, "")}` };

    if (this.retrieval) {
      const hits = await this.retrieval.passages(question.slice(0, MAX_QUESTION_CHARS), {
        expansions: this.expand(parsed),
      });
      if (hits.length) {
        const titles = [...new Set(hits.map((h) => `“${h.title}”`))].join(` ${tx.and} `);
        const quotes = hits.map(
          (h) => `“${h.quote}”${citations.marks({ source: h.source, quote: h.quote })}`,
        );
        return {
          ...base,
          route: "retrieval",
          answer: `${tx.retrieval.intro(titles)} ${quotes.join(" ")}`,
          topics,
        };
      }
    }
    return { ...base, route: "none", answer: `${tx.notCovered} ${examples(lang)}` };
  }
}

function examples(lang: Lang, intro = t(lang).answers.examplesIntro): string {
  const tx = t(lang).answers;
  return `${intro} ${tx.examples.map((e) => `“${e}”`).join("; ")}.`.trim();
}
