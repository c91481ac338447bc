import { Composer } from "grammy";
import { t } from "../../tools/locales/index.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { addressedText, leadingCommand } from "../middleware/addressing.js";
import { onButton } from "../render/buttons.js";
import { answerQuestion, replyLang, sendText } from "../render/reply.js";
import { suggestionText } from "../render/suggestions.js";

/** In groups the answer replies to the question, so everyone sees what it answers. */
const replyTo = (ctx: BotContext) =>
  ctx.chat?.type === "private" && !ctx.editedMessage ? undefined : ctx.msg?.message_id;

/**
 * Questions: `/ask <question>` anywhere; any other text in a private chat (edited messages too:
 * the new wording gets an answer); in groups, only text that mentions the bot or replies to it.
 */
export function askFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command("ask", (ctx) => {
    const question = ctx.match.trim();
    if (!question) return sendText(ctx, ctx.t.bot.askUsage, { replyTo: replyTo(ctx) });
    return answerQuestion(ctx, deps, question, { replyTo: replyTo(ctx) });
  });

  c.on(["message:text", "edited_message:text"], async (ctx, next) => {
    if (leadingCommand(ctx.msg)) return next();
    const question = addressedText(ctx);
    if (question === null) return next();
    if (question === "")
      return sendText(ctx, t(replyLang(ctx, question)).bot.emptyQuestion, { replyTo: replyTo(ctx) });
    return answerQuestion(ctx, deps, question, { replyTo: replyTo(ctx) });
  });
  // A follow-up suggestion under an answer: asked in that answer's context (bot/render/suggestions.ts).
  // Its answer is kept in the store: the press works after a restart and on any instance.
  onButton(c, "followUp", async (ctx) => {
    const { action, answer: key } = ctx.button;
    const answer = ctx.chat ? await deps.answers.find(ctx.chat.id, key) : undefined;
    if (!answer?.context) return ctx.answerCallbackQuery({ text: ctx.t.bot.buttonExpired });
    await ctx.answerCallbackQuery();
    const question = suggestionText(action, answer.lang, ctx.engine);
    return answerQuestion(ctx, deps, question, { context: answer.context });
  });
  return c;
}
