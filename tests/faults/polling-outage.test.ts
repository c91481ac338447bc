/**
 * Long polling through a Bot API outage: the real bot (createBot, runner, real engine) polls the
 * telegram-test-api emulator, which is stopped for a few seconds and started again on the same
 * port. The bot must log the outage (first failure, recovery), not crash, and answer again within
 * moments of the API coming back (TELEGRAM_RETRY_MAX_MS is 1 s here; 3 s by default).
 */
import { Writable } from "node:stream";
import pino from "pino";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startPolling } from "../../bot/run/polling.js";
import { freePort, readReplies, STUBBED } from "../bot/emulator.js";
import { useEngine } from "../helpers/engine.js";

const TOKEN = "123456:polling-outage";
const OUTAGE_MS = 4000;
const engine = useEngine("polling-outage");
let port: number;
let server: TelegramServer;
let stop: (() => Promise<void>) | undefined;
const lines: { level: number; msg: string }[] = [];

const startServer = async () => {
  server = new TelegramServer({ port, host: "127.0.0.1" });
  await server.start();
};

beforeAll(async () => {
  port = await freePort();
  await startServer();
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
    RATE_LIMIT_MAX: "1000",
    TELEGRAM_RETRY_MAX_MS: "1000",
  });
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const { bot } = createBot(config, { engine: engine(), logger: pino({ level: "info" }, sink) });
  // Methods the emulator lacks (see tests/bot/emulator.ts), and a pause on empty polls.
  bot.api.config.use(async (prev, method, payload, signal) => {
    // biome-ignore lint/suspicious/noExplicitAny: `true` is the result of every stubbed method.
    if (STUBBED.has(method)) return { ok: true, result: true } as any;
    const res = await prev(method, payload, signal);
    if (method === "getUpdates" && res.ok && Array.isArray(res.result) && res.result.length === 0)
      await new Promise((r) => setTimeout(r, 30));
    return res;
  });
  stop = await startPolling(bot, pino({ level: "silent" }));
});

afterAll(async () => {
  await stop?.();
  await server?.stop();
});

const ask = async (chatId: number) => {
  const client = server.getClient(TOKEN, { chatId, userId: chatId, timeout: 1000 });
  await client.sendMessage(client.makeMessage("how many jobs in Almaty Region?"));
  return client;
};

describe("long polling through a Bot API outage", () => {
  it("logs the outage once and its end, and answers again within moments of the API's return", async () => {
    const [before] = await readReplies(await ask(901));
    expect(htmlToPlain(before?.message.text ?? "")).toMatch(/\b150\b/);

    await server.stop();
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    await startServer();
    const upAt = performance.now();
    const [after] = await readReplies(await ask(902), 1, 15_000);
    const recoveryMs = performance.now() - upAt;
    console.info(
      `Bot API outage of ${OUTAGE_MS} ms: polling answered again ${Math.round(recoveryMs)} ms after it ended`,
    );
    expect(htmlToPlain(after?.message.text ?? "")).toMatch(/\b150\b/);
    expect(recoveryMs).toBeLessThan(5000);

    const said = (msg: string) => lines.filter((l) => l.msg === msg);
    expect(said("the Telegram Bot API is unreachable: retrying")).toHaveLength(1);
    expect(said("the Telegram Bot API is reachable again")).toHaveLength(1);
    // Retries every ≤ 1 s, yet only those two lines (and "still unreachable" once a minute).
    expect(lines.filter((l) => l.level >= 40)).toHaveLength(1);
  }, 40_000);
});
