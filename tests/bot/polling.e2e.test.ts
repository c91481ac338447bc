/**
 * End to end in long-polling mode: the real bot (runner, real engine) against the telegram-test-api
 * emulator; a test client sends messages, commands and button presses and reads the replies.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCommands } from "../../bot/render/commands.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startPolling } from "../../bot/run/polling.js";
import { EMULATOR_BOT, type Harness, readReplies, startHarness, telegramProblems } from "./emulator.js";

const TOKEN = "123456:polling-e2e";
let h: Harness;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  h = await startHarness(TOKEN);
  const { bot } = h.makeBot();
  await registerCommands(bot.api);
  stop = await startPolling(bot, pino({ level: "silent" }));
});

afterAll(async () => {
  await stop?.();
  await h?.close();
});

/** A private chat of its own for each test, so replies never mix. */
let nextChat = 100;
function privateChat(options: { languageCode?: string } = {}) {
  const id = nextChat++;
  const client = h.server.getClient(TOKEN, { chatId: id, userId: id, timeout: 2000 });
  const from = { from: { language_code: options.languageCode } } as never;
  const send = (text: string) => client.sendMessage(client.makeMessage(text, from));
  const command = (text: string) => client.sendCommand(client.makeCommand(text, from));
  return { id, client, send, command };
}

/** Reads one reply, checks that Telegram would accept it, and returns it with its plain text. */
async function reply(client: ReturnType<typeof privateChat>["client"]) {
  const [sent] = await readReplies(client);
  if (!sent) throw new Error("no reply");
  expect(telegramProblems(sent)).toEqual([]);
  return { sent, plain: htmlToPlain(sent.message.text) };
}

