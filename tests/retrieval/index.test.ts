import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Source } from "../../knowledge/schema.js";
import { loadSources } from "../../knowledge/sources.js";
import { chunkSource } from "../../retrieval/chunk.js";
import { HashingEmbeddings } from "../../retrieval/embeddings.js";
import { createRetriever, type Retriever } from "../../retrieval/retriever.js";
import { MANIFEST_FILE, readManifest, VectorIndex } from "../../retrieval/vector-index.js";
import { syntheticCorpus } from "./synthetic.js";

/** The real embedder, counting how many texts it embeds (to tell a load from a rebuild). */
class CountingEmbeddings extends HashingEmbeddings {
  embedded = 0;
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.embedded += texts.length;
    return super.embedDocuments(texts);
  }
}

const sources = loadSources();
const dirs: string[] = [];
const open: Retriever[] = [];

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "retrieval-test-"));
  dirs.push(d);
  return d;
}

async function start(list: readonly Source[], dataDir: string, embeddings = new CountingEmbeddings()) {
  const r = await createRetriever(list, { dataDir, embeddings });
  open.push(r);
  return { r, embeddings };
}

afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SOLAR: Source = {
  id: "solar-vaccine-plant",
  title: "A vaccine plant in Shymkent",
  date: "2026-02-01",
  body: "Zenthera Biologics will open a vaccine plant in Shymkent in 2027. The plant will run on solar power and employ 120 people.\n\nIts director, Aigerim Sadykova, said the first batch of rotavirus vaccines is due in March.",
};

describe("VectorIndex", () => {
  const unit = (i: number) => Array.from({ length: 8 }, (_, j) => (j === i ? 1 : 0.1));

  it("finds by cosine, hides marked-deleted points, grows and survives a write/read", () => {
    const index = VectorIndex.create(8, 2);
    for (let i = 0; i < 5; i++) index.add(i, unit(i));
    expect(index.capacity).toBeGreaterThanOrEqual(5);
    expect(index.search(unit(3), 1)[0]).toMatchObject({ label: 3 });
    expect(index.search(unit(3), 1)[0]?.similarity).toBeCloseTo(1, 5);
    index.remove(3);
    expect(index.search(unit(3), 5).map((h) => h.label)).not.toContain(3);
    const file = join(tempDir(), "v.hnsw");
    index.write(file);
    const read = VectorIndex.read(file, 8);
    expect(
      read
        .search(unit(3), 5)
        .map((h) => h.label)
        .sort(),
    ).toEqual([0, 1, 2, 4]);
    read.add(7, unit(3));
    expect(read.search(unit(3), 1)[0]?.label).toBe(7);
  });
});

describe("index persistence", () => {
  it("saves to <dataDir>/index and loads on the next start without re-embedding", async () => {
    const dir = tempDir();
    const first = await start(sources, dir);
    expect(first.r.info).toMatchObject({ origin: "built", reason: "no saved index" });
    expect(first.embeddings.embedded).toBe(first.r.size);
    const manifest = readManifest(join(dir, "index"));
    expect(manifest?.chunks).toHaveLength(first.r.size);
    expect(manifest?.embedderId).toBe(first.embeddings.embedderId);
    expect(manifest?.dims).toBe(512);

    const second = await start(sources, dir);
    expect(second.r.info).toMatchObject({ origin: "loaded", reason: "" });
    expect(second.embeddings.embedded).toBe(0);
    expect(second.r.size).toBe(first.r.size);
    const q = "Where was the AstraZeneca memorandum of understanding signed?";
    expect(await second.r.passages(q)).toEqual(await first.r.passages(q));
    expect(await second.r.search(q, { mode: "vector" })).toEqual(await first.r.search(q, { mode: "vector" }));
  });

  it("rebuilds when the corpus changes", async () => {
    const dir = tempDir();
    await start(sources, dir);
    const edited = sources.map((s, i) =>
      i === 0 ? { ...s, body: `${s.body}\nA closing sentence was added.` } : s,
    );
    const { r, embeddings } = await start(edited, dir);
    expect(r.info).toMatchObject({ origin: "built", reason: "corpus changed" });
    expect(embeddings.embedded).toBe(r.size);
    expect((await r.search("closing sentence added", { mode: "lexical" }))[0]?.chunk.text).toContain(
      "A closing sentence",
    );
  });

  it("rebuilds when the embedder changes", async () => {
    const dir = tempDir();
    await start(sources, dir);
    const { r } = await start(sources, dir, new CountingEmbeddings({ dims: 256 }));
    expect(r.info).toMatchObject({ origin: "built", reason: "embedder changed", dims: 256 });
    expect(readManifest(join(dir, "index"))?.dims).toBe(256);
  });

  it("rebuilds from a damaged save instead of failing", async () => {
    const dir = tempDir();
    await start(sources, dir);
    const indexDir = join(dir, "index");
    const vectors = readdirSync(indexDir).find((f) => f.startsWith("vectors-"));
    rmSync(join(indexDir, vectors as string));
    expect((await start(sources, dir)).r.info.reason).toBe("saved index unreadable");
    writeFileSync(join(indexDir, MANIFEST_FILE), "{ not json");
    expect((await start(sources, dir)).r.info.reason).toBe("no saved index");
  });
});

