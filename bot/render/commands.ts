import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Lang } from "../../knowledge/schema.js";
import { t } from "../../tools/locales/index.js";

/** The command menu in one language. Other features add their commands' descriptions here. */
export function commandList(lang: Lang): BotCommand[] {
  const texts = t(lang);
  const descriptions: Record<string, string> = {
    ...texts.bot.commands,
    ...texts.subscriptions.commands,
  };
  return Object.entries(descriptions).map(([command, description]) => ({ command, description }));
}

/** Registers the menu with Telegram: English by default, Russian and Kazakh by the user's language. */
export async function registerCommands(api: Api): Promise<void> {
  await api.setMyCommands(commandList("en"));
  for (const lang of ["ru", "kk"] as const)
    await api.setMyCommands(commandList(lang), { language_code: lang });
}
