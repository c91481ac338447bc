/**
 * Every answer goes through Telegram's limits (store/pacing.ts, installed by createBot): the real
 * bot and engine sending to the Bot API stub (tests/store/stub-bot-api.ts), which records when each
 * message arrived. The stub itself enforces nothing here, so what is measured is the bot's pacing.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { textUpdate } from "../../bot/run/capture.js";
import { ANSWER_OVERDRAFT } from "../../store/pacing.js";
import { useEngine } from "../helpers/engine.js";
import { STUB_BOT, StubBotApi } from "../store/stub-bot-api.js";

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

function bot() {
  const config = loadConfig({
    BOT_TOKEN: "123:outgoing",
    TELEGRAM_API_ROOT: apiRoot,
    RATE_LIMIT_MAX: "1000",
  });
  return createBot(
    config,
    { engine: engine(), logger: pino({ level: "silent" }) },
    { botInfo: STUB_BOT as never },
  ).bot;
}

let nextUpdate = 1;
const ask = (chatId: number, text = "/help") =>
  textUpdate(text, { updateId: nextUpdate++, chatId, userId: chatId });

describe("answers keep Telegram's limits", () => {
  it("sends one chat a short burst, then one message a second", async () => {
    const b = bot();
    for (let i = 0; i < 5; i++) await b.handleUpdate(ask(900));
    const times = stub.deliveries.filter((d) => d.chatId === 900).map((d) => d.at);
    expect(times).toHaveLength(5);
    const first = times[0] as number;
    // The burst (the answer's first messages) goes at once; after it, about one a second.
    expect((times[ANSWER_OVERDRAFT.chat] as number) - first).toBeLessThan(900);
    for (let k = ANSWER_OVERDRAFT.chat + 1; k < times.length; k++)
      expect((times[k] as number) - first).toBeGreaterThanOrEqual((k - ANSWER_OVERDRAFT.chat) * 950);
  });

  it("answers 60 chats at once at about 30 a second after a second's burst, losing none", async () => {
    const b = bot();
    const chats = Array.from({ length: 60 }, (_, i) => 2000 + i);
    const before = stub.deliveries.length;
    await Promise.all(chats.map((chat) => b.handleUpdate(ask(chat))));
    const delivered = stub.deliveries.slice(before);
    expect(delivered.map((d) => d.chatId).sort()).toEqual(chats);
    // In any one second: at most the burst plus one second at the steady rate.
    let peak = 0;
    for (const d of delivered)
      peak = Math.max(peak, delivered.filter((e) => e.at >= d.at && e.at < d.at + 1000).length);
    expect(peak).toBeLessThanOrEqual(ANSWER_OVERDRAFT.overall + 31);
    const span = (delivered.at(-1)?.at as number) - (delivered[0]?.at as number);
    expect(span).toBeGreaterThan(700);
  });
});
