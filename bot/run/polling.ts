import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "../context.js";
import type { Logger } from "../logger.js";

/**
 * Long polling with @grammyjs/runner: updates of different chats run concurrently (one chat's in
 * order, see sequentialize in bot.ts). Network errors and 5xx of getUpdates are retried by
 * apiRetry (bot.ts) for as long as an outage lasts, at most TELEGRAM_RETRY_MAX_MS apart, so
 * polling resumes within that of Telegram coming back. Returns a function that stops fetching and
 * waits for the updates in progress.
 */
export async function startPolling(bot: Bot<BotContext>, logger: Logger): Promise<() => Promise<void>> {
  await bot.init();
  // getUpdates fails while a webhook is set.
  await bot.api.deleteWebhook();
  // silent: the runner's own console.error lines would bypass the logger (and its token scrubbing).
  const runner = run(bot, { runner: { silent: true, retryInterval: 1000 } });
  // What still reaches the runner cannot be retried (401 revoked token, 409 another poller): stop.
  runner.task()?.catch((err) => {
    logger.fatal({ err }, "long polling stopped: Telegram refused getUpdates");
    process.kill(process.pid, "SIGTERM");
  });
  logger.info({ username: bot.botInfo.username }, "long polling started");
  return async () => {
    if (runner.isRunning()) await runner.stop();
  };
}
