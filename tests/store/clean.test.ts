/**
 * Stored text is clean: control characters (NUL and the rest of C0 and C1, but tab and line
 * breaks) and unpaired surrogates never reach the database, on PGlite and on a PostgreSQL server
 * (which refuses a NUL in text and jsonb outright).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaim } from "../../knowledge/claims.js";
import { listSubscriptions, subscribe, unsubscribe } from "../../store/chats.js";
import { cleanText, cleanValue } from "../../store/clean.js";
import { listDocuments } from "../../store/documents.js";
import { ingestDocument, parseDocument } from "../../store/ingest.js";
import { sessionStorage } from "../../store/sessions.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import { ENGINES, type TestDb } from "./helpers.js";

/** Every kind of character that must go: NUL, bell, backspace, vertical tab, form feed, escape, DEL, C1. */
const DIRT = ["\u0000", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u007F", "\u0085", "\u009F"];

describe("cleanText", () => {
  it.each(DIRT.map((c) => [JSON.stringify(c), c]))("removes %s", (_name, c) => {
    expect(cleanText(`how many${c} jobs?`)).toBe("how many jobs?");
  });

  it("keeps tab, line breaks and every script's letters", () => {
    const text = "Jobs:\t150\r\nРабочие места — 150\nЖұмыс орны: 150 🧪";
    expect(cleanText(text)).toBe(text);
  });

  it("turns a lone surrogate into U+FFFD and keeps a pair", () => {
    expect(cleanText("a\uD83Db")).toBe("a\uFFFDb");
    expect(cleanText("a\uDC00b")).toBe("a\uFFFDb");
    expect(cleanText("a\uD83E\uDDEAb")).toBe("a\uD83E\uDDEAb");
  });

  it("cleans every string of a value, keys too, and leaves numbers alone", () => {
    expect(cleanValue({ "q\u0000": ["a\u0007", { n: 1, s: "b\u001B[31m" }], ok: true, none: null })).toEqual({
      q: ["a", { n: 1, s: "b[31m" }],
      ok: true,
      none: null,
    });
  });
});

describe.each(ENGINES)("stored text on $name", (engine) => {
  let t: TestDb;
  let dataDir: string;
  let target: Engine;
  beforeAll(async () => {
    t = await engine.open();
    dataDir = mkdtempSync(join(tmpdir(), "clean-"));
    target = await createEngine({ dataDir });
  });
  afterAll(async () => {
    await target?.close();
    await t?.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("saves a conversation whose question holds a NUL and other control characters", async () => {
    const sessions = sessionStorage<unknown>(t.db, { ttlMs: 60_000 });
    const question = `how many jobs will AltINFARM\u0000 create?${DIRT.join("")}`;
    await sessions.write("501", {
      turns: [{ messageId: 7, context: { question, subjects: [{ id: "a\uD800" }] } }],
    });
    expect(await sessions.read("501")).toEqual({
      turns: [
        {
          messageId: 7,
          context: { question: "how many jobs will AltINFARM create?", subjects: [{ id: "a\uFFFD" }] },
        },
      ],
    });
  });

  it("stores a subscription topic without control characters", async () => {
    await subscribe(t.db, 502, "altinfarm\u0000");
    expect(await listSubscriptions(t.db, 502)).toEqual(["altinfarm"]);
    expect(await unsubscribe(t.db, 502, "altinfarm\u0007")).toBe(true);
  });

  it("stores a pasted document without control characters, its claims' quotes verbatim in the stored body", async () => {
    const content =
      "---\ntitle: Qarmed\u0000 plant\n---\n" +
      "Qarmed\u0007 Pharmaceuticals LLP will build a plant in the Karaganda Region.\u001B " +
      "The plant will\u0000 create around 320 jobs and cost 24.6 billion tenge.\n";
    const { source, report } = await ingestDocument(t.db, target, { content });
    const [stored] = (await listDocuments(t.db)).filter((d) => d.id === source.id);
    expect(stored?.title).toBe("Qarmed plant");
    expect(stored?.body).toBe(
      "Qarmed Pharmaceuticals LLP will build a plant in the Karaganda Region. " +
        "The plant will create around 320 jobs and cost 24.6 billion tenge.\n",
    );
    expect(report.claims.length).toBeGreaterThan(0);
    const sources = new Map([[source.id, stored ?? source]]);
    for (const claim of report.claims) expect(() => verifyClaim(claim, sources)).not.toThrow();
  });

  it("still refuses a file with NUL bytes as binary (a file format, not text)", () => {
    expect(() => parseDocument({ content: Buffer.from("text\0more") })).toThrow(/binary/);
  });
});
