/**
 * Conversations end to end: the real bot (createBot, long polling, the real engine over a real
 * PGlite store in a temporary DATA_DIR, opened by bot/runtime.ts as `npm start` does) against the
 * telegram-test-api Bot API emulator. Only Telegram itself is emulated.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startPolling } from "../../bot/run/polling.js";
import { openRuntime, type Runtime } from "../../bot/runtime.js";
import {
  EMULATOR_BOT,
  emulatorChat,
  freePort,
  readReplies,
  type SentMessage,
  stubMissing,
} from "../bot/emulator.js";

const TOKEN = "123456:conversation-e2e";
const dataDir = mkdtempSync(join(tmpdir(), "conv-e2e-"));
let server: TelegramServer;
let apiRoot: string;

/** A running bot process, as `npm start` would open it: runtime (store + engine) and polling. */
interface Running {
  runtime: Runtime;
  stop(): Promise<void>;
}

async function startBot(): Promise<Running> {
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    RATE_LIMIT_MAX: "1000",
    DATA_DIR: dataDir,
  });
  const runtime = await openRuntime({ dataDir: config.dataDir });
  const { bot } = createBot(config, {
    engine: runtime.engine,
    logger: pino({ level: "silent" }),
    store: runtime.store,
    chatPrefs: runtime.store.chatPrefs,
  });
  stubMissing(bot);
  const stopPolling = await startPolling(bot, pino({ level: "silent" }));
  return {
    runtime,
    async stop() {
      await stopPolling();
      await runtime.close();
    },
  };
}

let running: Running | undefined;
beforeAll(async () => {
  const port = await freePort();
  server = new TelegramServer({ port, host: "127.0.0.1" });
  await server.start();
  apiRoot = `http://127.0.0.1:${port}`;
  running = await startBot();
});
afterAll(async () => {
  await running?.stop();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let nextChat = 500;
function privateChat() {
  return emulatorChat(server, TOKEN, nextChat++);
}

/** The answer without its sources footer (whose verbatim quotes hold other figures too). */
const body = (plain: string) => plain.split(/\n\s*Sources\n/)[0] ?? plain;
const buttons = (sent: SentMessage) => sent.message.reply_markup?.inline_keyboard.flat() ?? [];

describe("a conversation in a private chat", () => {
  it("follows up in context, says how it understood, quotes sources, and starts fresh on a new topic", async () => {
    const chat = privateChat();
    await chat.send("How many jobs will AltINFARM create?");
    expect((await chat.reply()).plain).toMatch(/around 60 jobs/);

    await chat.send("and Nobel?");
    const nobel = await chat.reply();
    expect(nobel.plain).toMatch(
      /Understood as: “how many jobs will Nobel Almaty Pharmaceutical Factory create\?”/i,
    );
    expect(nobel.plain).toMatch(/at least 200 jobs/);
    expect(body(nobel.plain)).not.toMatch(/\b60\b/);

    await chat.send("how much are they investing?");
    const invest = await chat.reply();
    expect(invest.plain).toMatch(/39[.,]2 billion tenge/);
    expect(body(invest.plain)).not.toMatch(/\b173\b/);

    await chat.send("source?");
    const source = await chat.reply();
    expect(source.plain).toContain("With investments of 39.2 billion tenge (US$78 million)");

    await chat.send("Which companies are in Almaty?");
    const list = await chat.reply();
    expect(list.plain).toMatch(/AltINFARM and Nobel/);
    expect(list.plain).not.toMatch(/Understood/);

    await chat.send("what about the region?");
    const region = await chat.reply();
    expect(region.plain).toMatch(/Abdi Ibrahim Global Pharm and MSP-ROMPHARM/);
  });

  it("a bare name gets its profile with buttons for its figures; a button asks in that context", async () => {
    const chat = privateChat();
    await chat.send("Nobel");
    const profile = await chat.reply();
    const labels = buttons(profile.sent).map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(["Jobs", "Investment", "Medicines", "Site"]));
    for (const b of buttons(profile.sent))
      expect(Buffer.byteLength(b.callback_data ?? "")).toBeLessThanOrEqual(64);
    const jobs = buttons(profile.sent).find((b) => b.text === "Jobs")?.callback_data ?? "";
    await chat.press(jobs, profile.sent.messageId);
    const answer = await chat.reply();
    expect(answer.plain).toMatch(/Nobel Almaty Pharmaceutical Factory will create at least 200 jobs/);
    expect(body(answer.plain)).not.toMatch(/medicines/);
    // Under a figure: "Per job" and "Compare with …".
    const perJob = buttons(answer.sent).find((b) => b.text === "Per job")?.callback_data ?? "";
    await chat.press(perJob, answer.sent.messageId);
    expect((await chat.reply()).plain).toMatch(/196 million tenge per job/);
  });

  it("/forget clears the conversation too", async () => {
    const chat = privateChat();
    await chat.send("How many jobs will AltINFARM create?");
    await chat.reply();
    await chat.command("/forget");
    const confirm = await chat.reply();
    // The confirmation names who asked (forget:yes:<user id>).
    const yes =
      buttons(confirm.sent).find((b) => b.callback_data?.startsWith("forget:yes:"))?.callback_data ?? "";
    await chat.press(yes, confirm.sent.messageId);
    await chat.reply();
    await chat.send("and Nobel?");
    const fresh = await chat.reply();
    expect(fresh.plain).not.toMatch(/Understood/);
  });
});

describe("a conversation in a group follows the reply chain", () => {
  it("a reply to an answer follows that answer; a new mention starts fresh", async () => {
    const group = server.getClient(TOKEN, { chatId: -3001, type: "group", userId: 11, timeout: 2000 });
    const mention = (text: string) =>
      group.sendMessage(group.makeMessage(`@${EMULATOR_BOT.username} ${text}`));
    const replyTo = (messageId: number, text: string) =>
      group.sendMessage(
        group.makeMessage(text, {
          reply_to_message: {
            message_id: messageId,
            from: { id: EMULATOR_BOT.id, is_bot: true, first_name: "Bot" },
          },
        } as never),
      );
    const read = async () => {
      const [sent] = await readReplies(group);
      if (!sent) throw new Error("no reply");
      return { sent, plain: htmlToPlain(sent.message.text) };
    };

    await mention("How many jobs will AltINFARM create?");
    const jobs = await read();
    await mention("How much is MSP-ROMPHARM investing?");
    const invest = await read();

    // Two threads: each reply follows the answer it replies to, not the latest one.
    await replyTo(jobs.sent.messageId, "and Nobel?");
    expect((await read()).plain).toMatch(/at least 200 jobs/);
    await replyTo(invest.sent.messageId, "in dollars?");
    const dollars = await read();
    expect(dollars.plain).toMatch(/US\$73 million/);
    expect(body(dollars.plain)).not.toMatch(/36[.,]7/);

    // A new mention is a new conversation.
    await mention("and Nobel?");
    expect((await read()).plain).not.toMatch(/Understood/);
  });
});

describe("the conversation lives in the store", () => {
  it("survives a restart of the bot between two turns", async () => {
    const chat = privateChat();
    await chat.send("How many medicines will MSP-ROMPHARM produce?");
    expect((await chat.reply()).plain).toMatch(/\b101\b/);

    await running?.stop();
    running = await startBot();

    await chat.send("and Abdi Ibrahim?");
    const after = await chat.reply();
    expect(after.plain).toMatch(/Understood as/);
    expect(after.plain).toMatch(/\b76\b/);
    expect(body(after.plain)).not.toMatch(/\b101\b/);
  });
});
