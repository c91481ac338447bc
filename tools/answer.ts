import type { Knowledge } from "../knowledge/load.js";
import type { PhraseIndex } from "../knowledge/phrases.js";
import type { Lang } from "../knowledge/schema.js";
import { isLatinKazakh, latinKazakhToCyrillic, tokenize } from "../knowledge/text.js";
import { buildExpander } from "./bilingual.js";
import { CitationList, compose, understood } from "./compose.js";
import { EntityIndex } from "./entities.js";
import { execute } from "./execute.js";
import type { Finding } from "./figures.js";
import { t } from "./locales/index.js";
import { type ModelParser, modelParser, modelParserConfig } from "./model-parse.js";
import { buildCueIndex, type Cue, type Parsed, read, tokenizeQuestion } from "./parse.js";
import type { Query } from "./query.js";
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
 * The engine's answering core: parse → typed query → executor (or retrieval) → composed, cited
 * Answer. Knows nothing of Telegram.
 */
export class Answerer {
  readonly entities: EntityIndex;
  private readonly cues: PhraseIndex<Cue>;

  private readonly expand: (p: Parsed) => string[];
  /** Every Latin word of the sources and the dataset, to tell a foreign proper name. */
  private readonly vocabulary: Set<string>;

  /** The optional model parser (PARSE_BASE_URL / PARSE_MODEL): asked only when the rules read no query. */
  private readonly model?: ModelParser;

  constructor(
    private readonly knowledge: Pick<Knowledge, "dataset" | "sources">,
    private readonly retrieval?: PassageFinder,
    options: { model?: ModelParser } = {},
  ) {
    const config = modelParserConfig();
    this.model = options.model ?? (config ? modelParser(config, knowledge.dataset) : undefined);
    this.entities = new EntityIndex(knowledge.dataset);
    this.cues = buildCueIndex();
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
    const read = tokenizeQuestion(text, this.entities, this.cues);
    // A Russian loanword with a Kazakh ending ("инвестициясы", "компаниясына") makes the question Kazakh.
    const lang = read.lang === "ru" && read.tokens.some((w) => KAZAKH_LOANWORD.test(w)) ? "kk" : read.lang;
    const parsed = { ...read, lang, foreign: this.foreignNames(text, read.unexplained) };
    const latinKazakh = isLatinKazakh(text);
    if (lang !== "en" && !latinKazakh) return parsed;
    // Latin-script Kazakh is read again in Cyrillic, where the Kazakh words, suffixes and place
    // names are known; names found only as written in Latin (Abdi Ibrahim) are kept. A Latin
    // question with no marker word ("msp serikterleri", "pavlodarda joba bar ma") is Kazakh when
    // the Cyrillic reading explains most of the words the English one could not.
    if (!latinKazakh && parsed.unexplained.length === 0) return parsed;
    const cyrillic = tokenizeQuestion(latinKazakhToCyrillic(text), this.entities, this.cues);
    if (!latinKazakh) {
      const explained = parsed.unexplainedAt.filter((i) => !cyrillic.unexplainedAt.includes(i));
      if (
        cyrillic.tokens.length !== parsed.tokens.length ||
        explained.length * 2 <= parsed.unexplained.length
      )
        return parsed;
    }
    const types = new Set(cyrillic.entities.map((e) => e.type));
    // A word is unexplained only if neither reading explains it ("Abdi Ibrahim" is read in Latin).
    const aligned = cyrillic.tokens.length === parsed.tokens.length;
    const both = cyrillic.unexplainedAt.filter((i) => !aligned || parsed.unexplainedAt.includes(i));
    return {
      ...cyrillic,
      unexplainedAt: both,
      unexplained: both.map((i) => cyrillic.tokens[i] as string),
      lang: "kk",
      entities: [...cyrillic.entities, ...parsed.entities.filter((e) => !types.has(e.type))],
      // Latin spellings near English words ("salady" ~ "salary") say nothing the Cyrillic reading did not.
      cues: new Set([...cyrillic.cues, ...[...parsed.cues].filter((c) => !c.startsWith("u:"))]),
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
    const whole = read(parsed, this.knowledge.dataset);
    if (whole.route === "refuse") return { ...base, route: "none", answer: tx.refuse };
    if (whole.route === "greeting")
      return { ...base, route: "none", answer: `${tx.greeting} ${examples(lang)}` };
    if (whole.route === "empty")
      return { ...base, route: "none", answer: `${tx.empty} ${examples(lang, "")}` };

    // Each clause ("… and who are its partners?") is one query for the executor, or retrieval.
    const findings: Finding[] = [];
    const tools: string[] = [];
    const queries: Query[] = [];
    const retrievalQueries: { text: string; parsed: Parsed }[] = [];
    /** Queries already run: a follow-up clause ("…, and in what year?") can repeat one. */
    const seen = new Set<string>();
    for (const clause of this.clauses(text, parsed)) {
      const decided = clause.text === text ? whole : read(clause.parsed, this.knowledge.dataset);
      // The rules read no query: a configured model may, and the executor still computes everything.
      const query =
        decided.route === "query"
          ? decided.query
          : decided.route === "retrieval"
            ? ((await this.model?.(clause.text)) ?? undefined)
            : undefined;
      if (!query) {
        retrievalQueries.push(clause);
        continue;
      }
      const key = JSON.stringify({ ...query, unparsed: [] });
      if (seen.has(key)) continue;
      seen.add(key);
      const done = execute(query, this.knowledge.dataset);
      if (!done.findings.length) {
        retrievalQueries.push(clause);
        continue;
      }
      findings.push(...done.findings);
      tools.push(done.tool);
      queries.push(query);
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
    if (!parts.length) {
      // The companies are the dataset's, so one that arrived with an ingested article is named too.
      const companies = this.knowledge.dataset.projects.map((p) =>
        this.entities.name({ type: "organisation", id: p.company }, lang),
      );
      return { ...base, route: "none", answer: `${tx.notCovered(companies.join(", "))} ${examples(lang)}` };
    }
    const route = findings.length ? "tool" : "retrieval";
    const tool = tools.length ? [...new Set(tools)].join("+") : null;
    const read_ = queries.map((q) => understood(q, lang, this.entities)).join("; ");
    return { ...base, route, tool, understood: read_, answer: parts.join("\n\n"), table, topics };
  }

  /** Capitalised Latin words inside a sentence that appear nowhere in the sources or the dataset. */
  private foreignNames(text: string, unexplained: string[]): string[] {
    const names = text.match(/(?<=[^.?!\s]\s+)[A-Z][a-z]{2,}\b/g) ?? [];
    // Typed in lower case, a name still follows "in", "does", "of"…: "jobs in france", "does pfizer invest".
    const lower = [...text.matchAll(/\b(?:in|at|does|do|of|from|by|for)\s+([a-z]{3,})\b/g)].map(
      (m) => m[1] as string,
    );
    const words = [...names, ...lower.filter((w) => unexplained.includes(w))];
    return words.filter((n) => !this.vocabulary.has(n.toLowerCase()));
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

const KAZAKH_LOANWORD = /(ия|ция)(сы|сын|сына|сының|сымен|ны|ның|ға|да|дағы|дан|лар|лары|лардың)$/;

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
