/**
 * `npm run ingest` in a child process: straight into the embedded store when no bot runs, through
 * the inbox when a bot holds the store (the bot side runs here, in the test process), straight
 * into PostgreSQL with DATABASE_URL; and clear errors for bad input.
 */

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchInbox } from "../../bot/run/inbox.js";
import { telegramSender } from "../../bot/run/sender.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { Broadcaster } from "../../store/broadcaster.js";
import { ALL, subscribe } from "../../store/chats.js";
import type { Db } from "../../store/db.js";
import { listDocuments } from "../../store/documents.js";
import { ingestDocument } from "../../store/ingest.js";
import { openStore } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { dropSchema, freshSchema, SKIP_SERVER_NOTE, TEST_DATABASE_URL } from "./helpers.js";
import { StubBotApi } from "./stub-bot-api.js";

const root = new URL("../../", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, text: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** Runs `npm run ingest -- …` (tsx bot/cli/ingest.ts) with a clean environment. */
function ingestCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["bot/cli/ingest.ts", ...args], {
    cwd: root,
    env: { ...process.env, BOT_TOKEN: "", DATABASE_URL: "", LOG_LEVEL: "", ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, out, err })));
}

const ARTICLE =
  "---\ntitle: Nobel opens a training centre\ndate: 2026-05-04\n---\nNobel Almaty Pharmaceutical Factory opened a training centre for pharmacists in Almaty.\n";

describe("npm run ingest", () => {
  it("explains bad input and changes nothing", async () => {
    const dataDir = join(work, "bad");
    const missing = await ingestCli([join(work, "nope.md")], { DATA_DIR: dataDir });
    expect(missing).toMatchObject({ code: 1, out: "" });
    expect(missing.err.trim()).toBe(`Cannot read "${join(work, "nope.md")}": check the path.`);
    const empty = await ingestCli([file("empty.md", "---\ntitle: x\n---\n \n")], { DATA_DIR: dataDir });
    expect(empty).toMatchObject({ code: 1, err: "The document is empty: there is no text to add.\n" });
    const usage = await ingestCli([], { DATA_DIR: dataDir });
    expect(usage.err).toMatch(/^Usage: npm run ingest -- <file/);
  });

  it("writes to the embedded store itself when no bot is running", async () => {
    const dataDir = join(work, "alone");
    const run = await ingestCli([file("a.md", ARTICLE), "--title", "Nobel training centre"], {
      DATA_DIR: dataDir,
    });
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^Added “Nobel training centre” \(id nobel-training-centre-[0-9a-f]{8}\): knowledge version 2/,
    );
    const db = (await openStore({ dataDir })).db;
    try {
      expect((await listDocuments(db)).map((d) => [d.title, d.date])).toEqual([
        ["Nobel training centre", "2026-05-04"],
      ]);
    } finally {
      await db.close();
    }
  }, 60_000);

  describe("with the bot running on the embedded store", () => {
    const dataDir = join(work, "bot");
    let stub: StubBotApi;
    let bot: Db;
    let stopInbox: () => void;
    beforeAll(async () => {
      mkdirSync(dataDir, { recursive: true });
      // The bot's side: it holds the store (and its lock) and watches the inbox.
      bot = (await openStore({ dataDir, role: "bot" })).db;
      const knowledge = loadKnowledge();
      await publishKnowledge(bot, knowledge);
      await subscribe(bot, 42, ALL);
      const target = { knowledge, update: async () => {} };
      stopInbox = watchInbox({ dataDir, ingest: (input) => ingestDocument(bot, target, input) }).stop;
      stub = new StubBotApi();
    });
    afterAll(async () => {
      stopInbox();
      await bot.close();
      await stub.close();
    });

    it("hands the document to the bot, which stores it and notifies the subscribers", async () => {
      const run = await ingestCli([file("b.md", ARTICLE)], { DATA_DIR: dataDir });
      expect(run.err).toBe("");
      expect(run.out.split("\n")[0]).toBe(
        "Added “Nobel opens a training centre” (id nobel-opens-a-training-centre-" +
          `${run.out.match(/centre-([0-9a-f]{8})/)?.[1]}) through the running bot: knowledge version 2, notifying 1 subscriber(s).`,
      );
      // The ingest report follows: what was extracted and what was left out.
      expect(run.out).toMatch(/claim|No figure/);
      const broadcaster = new Broadcaster({
        db: bot,
        sender: telegramSender(new Api("1:x", { apiRoot: await stub.listen() })),
      });
      await broadcaster.drain();
      expect(stub.deliveries.map((d) => [d.chatId, d.text.split("\n")[1]])).toEqual([
        [42, "• New source: <b>Nobel opens a training centre</b>"],
      ]);
    }, 60_000);

    it("brings the bot's refusal back to the command line", async () => {
      const run = await ingestCli([file("c.md", ARTICLE)], { DATA_DIR: dataDir });
      expect(run).toMatchObject({ code: 1, out: "" });
      expect(run.err).toBe(
        "I already have this document (“Nobel opens a training centre”): nothing was changed.\n",
      );
    }, 60_000);
  });

  if (!TEST_DATABASE_URL) it.skip(SKIP_SERVER_NOTE, () => {});
  it.runIf(TEST_DATABASE_URL)(
    "writes straight to PostgreSQL with DATABASE_URL",
    async () => {
      const schema = freshSchema();
      const db = (await openStore({ databaseUrl: TEST_DATABASE_URL, schema })).db;
      try {
        const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        const run = await ingestCli([file("d.md", ARTICLE)], {
          DATA_DIR: join(work, "pg"),
          DATABASE_URL: url,
        });
        expect(run.err).toBe("");
        expect(run.out).toMatch(
          /knowledge version 2, 0 subscriber\(s\) to notify \(running instances pick it up/,
        );
        expect((await listDocuments(db)).map((d) => d.title)).toEqual(["Nobel opens a training centre"]);
      } finally {
        await db.close();
        await dropSchema(schema);
      }
    },
    60_000,
  );
});
