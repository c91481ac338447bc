import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { commandIsOurs, leadingCommand } from "../middleware/addressing.js";
import { sendText } from "../render/reply.js";

/**
 * Whatever no feature handled. Private chats get a friendly pointer: unknown commands, stickers,
 * photos, voice, files, locations... Groups stay quiet unless a command names this bot.
 * Old or unknown buttons say they have expired.
 */
export function fallbackFeature(): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.on("message", async (ctx) => {
    const command = leadingCommand(ctx.message);
    if (command) {
      if (commandIsOurs(ctx, command)) await sendText(ctx, ctx.t.bot.unknownCommand(command));
      return;
    }
    if (ctx.chat?.type === "private" && ctx.message.text === undefined && !isService(ctx)) {
      await sendText(ctx, ctx.t.bot.notText);
    }
  });

  c.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t.bot.buttonExpired }));
  return c;
}

/** Service messages (pinned, users shared, write access allowed...) need no reply. */
function isService(ctx: BotContext): boolean {
  const m = ctx.message;
  return (
    !!m &&
    !(
      m.sticker ||
      m.photo ||
      m.video ||
      m.voice ||
      m.audio ||
      m.document ||
      m.animation ||
      m.video_note ||
      m.location ||
      m.contact ||
      m.poll ||
      m.dice ||
      m.venue ||
      m.caption !== undefined
    )
  );
}
