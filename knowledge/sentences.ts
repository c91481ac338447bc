/**
 * Sentences of a source body with exact offsets, shared by retrieval (passages) and extraction
 * (claims), so a quote is always `body.slice(start, end)`.
 */
/** A sentence of a body: `body.slice(start, end) === text`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** The paragraph or list item it sits in (a sentence never spans two). */
  block: number;
  /** Whether a blank line (or the start of the body) comes right before this sentence. */
  paragraphStart: boolean;
  /** A list item ("- …"), its marker left out of the text. */
  item: boolean;
  /** A line ending in ":" that introduces what follows ("… several strategic areas:"). */
  heading: boolean;
  /** A Markdown heading ("# Title"), its marker left out: a title, never quoted as a passage or claim. */
  title: boolean;
  /** A table row ("| AltINFARM | 58.5 | 60 |"), kept whole: its cells are read by the extractor. */
  row?: boolean;
}

const LIST_MARKER = /^[-*•–—]\s+|^\d{1,3}[.)]\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
/**
 * " date 2026-01-23 ALMATY – ", "ASTANA (Kazinform) — ", "ASTANA, March 3 (Kazinform) – ": a place in
 * capitals, maybe a date and an agency, and a dash.
 */
const DATELINE =
  /^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}[\p{Lu}\s.,()'-]{1,40}?|\p{Lu}{2,}[\p{Lu}\s-]*,\s*[\p{L}\d .,]{1,25}?(?:\s*\([^)]{1,30}\))?)\s[–—-]\s+(?=\S)/u;
/** A Markdown table row, and the separator under its header ("|---|---|"). */
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const ABBREVIATIONS = new Set(
  (
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof st no nos vs etc inc ltd co corp pte pvt bhd " +
    "gov gen jr sr dept est approx fig vol pp ca cf al mln bln bn mn ст им г гг тыс млн млрд руб т.е т.д"
  ).split(" "),
);
const OPENING_QUOTES = new Set(["“", "«", "„"]);
const CLOSING_QUOTES = new Set(["”", "»"]);
/** Characters that may follow a sentence's final mark and still belong to it. */
const TRAILING = new Set(["”", "»", '"', "’", "'", ")", "]"]);

/** Whether the "." at `dot` ends an abbreviation ("Jan.", "U.S.", "J.") rather than a sentence. */
export function isAbbreviation(line: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[0] ?? "";
  if (!word) return false;
  const bare = word.replace(/^\.+/, "").toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "e.g."
  return /^\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare);
}

/** Units shortened after a number: "USD 40 mln. The first stage …" ends a sentence there. */
const UNIT_ABBREVIATIONS = new Set("mln bln bn mn млн млрд тыс".split(" "));
/** What may follow a shortened unit inside its sentence: a currency ("40 mln USD", «млн Тенге»). */
const CURRENCY_NEXT =
  /^(\p{Lu}{2,}|[Tt]enge|[Тт]енге|[Тт]еңге|[Dd]ollars?|[Дд]оллар\p{L}*|[Ee]uros?|[Ее]вро|[Рр]убл\p{L}*)(?!\p{L})/u;

/** A number's shortened unit before a capitalised word that is no currency: the sentence ends there. */
function unitEnds(line: string, dot: number, next: number): boolean {
  const word = /(\d[\d.,]*)\s*(\p{L}+)$/u.exec(line.slice(Math.max(0, dot - 24), dot));
  if (!word || !UNIT_ABBREVIATIONS.has((word[2] as string).toLowerCase())) return false;
  return /\p{Lu}/u.test(line[next] ?? "") && !CURRENCY_NEXT.test(line.slice(next));
}

