import type { Api } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";

/** One outgoing Bot API call. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** Who the bot is when it runs without Telegram (local chat, benchmarks): no getMe call needed. */
export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: "KZ Pharma Partnerships",
  username: "kz_pharma_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * Answers every Bot API call locally and reports it, with the result given back, to `onCall`:
 * nothing reaches Telegram. send* methods get a plausible Message (with a fresh message_id);
 * sendChatAction and everything else get `true`.
 */
export function captureApi(api: Api, onCall: (call: ApiCall, result: unknown) => void): void {
  let messageId = 1;
  api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const result =
      method.startsWith("send") && method !== "sendChatAction"
        ? {
            message_id: messageId++,
            date: Math.floor(Date.now() / 1000),
            chat: { id: p.chat_id, type: "private" },
            text: p.text,
            caption: p.caption,
          }
        : true;
    onCall({ method, payload: p }, result);
    // biome-ignore lint/suspicious/noExplicitAny: each method's result type differs; callers only read what is set above.
    return { ok: true, result } as any;
  });
}

/** A private-chat text message as Telegram would deliver it; a leading /command gets its entity. */
export function textUpdate(
  text: string,
  options: { updateId: number; chatId?: number; userId?: number; languageCode?: string },
): Update {
  const userId = options.userId ?? 1000;
  const command = /^\/\S+/.exec(text);
  return {
    update_id: options.updateId,
    message: {
      message_id: options.updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: options.chatId ?? userId, type: "private", first_name: "You" },
      from: { id: userId, is_bot: false, first_name: "You", language_code: options.languageCode },
      text,
      entities: command ? [{ type: "bot_command", offset: 0, length: command[0].length }] : undefined,
    },
  };
}

/** A press on an inline button under message `messageId` of a private chat. */
export function callbackUpdate(
  data: string,
  options: { updateId: number; messageId: number; chatId?: number; userId?: number; languageCode?: string },
): Update {
  const userId = options.userId ?? 1000;
  const from = { id: userId, is_bot: false, first_name: "You", language_code: options.languageCode };
  return {
    update_id: options.updateId,
    callback_query: {
      id: String(options.updateId),
      from,
      chat_instance: "local",
      data,
      message: {
        message_id: options.messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: options.chatId ?? userId, type: "private", first_name: "You" },
        text: "",
      },
    },
  };
}
