/**
 * Every answer goes through Telegram's limits (store/pacing.ts). The transformer createBot installs
 * (bot/middleware/outgoing.ts) is driven with a recording call in place of the network, so the
 * times are when pacing let each message go; then the real bot and engine answer through it to the
 * Bot API stub (tests/store/stub-bot-api.ts), which enforces nothing here.
 */
import type { Transformer } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { paceAnswers } from "../../bot/middleware/outgoing.js";
import { textUpdate } from "../../bot/run/capture.js";
import { ANSWER_OVERDRAFT, Pacer } from "../../store/pacing.js";
import { useEngine } from "../helpers/engine.js";
import { STUB_BOT, StubBotApi } from "../store/stub-bot-api.js";

/** The transformer over a call that records which chat was sent what, and when. */
function paced() {
  const sent: { method: string; chatId: number; at: number }[] = [];
  const record = (async (method: string, payload: { chat_id: number }) => {
    sent.push({ method, chatId: payload.chat_id, at: performance.now() });
    return { ok: true, result: true };
  }) as unknown as Parameters<Transformer>[0];
  const pace = paceAnswers(new Pacer(29, 1050));
  const send = (method: string, chatId: number) =>
    pace(record, method as never, { chat_id: chatId, text: "x" } as never, undefined);
  return { sent, send };
}

describe("answers keep Telegram's limits", () => {
  it("lets one chat have a short burst, then about one message a second", async () => {
    const { sent, send } = paced();
    for (let i = 0; i < 5; i++) await send("sendMessage", 900);
    const first = sent[0]?.at as number;
    const after = sent.map((s) => s.at - first);
    expect(after[ANSWER_OVERDRAFT.chat]).toBeLessThan(500);
    for (let k = ANSWER_OVERDRAFT.chat + 1; k < after.length; k++)
      expect(after[k]).toBeGreaterThanOrEqual((k - ANSWER_OVERDRAFT.chat) * 1000);
  });

  it("lets about a second's worth of answers to many chats go at once, then about 30 a second", async () => {
    const { sent, send } = paced();
    await Promise.all(Array.from({ length: 60 }, (_, i) => send("sendMessage", 2000 + i)));
    expect(sent).toHaveLength(60);
    const first = sent[0]?.at as number;
    const late = sent.filter((s) => s.at - first > 500).length;
    expect(late).toBeGreaterThanOrEqual(60 - ANSWER_OVERDRAFT.overall - 16);
    expect((sent.at(-1)?.at as number) - first).toBeGreaterThanOrEqual(900);
  });

  it("does not pace what puts no message in a chat", async () => {
    const { sent, send } = paced();
    for (let i = 0; i < 10; i++) await send("sendChatAction", 901);
    for (let i = 0; i < 10; i++) await send("answerCallbackQuery", 901);
    expect((sent.at(-1)?.at as number) - (sent[0]?.at as number)).toBeLessThan(500);
  });
});

describe("the bot's answers go through the pacer", () => {
  const engine = useEngine("outgoing");
  let stub: StubBotApi;
  let apiRoot: string;
  beforeAll(async () => {
    stub = new StubBotApi({ perSecond: 1_000_000, perChatGapMs: 0 });
    apiRoot = await stub.listen();
  });
  afterAll(async () => {
    await stub?.close();
  });

  it("answers five questions in one chat, none lost, the last ones about a second apart", async () => {
    const config = loadConfig({
      BOT_TOKEN: "123:outgoing",
      TELEGRAM_API_ROOT: apiRoot,
      RATE_LIMIT_MAX: "1000",
    });
    const { bot } = createBot(
      config,
      { engine: engine(), logger: pino({ level: "silent" }) },
      { botInfo: STUB_BOT as never },
    );
    for (let i = 1; i <= 5; i++) await bot.handleUpdate(textUpdate("/help", { updateId: i, chatId: 950 }));
    const times = stub.deliveries.filter((d) => d.chatId === 950).map((d) => d.at);
    expect(times).toHaveLength(5);
    // Three at once, then two a second or so apart (the stub's clock: allow for network jitter).
    expect((times[4] as number) - (times[0] as number)).toBeGreaterThan(1500);
  });
});
