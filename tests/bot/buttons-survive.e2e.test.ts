/**
 * Buttons outlive the process that sent them, end to end: the real bot (createBot, the real engine
 * and store) against the telegram-test-api emulator. An answer's "Sources" and follow-up buttons,
 * and /source N, answer when pressed after a restart on the same embedded database, and when the
 * press reaches the other of two instances on one PostgreSQL schema (as a load balancer would send
 * it to that instance's webhook). A press from another chat with the same data finds nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotApp, createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { callbackUpdate } from "../../bot/run/capture.js";
import { startPolling } from "../../bot/run/polling.js";
import { openStore, type Store } from "../../store/runtime.js";
import { t } from "../../tools/locales/index.js";
import { dropSchema, freshSchema, TEST_DATABASE_URL } from "../store/helpers.js";
import { emulatorChat, type Harness, startHarness, stubMissing } from "./emulator.js";

const TOKEN = "123456:buttons-survive";
const silent = pino({ level: "silent" });
const en = t("en");
let h: Harness;

beforeAll(async () => {
  h = await startHarness(TOKEN);
});
afterAll(async () => {
  await h?.close();
});

/** One bot instance over `store`, recording the alerts its button presses answer with. */
function instance(store: Store): BotApp & { alerts: (string | undefined)[] } {
  const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: h.apiRoot, RATE_LIMIT_MAX: "1000" });
  const app = createBot(config, { engine: h.engine, logger: silent, store, chatPrefs: store.chatPrefs });
  stubMissing(app.bot);
  const alerts: (string | undefined)[] = [];
  app.bot.api.config.use((prev, method, payload, signal) => {
    if (method === "answerCallbackQuery") alerts.push((payload as { text?: string }).text);
    return prev(method, payload, signal);
  });
  return { ...app, alerts };
}

function privateChat(id: number) {
  return emulatorChat(h.server, TOKEN, id);
}
type Chat = ReturnType<typeof privateChat>;

/** A company's profile, with the data of its "Sources" button and its "Jobs" suggestion. */
async function askProfile(chat: Chat) {
  await chat.send("Nobel");
  const answer = await chat.reply();
  const buttons = answer.sent.message.reply_markup?.inline_keyboard.flat() ?? [];
  const data = (label: RegExp) => buttons.find((b) => label.test(b.text))?.callback_data ?? "";
  const asked = { messageId: answer.sent.messageId, sources: data(/Sources/), jobs: data(/^Jobs$/) };
  expect(asked.sources).not.toBe("");
  expect(asked.jobs).not.toBe("");
  return asked;
}

/** Presses the answer's buttons (however they reach a bot) and checks what each one answers. */
async function expectButtonsAnswer(
  chat: Chat,
  asked: Awaited<ReturnType<typeof askProfile>>,
  press: (data: string, messageId: number) => Promise<unknown>,
) {
  await press(asked.sources, asked.messageId);
  const passages = await chat.reply();
  expect(passages.plain).toContain("Cited passages in context");
  expect(passages.plain).toContain("Nobel");
  // The suggestion is asked in the context of the answer it sits under.
  await press(asked.jobs, asked.messageId);
  expect((await chat.reply()).plain).toMatch(
    /Nobel Almaty Pharmaceutical Factory will create at least 200 jobs/,
  );
}

describe("buttons that outlive their process", () => {
  it("answer after a restart on the same embedded database", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "buttons-restart-"));
    const chat = privateChat(701);
    const first = await openStore({ dataDir });
    const before = instance(first);
    const stopBefore = await startPolling(before.bot, silent);
    const asked = await askProfile(chat);
    await stopBefore();
    await first.close();

    const second = await openStore({ dataDir });
    const after = instance(second);
    const stopAfter = await startPolling(after.bot, silent);
    try {
      await expectButtonsAnswer(chat, asked, chat.press);
      // /source N reads the chat's latest answer (now the jobs one) from the store too.
      await chat.command("/source 1");
      expect((await chat.reply()).plain).toContain("Cited passages in context");

      // Another chat pressing the same data finds nothing: the key is this chat's alone.
      const other = privateChat(702);
      await other.press(asked.sources, asked.messageId);
      await waitFor(() => after.alerts.includes(en.bot.buttonExpired));
    } finally {
      await stopAfter();
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe.skipIf(!TEST_DATABASE_URL)("on PostgreSQL", () => {
    const schema = freshSchema();
    const stores: Store[] = [];
    afterAll(async () => {
      for (const s of stores) await s.close();
      await dropSchema(schema);
    });

    it("answer when the press reaches the other of two instances", async () => {
      stores.push(await openStore({ databaseUrl: TEST_DATABASE_URL, schema }));
      stores.push(await openStore({ databaseUrl: TEST_DATABASE_URL, schema }));
      const [a, b] = stores.map(instance);
      if (!a || !b) throw new Error("two instances");
      const stopA = await startPolling(a.bot, silent);
      try {
        const chat = privateChat(711);
        const asked = await askProfile(chat);
        // B never saw the answer; the presses reach B as its webhook would hand them over.
        await b.bot.init();
        let updateId = 9_000;
        const pressOnB = (data: string, messageId: number) =>
          b.bot.handleUpdate(callbackUpdate(data, { updateId: updateId++, messageId, chatId: chat.id }));
        await expectButtonsAnswer(chat, asked, pressOnB);
        expect(b.alerts.filter((text) => text !== undefined)).toEqual([]);
      } finally {
        await stopA();
      }
    });
  });
});

async function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}
