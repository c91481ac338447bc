import { type BotError, GrammyError, HttpError } from "grammy";
import { deactivateChat } from "../../store/chats.js";
import { isConnectionError } from "../../store/db.js";
import type { Store } from "../../store/runtime.js";
import type { BotContext } from "../context.js";
import type { BotMetrics } from "../metrics.js";
import { sendText } from "../render/reply.js";

/**
 * Logs and counts the error and, unless Telegram itself failed, tells the user politely. A 403
 * means the chat blocked the bot: it is marked inactive (subscriptions kept) until it writes again.
 */
export async function onError(err: BotError<BotContext>, metrics: BotMetrics, store?: Store): Promise<void> {
  const { ctx, error } = err;
  const kind =
    error instanceof GrammyError
      ? "telegram"
      : error instanceof HttpError
        ? "network"
        : isConnectionError(error)
          ? "database"
          : "internal";
  metrics.errors.inc({ kind });
  if (kind === "database") {
    // The outage itself is logged once by the store; this update only needs a polite "shortly".
    ctx.log.warn(
      { error: String((error as Error)?.message ?? error) },
      "update needed the unreachable database",
    );
    try {
      // The button may have been answered already, before the database was asked.
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      if (ctx.chat) await sendText(ctx, ctx.t.bot.storeUnavailable);
    } catch (replyError) {
      ctx.log.warn({ err: replyError }, "could not send the database notice");
    }
    return;
  }
  ctx.log.error({ err: error, kind }, "update failed");
  if (error instanceof GrammyError && error.error_code === 403 && ctx.chat && store) {
    await deactivateChat(store.db, ctx.chat.id).catch((e) =>
      ctx.log.warn({ err: e }, "could not deactivate chat"),
    );
    store.inactiveChats.add(ctx.chat.id);
  }
  if (kind !== "internal") return;
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (ctx.chat) await sendText(ctx, ctx.t.bot.error);
  } catch (replyError) {
    ctx.log.warn({ err: replyError }, "could not send the error notice");
  }
}
