import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestErrorText } from "../../bot/render/ingest-report.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { SOURCES_DIR } from "../../knowledge/sources.js";
import { ALL, subscribe } from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { IngestError, ingestDocument, parseDocument } from "../../store/ingest.js";
import { latestVersion, publishKnowledge } from "../../store/versions.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import { ENGINES, outboxTexts, type TestDb } from "./helpers.js";

const ARTICLE = `---
title: Abdi Ibrahim starts construction in Almaty Region
date: 2026-03-10
---
Abdi Ibrahim Global Pharm laid the foundation of its multi-profile pharmaceutical complex in the Almaty Region on March 10.
`;

describe("parsing a document", () => {
  it("takes title and date from front matter, flags first, else the first heading", () => {
    expect(parseDocument({ content: ARTICLE })).toMatchObject({
      title: "Abdi Ibrahim starts construction in Almaty Region",
      date: "2026-03-10",
      id: expect.stringMatching(/^abdi-ibrahim-starts-construction-in-almaty-[0-9a-f]{8}$/),
      body: "Abdi Ibrahim Global Pharm laid the foundation of its multi-profile pharmaceutical complex in the Almaty Region on March 10.\n",
    });
    expect(parseDocument({ content: ARTICLE, title: "Flag title", date: "2026-03-11" })).toMatchObject({
      title: "Flag title",
      date: "2026-03-11",
    });
    const md = parseDocument({ content: "\n# Новый завод в Туркестане\n\nТекст статьи.\n" });
    expect(md).toMatchObject({
      title: "Новый завод в Туркестане",
      date: null,
      // A Russian or Kazakh title gives a readable, transliterated id, not a bare hash.
      id: expect.stringMatching(/^novyi-zavod-v-turkestane-[0-9a-f]{8}$/),
    });
  });

  it.each([
    ["empty", "   \n\n", "empty"],
    ["front matter only", "---\ntitle: Nothing\n---\n\n", "empty"],
    ["NUL bytes", Buffer.from("text\0more"), "binary"],
    ["invalid UTF-8", Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]), "binary"],
    ["oversized", Buffer.alloc(200 * 1024 + 1, "a"), "tooLarge"],
    ["a bad date", "---\ndate: 2026-02-30\n---\nText.", "badDate"],
    ["a bad id", "---\nid: Not An Id\n---\nText.", "badId"],
    ["unclosed front matter", "---\ntitle: x\nText.", "badFrontMatter"],
  ])("refuses %s with a clear message", (_what, content, code) => {
    let error: unknown;
    try {
      parseDocument({ content });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe(code);
    expect((error as IngestError).message.length).toBeGreaterThan(10);
    expect(ingestErrorText(code as never, "x", "ru")).toMatch(/[а-я]/);
  });
});