/** Whether text at `i` can start a new sentence: a capital, a digit or an opening quote/bracket. */
function startsSentence(line: string, i: number): boolean {
  const c = line[i];
  return c !== undefined && (/[\p{Lu}\d(["'“«„]/u.test(c) || c === "¿");
}

/** [start, end) offsets of the sentences in one block of text, relative to the block. */
function blockSentences(text: string, from: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (OPENING_QUOTES.has(c)) depth++;
    else if (CLOSING_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '"')
      depth = i === 0 || /[\s([]/.test(text[i - 1] ?? " ") ? depth + 1 : Math.max(0, depth - 1);
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let end = i + 1;
    while (end < text.length && (TRAILING.has(text[end] as string) || /[.!?…]/.test(text[end] as string))) {
      const t = text[end] as string;
      if (CLOSING_QUOTES.has(t) || t === '"') depth = Math.max(0, depth - 1);
      end++;
    }
    if (depth > 0 || end >= text.length) {
      i = end - 1;
      continue;
    }
    let next = end;
    while (next < text.length && /\s/.test(text[next] as string)) next++;
    // "58.5" has no space after the dot; "Jan. 22" is an abbreviation; "in 2024. The" is a boundary.
    if (next === end || next >= text.length || !startsSentence(text, next)) continue;
    if (c === "." && end === i + 1 && isAbbreviation(text, i) && !unitEnds(text, i, next)) continue;
    spans.push([start, end]);
    start = next;
    i = next - 1;
  }
  const tail = text.slice(start).trimEnd();
  if (tail.length > 0) spans.push([start, start + tail.length]);
  return spans;
}

/** A paragraph or list item: one line, or several when a line is hard-wrapped mid-sentence. */
interface Block {
  start: number;
  end: number;
  item: boolean;
  paragraphStart: boolean;
  row?: boolean;
}

const ENDS_LINE = /[.!?…:;"”»)\]]\s*$/;

/** Groups lines into blocks: a line ending mid-sentence continues on the next one. */
function blocks(body: string): Block[] {
  const out: Block[] = [];
  let open: Block | null = null;
  let blank = true;
  let offset = 0;
  for (const raw of body.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const lineStart = offset;
    offset += raw.length + 1;
    if (!line.trim()) {
      open = null;
      blank = true;
      continue;
    }
    if (TABLE_ROW.test(line)) {
      // Each row is a block of its own; the rule under the header is no text at all.
      if (!TABLE_RULE.test(line))
        out.push({
          start: lineStart,
          end: lineStart + line.length,
          item: false,
          paragraphStart: blank,
          row: true,
        });
      open = null;
      blank = false;
      continue;
    }
    const item = LIST_MARKER.test(line.trimStart());
    if (open && !item && !ENDS_LINE.test(body.slice(open.start, open.end))) {
      open.end = lineStart + line.length;
    } else {
      open = { start: lineStart, end: lineStart + line.length, item, paragraphStart: blank };
      out.push(open);
    }
    blank = false;
  }
  return out;
}

/**
 * Splits a body into sentences with offsets. Paragraphs and list items are hard boundaries;
 * within one a sentence ends at . ! ? … (with any closing quotes) before a capital, digit or
 * opening quote, except after abbreviations ("Jan. 22") and inside quotations, so a quoted
 * speech stays whole with its "he said". List markers and a leading dateline are left out.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  for (const [index, block] of blocks(body).entries()) {
    const text = body.slice(block.start, block.end);
    let from = text.length - text.trimStart().length;
    if (block.row) {
      out.push({
        start: block.start + from,
        end: block.start + text.trimEnd().length,
        text: text.slice(from, text.trimEnd().length),
        block: index,
        paragraphStart: block.paragraphStart,
        item: false,
        heading: false,
        title: false,
        row: true,
      });
      continue;
    }
    const title = MARKDOWN_HEADING.exec(text.slice(from));
    if (title) {
      const end = text.trimEnd().length;
      if (end > from + title[0].length) {
        out.push({
          start: block.start + from + title[0].length,
          end: block.start + end,
          text: text.slice(from + title[0].length, end),
          block: index,
          paragraphStart: true,
          item: false,
          heading: false,
          title: true,
        });
      }
      continue;
    }
    const marker = LIST_MARKER.exec(text.slice(from));
    if (marker) from += marker[0].length;
    else if (block.paragraphStart) from += DATELINE.exec(text.slice(from))?.[0].length ?? 0;
    const spans = blockSentences(text, from);
    for (const [k, [s, e]] of spans.entries()) {
      const sentence = text.slice(s, e);
      out.push({
        start: block.start + s,
        end: block.start + e,
        text: sentence,
        block: index,
        paragraphStart: block.paragraphStart && k === 0,
        item: block.item,
        heading: k === spans.length - 1 && sentence.endsWith(":"),
        title: false,
      });
    }
  }
  return out;
}
