/**
 * End to end in webhook mode: the emulator delivers updates by HTTP POST to the bot's webhook
 * server (started by startWebhook, as in production), which checks the secret token and serves
 * /healthz (details with the metrics token) and /metrics (only with the token); the metrics
 * listener (METRICS_PORT, loopback) serves them too.
 */
import { createServer, request, type Server } from "node:http";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startMetricsServer } from "../../bot/run/observe.js";
import { startWebhook } from "../../bot/run/webhook.js";
import { freePort, type Harness, readReplies, startHarness, telegramProblems } from "./emulator.js";

const TOKEN = "654321:webhook-e2e";
const SECRET = "s3cret_webhook-token";
let h: Harness;
let stop: (() => Promise<void>) | undefined;
let relay: Server | undefined;
let botPort = 0;
let metricsPort = 0;
let stopMetrics: (() => Promise<void>) | undefined;
const METRICS_TOKEN = "metrics_token-0123456789";
const bearer = { headers: { authorization: `Bearer ${METRICS_TOKEN}` } };

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
  metricsPort = await freePort();
  const relayPort = await freePort();
  relay = await startRelay(relayPort, botPort);
  const env = {
    BOT_MODE: "webhook",
    WEBHOOK_URL: `http://127.0.0.1:${relayPort}/telegram/hook`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(botPort),
    HOST: "127.0.0.1",
    METRICS_PORT: String(metricsPort),
    METRICS_TOKEN,
  };
  const { bot, metrics } = h.makeBot(env);
  const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: h.apiRoot, ...env });
  stop = await startWebhook(bot, config, metrics, pino({ level: "silent" }));
  stopMetrics = await startMetricsServer(config, metrics, pino({ level: "silent" }));
});

afterAll(async () => {
  await stop?.();
  await stopMetrics?.();
  await new Promise((r) => relay?.close(r));
  await h?.close();
});

describe("webhook mode against the Bot API emulator", () => {
  it("registered its URL with the secret token", () => {
    const hook = (
      h.server as unknown as {
        webhooks: Record<string, { url: string; secret_token: string; max_connections: number }>;
      }
    ).webhooks[TOKEN];
    expect(hook?.url).toMatch(/\/telegram\/hook$/);
    expect(hook?.secret_token).toBe(SECRET);
    // The embedded database's share of Telegram's default 40 (README, "Load").
    expect(hook?.max_connections).toBe(20);
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
    expect(await (await get("/healthz", bearer)).json()).toMatchObject({
      ok: true,
      status: "ok",
      telegram: "up",
    });
    // The webhook's port is public: /metrics there only with the token.
    expect((await get("/metrics")).status).toBe(401);
    expect(
      (await get("/metrics", { headers: { authorization: "Bearer guess-guess-guess-guess" } })).status,
    ).toBe(401);
    const metrics = await (await get("/metrics", bearer)).text();
    expect(metrics).toMatch(/bot_updates_total\{type="message"\} [1-9]/);
    expect(metrics).toMatch(/bot_updates_total\{type="callback_query"\} [1-9]/);
    expect(metrics).toMatch(/bot_answers_total\{route="tool"\} [1-9]/);
    expect(metrics).toMatch(/bot_update_duration_seconds_count\{type="message"\} [1-9]/);
    expect(metrics).toContain("bot_errors_total");
    // The process itself, and how long updates waited before their handling began.
    expect(metrics).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(metrics).toMatch(/^nodejs_heap_size_used_bytes \d+/m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+/m);
    expect(metrics).toMatch(/bot_update_wait_seconds_count\{type="message"\} [1-9]/);
  });

  it("serves the same on the metrics listener, on loopback", async () => {
    const at = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${metricsPort}${path}`, init);
    expect((await at("/metrics")).status).toBe(401);
    expect(await (await at("/metrics", bearer)).text()).toMatch(/bot_updates_total\{type="message"\} [1-9]/);
    expect(await (await at("/healthz")).json()).toEqual({ ok: true });
    expect((await at("/telegram/hook", { method: "POST", body: "{}" })).status).toBe(404);
  });
});
