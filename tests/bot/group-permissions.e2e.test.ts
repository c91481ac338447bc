/**
 * In a group, a chat's settings (subscriptions, language, /forget) belong to its admins, end to end:
 * the real bot with a real PGlite store against the telegram-test-api emulator, an admin and a
 * member of the same group as two clients. The emulator lacks getChatMember; only that method is
 * stubbed (tests/bot/emulator.ts), answering from this test's list of admins. Every refusal
 * changes nothing in the store.
 */
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import type { ApiCall } from "../../bot/run/capture.js";
import { startPolling } from "../../bot/run/polling.js";
import { getChat, listSubscriptions, subscribe } from "../../store/chats.js";
import { openStore, type Store } from "../../store/runtime.js";
import { t } from "../../tools/locales/index.js";
import { type Harness, readReplies, type SentMessage, startHarness, stubMissing } from "./emulator.js";

const TOKEN = "123456:group-permissions";
const GROUP = -5001;
const ADMIN = 501;
const OTHER_ADMIN = 503;
const MEMBER = 502;

let h: Harness;
let store: Store;
let stop: (() => Promise<void>) | undefined;
/** Every answerCallbackQuery the bot made, in order. */
const answers: Record<string, unknown>[] = [];
const stubbed: ApiCall[] = [];
/** Admins who have lost their rights since (getChatMember says "member"). */
const demoted = new Set<number>();

beforeAll(async () => {
  h = await startHarness(TOKEN);
  store = await openStore();
  const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: h.apiRoot, RATE_LIMIT_MAX: "1000" });
  const { bot } = createBot(config, {
    engine: h.engine,
    logger: pino({ level: "silent" }),
    store,
    chatPrefs: store.chatPrefs,
  });
  stubMissing(bot, stubbed, {
    memberStatus: (chat, user) =>
      chat === GROUP && [ADMIN, OTHER_ADMIN].includes(user) && !demoted.has(user)
        ? "administrator"
        : "member",
  });
  bot.api.config.use((prev, method, payload, signal) => {
    if (method === "answerCallbackQuery") answers.push(payload as Record<string, unknown>);
    return prev(method, payload, signal);
  });
  stop = await startPolling(bot, pino({ level: "silent" }));
});
afterAll(async () => {
  await stop?.();
  await store?.close();
  await h?.close();
});
beforeEach(() => {
  answers.length = 0;
});

const en = t("en");

function person(userId: number) {
  const client = h.server.getClient(TOKEN, { chatId: GROUP, type: "group", userId, timeout: 2000 });
  return {
    command: (text: string) => client.sendCommand(client.makeCommand(text)),
    press: (data: string, messageId: number) =>
      client.sendCallback(client.makeCallbackQuery(data, { message: { message_id: messageId } } as never)),
    async reply(): Promise<{ sent: SentMessage; plain: string; buttons: string[] }> {
      const [sent] = await readReplies(client);
      if (!sent) throw new Error("no reply");
      const buttons = (sent.message.reply_markup?.inline_keyboard.flat() ?? []).map(
        (b) => b.callback_data ?? "",
      );
      return { sent, plain: htmlToPlain(sent.message.text), buttons };
    },
  };
}

/** Waits until the bot has answered `count` button presses. */
async function pressAnswers(count: number): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + 10_000;
  while (answers.length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} button answers, got ${answers.length}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return answers.slice(0, count);
}

const admin = () => person(ADMIN);
const member = () => person(MEMBER);

