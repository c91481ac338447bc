import { Composer } from "grammy";
import { t } from "../../tools/locales/index.js";
import type { AnswerButton, BotContext, FeatureDeps } from "../context.js";
import { renderPassages, renderSourcesList } from "../render/answer.js";
import { inlineButton, onButton } from "../render/buttons.js";
import { sendMessages, sendText } from "../render/reply.js";

/** "Sources" under every answer that cites something; the data carries the key it is kept under. */
export const sourcesButton: AnswerButton = (answer, key, texts) =>
  answer.citations.length && key !== null
    ? (inlineButton(texts.bot.buttons.sources, { kind: "sources", answer: key })[0] ?? null)
    : null;

/** /sources (the articles), /source N and the "Sources" button (cited passages in context). */
export function sourcesFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command("sources", (ctx) =>
    sendMessages(ctx, renderSourcesList(ctx.engine.knowledge.sources, ctx.lang, ctx.t.bot)),
  );

  c.command("source", async (ctx) => {
    const n = Number(ctx.match.trim());
    if (!Number.isInteger(n) || n < 1) return sendText(ctx, ctx.t.bot.sourceUsage);
    const answer = await deps.answers.last(ctx.chat.id);
    if (!answer) return sendText(ctx, ctx.t.bot.noLastAnswer);
    const texts = t(answer.lang).bot;
    if (!answer.citations.length) return sendText(ctx, texts.noCitations);
    const citation = answer.citations.find((x) => x.n === n);
    if (!citation) return sendText(ctx, texts.noSuchCitation(n, answer.citations.length));
    return sendMessages(ctx, renderPassages([citation], ctx.engine.knowledge.sources, answer.lang, texts));
  });

  onButton(c, "sources", async (ctx) => {
    const answer = ctx.chat ? await deps.answers.find(ctx.chat.id, ctx.button.answer) : undefined;
    if (!answer) {
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
