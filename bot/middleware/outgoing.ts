import type { Transformer } from "grammy";
import type { Pacer } from "../../store/pacing.js";

/** Bot API methods that put a message in a chat (sendChatAction does not). */
const SENDS_A_MESSAGE = /^(send(?!ChatAction$)\w+|copyMessages?|forwardMessages?)$/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Paces every message the bot sends in answer to someone through the one Pacer (store/pacing.ts)
 * that the notifications share: the overall rate, one a second per chat, 20 a minute per group,
 * each with the answers' short burst; a message waits its turn, it is never dropped. Installed
 * last, so a retried call is paced once.
 */
export function paceAnswers(pacer: Pacer): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (SENDS_A_MESSAGE.test(method) && typeof chatId === "number") {
      for (let wait = pacer.answerWait(chatId); wait > 0; wait = pacer.answerWait(chatId)) await sleep(wait);
      pacer.take(chatId);
    }
    return prev(method, payload, signal);
  };
}
