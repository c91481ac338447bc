import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotError, GrammyError, HttpError, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { deactivateChat } from "../store/chats.js";
import { isConnectionError } from "../store/db.js";
import { TokenBucket } from "../store/pacing.js";
import type { Store } from "../store/runtime.js";
import { t } from "../tools/locales/index.js";
import { AnswerCache } from "./answer-cache.js";
import type { BotConfig } from "./config.js";
import type { BotContext, BotDeps, FeatureDeps } from "./context.js";
import { askFeature } from "./features/ask.js";
import { chartFeature } from "./features/chart.js";
import { fallbackFeature } from "./features/fallback.js";
import { ingestFeature } from "./features/ingest.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { sourcesButton, sourcesFeature } from "./features/sources.js";
import { startFeature } from "./features/start.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { langFromCode } from "./lang.js";
import { type BotMetrics, createMetrics } from "./metrics.js";
import { isForBot } from "./middleware/addressing.js";
import { apiRetry } from "./middleware/api-retry.js";
import { memoryChatPrefs } from "./middleware/chat-prefs.js";
import { conversationSession } from "./middleware/session.js";
import { sendText } from "./render/reply.js";

/** grammY needs some token; with none configured nothing may reach Telegram (see run/local-chat.ts). */
const NO_TOKEN = "0:no-token";

export interface BotApp {
  bot: Bot<BotContext>;
  metrics: BotMetrics;
  deps: FeatureDeps;
}

const updateType = (ctx: BotContext) => Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";

/**
 * The composition root of the bot: outgoing calls retried, updates processed one at a time per
 * chat, counted and timed, each context given its language, texts and engine, then the features
 * behind an error boundary and a per-user rate limit.
 */
export function createBot(
  config: BotConfig,
  deps: BotDeps,
  options: { botInfo?: UserFromGetMe } = {},
): BotApp {
  const bot = new Bot<BotContext>(config.botToken ?? NO_TOKEN, {
    botInfo: options.botInfo,
    // A request that hangs (a cut network answers nothing) fails after the 30 s long poll plus a
    // margin, instead of grammY's default 500 s, and is retried.
    client: { ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}), timeoutSeconds: 45 },
  });
  const metrics = createMetrics(deps.store);
  const featureDeps: FeatureDeps = {
    ...deps,
    config,
    chatPrefs: deps.chatPrefs ?? memoryChatPrefs(),
    answers: new AnswerCache(),
    metrics,
    answerButtons: [sourcesButton],
  };
  const { logger } = deps;

  // 429s wait retry_after (up to a minute, 3 times); network errors and 5xx are apiRetry's: capped
  // at TELEGRAM_RETRY_MAX_MS between attempts, logged, and endless only for getUpdates.
  bot.api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: 60,
      rethrowHttpErrors: true,
      rethrowInternalServerErrors: true,
    }),
  );
  bot.api.config.use(
    apiRetry({
      maxDelayMs: config.telegramRetryMaxMs,
      logger: logger.child({ area: "telegram" }),
      onChange: (up) => metrics.telegramUp.set(up ? 1 : 0),
    }),
  );

  // A message without a chat (or sender-less garbage) is not something Telegram sends: every
  // feature may rely on ctx.chat, so such an update is dropped here with a warning.
  bot.use((ctx, next) => {
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
  });

  bot.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));

  bot.use(async (ctx, next) => {
    const type = updateType(ctx);
    metrics.updates.inc({ type });
    const done = metrics.latency.startTimer({ type });
    try {
      await next();
    } finally {
      done();
    }
  });

  bot.use(async (ctx, next) => {
    ctx.engine = deps.engine;
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    let chatLang = null;
    // While the database is away its language is not asked for (each try would wait for the
    // connect timeout); the background loops notice when it is back.
    if (ctx.chat && deps.store?.db.health.up !== false) {
      chatLang = await featureDeps.chatPrefs.getLanguage(ctx.chat.id).catch((err) => {
        ctx.log.warn({ err }, "could not read the chat's language");
        return null;
      });
    }
    ctx.lang = chatLang ?? langFromCode(ctx.from?.language_code) ?? "en";
    ctx.t = t(ctx.lang);
    return next();
  });

  const features = bot.errorBoundary((err) => onError(err, metrics, deps.store));

  features.use(
    rateLimit(config.rateLimit, async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t.bot.rateLimited });
      else if (ctx.chat) await sendText(ctx, ctx.t.bot.rateLimited);
    }),
  );

  // Follow-ups in context, per chat.
  features.use(
    conversationSession<BotContext>({ ...featureDeps, conversationTtlMs: config.conversationTtlMs }),
  );
  features.use(startFeature(featureDeps));
  features.use(languageFeature(featureDeps));
  features.use(sourcesFeature(featureDeps));
  features.use(inlineFeature(featureDeps));

  // ── Feature slots: other features plug in here, one line each (before `ask`, whose private-chat
  //    text handler takes any remaining text, and before the fallback). Answer buttons go in
  //    `featureDeps.answerButtons` above (e.g. chartButton, issue 7).
  features.use(subscriptionsFeature(featureDeps)); // issue 5: /subscribe, /unsubscribe, /subscriptions, /forget
  features.use(ingestFeature(featureDeps)); // issue 5: admin-only /ingest
  features.use(chartFeature(featureDeps)); // issue 7: /chart and the "Chart" answer button

  features.use(askFeature(featureDeps));
  features.use(fallbackFeature());

  // Errors outside the boundary (e.g. in the runner) end up here.
  bot.catch((err) => logger.error({ err: err.error, update_id: err.ctx.update.update_id }, "update failed"));

  return { bot, metrics, deps: featureDeps };
}

/**
 * A per-user token bucket: a burst of up to `max` messages, then `max` per `windowMs` spread evenly,
 * so no window boundary lets a double burst through (the fixed window of @grammyjs/ratelimiter
 * did). Only updates addressed to the bot count. The first refused update gets `onLimited`; later
 * ones are dropped silently until a token is back.
 */
export function rateLimit(
  limit: { max: number; windowMs: number },
  onLimited: (ctx: BotContext) => Promise<unknown>,
): MiddlewareFn<BotContext> {
  const buckets = new Map<number, { bucket: TokenBucket; noticed: boolean }>();
  const rate = (limit.max * 1000) / limit.windowMs;
  return async (ctx, next) => {
    const user = ctx.from?.id;
    if (user === undefined || !isForBot(ctx)) return next();
    let entry = buckets.get(user);
    if (!entry) {
      // Full buckets carry no information: forgotten when the map grows large.
      if (buckets.size >= 10_000)
        for (const [id, e] of buckets) if (e.bucket.wait() === 0) buckets.delete(id);
      entry = { bucket: new TokenBucket(rate, limit.max), noticed: false };
      buckets.set(user, entry);
    }
    if (entry.bucket.wait() > 0) {
      if (entry.noticed) return;
      entry.noticed = true;
      await onLimited(ctx);
      return;
    }
    entry.noticed = false;
    entry.bucket.take();
    return next();
  };
}

/**
 * Logs and counts the error and, unless Telegram itself failed, tells the user politely. A 403
 * means the chat blocked the bot: it is marked inactive (subscriptions kept) until it writes again.
 */
async function onError(err: BotError<BotContext>, metrics: BotMetrics, store?: Store): Promise<void> {
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
