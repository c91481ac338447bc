import { createServer, type Server } from "node:http";
import { type Bot, webhookCallback } from "grammy";
import type { BotConfig } from "./config.js";
import type { BotContext } from "./context.js";
import type { Logger } from "./logger.js";
import type { BotMetrics } from "./metrics.js";

/**
 * The webhook HTTP server: POST <path> takes updates from Telegram (401 without the right
 * X-Telegram-Bot-Api-Secret-Token header), GET /healthz says it is alive, GET /metrics serves
 * Prometheus metrics. Anything else is 404.
 */
export function createWebhookServer(
  bot: Bot<BotContext>,
  options: { path: string; secret: string; metrics: BotMetrics; logger: Logger },
): Server {
  // A slow update is answered 200 and finishes in the background, so Telegram does not resend it.
  const handleUpdate = webhookCallback(bot, "http", {
    secretToken: options.secret,
    onTimeout: "return",
    timeoutMilliseconds: 9_000,
  });
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    } else if (req.method === "GET" && path === "/metrics") {
      const body = await options.metrics.registry.metrics();
      res.writeHead(200, { "content-type": options.metrics.registry.contentType }).end(body);
    } else if (req.method === "POST" && path === options.path) {
      try {
        await handleUpdate(req, res);
      } catch (err) {
        // Bad JSON is the sender's fault (400); a failed update was logged, and 200 stops Telegram resending it.
        options.logger.error({ err }, "webhook update failed");
        if (!res.headersSent) res.writeHead(err instanceof SyntaxError ? 400 : 200);
        res.end();
      }
    } else {
      res.writeHead(404).end();
    }
  });
}

/** Registers the webhook with Telegram and starts listening; returns a function that stops the server. */
export async function startWebhook(
  bot: Bot<BotContext>,
  config: BotConfig,
  metrics: BotMetrics,
  logger: Logger,
): Promise<() => Promise<void>> {
  const webhook = config.webhook;
  if (!webhook) throw new Error("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET");
  await bot.init();
  const server = createWebhookServer(bot, { path: webhook.path, secret: webhook.secret, metrics, logger });
  await new Promise<void>((resolve, reject) =>
    server.once("error", reject).listen(config.port, config.host, resolve),
  );
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret });
  logger.info(
    { port: config.port, path: webhook.path, username: bot.botInfo.username },
    "webhook server listening",
  );
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
}