describe.each(ENGINES)("ingesting into the store and the engine on $name", (engineKind) => {
  let handle: TestDb;
  let db: Db;
  let engine: Engine;
  const dataDir = mkdtempSync(join(tmpdir(), "ingest-"));
  beforeAll(async () => {
    handle = await engineKind.open();
    db = handle.db;
    engine = await createEngine({ dataDir: join(dataDir, "main"), knowledge: loadKnowledge() });
    await publishKnowledge(db, engine.knowledge);
    await subscribe(db, 1, ALL);
    await subscribe(db, 2, "abdi-ibrahim");
    await subscribe(db, 3, "msp-rompharm");
  });
  afterAll(async () => {
    await engine.close();
    await handle.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const counts = async () => {
    const [row] = await db.query<{ d: number; v: number; o: number }>(
      `SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM knowledge_versions) AS v,
              (SELECT count(*) FROM outbox) AS o`,
    );
    return { ...row, sources: engine.knowledge.sources.length };
  };

  it("stores the document, indexes it, and publishes a version for the subscribers it concerns", async () => {
    const { source, published } = await ingestDocument(db, engine, { content: Buffer.from(ARTICLE) });
    expect(engine.knowledge.sources.map((s) => s.id)).toContain(source.id);
    expect(published).toMatchObject({ version: 2, notified: 2 });
    expect(published?.summary.sourcesAdded).toEqual([
      { id: source.id, title: source.title, topics: ["abdi-ibrahim", "almaty-region"] },
    ]);
    const rows = await outboxTexts(db);
    expect(rows.map((r) => r.chat_id)).toEqual([1, 2]);
    expect(rows[0]?.text).toContain("New source: <b>Abdi Ibrahim starts construction in Almaty Region</b>");
    const [doc] = await db.query<{ body: string; date: string }>("SELECT body, date FROM documents");
    expect(doc).toEqual({ body: source.body, date: "2026-03-10" });
  });

  it.each([
    ["the same text again", { content: ARTICLE }, "duplicate"],
    ["the same text under another title", { content: ARTICLE, title: "Other", id: "other-id" }, "duplicate"],
    ["an id already taken", { content: "---\nid: dup-id\n---\nOne.", id: undefined }, null],
    [
      "a built-in article's text",
      { content: readSourceBody("pharma-investment-agreements.md") },
      "duplicate",
    ],
    ["a built-in article's id", { content: "New text.", id: "pharma-investment-agreements" }, "duplicateId"],
    ["binary data", { content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, "binary"],
    ["an empty file", { content: "" }, "empty"],
  ])("refuses %s and changes nothing", async (_what, input, code) => {
    if (code === null) {
      // Set up the taken id, then try it again with other text.
      await ingestDocument(db, engine, input);
      input = { content: "---\nid: dup-id\n---\nTwo.", id: undefined };
      code = "duplicateId";
    }
    const before = await counts();
    await expect(ingestDocument(db, engine, input)).rejects.toMatchObject({ name: "IngestError", code });
    expect(await counts()).toEqual(before);
  });

  const claimCount = async () =>
    Number((await db.query<{ n: number }>("SELECT count(*) AS n FROM claims"))[0]?.n ?? 0);

  it("reports an article in another language, or with no project figure, and stores no claim for it", async () => {
    const before = await claimCount();
    const german = await ingestDocument(db, engine, {
      content:
        "Das Werk in Almaty soll im nächsten Jahr eröffnet werden. Die Regierung begrüßt das Vorhaben.",
      title: "Werk in Almaty",
    });
    expect(german.report.rows).toEqual([]);
    expect(await claimCount()).toBe(before);
  });

  it("shows both values when a re-ingested release of the same date changes a figure", async () => {
    const release = (jobs: number) =>
      `---\ndate: 2026-05-02\n---\nNobel Almaty Pharmaceutical Factory will create at least ${jobs} jobs at its complex in Almaty.\n`;
    await ingestDocument(db, engine, { content: release(220), title: "Nobel jobs" });
    const again = await ingestDocument(db, engine, { content: release(230), title: "Nobel jobs (revised)" });
    expect(again.report.rows.find((r) => r.claim.attribute === "jobs")?.change).toBe("disputed");
    const jobs = engine.knowledge.dataset.projects.find((p) => p.company === "nobel-almaty")?.jobs;
    expect([jobs?.value, ...(jobs?.disputed ?? []).map((d) => d.value)].sort()).toEqual([220, 230]);
  });

  it("takes a 200 KB article whole: every claim verbatim and stored, nothing half-published", async () => {
    // A long digest: the held-out releases again and again, about 200 KB in all.
    const dir = new URL("../fixtures/articles/", import.meta.url).pathname;
    const digest = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => readFileSync(join(dir, f), "utf8").replace(/^#.*\n/, ""))
      .join("\n\n");
    let body = "";
    while (Buffer.byteLength(body) + Buffer.byteLength(digest) < 199 * 1024) body += `${digest}\n\n`;
    const { report, source } = await ingestDocument(db, engine, { content: body, title: "Long digest" });
    expect(report.claims.length).toBeGreaterThan(100);
    for (const c of report.claims) expect(source.body.slice(c.start, c.end)).toBe(c.quote);
    const stored = await db.query<{ n: number }>("SELECT count(*) AS n FROM claims WHERE document_id = $1", [
      source.id,
    ]);
    expect(Number(stored[0]?.n)).toBe(report.claims.length);
  }, 60_000);

  it("builds the new version from the store, so an instance that missed a document does not drop it", async () => {
    const stale = await createEngine({ dataDir: join(dataDir, "stale"), knowledge: loadKnowledge() });
    try {
      const { published } = await ingestDocument(db, stale, {
        content: "MSP-ROMPHARM update.",
        title: "MSP note",
      });
      expect(published?.summary.sourcesRemoved).toEqual([]);
      expect(published?.summary.sourcesAdded.map((s) => s.title)).toEqual(["MSP note"]);
      expect((await latestVersion(db))?.snapshot.sources.length).toBe(engine.knowledge.sources.length + 1);
    } finally {
      await stale.close();
    }
  });
});

function readSourceBody(file: string): string {
  const text = readFileSync(join(SOURCES_DIR, file), "utf8");
  return text.slice(text.indexOf("\n---\n") + 5);
}
