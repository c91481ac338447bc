import { Embeddings } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import { describe, expect, it } from "vitest";
import { loadSources } from "../../knowledge/sources.js";
import { chunkSource } from "../../retrieval/chunk.js";
import { createEmbeddings, embedderIdOf, HashingEmbeddings } from "../../retrieval/embeddings.js";

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
};
const norm = (a: ArrayLike<number>) => Math.sqrt(dot(a, a));
const chunkTexts = loadSources().flatMap((s) => chunkSource(s).map((c) => c.text));

describe("HashingEmbeddings", () => {
  it("is a LangChain Embeddings with vectors of the configured size", async () => {
    const e = new HashingEmbeddings({ dims: 256 });
    expect(e).toBeInstanceOf(Embeddings);
    const docs = await e.embedDocuments(["Nobel will build a plant.", "Young Health Program"]);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toHaveLength(256);
    expect(await e.embedQuery("plant")).toHaveLength(256);
  });

  it("is deterministic across instances", async () => {
    const text = "AltINFARM plans to build a pharmaceutical plant in the Special Economic Zone.";
    expect(await new HashingEmbeddings().embedQuery(text)).toEqual(
      await new HashingEmbeddings().embedQuery(text),
    );
  });

  it("returns unit vectors, and a fixed non-zero guard vector for text without words", async () => {
    const e = new HashingEmbeddings();
    for (const t of [
      "Nurbek",
      "Сколько рабочих мест?",
      "Инвестициялардың жалпы көлемі",
      "",
      "😀",
      "... !!!",
    ]) {
      expect(norm(await e.embedQuery(t))).toBeCloseTo(1, 5);
    }
    const empty = await e.embedQuery("");
    expect(await e.embedQuery("😀")).toEqual(empty);
    // The guard points nowhere in particular: it is not close to a real text.
    expect(Math.abs(dot(empty, await e.embedQuery("pharmaceutical plant in Almaty")))).toBeLessThan(0.2);
  });

  it("puts similar texts closer than unrelated ones", () => {
    const e = new HashingEmbeddings();
    const a = e.embed("Nobel will build a pharmaceutical plant in Almaty.");
    const b = e.embed("A pharmaceutical plant will be built by Nobel in Almaty.");
    const c = e.embed("The Young Health Program prevents diseases among youth.");
    expect(dot(a, b)).toBeGreaterThan(0.7);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c) + 0.5);
  });

  it("tolerates a typo through character n-grams", () => {
    const e = new HashingEmbeddings();
    const right = e.embed("pharmaceutical");
    // The misspelt word's own feature differs, but most of its n-grams are shared.
    expect(dot(right, e.embed("pharmaceutcal"))).toBeGreaterThan(0.3);
    expect(dot(right, e.embed("diabetes"))).toBeLessThan(0.1);
  });

  it("weights rare terms more once fitted on the chunks", () => {
    const e = new HashingEmbeddings();
    e.fit(chunkTexts);
    // "Nurbek" is in two chunks, "Kazakhstan" in most: the query leans towards the rare word.
    const q = e.embed("Nurbek Kazakhstan");
    expect(dot(q, e.embed("Nurbek"))).toBeGreaterThan(dot(q, e.embed("Kazakhstan")) + 0.2);
    const unfitted = new HashingEmbeddings().embed("Nurbek Kazakhstan");
    expect(dot(unfitted, e.embed("Nurbek"))).toBeLessThan(dot(q, e.embed("Nurbek")));
  });

  it("restores its fitted state to give the same vectors", () => {
    const fitted = new HashingEmbeddings();
    fitted.fit(chunkTexts);
    const restored = new HashingEmbeddings();
    restored.restore(JSON.parse(JSON.stringify(fitted.state())));
    const text = "memorandum of understanding signed in Cambridge";
    expect(restored.embed(text)).toEqual(fitted.embed(text));
    expect(new HashingEmbeddings().embed(text)).not.toEqual(fitted.embed(text));
  });

  it("has an id that changes with its settings", () => {
    const id = new HashingEmbeddings().embedderId;
    expect(id).toMatch(/^hashing-v2:dims=512:/);
    expect(new HashingEmbeddings({ dims: 256 }).embedderId).not.toBe(id);
    expect(new HashingEmbeddings({ charWeight: 0 }).embedderId).not.toBe(id);
    expect(embedderIdOf(new HashingEmbeddings())).toBe(id);
  });
});

describe("createEmbeddings", () => {
  it("is the offline embedder unless an endpoint or model is configured", async () => {
    expect(await createEmbeddings({})).toBeInstanceOf(HashingEmbeddings);
  });

  it("uses an OpenAI-compatible endpoint when configured (no request is made here)", async () => {
    const e = await createEmbeddings({
      EMBEDDINGS_BASE_URL: "http://127.0.0.1:9/v1",
      EMBEDDINGS_MODEL: "nomic-embed-text",
    });
    expect(e).toBeInstanceOf(OpenAIEmbeddings);
    expect(embedderIdOf(e)).toBe("openai:nomic-embed-text@http://127.0.0.1:9/v1");
  });
});
