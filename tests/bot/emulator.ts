/**
 * Test harness: the telegram-test-api Bot API emulator, a real grammY bot on the real engine,
 * and helpers to read what the bot sent. The emulator lacks a few Bot API methods; only those
 * are stubbed (recorded and answered `true`), see STUBBED.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import pino from "pino";
// The package root's default export is typed differently from what Node loads; this file is consistent.
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { expect } from "vitest";
import { type BotApp, createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import type { BotContext } from "../../bot/context.js";
import { checkKeyboard, checkTelegramHtml, htmlToPlain } from "../../bot/render/html.js";
import type { ApiCall } from "../../bot/run/capture.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";

/** Bot API methods telegram-test-api does not implement (it answers them with HTTP 500). */
export const STUBBED = new Set(["setMyCommands", "sendChatAction", "answerInlineQuery", "getChatMember"]);
/** The emulator's getMe identity. */
export const EMULATOR_BOT = { id: 666, username: "TestNameBot" };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = srv.address();
        srv.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
  });
}

export type TelegramClient = ReturnType<TelegramServer["getClient"]>;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A message the bot sent, as the emulator stored it. */
export interface SentMessage {
  messageId: number;
  message: {
    chat_id: number | string;
    text: string;
    parse_mode?: string;
    reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
    reply_parameters?: { message_id: number };
  };
}

export interface Harness {
  server: TelegramServer;
  apiRoot: string;
  engine: Engine;
  /** Calls to stubbed methods, in order. */
  stubbed: ApiCall[];
  makeBot(env?: Record<string, string>): BotApp;
  close(): Promise<void>;
}

export async function startHarness(token: string): Promise<Harness> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: "127.0.0.1" });
  await server.start();
  const dataDir = mkdtempSync(join(tmpdir(), "bot-test-"));
  const engine = await createEngine({ dataDir });
  const apiRoot = `http://127.0.0.1:${port}`;
  const stubbed: ApiCall[] = [];
  return {
    server,
    apiRoot,
    engine,
    stubbed,
    makeBot(env = {}) {
      const config = loadConfig({
        BOT_TOKEN: token,
        TELEGRAM_API_ROOT: apiRoot,
        RATE_LIMIT_MAX: "1000",
        ...env,
      });
      const app = createBot(config, { engine, logger: pino({ level: "silent" }) });
      stubMissing(app.bot, stubbed);
      return app;
    },
    async close() {
      await server.stop();
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A group member's status as getChatMember gives it ("creator", "administrator", "member"…). */
export type MemberStatus = (chatId: number, userId: number) => string;

/**
 * Answers the methods the emulator lacks, and makes its getUpdates behave like long polling
 * (the emulator returns at once even when empty, which would make the runner spin).
 * getChatMember answers from `memberStatus` (everyone is a plain member unless a test says so).
 */
export function stubMissing(
  bot: Bot<BotContext>,
  stubbed: ApiCall[] = [],
  options: { memberStatus?: MemberStatus } = {},
): void {
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (STUBBED.has(method)) {
      const p = payload as Record<string, unknown>;
      stubbed.push({ method, payload: p });
      const result =
        method === "getChatMember"
          ? {
              status: options.memberStatus?.(Number(p.chat_id), Number(p.user_id)) ?? "member",
              user: { id: Number(p.user_id), is_bot: false, first_name: "Member" },
            }
          : true;
      // biome-ignore lint/suspicious/noExplicitAny: each stubbed method's result type differs.
      return { ok: true, result } as any;
    }
    const res = await prev(method, payload, signal);
    if (method === "getUpdates" && res.ok && Array.isArray(res.result) && res.result.length === 0)
      await sleep(30);
    return res;
  });
}

/** Reads the bot's messages to the client's chat until `count` have arrived (or fails after `ms`). */
export async function readReplies(client: TelegramClient, count = 1, ms = 10_000): Promise<SentMessage[]> {
  const deadline = Date.now() + ms;
  const got: SentMessage[] = [];
  while (got.length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} replies, got ${got.length}`);
    // getUpdates waits up to the client's timeout for at least one new message, else throws.
    const res = await client.getUpdates().catch(() => ({ result: [] }));
    got.push(...(res.result as unknown as SentMessage[]));
  }
  return got;
}

/** Asserts what Telegram requires of every message the bot sends; returns the problems. */
export function telegramProblems(sent: SentMessage): string[] {
  return [
    ...(sent.message.parse_mode === "HTML" ? [] : ["parse_mode is not HTML"]),
    ...checkTelegramHtml(sent.message.text),
    ...checkKeyboard(sent.message.reply_markup as never),
  ];
}

/**
 * A private chat (chat and user `id`) with the bot in the emulator: send text or a command, press
 * a button under a message, read the next reply (checked against what Telegram requires).
 */
export function emulatorChat(server: TelegramServer, token: string, id: number) {
  const client = server.getClient(token, { chatId: id, userId: id, timeout: 2000 });
  return {
    id,
    client,
    send: (text: string) => client.sendMessage(client.makeMessage(text)),
    command: (text: string) => client.sendCommand(client.makeCommand(text)),
    press: (data: string, messageId: number) =>
      client.sendCallback(client.makeCallbackQuery(data, { message: { message_id: messageId } } as never)),
    async reply(): Promise<{ sent: SentMessage; plain: string }> {
      const [sent] = await readReplies(client);
      if (!sent) throw new Error("no reply");
      expect(telegramProblems(sent)).toEqual([]);
      return { sent, plain: htmlToPlain(sent.message.text) };
    },
  };
}
