import type { Lang } from "../knowledge/schema.js";

/** Telegram's `language_code` (an IETF tag like "ru" or "en-GB") as one of our languages. */
export function langFromCode(code: string | undefined): Lang | null {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return base === "en" || base === "ru" || base === "kk" ? base : null;
}
