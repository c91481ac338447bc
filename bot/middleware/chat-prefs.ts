import type { Lang } from "../../knowledge/schema.js";
import type { ChatPrefs } from "../context.js";

/** Chat languages in memory, for the local chat and for running without a store. */
export function memoryChatPrefs(): ChatPrefs {
  const langs = new Map<number, Lang>();
  return {
    getLanguage: async (chatId) => langs.get(chatId) ?? null,
    setLanguage: async (chatId, lang) => {
      langs.set(chatId, lang);
    },
  };
}
