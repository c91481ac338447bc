/**
 * `npm start`: the bot. Without BOT_TOKEN, a local chat in the terminal; with it, long polling
 * (BOT_MODE=polling, the default) or a webhook server (BOT_MODE=webhook). Settings: .env.example.
 */
import dotenv from "dotenv";
import type { BotApp } from "./bot.js";
import { type BotConfig, ConfigError, loadConfig } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import type { Runtime } from "./runtime.js";

type Close = () => Promise<void>;

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const local = !config.botToken;
  // The terminal chat shows only warnings unless LOG_LEVEL asks for more; logs go to stderr.
  const level = local && !process.env.LOG_LEVEL ? "warn" : config.logLevel;
  const logger = createLogger({
    level,
    secrets: [config.botToken, config.webhook?.secret, config.metrics.token],
  });
  // A stray rejection (a background task that lost its database or network) is logged, not fatal:
  // the bot keeps answering.
  process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled rejection"));

  // Asked once, before opening anything, and without auto-retry (which waits out network errors
  // forever): a wrong token or an unreachable TELEGRAM_API_ROOT stops start-up with a clear message.
  const botInfo = config.botToken
    ? await new (await import("grammy")).Api(
        config.botToken,
        config.apiRoot ? { apiRoot: config.apiRoot } : undefined,
      ).getMe()
    : (await import("./run/capture.js")).LOCAL_BOT_INFO;

  // The store and the engine start opening before the bot's modules load, so the two overlap.
  const opening = import("./runtime.js").then(({ openRuntime }) =>
    openRuntime({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      database: config.database,
      models: config.models,
    }),
  );
  // Awaited below; a failure meanwhile must not count as an unhandled rejection (one line, no stack).
  opening.catch(() => {});
  const [{ createBot }, { startSubscriptionServices }] = await Promise.all([
    import("./bot.js"),
    import("./features/subscriptions.js"),
  ]);
  const runtime = await opening;
  const { store, engine } = runtime;
  // Closed last-opened first on shutdown.
  const closers: Close[] = [() => runtime.close()];
  const closeAll = async () => {
    for (const close of closers.reverse())
      await close().catch((err) => logger.error({ err }, "close failed"));
  };

  // The terminal has one user, who may paste many questions at once: no rate limit there.
  const botConfig = local
    ? { ...config, rateLimit: { ...config.rateLimit, max: Number.MAX_SAFE_INTEGER } }
    : config;
  const { bot, metrics, pacer } = createBot(
    botConfig,
    { engine, logger, store, chatPrefs: store.chatPrefs },
    { botInfo },
  );
  const services = async () => {
    // The local chat's captured Api: notifications print in the terminal.
    closers.push(
      await startSubscriptionServices({
        config,
        store,
        engine,
        logger,
        localApi: local ? bot.api : undefined,
        pacer,
      }),
    );
  };
  const started: Started = { config, logger, bot, store, closeAll, services };
  if (local) await runLocalChat(started);
  else await runOnTelegram(started, metrics);
}

/** What main opened, handed to the run mode. */
interface Started {
  config: BotConfig;
  logger: Logger;
  bot: BotApp["bot"];
  store: Runtime["store"];
  /** Starts subscriptions' background services (notifications, versions, the ingest inbox). */
  services: () => Promise<void>;
  closeAll: Close;
}

/** The terminal chat: one user, this process's stdin and stdout; returns when the input ends. */
async function runLocalChat({ bot, services, closeAll }: Started): Promise<void> {
  const [{ langFromCode }, { t }, { runLocalChat: chatIn }] = await Promise.all([
    import("./lang.js"),
    import("../tools/locales/index.js"),
    import("./run/local-chat.js"),
  ]);
  const languageCode = langFromCode(process.env.LANG) ?? undefined;
  process.stderr.write(`${t(languageCode ?? "en").bot.localChatBanner}\n\n`);
  const chat = chatIn(bot, { input: process.stdin, output: process.stdout, languageCode });
  // Started once the chat captures bot.api, so notifications print in the terminal.
  await services();
  await chat;
  await closeAll();
}

/** Long polling or a webhook server, until SIGINT/SIGTERM. */
async function runOnTelegram(started: Started, metrics: BotApp["metrics"]): Promise<void> {
  const { config, logger, bot, store, services, closeAll } = started;
  const [{ registerCommands }, { startPolling }, { startWebhook }, { startMetricsServer }] =
    await Promise.all([
      import("./render/commands.js"),
      import("./run/polling.js"),
      import("./run/webhook.js"),
      import("./run/observe.js"),
    ]);
  await registerCommands(bot.api).catch((err) => logger.warn({ err }, "could not register the command list"));
  await services();
  const stopMetrics = await startMetricsServer(config, metrics, logger, store);
  const stop =
    config.mode === "webhook"
      ? await startWebhook(bot, config, metrics, logger, store)
      : await startPolling(bot, logger);
  onShutdown(logger, async () => {
    await stop();
    await stopMetrics();
    await closeAll();
  });
}

/** Stops once on SIGINT/SIGTERM, finishing the updates in progress, then exits. */
function onShutdown(logger: Logger, shutdown: Close): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    shutdown()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}

/** Problems a user can fix (settings, token, network, dataset) as one clear line, not a stack trace. */
async function explain(err: unknown): Promise<string> {
  const [{ GrammyError, HttpError }, { DatasetError }, { DbUnreachableError }, { StoreLockedError }] =
    await Promise.all([
      import("grammy"),
      import("../knowledge/load.js"),
      import("../store/db.js"),
      import("../store/lock.js"),
    ]);
  if (err instanceof ConfigError || err instanceof DatasetError || err instanceof DbUnreachableError)
    return err.message;
  if (err instanceof StoreLockedError)
    return `Could not start the bot: ${err.message}. Stop it first, or use another DATA_DIR.`;
  if (err instanceof GrammyError && err.error_code === 401) {
    return "Telegram rejected BOT_TOKEN (401 Unauthorized): check the token @BotFather gave you.";
  }
  const message =
    err instanceof HttpError
      ? `Could not reach the Telegram Bot API (${String(err.error)}): check the network and TELEGRAM_API_ROOT.`
      : `Could not start the bot: ${err instanceof Error ? err.message : String(err)}`;
  // Network errors quote the request URL, which contains the token.
  const token = process.env.BOT_TOKEN;
  return token ? message.split(token).join("[redacted]") : message;
}

main().catch(async (err) => {
  process.stderr.write(`${await explain(err)}\n`);
  process.exit(1);
});
