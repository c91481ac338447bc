import type { Lang } from "../../knowledge/schema.js";
import { en, type Messages } from "./en/index.js";
import { kk } from "./kk/index.js";
import { ru } from "./ru/index.js";

export type { Messages };
export const LANGS: readonly Lang[] = ["en", "ru", "kk"];
const messages: Record<Lang, Messages> = { en, ru, kk };

/** All user-visible text in one language. */
export function t(lang: Lang): Messages {
  return messages[lang];
}
