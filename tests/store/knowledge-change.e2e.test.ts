/**
 * Knowledge that grows, end to end: a subscriber follows a company, an article changing one of its
 * figures is ingested, the notice names the change, and the figure is answered with its new value
 * and the old one, both cited; a place no project was in can be followed before one appears. On
 * PostgreSQL a second instance answers the new figure without a restart.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { telegramSender } from "../../bot/run/sender.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { Broadcaster } from "../../store/broadcaster.js";
import { subscribe } from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { ingestDocument } from "../../store/ingest.js";
import { publishKnowledge } from "../../store/versions.js";
import { watchVersions } from "../../store/watch.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import { ENGINES } from "./helpers.js";
import { StubBotApi } from "./stub-bot-api.js";

const article = (name: string) =>
  readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");

describe.each(ENGINES)("knowledge changes on $name", (kind) => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let a: Engine;
  let b: Engine;
  let stub: StubBotApi;
  let apiRoot: string;
  const dir = mkdtempSync(join(tmpdir(), "knowledge-change-"));

  beforeAll(async () => {
    ({ db, cleanup } = await kind.open());
    a = await createEngine({ dataDir: join(dir, "a"), knowledge: loadKnowledge() });
    b = await createEngine({ dataDir: join(dir, "b"), knowledge: loadKnowledge() });
    await publishKnowledge(db, a.knowledge);
    stub = new StubBotApi();
    apiRoot = await stub.listen();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await stub?.close();
    await cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("tells the subscriber what changed and answers the new figure with the old one", async () => {
    await subscribe(db, 1, "abdi-ibrahim");
    await subscribe(db, 2, "karaganda-region");
    const { published, report } = await ingestDocument(db, a, {
      content: article("a2-en-abdi-update.md"),
      date: "2026-04-10",
    });
    expect(report.rows.find((r) => r.claim.attribute === "jobs")?.change).toBe("changed");
    expect(published?.notified).toBe(1);
    const broadcaster = new Broadcaster({
      db,
      sender: telegramSender(new Api("1:x", { apiRoot })),
    });
    await broadcaster.drain();
    const [notice] = stub.deliveries;
    expect(notice?.chatId).toBe(1);
    expect(notice?.text).toMatch(
      /Abdi Ibrahim Global Pharm.*jobs: at least 150 jobs → <b>at least 180 jobs<\/b>/,
    );

    const answer = await a.answer("How many jobs will Abdi Ibrahim Global Pharm create?");
    expect(answer.answer).toMatch(/at least 180 jobs/);
    expect(answer.answer).toMatch(/at least 150/);
    expect(answer.citations.some((c) => c.quote.includes("at least 180 people"))).toBe(true);
    expect(answer.citations.some((c) => c.quote.includes("at least 150 people"))).toBe(true);
  });

  it("tells a follower of a place about the first project there", async () => {
    const { published } = await ingestDocument(db, a, {
      content: article("a1-en-karaganda-new-plant.md"),
      date: "2026-03-05",
    });
    expect(published?.notified).toBe(1);
    await new Broadcaster({
      db,
      sender: telegramSender(new Api("1:x", { apiRoot })),
    }).drain();
    const notice = stub.deliveries.find((d) => d.chatId === 2);
    expect(notice?.text).toMatch(
      /New project: <b>Qarmed Pharmaceuticals<\/b>, Karaganda Region: .*around 320 jobs/,
    );
  });

  it("lets another instance answer from the new knowledge without a restart", async () => {
    expect((await b.answer("How many jobs will Qarmed Pharmaceuticals create?")).answer).not.toMatch(/320/);
    const watch = watchVersions({ db, engine: b, since: 1 });
    try {
      await watch.check();
    } finally {
      watch.stop();
    }
    expect((await b.answer("How many jobs will Qarmed Pharmaceuticals create?")).answer).toMatch(
      /around 320 jobs/,
    );
    expect((await b.answer("How many jobs will Abdi Ibrahim Global Pharm create?")).answer).toMatch(
      /at least 180/,
    );
  });
});
