import { z } from "zod";
import { type ClaimModelSettings, claimModelSettings } from "../knowledge/extract/model.js";
import type { EmbeddingsConfig } from "../retrieval/embeddings.js";
import { type ModelParserConfig, modelParserConfig } from "../tools/model-parse.js";

/** A bad setting: its message names the setting and is meant to be shown as is (no stack trace). */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
/** Settings whose values must never be echoed back, even in an error message. */
const SECRET = new Set([
  "BOT_TOKEN",
  "WEBHOOK_SECRET",
  "DATABASE_URL",
  "METRICS_TOKEN",
  "EMBEDDINGS_API_KEY",
  "EXTRACT_API_KEY",
  "PARSE_API_KEY",
]);
/**
 * Webhook connections Telegram may open at once when WEBHOOK_MAX_CONNECTIONS is unset: the
 * embedded database is one process with one database thread, for one lightly loaded instance;
 * a PostgreSQL server takes Telegram's default. See README, "Load".
 */
export const DEFAULT_MAX_CONNECTIONS = { pglite: 20, postgres: 40 } as const;

const int = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `must be ${what}` })
    .int({ error: `must be ${what}` })
    .min(min, { error: `must be ${what}` })
    .max(max, { error: `must be ${what}` });

/** An optional model setting: any text (an endpoint, a model name, a key), read as is. */
const text = (what: string) => z.string({ error: `must be ${what}` }).optional();

const Env = z
  .object({
    BOT_TOKEN: z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]+$/, {
        error: "must look like 123456789:AA… (the token @BotFather gave you)",
      })
      .optional(),
    BOT_MODE: z.enum(["polling", "webhook"], { error: 'must be "polling" or "webhook"' }).default("polling"),
    WEBHOOK_URL: z.url({ protocol: /^https?$/, error: "must be a full http(s) URL" }).optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, { error: "must be 1-256 characters of A-Z, a-z, 0-9, _ and -" })
      .optional(),
    PORT: int(1, 65535, "a port number from 1 to 65535").default(8080),
    HOST: z.string().default("0.0.0.0"),
    WEBHOOK_MAX_CONNECTIONS: int(1, 100, "a whole number from 1 to 100").optional(),
    METRICS_PORT: int(1, 65535, "a port number from 1 to 65535").optional(),
    METRICS_HOST: z.string().default("127.0.0.1"),
    METRICS_TOKEN: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, { error: "must be 16-256 characters of A-Z, a-z, 0-9, _ and -" })
      .optional(),
    TELEGRAM_API_ROOT: z.url({ protocol: /^https?$/, error: "must be a full http(s) URL" }).optional(),
    DATA_DIR: z.string().default("./data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: "must be a postgres:// connection URL" })
      .optional(),
    ADMIN_IDS: z
      .string()
      .regex(/^\s*-?\d+(\s*,\s*-?\d+)*\s*$/, { error: "must be a comma-separated list of Telegram user ids" })
      .optional(),
    RATE_LIMIT_MAX: int(1, 1_000_000, "a whole number of messages, at least 1").default(5),
    RATE_LIMIT_WINDOW_MS: int(100, 86_400_000, "a time window in milliseconds, at least 100").default(10_000),
    DATABASE_CONNECT_TIMEOUT_MS: int(100, 600_000, "milliseconds from 100 to 600000").default(5000),
    DATABASE_STATEMENT_TIMEOUT_MS: int(100, 3_600_000, "milliseconds from 100 to 3600000").default(15_000),
    TELEGRAM_RETRY_MAX_MS: int(100, 300_000, "milliseconds from 100 to 300000").default(3000),
    TELEGRAM_MESSAGES_PER_SECOND: int(1, 1000, "a whole number from 1 to 1000").default(29),
    OUTBOX_RETRY_MAX_MS: int(100, 3_600_000, "milliseconds from 100 to 3600000").default(30_000),
    OUTBOX_MAX_AGE_HOURS: int(0, 8760, "a whole number of hours from 0 (never) to 8760").default(72),
    CONVERSATION_TTL_MINUTES: int(1, 10_080, "a whole number of minutes from 1 to 10080 (a week)").default(
      30,
    ),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
    // Optional models, all off by default (.env.example: Retrieval, Extraction at ingest, Question parsing).
    EMBEDDINGS_BASE_URL: text("the base URL of an OpenAI-compatible embeddings endpoint"),
    EMBEDDINGS_MODEL: text("an embeddings model name"),
    EMBEDDINGS_API_KEY: text("the embeddings endpoint's API key"),
    EXTRACT_BASE_URL: text("the base URL of an OpenAI-compatible chat endpoint for claim extraction"),
    EXTRACT_MODEL: text("a chat model name for claim extraction"),
    EXTRACT_API_KEY: text("the extraction endpoint's API key"),
    PARSE_BASE_URL: text("the base URL of an OpenAI-compatible chat endpoint for reading questions"),
    PARSE_MODEL: text("a chat model name for reading questions"),
    PARSE_API_KEY: text("the question-reading endpoint's API key"),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_MODE !== "webhook") return;
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({
        code: "custom",
        path: ["METRICS_PORT"],
        message: "must differ from PORT (the webhook's port, which Telegram reaches)",
      });
    }
    if (!env.WEBHOOK_URL)
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "is required when BOT_MODE=webhook" });
    if (!env.WEBHOOK_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "is required when BOT_MODE=webhook",
      });
    }
  });

