import { Composer } from "grammy";
import type { Lang } from "../../knowledge/schema.js";
import { LANGS, t } from "../../tools/locales/index.js";
import type { BotContext, FeatureDeps } from "../context.js";
import { langFromCode } from "../lang.js";
import { adminsOnly } from "../middleware/permissions.js";
import { inlineButton, onButton } from "../render/buttons.js";
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

  // In groups the language is the admins' to choose (bot/middleware/permissions.ts).
  const admins = adminsOnly(deps.admins);

  c.command("language", admins, (ctx) => {
    const lang = langFromCode(ctx.match.trim());
    if (lang) return choose(ctx, ctx.chat.id, lang);
    return sendText(ctx, ctx.t.bot.languagePrompt, {
      keyboard: {
        inline_keyboard: [
          LANGS.flatMap((l) => inlineButton(ctx.t.bot.languageNames[l], { kind: "language", lang: l })),
        ],
      },
    });
  });

  onButton(c, "language", admins, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (ctx.chat) await choose(ctx, ctx.chat.id, ctx.button.lang);
  });
  return c;
}
