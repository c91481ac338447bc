import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Bot } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { BotContext } from "../context.js";
import { htmlToPlain } from "../render/html.js";
import { callbackUpdate, captureApi, textUpdate } from "./capture.js";

/** A sent message (or photo) as terminal text: markup removed, buttons listed under it. */
export function printable(method: string, payload: Record<string, unknown>): string {
  const text =
    method === "sendMessage"
      ? htmlToPlain(String(payload.text ?? ""))
      : `[${method.slice(4).toLowerCase()}] ${htmlToPlain(String(payload.caption ?? ""))}`;
  const keyboard = payload.reply_markup as InlineKeyboardMarkup | undefined;
  const rows = keyboard?.inline_keyboard?.map((row) => row.map((b) => `[${b.text}]`).join(" ")) ?? [];
  return [text, ...rows].join("\n");
}

/** Pressable buttons by their label (lower case); a newer button replaces an older one of the same label. */
type Buttons = Map<string, { data: string; messageId: number }>;

function collectButtons(buttons: Buttons, payload: Record<string, unknown>, result: unknown): void {
  const keyboard = payload.reply_markup as InlineKeyboardMarkup | undefined;
  const messageId = (result as { message_id?: number }).message_id ?? 0;
  for (const b of keyboard?.inline_keyboard?.flat() ?? []) {
    if ("callback_data" in b) buttons.set(b.text.toLowerCase(), { data: b.callback_data, messageId });
  }
}

/**
 * The bot in a terminal: every line typed (or piped on stdin) becomes a real Telegram update
 * handled by the same bot, and its outgoing messages are printed instead of being sent. Typing a
 * button's label ("Sources" or "[📚 Sources]") presses it. Returns at the end of input (Ctrl+D,
 * or the end of a pipe).
 */
export async function runLocalChat(
  bot: Bot<BotContext>,
  io: { input: Readable & { isTTY?: boolean }; output: Writable; languageCode?: string },
): Promise<void> {
  const { input, output, languageCode } = io;
  const buttons: Buttons = new Map();
  captureApi(bot.api, ({ method, payload }, result) => {
    if (!method.startsWith("send") || method === "sendChatAction") return;
    output.write(`${printable(method, payload)}\n\n`);
    collectButtons(buttons, payload, result);
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
      const label = line
        .trim()
        .replace(/^\[(.*)\]$/, "$1")
        .toLowerCase();
      const button = buttons.get(label) ?? [...buttons].find(([text]) => text.endsWith(` ${label}`))?.[1];
      const update = button
        ? callbackUpdate(button.data, { updateId: ++updateId, messageId: button.messageId, languageCode })
        : textUpdate(line, { updateId: ++updateId, languageCode });
      try {
        await bot.handleUpdate(update);
      } catch (err) {
        output.write(`(something went wrong: ${err instanceof Error ? err.message : String(err)})\n\n`);
      }
    }
    if (tty) rl.prompt();
  }
}
