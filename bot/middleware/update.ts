import type { Context, MiddlewareFn } from "grammy";
import type { Store } from "../../store/runtime.js";
import type { Engine } from "../../tools/engine.js";
import { t } from "../../tools/locales/index.js";
import type { BotContext, ChatPrefs } from "../context.js";
import { langFromCode } from "../lang.js";
import type { Logger } from "../logger.js";
import type { BotMetrics } from "../metrics.js";

/** The kind of update ("message", "callback_query", …), for metrics and logs. */
export const updateType = (ctx: Context) =>
  Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";

/**
 * A message without a chat (or sender-less garbage) is not something Telegram sends: every
 * feature may rely on ctx.chat, so such an update is dropped here with a warning.
 */
export function dropMalformed(metrics: BotMetrics, logger: Logger): MiddlewareFn<Context> {
  return (ctx, next) => {
    const message =
      ctx.update.message ??
      ctx.update.edited_message ??
      ctx.update.channel_post ??
      ctx.update.edited_channel_post;
    const malformed = message !== undefined && (typeof message !== "object" || !message?.chat?.id);
    if (!malformed) return next();
    metrics.errors.inc({ kind: "malformed" });
    logger.warn(
      { update_id: ctx.update.update_id, type: updateType(ctx) },
      "malformed update dropped: message without chat",
    );
  };
}

/** Counts each update by kind and times its handling. */
export function countAndTime(metrics: BotMetrics): MiddlewareFn<Context> {
  return async (ctx, next) => {
    const type = updateType(ctx);
    metrics.updates.inc({ type });
    const done = metrics.latency.startTimer({ type });
    try {
      await next();
    } finally {
      done();
    }
  };
}

/**
 * Gives each update its engine, a logger bound to it, and its chat's language and texts: the
 * chat's /language choice, else the user's Telegram language, else English.
 */
export function chatContext(
  engine: Engine,
  chatPrefs: ChatPrefs,
  logger: Logger,
  store?: Store,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.engine = engine;
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    let chatLang = null;
    // While the database is away its language is not asked for (each try would wait for the
    // connect timeout); the background loops notice when it is back.
    if (ctx.chat && store?.db.health.up !== false) {
      chatLang = await chatPrefs.getLanguage(ctx.chat.id).catch((err) => {
        ctx.log.warn({ err }, "could not read the chat's language");
        return null;
      });
    }
    ctx.lang = chatLang ?? langFromCode(ctx.from?.language_code) ?? "en";
    ctx.t = t(ctx.lang);
    return next();
  };
}
