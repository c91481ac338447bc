import type { Knowledge } from "../knowledge/load.js";
import type { PhraseIndex } from "../knowledge/phrases.js";
import type { Lang } from "../knowledge/schema.js";
import { isLatinKazakh, latinKazakhToCyrillic, tokenize } from "../knowledge/text.js";
import { buildExpander } from "./bilingual.js";
import { CitationList, compose } from "./compose.js";
import { EntityIndex } from "./entities.js";
import { type FigureTool, figureTools } from "./figure-tools.js";
import type { Finding } from "./figures.js";
import { t } from "./locales/index.js";
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
  private readonly tools: Map<string, FigureTool>;

  private readonly expand: (p: Parsed) => string[];
  /** Every Latin word of the sources and the dataset, to tell a foreign proper name. */
  private readonly vocabulary: Set<string>;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly retrieval?: PassageFinder,
  ) {
    this.entities = new EntityIndex(knowledge.dataset);
    this.cues = buildCueIndex();
    this.tools = figureTools(knowledge.dataset);
    this.expand = buildExpander(this.entities);
    this.vocabulary = new Set(
      [...knowledge.sources.map((s) => s.body), JSON.stringify(knowledge.dataset)]
        .join(" ")
        .toLowerCase()
        .match(/[a-z]+/g),
    );
  }

  parse(question: string): Parsed {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const parsed = { ...parse(text, this.entities, this.cues), foreign: this.foreignNames(text) };
    if (!isLatinKazakh(text)) return parsed;
    // Latin-script Kazakh is read again in Cyrillic, where the Kazakh words, suffixes and place
    // names are known; names found only as written in Latin (Abdi Ibrahim) are kept.
    const cyrillic = parse(latinKazakhToCyrillic(text), this.entities, this.cues);
    const types = new Set(cyrillic.entities.map((e) => e.type));
    return {
      ...cyrillic,
      lang: "kk",
      entities: [...cyrillic.entities, ...parsed.entities.filter((e) => !types.has(e.type))],
      cues: new Set([...cyrillic.cues, ...parsed.cues]),
    };
  }

  async answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const text = question.slice(0, MAX_QUESTION_CHARS);
    const parsed = this.parse(text);
    const lang: Lang = options.lang ?? parsed.lang;
    const tx = t(lang).answers;
    const citations = new CitationList(this.knowledge.sources, lang);
    const base = { question, lang, tool: null, citations: citations.items };
    const topics = [...new Set(parsed.entities.filter((e) => e.type !== "person").map((e) => e.id))];
    const whole = plan(parsed, this.knowledge.dataset);
    if (whole.route === "refuse") return { ...base, route: "none", answer: tx.refuse };
    if (whole.route === "greeting")
      return { ...base, route: "none", answer: `${tx.greeting} ${examples(lang)}` };
    if (whole.route === "empty")
      return { ...base, route: "none", answer: `${tx.empty} ${examples(lang, "")}` };

    // Each clause ("… and who are its partners?") is answered by a tool or by retrieval.
    const findings: Finding[] = [];
    const tools: string[] = [];
    const retrievalQueries: { text: string; parsed: Parsed }[] = [];
    /** Tool calls already made: a follow-up clause ("…, and in what year?") can repeat one. */
    const seen = new Set<string>();
    for (const clause of this.clauses(text, parsed)) {
      const decided = clause.text === text ? whole : plan(clause.parsed, this.knowledge.dataset);
      if (decided.route === "tool") {
        for (const call of decided.calls) {
          const tool = this.tools.get(call.tool);
          const key = JSON.stringify(call);
          if (!tool || seen.has(key)) continue;
          seen.add(key);
          findings.push(...tool.invoke(call.input));
          tools.push(call.tool);
        }
      } else retrievalQueries.push(clause);
    }

    const parts: string[] = [];
    let table: Answer["table"];
    if (findings.length) {
      const composed = compose(findings, {
        lang,
        dataset: this.knowledge.dataset,
        entities: this.entities,
        citations,
      });
      parts.push(composed.text);
      table = composed.table;
    }
    for (const q of retrievalQueries) {
      const hits = await this.retrieval?.passages(q.text, { expansions: this.expand(q.parsed) });
      if (!hits?.length) continue;
      const titles = [...new Set(hits.map((h) => `“${h.title}”`))].join(` ${tx.and} `);
      const quotes = hits.map((h) => `“${h.quote}”${citations.marks({ source: h.source, quote: h.quote })}`);
      parts.push(`${tx.retrieval.intro(titles)} ${quotes.join(" ")}`);
    }
    if (!parts.length) return { ...base, route: "none", answer: `${tx.notCovered} ${examples(lang)}` };
    const route = findings.length ? "tool" : "retrieval";
    const tool = tools.length ? [...new Set(tools)].join("+") : null;
    return { ...base, route, tool, answer: parts.join("\n\n"), table, topics };
  }

  /** Capitalised Latin words inside a sentence that appear nowhere in the sources or the dataset. */
  private foreignNames(text: string): string[] {
    const names = text.match(/(?<=[^.?!\s]\s+)[A-Z][a-z]{2,}\b/g) ?? [];
    return names.filter((n) => !this.vocabulary.has(n.toLowerCase()));
  }

  /**
   * Splits "How many jobs will AltINFARM create and who are its partners?" into clauses: a part
   * after "and" (и, және) or "?" is its own clause only if it asks something itself; a clause that
   * names nothing inherits the question's entities ("its partners").
   */
  private clauses(text: string, whole: Parsed): { text: string; parsed: Parsed }[] {
    const pieces: string[] = [];
    for (const piece of text.split(CLAUSE_BREAK).map((p) => p.trim())) {
      const asks = tokenize(piece).some((w) => QUESTION_WORDS.has(w));
      if (pieces.length && (!asks || piece.split(/\s+/).length < 2)) pieces[pieces.length - 1] += ` ${piece}`;
      else if (piece) pieces.push(piece);
    }
    if (pieces.length < 2) return [{ text, parsed: whole }];
    return pieces.map((piece) => {
      const parsed = this.parse(piece);
      return {
        text: piece,
        parsed: parsed.entities.length ? parsed : { ...parsed, entities: whole.entities },
      };
    });
  }
}

const CLAUSE_BREAK = /\?|;|,?\s+(?:and|и|а также|және)\s+/iu;
const QUESTION_WORDS = new Set(
  (
    "what who whom where when how which why " +
    "что кто где когда как какие какой какая какое каким какому сколько почему зачем чем " +
    "кім кімдер не қайда қашан қанша қандай неше неге"
  ).split(" "),
);

function examples(lang: Lang, intro = t(lang).answers.examplesIntro): string {
  const tx = t(lang).answers;
  return `${intro} ${tx.examples.map((e) => `“${e}”`).join("; ")}.`.trim();
}
