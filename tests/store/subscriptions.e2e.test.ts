/**
 * The subscription commands end to end: the real bot (createBot, long polling, the real engine and
 * a real PGlite store) against the telegram-test-api Bot API emulator, driven by a test client.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startPolling } from "../../bot/run/polling.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { deactivateChat, getChat, listSubscriptions } from "../../store/chats.js";
import { openStore, type Store } from "../../store/runtime.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";
import { freePort, readReplies, type SentMessage, stubMissing, telegramProblems } from "../bot/emulator.js";
import { outboxTexts } from "./helpers.js";

const TOKEN = "123456:subscriptions-e2e";
const ADMIN = 4242;
let server: TelegramServer;
let engine: Engine;
let store: Store;
let stop: () => Promise<void>;
const dataDir = mkdtempSync(join(tmpdir(), "subs-e2e-"));

beforeAll(async () => {
  const port = await freePort();
  server = new TelegramServer({ port, host: "127.0.0.1" });
  await server.start();
  engine = await createEngine({ dataDir, knowledge: loadKnowledge() });
  store = await openStore();
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
    RATE_LIMIT_MAX: "1000",
    ADMIN_IDS: String(ADMIN),
  });
  const { bot } = createBot(config, {
    engine,
    logger: pino({ level: "silent" }),
    store,
    chatPrefs: store.chatPrefs,
  });
  stubMissing(bot);
  stop = await startPolling(bot, pino({ level: "silent" }));
});

afterAll(async () => {
  await stop?.();
  await server?.stop();
  await engine?.close();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let nextChat = 700;
function chat(options: { languageCode?: string; userId?: number } = {}) {
  const id = nextChat++;
  const userId = options.userId ?? id;
  const client = server.getClient(TOKEN, { chatId: id, userId, timeout: 2000 });
  const sender = { from: { id: userId, language_code: options.languageCode } };
  const from = sender as never;
  return {
    id,
    command: (text: string, extra: object = {}) =>
      client.sendCommand(client.makeCommand(text, { ...sender, ...extra } as never)),
    send: (text: string) => client.sendMessage(client.makeMessage(text, from)),
    press: (data: string) => client.sendCallback(client.makeCallbackQuery(data, from)),
    /** The next `n` messages to this chat, each checked against Telegram's rules. */
    async replies(n: number): Promise<(SentMessage & { plain: string; buttons: string[] })[]> {
      const sent = await readReplies(client, n);
      return sent.map((m) => {
        expect(telegramProblems(m)).toEqual([]);
        const buttons =
          m.message.reply_markup?.inline_keyboard.flat().map((b) => b.callback_data ?? "") ?? [];
        return { ...m, plain: htmlToPlain(m.message.text), buttons };
      });
    },
    async reply() {
      const [first] = await this.replies(1);
      if (!first) throw new Error("no reply");
      return first;
    },
  };
}

