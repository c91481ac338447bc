/**
 * The bot's context type and the dependencies every feature receives. Feature modules
 * (bot/features/*.ts) export `xxxFeature(deps: FeatureDeps): Composer<BotContext>`.
 *
 * In every handler:
 * - `ctx.lang`   the chat's language: its /language choice, else the user's Telegram
 *                language_code, else English. For an answer to a question, use
 *                `replyLang(ctx, question)` (bot/render/reply.ts): a clearly written question wins.
 * - `ctx.t`      all user-visible texts in `ctx.lang` (tools/locales): `ctx.t.bot.help(...)`,
 *                `ctx.t.subscriptions...`, `ctx.t.charts...`.
 * - `ctx.engine` the answer engine (tools/engine.ts).
 * - `ctx.log`    a pino logger bound to this update.
 * - `ctx.session` (await it) the chat's conversation: its last answered turns (bot/middleware/session.ts).
 */
import type { Context } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import type { Lang } from "../knowledge/schema.js";
import type { Store } from "../store/runtime.js";
import type { Engine } from "../tools/engine.js";
import type { Messages } from "../tools/locales/index.js";
import type { Answer } from "../tools/types.js";
import type { AnswerCache } from "./answer-cache.js";
import type { BotConfig } from "./config.js";
import type { Logger } from "./logger.js";
import type { BotMetrics } from "./metrics.js";
import type { SessionContext } from "./middleware/session.js";

export interface BotFlavor {
  lang: Lang;
  t: Messages;
  engine: Engine;
  log: Logger;
}

export type BotContext = Context & BotFlavor & SessionContext;

/** Per-chat preferences; the store implements them durably, the default keeps them in memory. */
export interface ChatPrefs {
  getLanguage(chatId: number): Promise<Lang | null>;
  setLanguage(chatId: number, lang: Lang): Promise<void>;
}

/**
 * A button under answers, e.g. "Sources" or "Chart": given the answer, its cache key (resolve it
 * with `deps.answers.get(key)` in your callback handler) and texts in the answer's language.
 * Return null when the button does not apply. Keep callback_data under 64 bytes.
 */
export type AnswerButton = (answer: Answer, key: string, texts: Messages) => InlineKeyboardButton | null;

/** What the composition root (main.ts, tests, the bench) passes to createBot. */
export interface BotDeps {
  engine: Engine;
  logger: Logger;
  /** Durable per-chat language (the store); in memory when absent. */
  chatPrefs?: ChatPrefs;
  /** Subscriptions, notifications and /ingest (issue 5); those features are off without it. */
  store?: Store;
  // Other features add their optional dependencies here.
}

/** What every feature factory receives: the deps plus services createBot builds. */
export interface FeatureDeps extends BotDeps {
  config: BotConfig;
  chatPrefs: ChatPrefs;
  answers: AnswerCache;
  metrics: BotMetrics;
  /** Buttons shown under every answer, in order; features may push their own. */
  answerButtons: AnswerButton[];
}
