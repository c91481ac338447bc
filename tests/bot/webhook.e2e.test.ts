/**
 * End to end in webhook mode: the emulator delivers updates by HTTP POST to the bot's webhook
 * server (started by startWebhook, as in production), which checks the secret token and serves
 * /healthz and /metrics.
 */
import { createServer, request, type Server } from "node:http";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startWebhook } from "../../bot/run/webhook.js";
import { freePort, type Harness, readReplies, startHarness, telegramProblems } from "./emulator.js";

const TOKEN = "654321:webhook-e2e";
const SECRET = "s3cret_webhook-token";
let h: Harness;
let stop: (() => Promise<void>) | undefined;
let relay: Server | undefined;
let botPort = 0;

/**
 * Telegram sends the secret given to setWebhook in a header; the emulator does not, so this relay
 * in front of the bot's server adds it, exactly as Telegram would.
 */
function startRelay(port: number, target: number): Promise<Server> {
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: "127.0.0.1",
        port: target,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, "x-telegram-bot-api-secret-token": SECRET },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(forward);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const get = async (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${botPort}${path}`, init);

beforeAll(async () => {
  h = await startHarness(TOKEN);
  botPort = await freePort();
  const relayPort = await freePort();
  relay = await startRelay(relayPort, botPort);
  const env = {
    BOT_MODE: "webhook",
    WEBHOOK_URL: `http://127.0.0.1:${relayPort}/telegram/hook`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(botPort),
    HOST: "127.0.0.1",
  };
  const { bot, metrics } = h.makeBot(env);
  const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: h.apiRoot, ...env });
  stop = await startWebhook(bot, config, metrics, pino({ level: "silent" }));
});

afterAll(async () => {
  await stop?.();
  await new Promise((r) => relay?.close(r));
  await h?.close();
});

describe("webhook mode against the Bot API emulator", () => {
  it("registered its URL with the secret token", () => {
    const hook = (h.server as unknown as { webhooks: Record<string, { url: string; secret_token: string }> })
      .webhooks[TOKEN];
    expect(hook?.url).toMatch(/\/telegram\/hook$/);
    expect(hook?.secret_token).toBe(SECRET);
  });

  it("answers a figure question delivered by webhook", async () => {
    const client = h.server.getClient(TOKEN, { chatId: 501, userId: 501, timeout: 2000 });
    await client.sendMessage(client.makeMessage("how many jobs in Almaty Region?"));
    const [sent] = await readReplies(client);
    if (!sent) throw new Error("no reply");
    expect(telegramProblems(sent)).toEqual([]);
    const plain = htmlToPlain(sent.message.text);
    expect(plain).toMatch(/\b150\b/);
    expect(plain).toMatch(/MSP-?ROMPHARM/);

    const data = sent.message.reply_markup?.inline_keyboard[0]?.[0]?.callback_data ?? "";
    await client.sendCallback(
      client.makeCallbackQuery(data, { message: { message_id: sent.messageId } } as never),
    );
    const [passages] = await readReplies(client);
    expect(htmlToPlain(passages?.message.text ?? "")).toContain("will employ at least 150 people");
  });

  it("refuses updates without the right secret token (401)", async () => {
    const update = JSON.stringify({
      update_id: 1,
      message: { message_id: 1, date: 0, chat: { id: 1, type: "private" }, text: "hi" },
    });
    const none = await get("/telegram/hook", { method: "POST", body: update });
    expect(none.status).toBe(401);
    const wrong = await get("/telegram/hook", {
      method: "POST",
      body: update,
      headers: { "x-telegram-bot-api-secret-token": "guess" },
    });
    expect(wrong.status).toBe(401);
  });

  it("answers bad JSON with 400 and unknown paths with 404", async () => {
    const bad = await get("/telegram/hook", {
      method: "POST",
      body: "{not json",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
    });
    expect(bad.status).toBe(400);
    expect((await get("/nope")).status).toBe(404);
  });

  it("serves /healthz and Prometheus /metrics", async () => {
    const health = await get("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const metrics = await (await get("/metrics")).text();
    expect(metrics).toMatch(/bot_updates_total\{type="message"\} [1-9]/);
    expect(metrics).toMatch(/bot_updates_total\{type="callback_query"\} [1-9]/);
    expect(metrics).toMatch(/bot_answers_total\{route="tool"\} [1-9]/);
    expect(metrics).toMatch(/bot_update_duration_seconds_count\{type="message"\} [1-9]/);
    expect(metrics).toContain("bot_errors_total");
  });
});
