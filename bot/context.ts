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
import type { Pacer } from "../store/pacing.js";
import type { Store } from "../store/runtime.js";
import type { Engine } from "../tools/engine.js";
import type { Messages } from "../tools/locales/index.js";
import type { Answer } from "../tools/types.js";
import type { KeptAnswers } from "./answers.js";
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
 * A button under answers, e.g. "Sources" or "Chart": given the answer, the key it is kept under
 * (resolve it with `deps.answers.find(chatId, key)` when pressed; null when it could not be kept)
 * and texts in the answer's language. Build it with bot/render/buttons.ts; null when it does not apply.
 */
export type AnswerButton = (
  answer: Answer,
  key: string | null,
  texts: Messages,
) => InlineKeyboardButton | null;

/** What the composition root (main.ts, tests, the bench) passes to createBot. */
export interface BotDeps {
  engine: Engine;
  logger: Logger;
  /** Durable per-chat language (the store); in memory when absent. */
  chatPrefs?: ChatPrefs;
  /** Subscriptions, notifications and /ingest (issue 5); those features are off without it. */
  store?: Store;
  /** Telegram's limits, when the caller shares them with something else that sends. */
  pacer?: Pacer;
  // Other features add their optional dependencies here.
}

/**
 * Who may change a chat's settings (subscriptions, language, /forget): anyone in a private chat,
 * a group's admins in groups (bot/middleware/permissions.ts). `fresh` asks Telegram again.
 */
export interface ChatAdmins {
  allowed(ctx: BotContext, options?: { fresh?: boolean }): Promise<boolean>;
}

/** What every feature factory receives: the deps plus services createBot builds. */
export interface FeatureDeps extends BotDeps {
  config: BotConfig;
  chatPrefs: ChatPrefs;
  /** Answers kept for their buttons and /source N (the store, else memory). */
  answers: KeptAnswers;
  metrics: BotMetrics;
  /** Buttons shown under every answer, in order; features may push their own. */
  answerButtons: AnswerButton[];
  /** Who may change a chat's settings: anyone in private, a group's admins in groups. */
  admins: ChatAdmins;
}
