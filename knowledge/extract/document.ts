import type { Lang, Source } from "../schema.js";
import { isAbbreviation, type Sentence, splitSentences } from "../sentences.js";
import { detectLang } from "../text.js";
import { type EventDate, findDates } from "./dates.js";

/**
 * The document stage: a release read as a reader sees it, before any figure is looked at. The
 * headline; the dateline ("ASTANA, March 3 (Kazinform) –", "Астана, 2026 жылғы 30 қаңтар.") with
 * its place and date — a dateline's place is where the news was filed, never a site —; the lead
 * (the first paragraph); paragraphs; bullet items and table rows, each its own scope for
 * subjects; quotations with their speakers; and the article's date.
 */

export type Part = "headline" | "dateline" | "text" | "bullet" | "row";

export interface DocSentence extends Sentence {
  index: number;
  part: Part;
  /** The first paragraph after the headline and dateline. */
  lead: boolean;
  /** A bullet or row: the sentence that introduces its list or table ("Key terms:"), when there is one. */
  intro?: number;
  /** Quotations inside the sentence, with the speaker named after or before them. */
  quotes: Quotation[];
  /** A table row under a header: the header's cells ("Company", "Investment", "Jobs"). */
  columns?: string[];
}

/** A table's rule under its header ("|---|---|"). */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The cells of a table row, with offsets in the row. */
export function cellsOf(row: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = row.indexOf("|") + 1;
  while (at > 0 && at < row.length) {
    const next = row.indexOf("|", at);
    const end = next < 0 ? row.length : next;
    const raw = row.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), start: at + lead });
    at = next + 1;
  }
  return out;
}

/** A sentence boundary inside a quotation: a word's end, a stop, a capital ("… were signed. What has changed …"). */
const QUOTED_BOUNDARY = /(?<=[\p{Ll}\d)]{2}[.!?])\s+(?=["“«]?\p{Lu})/gu;

/**
 * A quotation of several sentences is kept whole for citing; for reading figures each of its
 * sentences is one ("The four agreements … add up to 173 billion tenge. What has changed is that
 * AltINFARM …"), so a figure's sentence is its own.
 */
function splitQuoted(s: Sentence): Sentence[] {
  if (s.title || s.row || !/["“«]/u.test(s.text)) return [s];
  // ("SAVA Healthcare Pte. Ltd": no boundary after an abbreviation.)
  const cuts = [...s.text.matchAll(QUOTED_BOUNDARY)]
    .map((m) => m.index ?? 0)
    .filter((cut) => !isAbbreviation(s.text, s.text.lastIndexOf(".", cut)));
  if (!cuts.length) return [s];
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...cuts, s.text.length]) {
    const piece = s.text.slice(from, cut);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim())
      out.push({
        ...s,
        start: s.start + from + lead,
        end: s.start + cut,
        text: piece.trim(),
        heading: false,
      });
    from = cut;
  }
  return out;
}

/** Each table row's header cells: the row above a rule is the header of the rows below it. */
function tableColumns(body: string, raw: Sentence[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let header: string[] | undefined;
  for (const s of raw) {
    if (!s.row) {
      header = undefined;
      continue;
    }
    const nextLine = body.slice(s.end).split("\n", 2)[1] ?? "";
    if (TABLE_RULE.test(nextLine)) header = cellsOf(s.text).map((c) => c.text);
    else if (header) out.set(s.start, header);
  }
  return out;
}

export interface Quotation {
  start: number;
  end: number;
  /** The speaker as written ("Ақмарал Әлназарова", "the minister"), when the sentence names one. */
  speaker?: string;
}

export interface Dateline {
  /** The dateline as written. */
  text: string;
  /** Where it sits in the body. */
  start: number;
  end: number;
  date?: EventDate;
}

export interface Document {
  source: Source;
  lang: Lang;
  headline?: DocSentence;
  dateline?: Dateline;
  /** The article's date: the source's, else its dateline's (YYYY-MM-DD), else null. */
  date: string | null;
  sentences: DocSentence[];
}

/** A sentence that is only a place and a date: "Астана.", "АСТАНА, 23 июня 2025 года.", "Астана, 2026 жылғы 30 қаңтар." */
const DATELINE_SENTENCE = /^\p{Lu}[\p{L}-]{2,30}(\s*,\s*[\p{L}\d .]{3,40}?)?(\s*\([^)]{1,30}\))?\s*[.–—-]?$/u;
const SPEECH_VERBS =
  "said|says|added|noted|stated|stressed|explained|told|деді|айтты|атап өтті|мәлімдеді|сказал\\p{L}*|отметил\\p{L}*|подчеркнул\\p{L}*|заявил\\p{L}*|сообщил\\p{L}*|пояснил\\p{L}*";
const SPEAKER_AFTER = new RegExp(
  `^[\\s,]*[–—-]?\\s*(?:${SPEECH_VERBS})\\s+([^.,;:]{2,60})|^[\\s,]*[–—-]?\\s*([^.,;:]{2,60}?)\\s+(?:${SPEECH_VERBS})`,
  "iu",
);
const QUOTE_SPAN = /«[^»]{8,}»|“[^”]{8,}”|"[^"]{8,}"/gu;

