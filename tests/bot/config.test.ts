import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../bot/config.js";
import { langFromCode } from "../../bot/lang.js";
import { createLogger } from "../../bot/logger.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { Answerer } from "../../tools/answer.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

describe("configuration", () => {
  it("has working defaults: no token means the local chat", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      botToken: undefined,
      mode: "polling",
      port: 8080,
      dataDir: "./data",
      adminIds: [],
    });
    expect(c.rateLimit).toEqual({ max: 5, windowMs: 10_000 });
  });

  it("treats empty values as unset and parses lists and numbers", () => {
    const c = loadConfig({
      BOT_TOKEN: "",
      ADMIN_IDS: " 42, 7 ,-1",
      PORT: "3000",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000/",
    });
    expect(c.botToken).toBeUndefined();
    expect(c.adminIds).toEqual([42, 7, -1]);
    expect(c.port).toBe(3000);
    expect(c.apiRoot).toBe("http://127.0.0.1:9000");
  });

  it("reads the outage settings: database timeouts, Bot API retry cap, notification backoff and age", () => {
    expect(loadConfig({})).toMatchObject({
      database: { connectTimeoutMs: 5000, statementTimeoutMs: 15_000 },
      telegramRetryMaxMs: 3000,
      outbox: { backoffMaxMs: 30_000, outageRetryMaxMs: 3000, maxAgeMs: 72 * 3600_000 },
    });
    const c = loadConfig({
      DATABASE_CONNECT_TIMEOUT_MS: "2000",
      DATABASE_STATEMENT_TIMEOUT_MS: "4000",
      TELEGRAM_RETRY_MAX_MS: "1500",
      OUTBOX_RETRY_MAX_MS: "10000",
      OUTBOX_MAX_AGE_HOURS: "0",
    });
    expect(c.database).toEqual({ connectTimeoutMs: 2000, statementTimeoutMs: 4000 });
    expect(c.telegramRetryMaxMs).toBe(1500);
    expect(c.outbox).toEqual({ backoffMaxMs: 10_000, outageRetryMaxMs: 1500, maxAgeMs: 0 });
  });

  it("carries the optional models' settings, all off by default, so nothing below reads the environment", () => {
    expect(loadConfig({}).models).toEqual({ embeddings: {}, parse: undefined, claims: null });
    const c = loadConfig({
      EMBEDDINGS_MODEL: "nomic-embed-text",
      PARSE_BASE_URL: " http://127.0.0.1:11434/v1 ",
      PARSE_MODEL: "qwen",
      EXTRACT_BASE_URL: "http://127.0.0.1:11434/v1",
      EXTRACT_API_KEY: "k",
    });
    expect(c.models.embeddings).toMatchObject({ EMBEDDINGS_MODEL: "nomic-embed-text" });
    expect(c.models.parse).toEqual({
      baseURL: "http://127.0.0.1:11434/v1",
      model: "qwen",
      apiKey: undefined,
    });
    // EXTRACT_MODEL is missing: the claim model stays off, as before.
    expect(c.models.claims).toBeNull();
    expect(
      loadConfig({ EXTRACT_BASE_URL: "http://x/v1", EXTRACT_MODEL: "m", EXTRACT_API_KEY: "k" }).models.claims,
    ).toEqual({ baseUrl: "http://x/v1", model: "m", apiKey: "k" });
  });

  it("derives the webhook path and requires URL and secret in webhook mode", () => {
    const c = loadConfig({
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://bot.example.kz/tg/hook",
      WEBHOOK_SECRET: "abc_DEF-1",
    });
    expect(c.webhook).toEqual({
      url: "https://bot.example.kz/tg/hook",
      secret: "abc_DEF-1",
      path: "/tg/hook",
    });
    expect(() => loadConfig({ BOT_MODE: "webhook", WEBHOOK_SECRET: "abc" })).toThrow(
      "Invalid setting WEBHOOK_URL: is required when BOT_MODE=webhook",
    );
  });

  it.each([
    [{ PORT: "abc" }, 'Invalid setting PORT: must be a port number from 1 to 65535 (got "abc")'],
    [{ BOT_MODE: "push" }, 'Invalid setting BOT_MODE: must be "polling" or "webhook" (got "push")'],
    [
      { ADMIN_IDS: "42,bob" },
      "Invalid setting ADMIN_IDS: must be a comma-separated list of Telegram user ids",
    ],
    [
      { RATE_LIMIT_MAX: "0" },
      "Invalid setting RATE_LIMIT_MAX: must be a whole number of messages, at least 1",
    ],
    [
      { LOG_LEVEL: "loud" },
      "Invalid setting LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent",
    ],
    [
      { DATABASE_CONNECT_TIMEOUT_MS: "5s" },
      'Invalid setting DATABASE_CONNECT_TIMEOUT_MS: must be milliseconds from 100 to 600000 (got "5s")',
    ],
    [
      { OUTBOX_MAX_AGE_HOURS: "-1" },
      "Invalid setting OUTBOX_MAX_AGE_HOURS: must be a whole number of hours from 0 (never) to 8760",
    ],
    [
      { TELEGRAM_API_ROOT: "localhost:8081" },
      "Invalid setting TELEGRAM_API_ROOT: must be a full http(s) URL",
    ],
  ])("names the bad setting: %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("keeps /metrics on loopback unless told otherwise, and takes Telegram's connections by engine", () => {
    const c = loadConfig({});
    expect(c.metrics).toEqual({ port: undefined, host: "127.0.0.1", token: undefined });
    expect(c.host).toBe("0.0.0.0");
    expect(c.webhookMaxConnections).toBe(20);
    expect(loadConfig({ DATABASE_URL: "postgres://bot@db/kz" }).webhookMaxConnections).toBe(40);
    const set = loadConfig({
      METRICS_PORT: "9091",
      METRICS_HOST: "0.0.0.0",
      METRICS_TOKEN: "a-long_enough-token-0123",
      WEBHOOK_MAX_CONNECTIONS: "100",
    });
    expect(set.metrics).toEqual({ port: 9091, host: "0.0.0.0", token: "a-long_enough-token-0123" });
    expect(set.webhookMaxConnections).toBe(100);
  });

  it.each([
    [
      { METRICS_PORT: "http" },
      'Invalid setting METRICS_PORT: must be a port number from 1 to 65535 (got "http")',
    ],
    [
      { WEBHOOK_MAX_CONNECTIONS: "0" },
      "Invalid setting WEBHOOK_MAX_CONNECTIONS: must be a whole number from 1 to 100",
    ],
    [
      { WEBHOOK_MAX_CONNECTIONS: "101" },
      "Invalid setting WEBHOOK_MAX_CONNECTIONS: must be a whole number from 1 to 100",
    ],
    [
      {
        BOT_MODE: "webhook",
        WEBHOOK_URL: "https://x.kz/h",
        WEBHOOK_SECRET: "s",
        PORT: "8080",
        METRICS_PORT: "8080",
      },
      "Invalid setting METRICS_PORT: must differ from PORT",
    ],
  ])("names a bad metrics or webhook setting: %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("never echoes the metrics token back, and wants one hard to guess", () => {
    let message = "";
    try {
      loadConfig({ METRICS_TOKEN: "short-secret" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      "Invalid setting METRICS_TOKEN: must be 16-256 characters of A-Z, a-z, 0-9, _ and -. Fix it in the environment or in .env.",
    );
  });

  it("never echoes a secret value back", () => {
    const bad = "not-a-token-but-secret";
    let message = "";
    try {
      loadConfig({ BOT_TOKEN: bad });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Invalid setting BOT_TOKEN: must look like/);
    expect(message).not.toContain(bad);
  });
});

