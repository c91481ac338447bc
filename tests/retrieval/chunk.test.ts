import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASET_PATH } from "../../knowledge/load.js";
import { splitSentences } from "../../knowledge/sentences.js";
import { loadSources } from "../../knowledge/sources.js";
import { chunkSource, DEFAULT_MAX_CHARS } from "../../retrieval/chunk.js";

const sources = loadSources();
const byId = (id: string) => {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};
const pharma = byId("pharma-investment-agreements");
const astra = byId("astrazeneca-kazakhstan-partnership");
const texts = (body: string) => splitSentences(body).map((s) => s.text);

describe("splitSentences on the real corpus", () => {
  it("gives offsets that slice the body to the sentence text", () => {
    for (const s of sources) {
      for (const sentence of splitSentences(s.body)) {
        expect(s.body.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
      }
    }
  });

  it("keeps every dataset quote inside one sentence", () => {
    const quotes = [
      ...readFileSync(DATASET_PATH, "utf8").matchAll(/"source": "([^"]+)",\s*"quote": "((?:[^"\\]|\\.)*)"/g),
    ];
    expect(quotes.length).toBeGreaterThan(20);
    for (const [, id, raw] of quotes) {
      const quote = JSON.parse(`"${raw}"`) as string;
      const hits = splitSentences(byId(id as string).body).filter((s) => s.text.includes(quote));
      expect(hits, quote).toHaveLength(1);
    }
  });

  it("leaves the dateline out of the first sentence", () => {
    const first = splitSentences(pharma.body)[0];
    expect(first?.text.startsWith("Kazakh Prime Minister Olzhas Bektenov")).toBe(true);
    expect(first?.paragraphStart).toBe(true);
  });

  it("does not split at abbreviations, decimals or currency", () => {
    const all = texts(pharma.body);
    expect(all).toContain(
      "The approved projects envisage the localization of production for 356 medicines, including a wide range of socially significant drugs, reported the Prime Minister’s press service on Jan. 22.",
    );
    expect(all.some((t) => t.includes("58.5 billion tenge (US$116 million)."))).toBe(true);
    expect(all.some((t) => t.endsWith("(approximately US$370 million)."))).toBe(true);
  });

  it("keeps non-ASCII text intact (Nobel İlaç)", () => {
    const s = splitSentences(pharma.body).find((x) => x.text.includes("İlaç"));
    expect(s?.text.endsWith("with Nobel İlaç as the strategic partner.")).toBe(true);
    expect(pharma.body.slice(s?.start, s?.end)).toBe(s?.text);
  });

  it("makes list items sentences without their marker and flags the heading", () => {
    const all = splitSentences(astra.body);
    const heading = all.find((s) => s.text === "The partnership will focus on several strategic areas:");
    expect(heading?.heading).toBe(true);
    const items = all.filter((s) => s.item);
    expect(items.map((s) => s.text.split(":")[0])).toEqual([
      "Real-World Data (RWD) and Real-World Evidence (RWE)",
      "Expansion of the Young Health Program",
      "Sustainable Development and Economic Diversification",
      "Early Diagnosis and Healthcare Resilience",
    ]);
  });

  it("keeps a quoted speech in curly quotes whole, with its attribution", () => {
    const quote = texts(astra.body).find((t) => t.startsWith("“It is important"));
    expect(quote?.endsWith("biomedical potential,” he said.")).toBe(true);
  });
});

describe("splitSentences on edge cases", () => {
  it("splits ordinary sentences and keeps initials and dotted acronyms", () => {
    expect(
      texts(
        "Dr. Smith met U.S. officials on Jan. 5. They agreed. Prices rose 2.5% in 2024! Why? Nobody knows.",
      ),
    ).toEqual([
      "Dr. Smith met U.S. officials on Jan. 5.",
      "They agreed.",
      "Prices rose 2.5% in 2024!",
      "Why?",
      "Nobody knows.",
    ]);
  });

  it("joins a hard-wrapped line with its continuation and handles CRLF", () => {
    const body = "The plant will be built\nin the Almaty Region. It opens in 2027.\r\nA new paragraph.";
    const out = splitSentences(body);
    expect(out.map((s) => s.text)).toEqual([
      "The plant will be built\nin the Almaty Region.",
      "It opens in 2027.",
      "A new paragraph.",
    ]);
    for (const s of out) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it("treats straight quotes like curly ones and Cyrillic text like Latin", () => {
    expect(texts('He said "We start now. Then we grow." Work began.')).toEqual([
      'He said "We start now. Then we grow."',
      "Work began.",
    ]);
    expect(texts("Завод построят в Алматы. Проект создаст 200 мест.")).toEqual([
      "Завод построят в Алматы.",
      "Проект создаст 200 мест.",
    ]);
  });

  it("returns nothing for an empty or blank body", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n\n ")).toEqual([]);
  });
});

describe("chunkSource", () => {
  it("covers the real sources with ordered chunks of whole sentences", () => {
    for (const s of sources) {
      const chunks = chunkSource(s);
      const sentences = splitSentences(s.body);
      expect(chunks.length).toBeGreaterThan(3);
      for (const [i, c] of chunks.entries()) {
        expect(c.source).toBe(s.id);
        expect(s.body.slice(c.start, c.end)).toBe(c.text);
        expect(c.start).toBeGreaterThanOrEqual(chunks[i - 1]?.end ?? 0);
        expect(c.text.length).toBeLessThanOrEqual(DEFAULT_MAX_CHARS);
      }
      // Every sentence lies inside exactly one chunk: none is cut.
      for (const sentence of sentences) {
        const holders = chunks.filter((c) => c.start <= sentence.start && sentence.end <= c.end);
        expect(holders, sentence.text).toHaveLength(1);
      }
    }
  });

  it("keeps a paragraph of the investment article in one chunk", () => {
    const chunk = chunkSource(pharma).find((c) => c.text.startsWith("In Almaty, AltINFARM"));
    expect(chunk?.text.endsWith("Sinopharm, Sinovac, and Kangtai Biological Technology.")).toBe(true);
  });

  it("never cuts a sentence longer than the limit, and never strands a list heading", () => {
    const long = `${"Word ".repeat(60).trim()}.`;
    const body = `${long} Short one.\nThe areas are:\n- First area of work.\n- Second area of work.`;
    const chunks = chunkSource({ id: "x", body }, { maxChars: 40 });
    expect(chunks[0]?.text).toBe(long);
    for (const c of chunks) expect(c.text.endsWith(":")).toBe(false);
    expect(chunks.some((c) => c.text.startsWith("The areas are:\n- First area of work."))).toBe(true);
    for (const c of chunks) expect(body.slice(c.start, c.end)).toBe(c.text);
  });
});
