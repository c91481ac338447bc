import type { Message } from "grammy/types";
import type { BotContext } from "../context.js";

/** The command a message starts with ("/ask@MyBot"), if any. */
export function leadingCommand(msg: Pick<Message, "text" | "entities">): string | null {
  const entity = msg.entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  return entity && msg.text ? msg.text.slice(0, entity.length) : null;
}

/** Whether a command is for this bot: in private always; in groups only with no or our @username. */
export function commandIsOurs(ctx: BotContext, command: string): boolean {
  const target = command.split("@")[1];
  if (target) return target.toLowerCase() === ctx.me.username.toLowerCase();
  return ctx.chat?.type === "private";
}

/**
 * The question in a message addressed to the bot: any text in a private chat; in groups only text
 * that mentions the bot (the mention removed) or replies to one of its messages. Null otherwise.
 */
export function addressedText(ctx: BotContext): string | null {
  const msg = ctx.msg;
  const text = msg?.text;
  if (!msg || text === undefined) return null;
  if (ctx.chat?.type === "private") return text;
  const mention = new RegExp(`(^|\\s)@${ctx.me.username}\\b`, "gi");
  const stripped = text.replace(mention, " ");
  if (stripped !== text) return stripped.trim();
  if (msg.reply_to_message?.from?.id === ctx.me.id) return text;
  return null;
}

/** Whether an update is something the bot acts on (so it counts against the rate limit). */
export function isForBot(ctx: BotContext): boolean {
  if (ctx.callbackQuery) return true;
  if (!ctx.msg || ctx.inlineQuery) return false;
  const command = leadingCommand(ctx.msg);
  if (command) return !command.includes("@") || commandIsOurs(ctx, command);
  return ctx.chat?.type === "private" || addressedText(ctx) !== null;
}
