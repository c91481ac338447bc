/**
 * /ingest with an attached document: the real bot and engine, the Bot API played by the stub
 * (the emulator has no getFile or file downloads), updates fed through bot.handleUpdate.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import type { BotContext } from "../../bot/context.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { LOCAL_BOT_INFO } from "../../bot/run/capture.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { openStore, type Store } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import { StubBotApi } from "./stub-bot-api.js";

const ADMIN = 77;
const dataDir = mkdtempSync(join(tmpdir(), "ingest-bot-"));
let stub: StubBotApi;
let engine: Engine;
let store: Store;
let bot: Bot<BotContext>;

beforeAll(async () => {
  stub = new StubBotApi();
  stub.perChatGapMs = 0;
  const apiRoot = await stub.listen();
  engine = await createEngine({ dataDir, knowledge: loadKnowledge() });
  store = await openStore();
  await publishKnowledge(store.db, engine.knowledge);
  const config = loadConfig({
    BOT_TOKEN: "123:ingest",
    TELEGRAM_API_ROOT: apiRoot,
    ADMIN_IDS: `1, ${ADMIN}`,
  });
  bot = createBot(
    config,
    { engine, logger: pino({ level: "silent" }), store },
    { botInfo: LOCAL_BOT_INFO },
  ).bot;
});

afterAll(async () => {
  await stub.close();
  await engine.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let updateId = 0;
function documentUpdate(fileId: string, size: number, caption = "/ingest"): Update {
  updateId++;
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: ADMIN, type: "private", first_name: "Admin" },
      from: { id: ADMIN, is_bot: false, first_name: "Admin" },
      document: { file_id: fileId, file_unique_id: fileId, file_name: `${fileId}.md`, file_size: size },
      caption,
      caption_entities: [{ type: "bot_command", offset: 0, length: 7 }],
    },
  };
}

async function send(update: Update): Promise<string> {
  const before = stub.deliveries.length;
  await bot.handleUpdate(update);
  return htmlToPlain(
    stub.deliveries
      .slice(before)
      .map((d) => d.text)
      .join("\n"),
  );
}

describe("/ingest with a document", () => {
  it("downloads a Markdown document, stores and indexes it", async () => {
    const text =
      "---\ntitle: Turkistan pharma cluster\ndate: 2026-04-02\n---\nMSP-ROMPHARM announced a logistics hub for the TURAN zone.\n";
    stub.files.set("doc1", Buffer.from(text));
    const reply = await send(documentUpdate("doc1", text.length));
    expect(reply.split("\n")[0]).toBe(
      "Added Turkistan pharma cluster: it is searchable now. Knowledge version 2; 0 subscribers will be notified.",
    );
    // Then the ingest report: here no figure to attach, said so.
    expect(reply).toContain("No figure, site or partner could be attached to a project");
    expect(engine.knowledge.sources.find((s) => s.title === "Turkistan pharma cluster")?.date).toBe(
      "2026-04-02",
    );
  });

  it("refuses a binary file with a clear message and changes nothing", async () => {
    stub.files.set("img", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const sources = engine.knowledge.sources.length;
    expect(await send(documentUpdate("img", 10))).toBe(
      "That doesn't look like a text document (it has binary data or isn't valid UTF-8). Send plain text or Markdown.",
    );
    expect(engine.knowledge.sources.length).toBe(sources);
  });

  it("refuses an oversized file before downloading it", async () => {
    const requests = stub.requests;
    expect(await send(documentUpdate("huge", 5_000_000))).toBe(
      "The document is too large: the limit is 200 KB.",
    );
    // Only the reply was sent: no getFile, no download.
    expect(stub.requests - requests).toBe(1);
  });

  it("says so when the same document comes twice", async () => {
    expect(await send(documentUpdate("doc1", 100))).toBe(
      "I already have this document (“Turkistan pharma cluster”): nothing was changed.",
    );
  });
});
