import { Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Lang } from "../../knowledge/schema.js";
import { t } from "../../tools/locales/index.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { inlineButton, onButton } from "../render/buttons.js";
import { answerQuestion, sendText } from "../render/reply.js";

/** One button per example question; the button names the language and the example's place. */
export function examplesKeyboard(lang: Lang): InlineKeyboardMarkup {
  return {
    inline_keyboard: t(lang).bot.examples.map((q, index) =>
      inlineButton(q, { kind: "example", lang, index }),
    ),
  };
}

/** /start and /help: what the bot knows, how to ask, and tappable example questions. */
export function startFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  const intro = (ctx: BotContext) => `${ctx.t.bot.help(ctx.me.username)}\n\n${ctx.t.bot.examplesTitle}`;

  c.command("start", (ctx) =>
    sendText(ctx, `${ctx.t.bot.welcome(ctx.from?.first_name ?? "")}\n\n${intro(ctx)}`, {
      keyboard: examplesKeyboard(ctx.lang),
    }),
  );
  c.command("help", (ctx) => sendText(ctx, intro(ctx), { keyboard: examplesKeyboard(ctx.lang) }));

  onButton(c, "example", async (ctx) => {
    const question = t(ctx.button.lang).bot.examples[ctx.button.index];
    if (question === undefined || !ctx.chat) {
      await ctx.answerCallbackQuery({ text: ctx.t.bot.buttonExpired });
      return;
    }
    await ctx.answerCallbackQuery();
    await answerQuestion(ctx, deps, question);
  });
  return c;
}
