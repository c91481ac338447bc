import type { Source } from "../knowledge/schema.js";
import { type Sentence, splitSentences } from "../knowledge/sentences.js";

/** A run of whole sentences of one source: `source.body.slice(start, end) === text`. */
export interface ChunkSpan {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface ChunkOptions {
  /** Longest chunk in characters, unless a single sentence is longer (it is never cut). */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 500;

/** Splits a run of sentences wherever `starts` says a new group begins. */
function groupBy(
  sentences: readonly Sentence[],
  starts: (s: Sentence, prev: Sentence) => boolean,
): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const [i, s] of sentences.entries()) {
    const prev = sentences[i - 1];
    if (prev === undefined || starts(s, prev)) groups.push([s]);
    else groups.at(-1)?.push(s);
  }
  return groups;
}

const byParagraph = (ss: readonly Sentence[]) => groupBy(ss, (s) => s.paragraphStart);
const byBlock = (ss: readonly Sentence[]) => groupBy(ss, (s, prev) => s.block !== prev.block);
const bySentence = (ss: readonly Sentence[]) => ss.map((s) => [s]);

/**
 * Packs whole sentences into chunks of at most `maxChars` (a longer single sentence is a chunk
 * of its own, never cut). Paragraphs stay together when they fit, else list items and lines,
 * else sentences; a list heading is never left as a chunk's last sentence when its first item
 * goes to the next chunk.
 */
export function chunkSentences(sentences: readonly Sentence[], maxChars = DEFAULT_MAX_CHARS): Sentence[][] {
  const chunks: Sentence[][] = [];
  let current: Sentence[] = [];
  const length = (first: Sentence | undefined, last: Sentence | undefined) =>
    first && last ? last.end - first.start : 0;
  const flush = () => {
    const carry = current.length > 1 && current.at(-1)?.heading ? current.pop() : undefined;
    if (current.length > 0) chunks.push(current);
    current = carry ? [carry] : [];
  };
  const place = (unit: Sentence[], finer: ((ss: readonly Sentence[]) => Sentence[][])[]) => {
    if (length(current[0] ?? unit[0], unit.at(-1)) <= maxChars) {
      current.push(...unit);
      return;
    }
    flush();
    const [split, ...rest] = finer;
    if (length(current[0] ?? unit[0], unit.at(-1)) <= maxChars || !split) current.push(...unit);
    else for (const part of split(unit)) place(part, rest);
  };
  for (const paragraph of byParagraph(sentences)) place(paragraph, [byBlock, bySentence]);
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Sentence-aware chunks of a source, each with its offsets into `source.body`; Markdown titles are left out. */
export function chunkSource(source: Pick<Source, "id" | "body">, options: ChunkOptions = {}): ChunkSpan[] {
  const sentences = splitSentences(source.body).filter((s) => !s.title);
  return chunkSentences(sentences, options.maxChars).map((group) => {
    const start = (group[0] as Sentence).start;
    const end = (group.at(-1) as Sentence).end;
    return { source: source.id, start, end, text: source.body.slice(start, end) };
  });
}