describe("long polling against the Bot API emulator", () => {
  it("registered the command menu in English, Russian and Kazakh", () => {
    const menus = h.stubbed.filter((c) => c.method === "setMyCommands");
    expect(menus.map((c) => c.payload.language_code)).toEqual([undefined, "ru", "kk"]);
    const ru = menus[1]?.payload.commands as { command: string; description: string }[];
    expect(ru.map((c) => c.command)).toContain("ask");
    expect(ru.find((c) => c.command === "help")?.description).toMatch(/[а-я]/);
  });

  it("answers a figure question with cited figures, showing typing first", async () => {
    const chat = privateChat();
    await chat.send("how many jobs in Almaty Region?");
    const { sent, plain } = await reply(chat.client);
    expect(plain).toMatch(/\b150\b/);
    expect(plain).toMatch(/MSP-?ROMPHARM/);
    expect(plain).toContain("at least 150 people");
    expect(
      h.stubbed.some(
        (c) =>
          c.method === "sendChatAction" && c.payload.chat_id === chat.id && c.payload.action === "typing",
      ),
    ).toBe(true);
    const button = sent.message.reply_markup?.inline_keyboard[0]?.[0];
    expect(button?.text).toMatch(/Sources/);
  });

  it("shows the cited passages in context when the Sources button is pressed", async () => {
    const chat = privateChat();
    await chat.send("How many jobs will Nobel Almaty Pharmaceutical Factory create?");
    const answer = await reply(chat.client);
    const data = answer.sent.message.reply_markup?.inline_keyboard[0]?.[0]?.callback_data ?? "";
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    await chat.client.sendCallback(
      chat.client.makeCallbackQuery(data, { message: { message_id: answer.sent.messageId } } as never),
    );
    const passages = await reply(chat.client);
    expect(passages.sent.message.reply_parameters?.message_id).toBe(answer.sent.messageId);
    expect(passages.plain).toContain("Cited passages in context");
    // The quote is underlined inside its paragraph, which says more than the quote.
    expect(passages.sent.message.text).toMatch(/<u>[^<]*200[^<]*<\/u>/);
    expect(passages.plain).toContain("Nobel Almaty Pharmaceutical Factory will construct");
  });

  it("answers a retrieval question from the passages", async () => {
    const chat = privateChat();
    await chat.send("What is the Young Health Program about?");
    const { plain } = await reply(chat.client);
    expect(plain).toMatch(/non-communicable/i);
    expect(plain).toMatch(/youth/i);
  });

  it("answers /ask, and explains /ask without a question", async () => {
    const chat = privateChat();
    await chat.command("/ask What is MSP-ROMPHARM's investment?");
    expect((await reply(chat.client)).plain).toMatch(/36[.,]7/);
    await chat.command("/ask");
    expect((await reply(chat.client)).plain).toContain("Add your question after /ask");
  });

  it("then shows a citation in context with /source N, and says when N does not exist", async () => {
    const chat = privateChat();
    await chat.send("how many jobs in Almaty Region?");
    await reply(chat.client);
    // [1]–[2] are Abdi Ibrahim's figure and site, [3]–[4] MSP-ROMPHARM's figure and sites.
    await chat.command("/source 3");
    expect((await reply(chat.client)).plain).toContain("will create around 265 jobs");
    await chat.command("/source 9");
    expect((await reply(chat.client)).plain).toMatch(/no citation \[9\]; it has \[1\] to \[4\]/);
  });

  it("in a group, stays silent unless mentioned, replied to, or asked with /ask", async () => {
    const group = h.server.getClient(TOKEN, { chatId: -2001, type: "group", userId: 7, timeout: 2000 });
    // Not addressed to the bot: no answer (the 150-jobs reply would otherwise come first).
    await group.sendMessage(group.makeMessage("how many jobs in Almaty Region?"));
    await group.sendMessage(
      group.makeMessage(`@${EMULATOR_BOT.username} What is MSP-ROMPHARM's investment?`),
    );
    const [mentioned] = await readReplies(group);
    expect(htmlToPlain(mentioned?.message.text ?? "")).toMatch(/36[.,]7/);
    expect(mentioned?.message.reply_parameters?.message_id).toBeGreaterThan(0);

    const replyToBot = group.makeMessage("How many jobs will Nobel Almaty Pharmaceutical Factory create?", {
      reply_to_message: {
        message_id: mentioned?.messageId,
        from: { id: EMULATOR_BOT.id, is_bot: true, first_name: "Bot" },
      },
    } as never);
    await group.sendMessage(replyToBot);
    const [replied] = await readReplies(group);
    expect(htmlToPlain(replied?.message.text ?? "")).toMatch(/\b200\b/);

    await group.sendCommand(
      group.makeCommand("/ask How many medicines will Abdi Ibrahim Global Pharm produce?"),
    );
    const [asked] = await readReplies(group);
    expect(htmlToPlain(asked?.message.text ?? "")).toMatch(/\b76\b/);

    // An unknown command in a group may be meant for another bot: no reply. The next /ask is
    // answered first, so any reply to the unknown command would have shown up here.
    await group.sendCommand(group.makeCommand("/weather"));
    await group.sendCommand(group.makeCommand("/ask What is MSP-ROMPHARM's investment?"));
    const [next] = await readReplies(group);
    expect(htmlToPlain(next?.message.text ?? "")).toMatch(/36[.,]7/);
  });

  it("renders an HTML-injection question and command safely", async () => {
    const chat = privateChat();
    await chat.send('<b>x</b><script>alert("1")</script> how many jobs in Almaty Region?');
    const answer = await reply(chat.client);
    expect(answer.sent.message.text).not.toMatch(/<script|<b>x/);
    await chat.command("/x<script>alert(1)</script>");
    const unknown = await reply(chat.client);
    expect(unknown.sent.message.text).toContain("/x&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(unknown.plain).toContain("/x<script>alert(1)</script>");
  });

  it("answers a 5,000-character message with a short, polite limit", async () => {
    const chat = privateChat();
    await chat.send("How many jobs in Almaty Region? ".repeat(160));
    const { plain } = await reply(chat.client);
    expect(plain).toMatch(/too long.*1000 characters/);
  });

  it("answers unknown commands, stickers and empty messages with a pointer", async () => {
    const chat = privateChat();
    await chat.command("/foo");
    expect((await reply(chat.client)).plain).toBe(
      "I don't know the command /foo. Send /help to see what I can do.",
    );
    const sticker = {
      ...chat.client.makeMessage("x"),
      text: undefined,
      sticker: { file_id: "s", emoji: "👍" },
    };
    await chat.client.sendMessage(sticker as never);
    expect((await reply(chat.client)).plain).toMatch(/only read text questions/);
    await chat.send("   ");
    expect((await reply(chat.client)).plain).toMatch(/write your question in words/);
  });

  it("welcomes with tappable examples that are answered when tapped", async () => {
    const chat = privateChat();
    await chat.command("/start");
    const start = await reply(chat.client);
    expect(start.plain).toMatch(/^Hello, TestName!/);
    const buttons = start.sent.message.reply_markup?.inline_keyboard.flat() ?? [];
    expect(buttons.length).toBe(5);
    await chat.client.sendCallback(chat.client.makeCallbackQuery(buttons[0]?.callback_data ?? ""));
    expect((await reply(chat.client)).plain).toMatch(/\b150\b/);
  });

  it("lists the sources", async () => {
    const chat = privateChat();
    await chat.command("/sources");
    const { plain } = await reply(chat.client);
    expect(plain).toContain("I answer from 2 source articles:");
    expect(plain).toContain(
      "Government approves investment agreements with four pharmaceutical companies (23 January 2026)",
    );
  });

  it("switches the chat's language with /language buttons, and follows Telegram's language_code", async () => {
    const chat = privateChat();
    await chat.command("/language");
    const prompt = await reply(chat.client);
    const ru = prompt.sent.message.reply_markup?.inline_keyboard[0]?.find(
      (b) => b.callback_data === "lang:ru",
    );
    expect(ru?.text).toBe("Русский");
    await chat.client.sendCallback(chat.client.makeCallbackQuery("lang:ru"));
    expect((await reply(chat.client)).plain).toMatch(/^Готово/);
    await chat.command("/help");
    expect((await reply(chat.client)).plain).toMatch(/^Что я знаю/);

    const kk = privateChat({ languageCode: "kk" });
    await kk.command("/foo");
    expect((await reply(kk.client)).plain).toMatch(/командасын білмеймін/);
  });
});
