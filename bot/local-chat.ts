import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Bot } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { captureApi, textUpdate } from "./capture.js";
import type { BotContext } from "./context.js";
import { htmlToPlain } from "./html.js";

/** A sent message as terminal text: markup removed, buttons listed under it. */
export function printable(payload: Record<string, unknown>): string {
  const text = htmlToPlain(String(payload.text ?? ""));
  const keyboard = payload.reply_markup as InlineKeyboardMarkup | undefined;
  const rows = keyboard?.inline_keyboard?.map((row) => row.map((b) => `[${b.text}]`).join(" ")) ?? [];
  return [text, ...rows].join("\n");
}

/**
 * The bot in a terminal: every line typed (or piped on stdin) becomes a real Telegram update
 * handled by the same bot, and its outgoing messages are printed instead of being sent.
 * Returns at the end of input (Ctrl+D, or the end of a pipe).
 */
export async function runLocalChat(
  bot: Bot<BotContext>,
  io: { input: Readable & { isTTY?: boolean }; output: Writable; languageCode?: string },
): Promise<void> {
  const { input, output } = io;
  captureApi(bot.api, ({ method, payload }) => {
    if (method === "sendMessage") output.write(`${printable(payload)}\n\n`);
  });
  await bot.init();

  const tty = !!input.isTTY;
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, prompt: "> " });
  rl.on("SIGINT", () => rl.close());
  let updateId = 0;
  if (tty) rl.prompt();
  for await (const line of rl) {
    if (line.trim()) {
      if (!tty) output.write(`> ${line}\n`);
      try {
        await bot.handleUpdate(textUpdate(line, { updateId: ++updateId, languageCode: io.languageCode }));
      } catch (err) {
        output.write(`(something went wrong: ${err instanceof Error ? err.message : String(err)})\n\n`);
      }
    }
    if (tty) rl.prompt();
  }
}
