import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Store } from "../../store/runtime.js";
import type { BotConfig } from "../config.js";
import type { Logger } from "../logger.js";
import type { BotMetrics } from "../metrics.js";

/** What GET /healthz and GET /metrics need, and who may see what. */
export interface ObserveOptions {
  metrics: BotMetrics;
  store?: Store;
  /** METRICS_TOKEN: shows /healthz's details and, where metrics are not open, /metrics. */
  token?: string;
  /** Whether /metrics is served without the token (the metrics listener, loopback by default). */
  openMetrics: boolean;
}

const started = Date.now();

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
export function hasToken(req: IncomingMessage, token: string | undefined): boolean {
  const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
  if (!token || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /healthz and GET /metrics. /healthz says only whether the bot is ok or degraded (answers go
 * on while the database is away); with the token it says why and since when. /metrics is served
 * open only on the metrics listener without a token set; elsewhere only with the token, and on
 * the webhook's port without a token set not at all (404), so a public port shows nothing.
 * Returns false for any other request.
 */
export async function observe(
  req: IncomingMessage,
  res: ServerResponse,
  o: ObserveOptions,
): Promise<boolean> {
  if (req.method !== "GET") return false;
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (path === "/healthz") {
    const body = hasToken(req, o.token) ? await healthDetails(o) : healthSummary(o.store);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    return true;
  }
  if (path !== "/metrics") return false;
  if (!o.openMetrics && !o.token) {
    res.writeHead(404).end();
  } else if (o.token && !hasToken(req, o.token)) {
    res.writeHead(401, { "www-authenticate": "Bearer" }).end();
  } else {
    const body = await o.metrics.registry.metrics();
    res.writeHead(200, { "content-type": o.metrics.registry.contentType }).end(body);
  }
  return true;
}

const healthSummary = (store?: Store) =>
  store && !store.db.health.up ? { ok: true, status: "degraded" } : { ok: true };

async function healthDetails(o: ObserveOptions) {
  const db = o.store?.db.health;
  const telegramUp = (await o.metrics.telegramUp.get()).values[0]?.value;
  return {
    ...healthSummary(o.store),
    status: db && !db.up ? "degraded" : "ok",
    ...(db
      ? db.up
        ? { database: "up" }
        : { database: "unreachable", since: new Date(db.since).toISOString(), cause: db.cause }
      : {}),
    telegram: telegramUp === 0 ? "unreachable" : "up",
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
  };
}

/**
 * METRICS_PORT: /metrics and /healthz on a listener of their own (METRICS_HOST, loopback by
 * default), in polling and webhook mode alike. Returns a function that closes it.
 */
export async function startMetricsServer(
  config: BotConfig,
  metrics: BotMetrics,
  logger: Logger,
  store?: Store,
): Promise<() => Promise<void>> {
  const { port, host, token } = config.metrics;
  if (port === undefined) return async () => {};
  const options = { metrics, store, token, openMetrics: true };
  const server: Server = createServer((req, res) => {
    observe(req, res, options)
      .then((handled) => {
        if (!handled) res.writeHead(404).end();
      })
      .catch((err) => {
        logger.error({ err }, "metrics request failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  logger.info({ port, host, token: token ? "required" : "none" }, "metrics listening");
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
