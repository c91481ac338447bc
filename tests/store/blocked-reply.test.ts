/**
 * A 403 on an ordinary reply (the user blocked the bot between writing and our answer) marks the
 * chat inactive, subscriptions kept, exactly as a 403 from the broadcaster does. Real bot, real
 * engine, real PGlite store; only Telegram's answer is simulated (a 403 for sendMessage).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { LOCAL_BOT_INFO, textUpdate } from "../../bot/run/capture.js";
import { getChat, listSubscriptions, subscribe } from "../../store/chats.js";
import { openStore, type Store } from "../../store/runtime.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";

const dataDir = mkdtempSync(join(tmpdir(), "blocked-"));
let engine: Engine;
let store: Store;
beforeAll(async () => {
  engine = await createEngine({ dataDir });
  store = await openStore();
});
afterAll(async () => {
  await engine.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it("deactivates a chat whose reply is refused with 403, keeping its subscriptions", async () => {
  const chatId = 555;
  await subscribe(store.db, chatId, "altinfarm", "en");
  const { bot } = createBot(
    loadConfig({ RATE_LIMIT_MAX: "1000" }),
    { engine, logger: pino({ level: "silent" }), store, chatPrefs: store.chatPrefs },
    { botInfo: LOCAL_BOT_INFO },
  );
  bot.api.config.use(async (_prev, method) => {
    if (method === "sendMessage") {
      // biome-ignore lint/suspicious/noExplicitAny: a Bot API error response, typed loosely by grammY.
      return { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } as any;
    }
    // biome-ignore lint/suspicious/noExplicitAny: every other method simply succeeds.
    return { ok: true, result: true } as any;
  });

  await bot.handleUpdate(
    textUpdate("How many jobs will AltINFARM create?", { updateId: 1, chatId, userId: chatId }),
  );

  expect(await getChat(store.db, chatId)).toMatchObject({ active: false });
  expect(store.inactiveChats.has(chatId)).toBe(true);
  expect(await listSubscriptions(store.db, chatId)).toEqual(["altinfarm"]);
});