describe("a group's settings belong to its admins", () => {
  it("refuses a member's /subscribe, /unsubscribe and /language with a clear message, and changes nothing", async () => {
    for (const command of [
      "/subscribe",
      "/subscribe AltINFARM",
      "/unsubscribe all",
      "/language ru",
      "/forget",
    ]) {
      await member().command(command);
      const { plain, buttons } = await member().reply();
      expect(plain).toBe(en.bot.adminsOnly);
      expect(buttons).toEqual([]);
    }
    expect(await listSubscriptions(store.db, GROUP)).toEqual([]);
    expect(await getChat(store.db, GROUP)).toBeNull();
  });

  it("takes the admin's /subscribe; a member's press on its buttons is refused, the admin's accepted", async () => {
    await admin().command("/subscribe");
    const offer = await admin().reply();
    expect(offer.plain).toMatch(/Subscribed/);
    expect(await listSubscriptions(store.db, GROUP)).toEqual(["all"]);
    const pick = offer.buttons.find((b) => b.startsWith("sub:") && b !== "sub:*");
    if (!pick) throw new Error("no topic button");

    await member().press(pick, offer.sent.messageId);
    expect(await pressAnswers(1)).toEqual([
      expect.objectContaining({ text: en.bot.adminsOnly, show_alert: true }),
    ]);
    expect(await listSubscriptions(store.db, GROUP)).toEqual(["all"]);

    await admin().press(pick, offer.sent.messageId);
    expect((await admin().reply()).plain).toMatch(/Subscribed to/);
    expect(await listSubscriptions(store.db, GROUP)).toEqual([pick.slice("sub:".length)]);
  });

  it("refuses a member's press on the admin's stop buttons", async () => {
    await admin().command("/subscriptions");
    const list = await admin().reply();
    const stopAll = list.buttons.find((b) => b === "unsub:*");
    if (!stopAll) throw new Error("no stop button");
    const before = await listSubscriptions(store.db, GROUP);
    await member().press(stopAll, list.sent.messageId);
    expect(await pressAnswers(1)).toEqual([
      expect.objectContaining({ text: en.bot.adminsOnly, show_alert: true }),
    ]);
    expect(await listSubscriptions(store.db, GROUP)).toEqual(before);
  });

  it("refuses a member's press on the language buttons, and takes the admin's", async () => {
    await admin().command("/language");
    const prompt = await admin().reply();
    expect(prompt.buttons).toContain("lang:ru");
    const before = (await getChat(store.db, GROUP))?.language ?? null;
    expect(before).not.toBe("ru");
    await member().press("lang:ru", prompt.sent.messageId);
    expect(await pressAnswers(1)).toEqual([
      expect.objectContaining({ text: en.bot.adminsOnly, show_alert: true }),
    ]);
    expect((await getChat(store.db, GROUP))?.language ?? null).toBe(before);

    await admin().press("lang:kk", prompt.sent.messageId);
    expect((await admin().reply()).plain).toBe(t("kk").bot.languageSet);
    expect((await getChat(store.db, GROUP))?.language).toBe("kk");
    // Refusals come in the group's language.
    await member().command("/language en");
    expect((await member().reply()).plain).toBe(t("kk").bot.adminsOnly);
    await admin().command("/language en");
    expect((await admin().reply()).plain).toBe(en.bot.languageSet);
  });

  it("acts on /forget's confirmation only for the admin who asked", async () => {
    await subscribe(store.db, GROUP, "all");
    await admin().command("/forget");
    const confirm = await admin().reply();
    const [yes, no] = confirm.buttons;
    expect(yes).toMatch(/^forget:yes:/);
    expect(no).toMatch(/^forget:no:/);

    // Another admin, a member, and a member who forged the data with their own id: all refused.
    await person(OTHER_ADMIN).press(yes as string, confirm.sent.messageId);
    await member().press(yes as string, confirm.sent.messageId);
    await member().press(`forget:yes:${MEMBER}`, confirm.sent.messageId);
    await member().press(no as string, confirm.sent.messageId);
    // A button from before confirmations named their asker answers to nobody in a group.
    await admin().press("forget:yes", confirm.sent.messageId);
    expect(await pressAnswers(5)).toEqual([
      expect.objectContaining({ text: en.bot.notYourButton, show_alert: true }),
      expect.objectContaining({ text: en.bot.notYourButton, show_alert: true }),
      expect.objectContaining({ text: en.bot.adminsOnly, show_alert: true }),
      expect.objectContaining({ text: en.bot.notYourButton, show_alert: true }),
      expect.objectContaining({ text: en.subscriptions.buttonExpired, show_alert: true }),
    ]);
    expect(await listSubscriptions(store.db, GROUP)).toEqual(["all"]);

    await admin().press(yes as string, confirm.sent.messageId);
    expect((await admin().reply()).plain).toBe(en.subscriptions.forgotten);
    expect(await listSubscriptions(store.db, GROUP)).toEqual([]);
    expect(await getChat(store.db, GROUP)).toBeNull();
  });

  it("asks Telegram again on a press: an admin demoted since the command is refused", async () => {
    await admin().command("/subscribe");
    const offer = await admin().reply();
    const pick = offer.buttons.find((b) => b.startsWith("sub:") && b !== "sub:*") as string;
    const calls = stubbed.filter((c) => c.method === "getChatMember").length;
    demoted.add(ADMIN);
    try {
      await admin().press(pick, offer.sent.messageId);
      expect(await pressAnswers(1)).toEqual([expect.objectContaining({ text: en.bot.adminsOnly })]);
      expect(stubbed.filter((c) => c.method === "getChatMember").length).toBe(calls + 1);
      expect(await listSubscriptions(store.db, GROUP)).toEqual(["all"]);
    } finally {
      demoted.delete(ADMIN);
    }
  });
});
