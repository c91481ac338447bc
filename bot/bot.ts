import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Pacer } from "../store/pacing.js";
import { keptAnswers } from "./answers.js";
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
import type { Logger } from "./logger.js";
import { type BotMetrics, createMetrics } from "./metrics.js";
import { apiRetry } from "./middleware/api-retry.js";
import { memoryChatPrefs } from "./middleware/chat-prefs.js";
import { onError } from "./middleware/errors.js";
import { paceAnswers } from "./middleware/outgoing.js";
import { chatAdmins } from "./middleware/permissions.js";
import { rateLimit, userLimiter } from "./middleware/rate-limit.js";
import { conversationSession } from "./middleware/session.js";
import { chatContext, countAndTime, dropMalformed } from "./middleware/update.js";
import { sendText } from "./render/reply.js";

/** grammY needs some token; with none configured nothing may reach Telegram (see run/local-chat.ts). */
const NO_TOKEN = "0:no-token";

export interface BotApp {
  bot: Bot<BotContext>;
  metrics: BotMetrics;
  deps: FeatureDeps;
  /** Telegram's limits for every message this process sends: hand it to the notifications too. */
  pacer: Pacer;
}

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
    answers: keptAnswers(deps.store, deps.logger),
    metrics,
    answerButtons: [sourcesButton],
    admins: chatAdmins(),
  };
  const { logger } = deps;

  retryOutgoing(bot, config, logger, metrics);
  // Polling: an update arrives with the getUpdates answer that brings it (webhook: run/webhook.ts).
  bot.api.config.use(async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    if (method === "getUpdates" && res.ok && Array.isArray(res.result))
      for (const update of res.result as { update_id: number }[]) metrics.arrivals.arrived(update.update_id);
    return res;
  });

  bot.use(dropMalformed(metrics, logger));
  bot.use(sequentialize((ctx) => (ctx.chat?.id ?? ctx.from?.id)?.toString()));
  bot.use(countAndTime(metrics));
  bot.use(chatContext(deps.engine, featureDeps.chatPrefs, logger, deps.store));

  const features = bot.errorBoundary((err) => onError(err, metrics, deps.store));

  features.use(
    rateLimit(userLimiter(config.rateLimit, deps.store), async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t.bot.rateLimited });
      else if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
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

  // Last, so it wraps the retries: every message waits its turn in Telegram's limits once.
  const pacer = deps.pacer ?? new Pacer(config.telegramMessagesPerSecond);
  bot.api.config.use(paceAnswers(pacer));

  return { bot, metrics, deps: featureDeps, pacer };
}

/**
 * 429s wait retry_after (up to a minute, 3 times); network errors and 5xx are apiRetry's: capped
 * at TELEGRAM_RETRY_MAX_MS between attempts, logged, and endless only for getUpdates.
 */
function retryOutgoing(bot: Bot<BotContext>, config: BotConfig, logger: Logger, metrics: BotMetrics): void {
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
}
