import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Lang, Source } from "../../knowledge/schema.js";
import { sourceTitle } from "../../knowledge/sources.js";
import { detectLang } from "../../knowledge/text.js";
import type { Messages } from "../../tools/locales/index.js";
import type { Answer, AnswerCitation } from "../../tools/types.js";
import { escapeHtml, MESSAGE_LIMIT } from "./html.js";

/**
 * Pure rendering of answers for Telegram's HTML parse mode. Text is modelled as blocks of spans
 * (plain text plus at most one tag), so every piece of user or source text is escaped in one
 * place, and messages can be cut between blocks (sentences, citations) with every tag closed.
 */
type Tag = "b" | "i" | "u";
interface Span {
  text: string;
  tag?: Tag;
}
interface Block {
  spans: Span[];
  /** A tag around the whole block, e.g. a quoted passage. */
  wrap?: "blockquote";
}

export interface RenderedMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

const open = (tag?: string) => (tag ? `<${tag}>` : "");
const close = (tag?: string) => (tag ? `</${tag}>` : "");
const spanHtml = (s: Span) => open(s.tag) + escapeHtml(s.text) + close(s.tag);
const blockHtml = (b: Block) => open(b.wrap) + b.spans.map(spanHtml).join("") + close(b.wrap);
const plain = (text: string): Block => ({ spans: [{ text }] });

/** Sentences (and lines) of `text`, keeping all characters: joined, they give `text` back. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…;])(?=\s)|(?=\n)/).filter((s) => s !== "");
}

/**
 * The longest prefix of `text` whose escaped form fits `budget`, cut preferably after a sentence,
 * else at a space, else anywhere (never inside a surrogate pair).
 */
function cutPlain(text: string, budget: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const cost = escapeHtml(ch).length;
    if (used + cost > budget) break;
    used += cost;
    end += ch.length;
  }
  if (end >= text.length) return text;
  const head = text.slice(0, end);
  const sentence = head.search(/[.!?…;]\s(?!.*[.!?…;]\s)/s);
  if (sentence > end / 2) return head.slice(0, sentence + 2);
  const space = head.lastIndexOf(" ");
  return space > end / 2 ? head.slice(0, space + 1) : head;
}

/** Splits a block that alone exceeds `limit` into blocks that fit, each with its tags closed. */
function fitBlock(block: Block, limit: number): Block[] {
  if (blockHtml(block).length <= limit) return [block];
  const overhead = open(block.wrap).length + close(block.wrap).length;
  const out: Block[] = [];
  let current: Span[] = [];
  const flush = () => {
    if (current.length) out.push({ spans: current, wrap: block.wrap });
    current = [];
  };
  for (const span of block.spans) {
    let rest = span.text;
    while (rest) {
      const room =
        limit -
        overhead -
        current.map(spanHtml).join("").length -
        open(span.tag).length -
        close(span.tag).length;
      // An empty block with no room at all still takes one character, so this always progresses.
      const piece =
        cutPlain(rest, Math.max(room, 0)) ||
        (current.length ? "" : String.fromCodePoint(rest.codePointAt(0) ?? 32));
      if (piece === "" && current.length) {
        flush();
        continue;
      }
      current.push({ text: piece, tag: span.tag });
      rest = rest.slice(piece.length);
      if (rest) flush();
    }
  }
  flush();
  return out;
}

/** Packs blocks into as few messages as possible, each at most `limit` characters of HTML. */
export function packBlocks(blocks: Block[], limit = MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks.flatMap((b) => fitBlock(b, limit))) {
    const html = blockHtml(block);
    if (current.length + html.length > limit) {
      messages.push(current);
      current = "";
    }
    current += html;
  }
  messages.push(current);
  return messages.map((m) => m.trim()).filter((m) => m !== "");
}

/**
 * "Sources", then each cited article's title once, with its numbered quotes beneath. A source in
 * another language than the answer is labelled with its own ("in Russian"), since quotes stay verbatim.
 */
function footer(citations: AnswerCitation[], texts: Messages["bot"], lang: Lang): Block[] {
  if (!citations.length) return [];
  const blocks: Block[] = [{ spans: [{ text: "\n\n" }, { text: texts.sourcesHeading, tag: "b" }] }];
  let previous: string | undefined;
  for (const c of citations) {
    const written = detectLang(c.quote);
    const label = written !== lang ? ` (${texts.writtenIn[written]})` : "";
    if (c.source !== previous)
      blocks.push({ spans: [{ text: "\n" }, { text: c.title, tag: "i" }, { text: `${label}\n` }] });
    previous = c.source;
    blocks.push({ spans: [{ text: `[${c.n}] ${c.quote}` }], wrap: "blockquote" }, plain("\n"));
  }
  return blocks;
}

/**
 * An answer as Telegram messages: the answer text (citation markers [n] kept), then a sources
 * footer with each cited title and verbatim quote, split under the limit on sentence boundaries.
 * `buttons` (e.g. "Sources") go under the last message.
 */
