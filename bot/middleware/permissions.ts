import type { MiddlewareFn } from "grammy";
import type { BotContext, ChatAdmins } from "../context.js";
import { sendText } from "../render/reply.js";

/** Chat member statuses that may change a group's settings. */
const ADMIN_STATUSES = new Set(["creator", "administrator"]);

/**
 * Who may change a chat's settings: anyone in a private chat; in a group or supergroup only its
 * admins, as Telegram's getChatMember says. A command uses an answer up to `ttlMs` old; a button
 * press asks Telegram again, since it is the press that acts.
 */
export function chatAdmins(options: { ttlMs?: number; maxEntries?: number } = {}): ChatAdmins {
  const ttlMs = options.ttlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const known = new Map<string, { admin: boolean; at: number }>();
  return {
    async allowed(ctx, { fresh = false } = {}) {
      const chat = ctx.chat;
      if (!chat || chat.type === "private") return true;
      // A message an anonymous admin sent on the group's behalf.
      if (ctx.msg?.sender_chat?.id === chat.id) return true;
      const user = ctx.from?.id;
      if (user === undefined || chat.type === "channel") return false;
      const key = `${chat.id}:${user}`;
      const cached = known.get(key);
      if (!fresh && cached && Date.now() - cached.at < ttlMs) return cached.admin;
      const member = await ctx.api.getChatMember(chat.id, user);
      const admin = ADMIN_STATUSES.has(member.status);
      if (known.size >= maxEntries) known.clear();
      known.set(key, { admin, at: Date.now() });
      return admin;
    },
  };
}

/**
 * Lets the update through only from someone who may change the chat's settings; anyone else is
 * told so (an alert on a button, a reply to a command) and nothing runs. When Telegram cannot say
 * who the admins are, nothing runs either.
 */
export function adminsOnly(admins: ChatAdmins): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    let allowed: boolean;
    try {
      allowed = await admins.allowed(ctx, { fresh: ctx.callbackQuery !== undefined });
    } catch (err) {
      ctx.log.warn({ err }, "could not ask Telegram who the chat's admins are");
      return refuse(ctx, ctx.t.bot.adminCheckFailed);
    }
    if (allowed) return next();
    return refuse(ctx, ctx.t.bot.adminsOnly);
  };
}

/** A refusal: an alert on the pressed button, else a reply. */
export async function refuse(ctx: BotContext, text: string): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
  else await sendText(ctx, text);
}
