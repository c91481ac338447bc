import type { InlineKeyboardMarkup } from "grammy/types";

/** Telegram's limit for one message's text, in UTF-16 code units. */
export const MESSAGE_LIMIT = 4096;
/** Telegram's limit for a button's callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;
/** How much of text the bot did not recognise (a topic, a chart's words) a reply repeats. */
export const ECHO_CHARS = 100;

/** Tags Telegram's HTML parse mode understands (https://core.telegram.org/bots/api#html-style). */
const ALLOWED_TAGS = new Set([
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "a",
  "code",
  "pre",
  "blockquote",
  "tg-spoiler",
  "span",
]);

/** Escapes text for Telegram HTML (also safe inside attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

/** Telegram HTML → the plain text a reader sees: tags dropped, entities decoded. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(
            e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (NAMED[e.toLowerCase()] ?? ""),
    );
}

/**
 * Everything that would make Telegram reject a message sent with parse_mode HTML (or show raw
 * markup): over the length limit, empty, unknown tags, unbalanced or crossed tags, stray `<`,
 * `>` or `&`. Returns the problems found; an empty list means the message is valid.
 */
export function checkTelegramHtml(html: string): string[] {
  const problems: string[] = [];
  if (html.length > MESSAGE_LIMIT)
    problems.push(`${html.length} characters, over the ${MESSAGE_LIMIT} limit`);
  if (htmlToPlain(html).trim() === "") problems.push("empty message");
  const stack: string[] = [];
  const token =
    /<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>|<|>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);|&/gi;
  for (const m of html.matchAll(token)) {
    const [whole, closing, tag] = m;
    if (whole === "<" || whole === ">" || whole === "&") {
      problems.push(`unescaped "${whole}" at ${m.index}`);
    } else if (tag !== undefined) {
      const name = tag.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) problems.push(`tag <${name}> is not supported by Telegram`);
      else if (!closing) stack.push(name);
      else if (stack.pop() !== name)
        problems.push(`</${name}> at ${m.index} does not close the innermost open tag`);
    }
  }
  if (stack.length) problems.push(`unclosed tags: ${stack.join(", ")}`);
  return problems;
}

/** Problems with an inline keyboard: callback data must be 1-64 bytes. */
export function checkKeyboard(markup: InlineKeyboardMarkup | undefined): string[] {
  const problems: string[] = [];
  for (const button of markup?.inline_keyboard.flat() ?? []) {
    if ("callback_data" in button) {
      const bytes = Buffer.byteLength(button.callback_data, "utf8");
      if (bytes < 1 || bytes > CALLBACK_DATA_LIMIT)
        problems.push(`callback_data "${button.callback_data}" is ${bytes} bytes`);
    }
  }
  return problems;
}