describe("subscriptions through the Bot API emulator", () => {
  it("/subscribe follows everything and offers topic buttons; a button narrows to that topic", async () => {
    const c = chat();
    await c.command("/subscribe");
    const first = await c.reply();
    expect(first.plain).toContain("Subscribed ✅");
    expect(first.buttons).toContain("sub:altinfarm");
    expect(first.buttons).toContain("sub:almaty-region");
    expect(await listSubscriptions(store.db, c.id)).toEqual(["all"]);

    await c.press("sub:altinfarm");
    const narrowed = await c.reply();
    expect(narrowed.plain).toContain("Subscribed to AltINFARM");
    expect(narrowed.plain).toContain("now you get only the topics you pick");
    expect(await listSubscriptions(store.db, c.id)).toEqual(["altinfarm"]);
  });

  it("/subscribe <topic> matches aliases in any language; a typo gets suggestions", async () => {
    const c = chat({ languageCode: "ru" });
    await c.command("/subscribe Алматинская область");
    expect((await c.reply()).plain).toContain("Вы подписаны на тему Алматинская область");
    await c.command("/subscribe МСП-Ромфарм");
    expect((await c.reply()).plain).toContain("МСП-Ромфарм");
    expect((await listSubscriptions(store.db, c.id)).sort()).toEqual(["almaty-region", "msp-rompharm"]);
    expect((await getChat(store.db, c.id))?.language).toBe("ru");

    await c.command("/subscribe Nobl factory");
    const unknown = await c.reply();
    expect(unknown.plain).toContain("Я не знаю компании, места или партнёрства «Nobl factory»");
    expect(unknown.plain).toContain("Может быть, одно из этого?");
    expect(unknown.buttons).toEqual(["sub:nobel-almaty"]);
    await c.command("/subscribe Pfizer");
    expect((await c.reply()).plain).toContain("Отправьте /subscribe, чтобы увидеть все темы.");
  });

  it("/subscriptions lists the topics; /unsubscribe stops one, then the rest", async () => {
    const c = chat();
    await c.command("/subscribe Nobel");
    await c.reply();
    await c.command("/subscribe Turkistan Region");
    await c.reply();
    await c.command("/subscriptions");
    const list = await c.reply();
    expect(list.plain).toContain("You follow: Nobel Almaty Pharmaceutical Factory, Turkistan Region.");
    expect(list.buttons).toEqual(["unsub:nobel-almaty", "unsub:turkistan-region", "unsub:*"]);

    await c.command("/unsubscribe Nobel");
    expect((await c.reply()).plain).toContain("You no longer follow Nobel Almaty Pharmaceutical Factory.");
    await c.command("/unsubscribe Nobel");
    expect((await c.reply()).plain).toContain("You don't follow Nobel Almaty Pharmaceutical Factory.");
    await c.command("/unsubscribe");
    expect((await c.reply()).plain).toContain("You no longer follow Turkistan Region.");
    await c.command("/unsubscribe");
    expect((await c.reply()).plain).toContain("You aren't subscribed to anything.");
  });

  it("/unsubscribe <topic> while following everything explains instead of guessing", async () => {
    const c = chat();
    await c.command("/subscribe");
    await c.reply();
    await c.command("/unsubscribe AltINFARM");
    expect((await c.reply()).plain).toContain("You get every update, which includes AltINFARM.");
    await c.press("unsub:*");
    expect((await c.reply()).plain).toContain("Unsubscribed");
    expect(await listSubscriptions(store.db, c.id)).toEqual([]);
  });

  it("/forget asks first, then deletes everything stored about the chat", async () => {
    const c = chat({ languageCode: "kk" });
    await c.command("/subscribe");
    await c.reply();
    await c.command("/forget");
    const confirm = await c.reply();
    expect(confirm.buttons).toEqual(["forget:yes", "forget:no"]);
    await c.press("forget:no");
    expect((await c.reply()).plain).toBe("Ештеңе жойылған жоқ.");
    await c.press("forget:yes");
    expect((await c.reply()).plain).toContain("жойдым");
    expect(await getChat(store.db, c.id)).toBeNull();
  });

  it("welcomes back a chat that had blocked the bot, with its subscriptions intact, then answers it", async () => {
    const c = chat();
    await c.command("/subscribe Abdi Ibrahim");
    await c.reply();
    // What the broadcaster does on a 403 (see startNotifications).
    await deactivateChat(store.db, c.id);
    store.inactiveChats.add(c.id);
    await c.send("How many medicines will Abdi Ibrahim produce?");
    const [welcome, answer] = await c.replies(2);
    expect(welcome?.plain).toBe(
      "Welcome back! Your subscriptions are intact: You follow: Abdi Ibrahim Global Pharm.",
    );
    expect(answer?.plain).toMatch(/\b76\b/);
    expect(await getChat(store.db, c.id)).toMatchObject({ active: true, blockedAt: null });
  });

  it("refuses /ingest to non-admins, and ingests a replied-to message for an admin", async () => {
    const stranger = chat();
    await stranger.command("/ingest", { reply_to_message: { message_id: 1, text: "Some text" } });
    expect((await stranger.reply()).plain).toBe("Sorry, only the bot's administrators can add documents.");

    const follower = chat();
    await follower.command("/subscribe AltINFARM");
    await follower.reply();
    const admin = chat({ userId: ADMIN });
    const article = "AltINFARM opened a vaccine research laboratory in Almaty in February.";
    await admin.command("/ingest AltINFARM laboratory", {
      reply_to_message: { message_id: 1, date: 0, chat: { id: admin.id, type: "private" }, text: article },
    });
    const done = await admin.reply();
    // Subscribers to AltINFARM (this test's and the first test's) and to Almaty are told.
    expect(done.plain).toBe(
      "Added AltINFARM laboratory: it is searchable now. Knowledge version 2; 2 subscribers will be notified.",
    );
    const [row] = await outboxTexts(store.db, "o.chat_id = $1", [follower.id]);
    expect(row?.text).toContain("New source: <b>AltINFARM laboratory</b>");
    const answer = await engine.answer("Which vaccine research laboratory did AltINFARM open?");
    expect(answer.citations.map((x) => x.quote)).toContain(article);
  });
});
