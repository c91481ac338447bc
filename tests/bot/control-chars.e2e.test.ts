/**
 * A question holding a NUL (or another control character) end to end, on PGlite and on a
 * PostgreSQL server: the real bot against the telegram-test-api emulator, with the real store.
 * PostgreSQL used to refuse such a conversation ("unsupported Unicode escape sequence"): the answer
 * went out, the follow-up context was lost and a warning was logged every time.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { startPolling } from "../../bot/run/polling.js";
import { openStore, type Store } from "../../store/runtime.js";
import { dropSchema, ENGINES, freshSchema, TEST_DATABASE_URL } from "../store/helpers.js";
import { type Harness, readReplies, startHarness, stubMissing } from "./emulator.js";

const TOKEN = "123456:control-chars";

describe.each(ENGINES)("a question with control characters, stored on $name", (engine) => {
  let h: Harness;
  let store: Store;
  const schema = engine.name === "postgres" ? freshSchema() : undefined;
  let stop: (() => Promise<void>) | undefined;
  const warnings: string[] = [];

  beforeAll(async () => {
    h = await startHarness(TOKEN);
    store = await openStore(schema ? { databaseUrl: TEST_DATABASE_URL, schema } : {});
    const config = loadConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: h.apiRoot, RATE_LIMIT_MAX: "1000" });
    const logger = pino(
      { level: "warn" },
      { write: (line: string) => void warnings.push(JSON.parse(line).msg as string) },
    );
    const { bot } = createBot(config, { engine: h.engine, logger, store, chatPrefs: store.chatPrefs });
    stubMissing(bot);
    stop = await startPolling(bot, pino({ level: "silent" }));
  });
  afterAll(async () => {
    await stop?.();
    await store?.close();
    if (schema) await dropSchema(schema);
    await h?.close();
  });

  it.each([
    ["a NUL", "\u0000", 701],
    ["an escape sequence", "\u001B[2J", 702],
    ["a bell and a C1 code", "\u0007\u0085", 703],
  ])("answers a question with %s, and its follow-up in context", async (_what, dirt, chat) => {
    const client = h.server.getClient(TOKEN, { chatId: chat, userId: chat, timeout: 2000 });
    const ask = async (text: string) => {
      await client.sendMessage(client.makeMessage(text));
      const [sent] = await readReplies(client);
      return htmlToPlain(sent?.message.text ?? "");
    };
    expect(await ask(`How many jobs will AltINFARM${dirt} create?`)).toMatch(/around 60 jobs/);
    const followUp = await ask("and Nobel?");
    expect(followUp).toMatch(/Nobel Almaty Pharmaceutical Factory/);
    expect(followUp).toMatch(/at least 200 jobs/);
    expect(warnings).toEqual([]);
    const [row] = await store.db.query<{ data: unknown }>("SELECT data FROM sessions WHERE key = $1", [
      String(chat),
    ]);
    // JSON.stringify writes C0 controls as \u00XX escapes and DEL and C1 as they are.
    expect(JSON.stringify(row?.data)).not.toMatch(/\\u00[01]|[\u007F-\u009F]/);
  });
});
