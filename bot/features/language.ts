import { Composer } from "grammy";
import type { Lang } from "../../knowledge/schema.js";
import { LANGS, t } from "../../tools/locales/index.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { langFromCode } from "../lang.js";
import { sendText } from "../render/reply.js";

/** /language (buttons) or /language ru: the chat's reply language, kept by deps.chatPrefs. */
export function languageFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  const choose = async (ctx: BotContext, chatId: number, lang: Lang) => {
    await deps.chatPrefs.setLanguage(chatId, lang);
    ctx.lang = lang;
    ctx.t = t(lang);
    await sendText(ctx, ctx.t.bot.languageSet);
  };

  c.command("language", (ctx) => {
    const lang = langFromCode(ctx.match.trim());
    if (lang) return choose(ctx, ctx.chat.id, lang);
    return sendText(ctx, ctx.t.bot.languagePrompt, {
      keyboard: {
        inline_keyboard: [
          LANGS.map((l) => ({ text: ctx.t.bot.languageNames[l], callback_data: `lang:${l}` })),
        ],
      },
    });
  });

  c.callbackQuery(/^lang:(en|ru|kk)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (ctx.chat) await choose(ctx, ctx.chat.id, ctx.match[1] as Lang);
  });
  return c;
}
