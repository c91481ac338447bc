import type { InlineKeyboardMarkup } from "grammy/types";
import type { Lang } from "../knowledge/schema.js";
import { t } from "../tools/locales/index.js";
import type { BotContext, FeatureDeps } from "./context.js";
import { questionLang } from "./lang.js";
import { type RenderedMessage, renderAnswer, renderText } from "./render.js";

/** Longer messages are not questions (Telegram itself allows 4096 characters). */
export const MAX_QUESTION_CHARS = 1000;

/** The language to answer a question in: the question's own when clear, else the chat's. */
export function replyLang(ctx: BotContext, question: string): Lang {
  return questionLang(question) ?? ctx.lang;
}

/** Sends rendered HTML messages in order; the first one replies to `replyTo` when given. */
export async function sendMessages(
  ctx: BotContext,
  messages: (RenderedMessage | string)[],
  options: { replyTo?: number; keyboard?: InlineKeyboardMarkup } = {},
): Promise<void> {
  for (const [i, m] of messages.entries()) {
    const { html, keyboard } = typeof m === "string" ? { html: m, keyboard: undefined } : m;
    const last = i === messages.length - 1;
    await ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: keyboard ?? (last ? options.keyboard : undefined),
      reply_parameters:
        i === 0 && options.replyTo !== undefined
          ? { message_id: options.replyTo, allow_sending_without_reply: true }
          : undefined,
    });
  }
}

/** Sends plain text (escaped, split if needed). */
export function sendText(
  ctx: BotContext,
  text: string,
  options: { replyTo?: number; keyboard?: InlineKeyboardMarkup; bold?: string } = {},
): Promise<void> {
  return sendMessages(ctx, renderText(text, { bold: options.bold }), options);
}

/**
 * Answers one question: checks it, shows "typing" while the engine works, caches the answer
 * for its buttons and /source, and sends it rendered, in the question's or the chat's language.
 */
export async function answerQuestion(
  ctx: BotContext,
  deps: FeatureDeps,
  question: string,
  options: { replyTo?: number } = {},
): Promise<void> {
  const q = question.trim();
  const lang = replyLang(ctx, q);
  const texts = t(lang).bot;
  if (q === "") return sendText(ctx, texts.emptyQuestion, options);
  if (q.length > MAX_QUESTION_CHARS) return sendText(ctx, texts.tooLong(MAX_QUESTION_CHARS), options);

  const typing = ctx
    .replyWithChatAction("typing")
    .catch((err) => ctx.log.debug({ err }, "typing indicator failed"));
  // Both finish before the reply, so "typing" never outlives the answer.
  const [answer] = await Promise.all([ctx.engine.answer(q, { lang }), typing]);
  const key = deps.answers.put(answer, ctx.chat?.id);
  deps.metrics.answers.inc({ route: answer.route });
  const answerTexts = t(answer.lang);
  const buttons = deps.answerButtons.flatMap((b) => b(answer, key, answerTexts) ?? []);
  await sendMessages(ctx, renderAnswer(answer, answerTexts.bot, { buttons }), options);
}