function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (const m of text.matchAll(QUOTE_SPAN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = SPEAKER_AFTER.exec(text.slice(end));
    const speaker = (after?.[1] ?? after?.[2])?.trim();
    out.push({ start, end, ...(speaker ? { speaker } : {}) });
  }
  return out;
}

/** The dateline of the first paragraph: one the sentence splitter cut off, or a sentence of its own. */
function datelineOf(body: string, first: Sentence | undefined, blockStart: number): Dateline | undefined {
  if (!first) return undefined;
  const cut = body.slice(blockStart, first.start);
  if (cut.trim().length > 2) {
    const text = cut.trim();
    const date = findDates(text)[0];
    return { text, start: blockStart, end: first.start, ...(date ? { date } : {}) };
  }
  if (DATELINE_SENTENCE.test(first.text) && first.text.length <= 60) {
    const date = findDates(first.text)[0];
    return { text: first.text, start: first.start, end: first.end, ...(date ? { date } : {}) };
  }
  return undefined;
}

/** Where each block starts in the body (the splitter drops list markers and datelines). */
function blockStarts(body: string, sentences: Sentence[]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const s of sentences) {
    if (starts.has(s.block)) continue;
    const lineStart = body.lastIndexOf("\n", s.start - 1) + 1;
    starts.set(s.block, lineStart);
  }
  return starts;
}

/**
 * Lines opened by a dash in an interview are its turns («— Сколько проектов? — По всей стране …»),
 * paragraphs of speech, not bullet items: a dash-led line asking a question marks the interview.
 */
function interviewTurns(body: string, raw: Sentence[], starts: Map<number, number>): Set<number> {
  const dashed = new Set(
    raw
      .filter((s) => s.item && /^\s*[—–]/.test(body.slice(starts.get(s.block) ?? s.start)))
      .map((s) => s.block),
  );
  const asks = raw.some((s) => dashed.has(s.block) && /\?\s*$/.test(s.text));
  return asks ? dashed : new Set();
}

export function readDocument(source: Source): Document {
  const { body } = source;
  const lang = detectLang(body.slice(0, 3000));
  const raw = splitSentences(body).flatMap(splitQuoted);
  const starts = blockStarts(body, raw);
  const turns = interviewTurns(body, raw, starts);
  const columns = tableColumns(body, raw);
  const headlineRaw = raw.find((s) => s.title);
  const firstText = raw.find((s) => !s.title);
  const dateline = datelineOf(body, firstText, firstText ? (starts.get(firstText.block) ?? 0) : 0);
  const leadBlock = raw.find((s) => !s.title && !(dateline && s.start === dateline.start))?.block;
  const sentences: DocSentence[] = [];
  let intro: number | undefined;
  let lastBlock = -1;
  for (const s of raw) {
    const part: Part = s.title
      ? "headline"
      : dateline && s.start === dateline.start
        ? "dateline"
        : s.row
          ? "row"
          : s.item && !turns.has(s.block)
            ? "bullet"
            : "text";
    const index = sentences.length;
    // A list or table belongs to the line before it that ends in ":" (or to the paragraph before it).
    if (part === "text" && s.block !== lastBlock) intro = undefined;
    if (part === "text") intro = s.heading ? index : (intro ?? index);
    lastBlock = s.block;
    sentences.push({
      ...s,
      index,
      part,
      lead: s.block === leadBlock && part === "text",
      ...((part === "bullet" || part === "row") && intro !== undefined ? { intro } : {}),
      quotes: quotations(s.text),
      ...(columns.has(s.start) ? { columns: columns.get(s.start) } : {}),
    });
  }
  const headline = headlineRaw ? sentences.find((s) => s.start === headlineRaw.start) : undefined;
  const date = source.date ?? isoDate(dateline?.date) ?? null;
  return {
    source,
    lang,
    ...(headline ? { headline } : {}),
    ...(dateline ? { dateline } : {}),
    date,
    sentences,
  };
}

function isoDate(d: EventDate | undefined): string | undefined {
  return d?.year && d.month && d.day
    ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`
    : undefined;
}
