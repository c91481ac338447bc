import type { InlineKeyboardMarkup } from "grammy/types";
import type { Lang } from "../../knowledge/schema.js";
import { t } from "../../tools/locales/index.js";
import { MAX_QUESTION_CHARS } from "../../tools/reading.js";
import type { ConversationContext } from "../../tools/types.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { followedTurn, rememberTurn } from "../middleware/session.js";
import { type RenderedMessage, renderAnswer, renderText } from "./answer.js";
import { suggestionRows } from "./suggestions.js";

/** The language to answer a question in: the question's own when clear, else the chat's. */
export function replyLang(ctx: BotContext, question: string): Lang {
  return ctx.engine.terms(question, ctx.lang).lang;
}

/**
 * Sends rendered HTML messages in order; the first one replies to `replyTo` when given. Returns
 * the id of the last message sent (a follow-up replying to it continues that conversation).
 */
export async function sendMessages(
  ctx: BotContext,
  messages: (RenderedMessage | string)[],
  options: { replyTo?: number; keyboard?: InlineKeyboardMarkup } = {},
): Promise<number | undefined> {
  let lastId: number | undefined;
  for (const [i, m] of messages.entries()) {
    const { html, keyboard } = typeof m === "string" ? { html: m, keyboard: undefined } : m;
    const last = i === messages.length - 1;
    const sent = await ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      reply_markup: keyboard ?? (last ? options.keyboard : undefined),
      reply_parameters:
        i === 0 && options.replyTo !== undefined
          ? { message_id: options.replyTo, allow_sending_without_reply: true }
          : undefined,
    });
    lastId = sent?.message_id;
  }
  return lastId;
}

/** Sends plain text (escaped, split if needed). */
export function sendText(
  ctx: BotContext,
  text: string,
  options: { replyTo?: number; keyboard?: InlineKeyboardMarkup; bold?: string } = {},
): Promise<number | undefined> {
  return sendMessages(ctx, renderText(text, { bold: options.bold }), options);
}

/**
 * Answers one question in its conversation: checks it, reads the turn it follows (bot/middleware/session.ts),
 * shows "typing" while the engine works, keeps the answer for its buttons and /source, sends it
 * rendered in the question's or the chat's language, and keeps its context for the next message.
 * `context` overrides the followed turn (a suggestion button under an older answer).
 */
export async function answerQuestion(
  ctx: BotContext,
  deps: FeatureDeps,
  question: string,
  options: { replyTo?: number; context?: ConversationContext | null } = {},
): Promise<void> {
  const q = question.trim();
  const lang = replyLang(ctx, q);
  const texts = t(lang).bot;
  if (q === "") return void (await sendText(ctx, texts.emptyQuestion, options));
  if (q.length > MAX_QUESTION_CHARS)
    return void (await sendText(ctx, texts.tooLong(MAX_QUESTION_CHARS), options));

  const typing = ctx
    .replyWithChatAction("typing")
    .catch((err) => ctx.log.debug({ err }, "typing indicator failed"));
  const session = ctx.chat ? await ctx.session : undefined;
  const context =
    options.context !== undefined ? options.context : session && followedTurn(ctx, session)?.context;
  // Both finish before the reply, so "typing" never outlives the answer.
  const [answer] = await Promise.all([ctx.engine.answer(q, { prior: ctx.lang, context }), typing]);
  const key = ctx.chat ? await deps.answers.keep(ctx.chat.id, answer) : null;
  deps.metrics.answers.inc({ route: answer.route });
  const answerTexts = t(answer.lang);
  const buttons = deps.answerButtons.flatMap((b) => b(answer, key, answerTexts) ?? []);
  const messages = renderAnswer(answer, answerTexts.bot, { buttons });
  const suggestions = suggestionRows(answer, key, ctx.engine);
  const last = messages.at(-1);
  if (last && suggestions.length) {
    // "Sources" (and "Chart") stay the first row; suggestions go beneath.
    last.keyboard = { inline_keyboard: [...(last.keyboard?.inline_keyboard ?? []), ...suggestions] };
  }
  const messageId = await sendMessages(ctx, messages, { replyTo: options.replyTo });
  if (session && answer.context && messageId !== undefined) {
    rememberTurn(session, { messageId, context: answer.context });
  }
}