export interface BotConfig {
  /** Absent: the local terminal chat. */
  botToken?: string;
  mode: "polling" | "webhook";
  webhook?: { url: string; secret: string; path: string };
  port: number;
  host: string;
  /** Webhook connections Telegram may open at once (setWebhook's max_connections). */
  webhookMaxConnections: number;
  /**
   * Who may see the bot's insides: GET /metrics on a listener of its own (`port`, on `host`,
   * loopback unless set), or anywhere with `Authorization: Bearer <token>`; /healthz's details only
   * with the token.
   */
  metrics: { port?: number; host: string; token?: string };
  apiRoot?: string;
  dataDir: string;
  databaseUrl?: string;
  adminIds: number[];
  rateLimit: { max: number; windowMs: number };
  /** A chat's conversation context is forgotten after this long without a message. */
  conversationTtlMs: number;
  logLevel: (typeof LOG_LEVELS)[number];
  /** PostgreSQL server timeouts, so an unreachable or silent server cannot hang start-up or a query. */
  database: { connectTimeoutMs: number; statementTimeoutMs: number };
  /** Longest wait between Bot API attempts during an outage (polling and notifications resume within it). */
  telegramRetryMaxMs: number;
  /** Messages a second the bot sends overall, answers and notifications together (store/pacing.ts). */
  telegramMessagesPerSecond: number;
  /** Notifications: backoff cap after a 5xx, the outage probe cap, and the age after which a row expires (0: never). */
  outbox: { backoffMaxMs: number; outageRetryMaxMs: number; maxAgeMs: number };
  /** The optional models (all off unless set), passed down so nothing below reads the environment. */
  models: ModelSettings;
}

export interface ModelSettings {
  /** EMBEDDINGS_BASE_URL / EMBEDDINGS_MODEL / EMBEDDINGS_API_KEY: retrieval's embedder (else offline). */
  embeddings: EmbeddingsConfig;
  /** PARSE_BASE_URL and PARSE_MODEL (PARSE_API_KEY): the model that reads a question the rules could not. */
  parse?: ModelParserConfig;
  /** EXTRACT_BASE_URL and EXTRACT_MODEL (EXTRACT_API_KEY): the model that proposes claims at ingest. */
  claims: ClaimModelSettings | null;
}

/**
 * Reads and validates the settings (documented in .env.example). Empty values count as unset, so
 * `BOT_TOKEN=` in .env means "no token". Throws a ConfigError naming the first bad setting.
 */
export function loadConfig(env: Record<string, string | undefined>): BotConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "configuration");
    const got = SECRET.has(name) || present[name] === undefined ? "" : ` (got "${present[name]}")`;
    throw new ConfigError(
      `Invalid setting ${name}: ${issue?.message}${got}. Fix it in the environment or in .env.`,
    );
  }
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN,
    mode: e.BOT_MODE,
    webhook:
      e.WEBHOOK_URL && e.WEBHOOK_SECRET
        ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, path: new URL(e.WEBHOOK_URL).pathname }
        : undefined,
    port: e.PORT,
    host: e.HOST,
    webhookMaxConnections:
      e.WEBHOOK_MAX_CONNECTIONS ?? DEFAULT_MAX_CONNECTIONS[e.DATABASE_URL ? "postgres" : "pglite"],
    metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST, token: e.METRICS_TOKEN },
    apiRoot: e.TELEGRAM_API_ROOT?.replace(/\/+$/, ""),
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    adminIds: e.ADMIN_IDS ? e.ADMIN_IDS.split(",").map((s) => Number(s.trim())) : [],
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    conversationTtlMs: e.CONVERSATION_TTL_MINUTES * 60_000,
    logLevel: e.LOG_LEVEL,
    database: {
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    telegramRetryMaxMs: e.TELEGRAM_RETRY_MAX_MS,
    telegramMessagesPerSecond: e.TELEGRAM_MESSAGES_PER_SECOND,
    outbox: {
      backoffMaxMs: e.OUTBOX_RETRY_MAX_MS,
      outageRetryMaxMs: e.TELEGRAM_RETRY_MAX_MS,
      maxAgeMs: e.OUTBOX_MAX_AGE_HOURS * 3600_000,
    },
    models: {
      embeddings: {
        EMBEDDINGS_BASE_URL: e.EMBEDDINGS_BASE_URL,
        EMBEDDINGS_MODEL: e.EMBEDDINGS_MODEL,
        EMBEDDINGS_API_KEY: e.EMBEDDINGS_API_KEY,
      },
      parse: modelParserConfig(e),
      claims: claimModelSettings(e),
    },
  };
}
