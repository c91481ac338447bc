/**
 * The bot's behaviour update by update, through grammY's handleUpdate with the real engine and
 * the outgoing Bot API calls captured (for what the emulator cannot send: edited messages,
 * inline queries, bursts for the rate limit).
 */

import type { Update } from "grammy/types";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import type { ChatPrefs } from "../../bot/context.js";
import { checkKeyboard, checkTelegramHtml, htmlToPlain } from "../../bot/render/html.js";
import { type ApiCall, captureApi, LOCAL_BOT_INFO, textUpdate } from "../../bot/run/capture.js";
import type { Lang } from "../../knowledge/schema.js";
import type { Engine } from "../../tools/engine.js";
import { useEngine } from "../helpers/engine.js";

const engine = useEngine("bot-unit");

function setup(options: { env?: Record<string, string>; engine?: Engine; chatPrefs?: ChatPrefs } = {}) {
  const config = loadConfig({ RATE_LIMIT_MAX: "1000", ...options.env });
  const app = createBot(
    config,
    { engine: options.engine ?? engine(), logger: pino({ level: "silent" }), chatPrefs: options.chatPrefs },
    { botInfo: LOCAL_BOT_INFO },
  );
  const calls: ApiCall[] = [];
  captureApi(app.bot.api, (c) => calls.push(c));
  let id = 0;
  const send = async (text: string, extra: { userId?: number; languageCode?: string } = {}) => {
    const before = calls.length;
    await app.bot.handleUpdate(textUpdate(text, { updateId: ++id, ...extra }));
    return calls.slice(before).filter((c) => c.method === "sendMessage");
  };
  return { app, calls, send, handle: (u: Update) => app.bot.handleUpdate(u) };
}

const plainOf = (c: ApiCall | undefined) => htmlToPlain(String(c?.payload.text ?? ""));

describe("rate limiting", () => {
  it("answers up to the limit, then sends one polite notice per window", async () => {
    const { send } = setup({ env: { RATE_LIMIT_MAX: "2", RATE_LIMIT_WINDOW_MS: "60000" } });
    expect(plainOf((await send("how many jobs in Almaty Region?"))[0])).toMatch(/\b150\b/);
    expect(await send("/help")).toHaveLength(1);
    expect(plainOf((await send("/help"))[0])).toMatch(/faster than I can answer/);
    expect(await send("/help")).toHaveLength(0);
    // Another user is not affected.
    expect(await send("/help", { userId: 2 })).toHaveLength(1);
  });
});

describe("edited messages", () => {
  it("answers the new wording of an edited question, replying to it", async () => {
    const { calls, handle } = setup();
    await handle({
      update_id: 1,
      edited_message: {
        message_id: 42,
        date: 0,
        edit_date: 1,
        chat: { id: 9, type: "private", first_name: "A" },
        from: { id: 9, is_bot: false, first_name: "A" },
        text: "How many medicines will Abdi Ibrahim Global Pharm produce?",
      },
    });
    const sent = calls.filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(plainOf(sent[0])).toMatch(/\b76\b/);
    expect(sent[0]?.payload.reply_parameters).toMatchObject({ message_id: 42 });
  });
});

describe("inline mode", () => {
  const inline = (query: string, id = "q1"): Update => ({
    update_id: 1,
    inline_query: {
      id,
      from: { id: 5, is_bot: false, first_name: "A", language_code: "ru" },
      query,
      offset: "",
    },
  });

  it("offers the answer as one article with valid HTML", async () => {
    const { calls, handle } = setup();
    await handle(inline("how many jobs in Almaty Region?"));
    const call = calls.find((c) => c.method === "answerInlineQuery");
    const results = call?.payload.results as {
      id: string;
      title: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    expect(results).toHaveLength(1);
    const content = results[0]?.input_message_content;
    expect(content?.parse_mode).toBe("HTML");
    expect(checkTelegramHtml(content?.message_text ?? "")).toEqual([]);
    expect(htmlToPlain(content?.message_text ?? "")).toMatch(/\b150\b.*MSP-ROMPHARM/s);
    expect(Buffer.byteLength(results[0]?.id ?? "")).toBeLessThanOrEqual(64);
  });

  it("offers the example questions, answered, for an empty query in the user's language", async () => {
    const { calls, handle } = setup();
    await handle(inline(""));
    const results = calls.find((c) => c.method === "answerInlineQuery")?.payload.results as {
      title: string;
    }[];
    expect(results.map((r) => r.title)).toEqual([
      "Сколько рабочих мест в Алматинской области?",
      "Сколько инвестирует AltINFARM?",
      "Какая компания выпустит больше всего лекарств?",
    ]);
  });
});

describe("the error boundary", () => {
  it("tells the user politely, counts the error and keeps working", async () => {
    const failing: Engine = {
      ...engine(),
      answer: async () => Promise.reject(new Error("index file is corrupt")),
    };
    const { app, send } = setup({ engine: failing });
    const [reply] = await send("how many jobs in Almaty Region?");
    expect(plainOf(reply)).toBe("Sorry, something went wrong on my side. Please try again in a moment.");
    const metrics = await app.metrics.registry.metrics();
    expect(metrics).toMatch(/bot_errors_total\{kind="internal"\} 1/);
    expect(plainOf((await send("/help"))[0])).toMatch(/^What I know/);
  });
});

describe("reply language", () => {
  it("follows a clearly written question, else the chat's choice, else Telegram's language_code", async () => {
    const langs = new Map<number, Lang>();
    const prefs: ChatPrefs = {
      getLanguage: async (id) => langs.get(id) ?? null,
      setLanguage: async (id, lang) => {
        langs.set(id, lang);
      },
    };
    const { send, app } = setup({ chatPrefs: prefs });
    // A Russian question in a chat with no choice and an English client: answered in Russian.
    const ru = await send("Сколько рабочих мест в Алматинской области?", { languageCode: "en" });
    expect((await app.deps.answers.last(1000))?.lang).toBe("ru");
    expect(plainOf(ru[0])).toContain("Источники");
    // /language kk is stored through the chat prefs given to createBot.
    await send("/language kk");
    expect(langs.get(1000)).toBe("kk");
    // A question that is only a name is not clearly in any language: the chat's choice wins.
    await send("AltINFARM?");
    expect((await app.deps.answers.last(1000))?.lang).toBe("kk");
    // No choice: Telegram's language_code.
    await send("AltINFARM?", { userId: 3, languageCode: "ru-RU" });
    expect((await app.deps.answers.last(3))?.lang).toBe("ru");
    await send("AltINFARM?", { userId: 4 });
    expect((await app.deps.answers.last(4))?.lang).toBe("en");
  });

  it("keeps every button's callback data within 64 bytes in every language", async () => {
    const { calls, send } = setup();
    for (const lang of ["en", "ru", "kk"] as const) {
      await send(`/language ${lang}`);
      await send("/start");
      await send("how many jobs in Almaty Region?");
    }
    await send("/language");
    const keyboards = calls.filter((c) => c.payload.reply_markup).map((c) => c.payload.reply_markup);
    expect(keyboards.length).toBeGreaterThanOrEqual(7);
    for (const k of keyboards) expect(checkKeyboard(k as never)).toEqual([]);
  });
});
