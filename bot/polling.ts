import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "./context.js";
import type { Logger } from "./logger.js";

/**
 * Long polling with @grammyjs/runner: updates of different chats run concurrently (one chat's in
 * order, see sequentialize in bot.ts). Returns a function that stops fetching and waits for the
 * updates in progress.
 */
export async function startPolling(bot: Bot<BotContext>, logger: Logger): Promise<() => Promise<void>> {
  await bot.init();
  // getUpdates fails while a webhook is set.
  await bot.api.deleteWebhook();
  const runner = run(bot);
  logger.info({ username: bot.botInfo.username }, "long polling started");
  return async () => {
    if (runner.isRunning()) await runner.stop();
  };
}