export function renderAnswer(
  answer: Answer,
  texts: Messages["bot"],
  options: { buttons?: InlineKeyboardButton[]; limit?: number } = {},
): RenderedMessage[] {
  const blocks = [...sentences(answer.answer).map(plain), ...footer(answer.citations, texts, answer.lang)];
  const messages: RenderedMessage[] = packBlocks(blocks, options.limit).map((html) => ({ html }));
  const last = messages.at(-1);
  if (last && options.buttons?.length) last.keyboard = { inline_keyboard: [options.buttons] };
  return messages;
}

export interface Passage {
  before: string;
  quote: string;
  after: string;
}

const CONTEXT_CHARS = 500;
/** Paragraph lines of at least this length need no neighbours to make sense. */
const SHORT_PARAGRAPH = 300;

/**
 * The quote with the text around it in its source: its paragraph, plus the neighbouring
 * paragraphs when that one is short, trimmed to about CONTEXT_CHARS on each side at a sentence.
 */
export function passageContext(body: string, quote: string): Passage {
  const at = body.indexOf(quote);
  if (at < 0) return { before: "", quote, after: "" };
  const lineStart = (i: number) => body.lastIndexOf("\n", i - 1) + 1;
  const lineEnd = (i: number) => {
    const e = body.indexOf("\n", i);
    return e < 0 ? body.length : e;
  };
  let start = lineStart(at);
  let end = lineEnd(at + quote.length);
  if (end - start < SHORT_PARAGRAPH) {
    // Widen to the nearest non-blank line on each side.
    start = start > 0 ? lineStart(Math.max(0, body.slice(0, start).trimEnd().length)) : start;
    end = end < body.length ? lineEnd(body.length - body.slice(end).trimStart().length) : end;
  }
  let before = body.slice(start, at);
  let after = body.slice(at + quote.length, end);
  if (before.length > CONTEXT_CHARS) {
    const tail = before.slice(-CONTEXT_CHARS);
    const s = tail.search(/(?<=[.!?…]\s)\S/);
    before = `…${s >= 0 ? tail.slice(s) : tail}`;
  }
  if (after.length > CONTEXT_CHARS) {
    const head = after.slice(0, CONTEXT_CHARS);
    const s = head.search(/[.!?…](?=\s)(?!.*[.!?…]\s)/s);
    after = `${s >= 0 ? head.slice(0, s + 1) : head}…`;
  }
  return { before: before.trimStart(), quote, after: after.trimEnd() };
}

/** One formatter per language: creating an Intl.DateTimeFormat costs far more than using it. */
const dateFormat = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  en: dateFormat("en-GB"),
  ru: dateFormat("ru-RU"),
  kk: dateFormat("kk-KZ"),
};

export function formatDate(iso: string | null, lang: Lang, texts: Messages["bot"]): string {
  return iso ? DATE_FORMATS[lang].format(new Date(iso)) : texts.undated;
}

/** Each citation of an answer shown in context, the quote underlined, under its source's title and date. */
export function renderPassages(
  citations: AnswerCitation[],
  sources: readonly Source[],
  lang: Lang,
  texts: Messages["bot"],
): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const blocks: Block[] = [{ spans: [{ text: texts.passagesHeading, tag: "b" }, { text: "\n" }] }];
  for (const c of citations) {
    const source = byId.get(c.source);
    const p = source ? passageContext(source.body, c.quote) : { before: "", quote: c.quote, after: "" };
    const date = formatDate(source?.date ?? null, lang, texts);
    blocks.push(
      {
        spans: [
          { text: `\n[${c.n}] ` },
          { text: source ? sourceTitle(source, lang) : c.title, tag: "b" },
          { text: ` (${date})\n` },
        ],
      },
      {
        spans: [{ text: p.before }, { text: p.quote, tag: "u" }, { text: p.after }],
        wrap: "blockquote",
      },
      plain("\n"),
    );
  }
  return packBlocks(blocks);
}

/** The numbered list of source articles. */
export function renderSourcesList(sources: readonly Source[], lang: Lang, texts: Messages["bot"]): string[] {
  const blocks: Block[] = [plain(texts.sourcesList(sources.length))];
  for (const [i, s] of sources.entries()) {
    blocks.push({
      spans: [
        { text: `\n${i + 1}. ` },
        { text: sourceTitle(s, lang), tag: "b" },
        { text: ` (${formatDate(s.date, lang, texts)})` },
      ],
    });
  }
  blocks.push(plain(`\n\n${texts.sourcesHint}`));
  return packBlocks(blocks);
}

/** Plain text (help, notices) as safe HTML messages. */
export function renderText(text: string, options: { bold?: string } = {}): string[] {
  const head: Block[] = options.bold ? [{ spans: [{ text: options.bold, tag: "b" }, { text: "\n\n" }] }] : [];
  return packBlocks([...head, ...sentences(text).map(plain)]);
}
