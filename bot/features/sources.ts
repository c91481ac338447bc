import { Composer } from "grammy";
import { t } from "../../tools/locales/index.js";
import type { AnswerButton, BotContext, FeatureDeps } from "../context.js";
import { renderPassages, renderSourcesList } from "../render/answer.js";
import { sendMessages, sendText } from "../render/reply.js";

/** "Sources" under every answer that cites something; the data carries the answer's cache key. */
export const sourcesButton: AnswerButton = (answer, key, texts) =>
  answer.citations.length ? { text: texts.bot.buttons.sources, callback_data: `src:${key}` } : null;

/** /sources (the articles), /source N and the "Sources" button (cited passages in context). */
export function sourcesFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command("sources", (ctx) =>
    sendMessages(ctx, renderSourcesList(ctx.engine.knowledge.sources, ctx.lang, ctx.t.bot)),
  );

  c.command("source", async (ctx) => {
    const n = Number(ctx.match.trim());
    if (!Number.isInteger(n) || n < 1) return sendText(ctx, ctx.t.bot.sourceUsage);
    const answer = ctx.chat ? deps.answers.last(ctx.chat.id) : undefined;
    if (!answer) return sendText(ctx, ctx.t.bot.noLastAnswer);
    const texts = t(answer.lang).bot;
    if (!answer.citations.length) return sendText(ctx, texts.noCitations);
    const citation = answer.citations.find((x) => x.n === n);
    if (!citation) return sendText(ctx, texts.noSuchCitation(n, answer.citations.length));
    return sendMessages(ctx, renderPassages([citation], ctx.engine.knowledge.sources, answer.lang, texts));
  });

  c.callbackQuery(/^src:([\w-]+)$/, async (ctx) => {
    const answer = deps.answers.get(ctx.match[1] as string);
    if (!answer || !ctx.chat) {
      await ctx.answerCallbackQuery({ text: ctx.t.bot.buttonExpired, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    const texts = t(answer.lang).bot;
    await sendMessages(
      ctx,
      renderPassages(answer.citations, ctx.engine.knowledge.sources, answer.lang, texts),
      {
        replyTo: ctx.callbackQuery.message?.message_id,
      },
    );
  });
  return c;
}
