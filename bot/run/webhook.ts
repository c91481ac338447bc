import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type Bot, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import type { Store } from "../../store/runtime.js";
import type { BotConfig } from "../config.js";
import type { BotContext } from "../context.js";
import type { Logger } from "../logger.js";
import type { BotMetrics } from "../metrics.js";

/** Telegram's updates are a few kilobytes; anything near this is not an update. */
export const MAX_UPDATE_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

/** The request body, refused past `limit` bytes without reading the rest. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers["content-length"] ?? 0) > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const sameSecret = (given: string | string[] | undefined, secret: string) => {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** grammY's adapter for a body we have already read and parsed. */
const parsedBody = (req: IncomingMessage, res: ServerResponse, update: Update) => ({
  update,
  header: req.headers["x-telegram-bot-api-secret-token"] as string | undefined,
  end: () => res.end(),
  respond: (json: string) => res.writeHead(200, { "content-type": "application/json" }).end(json),
  unauthorized: () => res.writeHead(401).end("secret token is wrong"),
});

/**
 * The webhook HTTP server: POST <path> takes updates from Telegram (401 without the right
 * X-Telegram-Bot-Api-Secret-Token header, 413 past 1 MiB, 400 for bad JSON), GET /healthz says it
 * is alive ("degraded" while the database is unreachable: answers still work), GET /metrics serves
 * Prometheus metrics. Anything else is 404.
 */
export function createWebhookServer(
  bot: Bot<BotContext>,
  options: { path: string; secret: string; metrics: BotMetrics; logger: Logger; store?: Store },
): Server {
  // A slow update is answered 200 and finishes in the background, so Telegram does not resend it.
  const handleUpdate = webhookCallback(bot, parsedBody, {
    secretToken: options.secret,
    onTimeout: "return",
    timeoutMilliseconds: 9_000,
  });
  return createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") {
      const db = options.store?.db.health;
      const body =
        db && !db.up
          ? { ok: true, status: "degraded", database: "unreachable", since: new Date(db.since).toISOString() }
          : { ok: true };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    } else if (req.method === "GET" && path === "/metrics") {
      const body = await options.metrics.registry.metrics();
      res.writeHead(200, { "content-type": options.metrics.registry.contentType }).end(body);
    } else if (req.method === "POST" && path === options.path) {
      // The secret first: a stranger's body is never read.
      if (!sameSecret(req.headers["x-telegram-bot-api-secret-token"], options.secret)) {
        res.writeHead(401).end("secret token is wrong");
        return;
      }
      let update: Update;
      try {
        update = JSON.parse((await readBody(req, MAX_UPDATE_BYTES)).toString("utf8")) as Update;
      } catch (err) {
        if (err instanceof BodyTooLarge) {
          options.logger.warn({ limit: MAX_UPDATE_BYTES }, "webhook body too large: refused");
          res.writeHead(413, { connection: "close" }).end();
          req.destroy();
        } else res.writeHead(400).end();
        return;
      }
      try {
        await handleUpdate(req, res, update);
      } catch (err) {
        // A failed update was logged; 200 stops Telegram resending it.
        options.logger.error({ err }, "webhook update failed");
        if (!res.headersSent) res.writeHead(200);
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
  store?: Store,
): Promise<() => Promise<void>> {
  const webhook = config.webhook;
  if (!webhook) throw new Error("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET");
  await bot.init();
  const server = createWebhookServer(bot, {
    path: webhook.path,
    secret: webhook.secret,
    metrics,
    logger,
    store,
  });
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
