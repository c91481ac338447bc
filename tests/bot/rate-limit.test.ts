/**
 * The per-user limit, through the real bot (createBot, handleUpdate, the real engine) with the
 * outgoing Bot API calls captured: every kind of update counts, and on PostgreSQL one user's limit
 * is the same whether a load balancer sends their updates to one instance or alternately to two
 * (two bots on one schema).
 */
import type { Update } from "grammy/types";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import {
  type ApiCall,
  callbackUpdate,
  captureApi,
  LOCAL_BOT_INFO,
  textUpdate,
} from "../../bot/run/capture.js";
import { openStore, type Store } from "../../store/runtime.js";
import { useEngine } from "../helpers/engine.js";
import { dropSchema, freshSchema, TEST_DATABASE_URL } from "../store/helpers.js";

const engine = useEngine("rate-limit");
const LIMIT = { RATE_LIMIT_MAX: "5", RATE_LIMIT_WINDOW_MS: "600000" };
const LIMITED = /faster than I can answer/;

/** A bot instance; what it sent, and a way to hand it updates. */
function instance(store?: Store) {
  const { bot } = createBot(
    loadConfig(LIMIT),
    { engine: engine(), logger: pino({ level: "silent" }), store, chatPrefs: store?.chatPrefs },
    { botInfo: LOCAL_BOT_INFO },
  );
  const calls: ApiCall[] = [];
  captureApi(bot.api, (c) => calls.push(c));
  return { calls, handle: (u: Update) => bot.handleUpdate(u) };
}

let nextUpdate = 1;
const message = (user: number, text = "how many jobs in Almaty Region?") =>
  textUpdate(text, { updateId: nextUpdate++, userId: user });
const press = (user: number) =>
  callbackUpdate("src:stale", { updateId: nextUpdate++, messageId: 1, userId: user });
const inline = (user: number): Update => ({
  update_id: nextUpdate++,
  inline_query: {
    id: String(nextUpdate),
    from: { id: user, is_bot: false, first_name: "U" },
    query: "how many jobs in Almaty Region?",
    offset: "",
  },
});

/** Updates that got through the limit, and the refusals said, in what `calls` holds. */
function tally(calls: ApiCall[]) {
  const text = (c: ApiCall) => String(c.payload.text ?? "");
  const refusals = calls.filter(
    (c) =>
      LIMITED.test(text(c)) ||
      (c.method === "answerInlineQuery" && (c.payload.results as unknown[]).length === 0),
  ).length;
  const served =
    calls.filter((c) => c.method === "sendMessage" && !LIMITED.test(text(c))).length +
    calls.filter((c) => c.method === "answerCallbackQuery" && !LIMITED.test(text(c))).length +
    calls.filter((c) => c.method === "answerInlineQuery" && (c.payload.results as unknown[]).length > 0)
      .length;
  return { served, refusals };
}

describe("the per-user limit counts every kind of update", () => {
  it("messages, commands, button presses and inline queries share one user's bucket", async () => {
    const bot = instance();
    for (const update of [message(7), message(7, "/help"), press(7), inline(7), inline(7)])
      await bot.handle(update);
    expect(tally(bot.calls)).toEqual({ served: 5, refusals: 0 });
    // The sixth is refused, with one notice; the rest silently.
    for (const update of [press(7), message(7), inline(7), message(7, "/help")]) await bot.handle(update);
    expect(tally(bot.calls)).toEqual({ served: 5, refusals: 1 });
    // Another user is not affected.
    await bot.handle(message(8));
    expect(tally(bot.calls).served).toBe(6);
  });

  it("answers only `max` of 50 inline queries, and tells the client the rest has no results", async () => {
    const bot = instance();
    for (let i = 0; i < 50; i++) await bot.handle(inline(9));
    expect(tally(bot.calls)).toEqual({ served: 5, refusals: 1 });
  });
});

describe.skipIf(!TEST_DATABASE_URL)("one limit for a fleet on one PostgreSQL schema", () => {
  const schema = freshSchema();
  let stores: Store[] = [];
  beforeAll(async () => {
    stores = [
      await openStore({ databaseUrl: TEST_DATABASE_URL, schema }),
      await openStore({ databaseUrl: TEST_DATABASE_URL, schema }),
    ];
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await dropSchema(schema);
  });

  it("gives a user the same number of answers on one instance and on two", async () => {
    const [a, b] = stores.map(instance);
    if (!a || !b) throw new Error("two instances");
    // 20 updates of every kind from one user, all to instance A…
    const kinds = [message, press, inline, (u: number) => message(u, "/help")];
    for (let i = 0; i < 20; i++) await a.handle((kinds[i % 4] as typeof message)(11));
    const one = tally(a.calls);
    // …and from another user, alternately to A and B, as a load balancer would spread them.
    const before = { a: a.calls.length, b: b.calls.length };
    for (let i = 0; i < 20; i++) await (i % 2 ? b : a).handle((kinds[i % 4] as typeof message)(12));
    const two = tally([...a.calls.slice(before.a), ...b.calls.slice(before.b)]);
    expect(one).toEqual({ served: 5, refusals: 1 });
    expect(two).toEqual(one);
  });

  it("holds when the two instances get the user's updates at the same moment", async () => {
    const [a, b] = stores.map(instance);
    if (!a || !b) throw new Error("two instances");
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).handle(message(13))));
    expect(tally([...a.calls, ...b.calls])).toEqual({ served: 5, refusals: 1 });
  });
});