/** A logger that writes into a string, with the token as its secret. */
function capturedLog() {
  let out = "";
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  return { log: createLogger({ level: "info", secrets: [TOKEN] }, sink), output: () => out };
}

describe("logging", () => {
  it("never writes the token, whether in a field, a message or an error", () => {
    const { log, output } = capturedLog();
    log.info({ token: TOKEN, config: { botToken: TOKEN } }, "starting");
    log.info(`calling https://api.telegram.org/bot${TOKEN}/getMe`);
    log.error(
      { err: new Error(`request to https://api.telegram.org/bot${TOKEN}/getUpdates failed`) },
      "network",
    );
    expect(output().split("\n").filter(Boolean)).toHaveLength(3);
    expect(output()).toContain("getUpdates failed");
    expect(output()).not.toContain(TOKEN);
    expect(output()).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
  });

  it("redacts the token by value however deep it hides: causes, errors[], nested fields, URL-encoded", () => {
    const { log, output } = capturedLog();
    const url = `https://api.telegram.org/bot${TOKEN}/sendMessage`;
    const inner = Object.assign(new Error(`connect ECONNREFUSED for ${url}`), { code: "ECONNREFUSED", url });
    const outer = new Error("Network request for 'sendMessage' failed!", { cause: inner });
    log.error({ err: outer }, "cause chain");
    log.error({ err: new AggregateError([new Error(`first ${url}`)], "all failed") }, "aggregate");
    log.warn({ request: { attempts: [{ target: url }] } }, "nested field");
    log.warn({ target: `https://api.telegram.org/bot${encodeURIComponent(TOKEN)}/getMe` }, "encoded");
    log.warn({ half: TOKEN.split(":")[1] }, "the secret half alone");
    const lines = output().split("\n").filter(Boolean);
    expect(lines).toHaveLength(5);
    expect(output()).toContain("ECONNREFUSED");
    expect(output()).toContain("[redacted]");
    expect(output()).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    expect(output()).not.toContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw".slice(0, 12));
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });
});

describe("question language", () => {
  const reader = new Answerer(loadKnowledge()).reader;
  it.each([
    ["how many jobs in Almaty Region?", "en"],
    ["Сколько рабочих мест в Алматинской области?", "ru"],
    ["Алматы облысында қанша жұмыс орны бар?", "kk"],
    ["Almaty oblysynda qansha jumys orny bar?", "kk"],
    ["MSP-ROMPHARM инвестиции и рабочие места?", "ru"],
    ["how many medicines will Оңтүстік Фарм Индастри produce", "en"],
    ["Сколько рабочих мест создаст Qarmed Pharmaceuticals?", "ru"],
    ["МСП-Ромфарм?", null],
    ["MSP-ROMPHARM AltINFARM?", null],
    ["Нобел", null],
    ["173", null],
  ])("%s → %s", (text, lang) => {
    const reading = reader.read(text);
    expect(reading.clear ? reading.lang : null).toBe(lang);
  });

  it("maps Telegram language codes", () => {
    expect([
      langFromCode("ru-RU"),
      langFromCode("kk"),
      langFromCode("en-GB"),
      langFromCode("de"),
      langFromCode(undefined),
    ]).toEqual(["ru", "kk", "en", null, null]);
  });
});
