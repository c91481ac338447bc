import { type Api, GrammyError, HttpError } from "grammy";
import type { Sender, SendOutcome } from "../../store/broadcaster.js";
import { describeError } from "../../store/db.js";
import type { Notice } from "../../store/outbox.js";
import { renderNotice } from "../render/notice.js";

// The notification loop's Telegram side: words each outbox notice in its chat's language, sends
// it, and tells the loop (store/broadcaster.ts) what Telegram answered.

/** Classifies what a Bot API call threw. */
export function classifySendError(err: unknown): Exclude<SendOutcome, { ok: true }> {
  if (err instanceof GrammyError) {
    const error = `${err.error_code}: ${err.description}`;
    if (err.error_code === 429)
      return { ok: false, kind: "rate-limited", retryAfter: err.parameters.retry_after ?? 1 };
    if (err.error_code === 403) return { ok: false, kind: "blocked", error };
    if (err.error_code === 400 && /chat not found/i.test(err.description))
      return { ok: false, kind: "blocked", error };
    if (err.error_code >= 500) return { ok: false, kind: "transient", error };
    if (err.error_code === 401 || err.error_code === 404) return { ok: false, kind: "unreachable", error };
    return { ok: false, kind: "rejected", error };
  }
  const error = err instanceof HttpError ? describeError(err.error) : String(err);
  return { ok: false, kind: "unreachable", error };
}

/**
 * Words and sends through a grammY `Api`. Give it an Api of its own (`new Api(token, { apiRoot })`), without
 * the auto-retry transformer, so 429s and 5xx reach the broadcaster's own pacing and backoff.
 */
export function telegramSender(api: Api): Sender {
  return {
    async send(chatId, notice: Notice) {
      const html = "html" in notice ? notice.html : renderNotice(notice.summary, notice.lang);
      try {
        await api.sendMessage(chatId, html, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
        return { ok: true };
      } catch (err) {
        return classifySendError(err);
      }
    },
  };
}