describe("addDocument", () => {
  it("makes a new document searchable and citable at once, and keeps it across restarts", async () => {
    const dir = tempDir();
    const { r, embeddings } = await start(sources, dir);
    const before = r.size;
    embeddings.embedded = 0;
    await r.addDocument(SOLAR);
    // Only the new document was embedded: no full rebuild.
    expect(embeddings.embedded).toBe(r.size - before);
    const found = await r.passages("Who is the director of the Zenthera vaccine plant?");
    const p = found.find((x) => x.quote.includes("Aigerim Sadykova"));
    expect(p).toMatchObject({ source: SOLAR.id, title: SOLAR.title });
    expect(SOLAR.body.slice(p?.start, p?.end)).toBe(p?.quote);

    const again = await start([...sources, SOLAR], dir);
    expect(again.r.info.origin).toBe("loaded");
    expect((await again.r.passages("Where will Zenthera open its vaccine plant?"))[0]?.quote).toBe(
      "Zenthera Biologics will open a vaccine plant in Shymkent in 2027.",
    );
  });

  it("replaces a document with the same id, leaving no stale chunk searchable", async () => {
    const { r } = await start(sources, tempDir());
    await r.addDocument(SOLAR);
    const size = r.size;
    const revised = {
      ...SOLAR,
      body: "Zenthera Biologics postponed its plant. Production will now start in Turkistan in 2028.",
    };
    await r.addDocument(revised);
    expect(r.size).toBe(size - chunkSource(SOLAR).length + chunkSource(revised).length);
    for (const mode of ["hybrid", "vector", "lexical"] as const) {
      const hits = await r.search("Aigerim Sadykova rotavirus solar Shymkent", { mode, k: 50 });
      expect(hits.some((h) => h.chunk.text.includes("Sadykova"))).toBe(false);
    }
    expect((await r.passages("When will Zenthera start production?"))[0]?.quote).toBe(
      "Production will now start in Turkistan in 2028.",
    );
  });

  it("grows the index past its initial capacity", async () => {
    const dir = tempDir();
    const { r } = await start(sources, dir);
    const capacity = r.info.capacity;
    const extra = syntheticCorpus(20);
    for (const doc of extra) await r.addDocument(doc);
    expect(r.size).toBeGreaterThan(capacity);
    expect(r.info.capacity).toBeGreaterThanOrEqual(r.size);
    const last = extra.at(-1) as Source;
    const firstSentence = last.body.split(". ")[0] as string;
    const hits = await r.search(firstSentence, { mode: "vector", k: 3 });
    expect(hits[0]?.chunk.source).toBe(last.id);

    const again = await start([...sources, ...extra], dir);
    expect(again.r.info).toMatchObject({ origin: "loaded", capacity: r.info.capacity });
    expect((await again.r.search(firstSentence, { mode: "vector", k: 3 }))[0]?.chunk.source).toBe(last.id);
  });

  it("rejects a malformed document with a clear message and keeps working", async () => {
    const { r } = await start(sources, tempDir());
    const size = r.size;
    await expect(r.addDocument({ id: " ", title: "x", date: null, body: "text" })).rejects.toThrow(
      "Cannot index this document: it has no id.",
    );
    await expect(r.addDocument({ id: "x", title: "x", date: null } as unknown as Source)).rejects.toThrow(
      "no text",
    );
    expect(r.size).toBe(size);
  });

  it("serialises concurrent additions and persists all of them", async () => {
    const dir = tempDir();
    const { r } = await start(sources, dir);
    const docs = syntheticCorpus(5, 99);
    await Promise.all(docs.map((d) => r.addDocument(d)));
    const manifest = JSON.parse(readFileSync(join(dir, "index", MANIFEST_FILE), "utf8")) as {
      chunks: unknown[];
    };
    expect(manifest.chunks).toHaveLength(r.size);
    expect((await start([...sources, ...docs], dir)).r.info.origin).toBe("loaded");
  });
});

describe("an empty corpus", () => {
  it("answers nothing, saves, reloads and accepts a first document", async () => {
    const dir = tempDir();
    const { r } = await start([], dir);
    expect(r.size).toBe(0);
    expect(await r.passages("What is the Young Health Program about?")).toEqual([]);
    expect((await start([], dir)).r.info.origin).toBe("loaded");
    await r.addDocument(SOLAR);
    expect((await r.passages("Where will Zenthera open its vaccine plant?"))[0]?.source).toBe(SOLAR.id);
  });
});
