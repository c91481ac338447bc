/**
 * A PostgreSQL outage while the bot runs: a TCP proxy between the bot and the server (the real
 * TEST_DATABASE_URL server) is cut for a few seconds while the real bot (createBot, real engine)
 * answers and the real broadcaster drains the outbox to a stub Bot API. Telegram is stubbed
 * because it cannot be reached from here; the database, the engine and grammY are real.
 */
import type { AddressInfo } from "node:net";
import { Api } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { type ApiCall, captureApi, LOCAL_BOT_INFO, textUpdate } from "../../bot/run/capture.js";
import { telegramSender } from "../../bot/run/sender.js";
import { createWebhookServer } from "../../bot/run/webhook.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { type Notifications, openStore, type Store, startNotifications } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { t } from "../../tools/locales/index.js";
import { useEngine } from "../helpers/engine.js";
import {
  dropSchema,
  freshSchema,
  outboxTexts,
  range,
  SKIP_SERVER_NOTE,
  seedOutbox,
  TEST_DATABASE_URL,
  waitFor,
} from "../store/helpers.js";
import { spawnChild } from "../store/processes.js";
import { StubBotApi } from "../store/stub-bot-api.js";
import { TcpProxy, viaProxy } from "./tcp-proxy.js";

const SUBSCRIBERS = 40;
const OUTAGE_MS = 3000;

if (!TEST_DATABASE_URL) console.warn(`database outage tests: ${SKIP_SERVER_NOTE}`);

describe.skipIf(!TEST_DATABASE_URL)("a PostgreSQL outage while the bot answers and broadcasts", () => {
  const engine = useEngine("db-outage");
  const schema = freshSchema();
  const logs: { level: string; msg: string }[] = [];
  const log = {
    info: (_: object, msg: string) => logs.push({ level: "info", msg }),
    warn: (_: object, msg: string) => logs.push({ level: "warn", msg }),
    error: (_: object, msg: string) => logs.push({ level: "error", msg }),
  };
  let proxy: TcpProxy;
  let url: string;
  let stub: StubBotApi;
  let store: Store;
  let notifications: Notifications;

  beforeAll(async () => {
    const target = new URL(TEST_DATABASE_URL as string);
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    url = viaProxy(TEST_DATABASE_URL as string, await proxy.listen());
    stub = new StubBotApi();
    const apiRoot = await stub.listen();
    const timeouts = { connectTimeoutMs: 1000, statementTimeoutMs: 2000 };
    store = await openStore({ databaseUrl: url, schema, ...timeouts });
    notifications = await startNotifications({
      store,
      engine: engine(),
      sender: telegramSender(new Api("123:outage", { apiRoot })),
      databaseUrl: url,
      schema,
      pollMs: 200,
      log,
      database: timeouts,
      // 10 a second, so the outage falls in the middle of the broadcast.
      broadcaster: { ratePerSecond: 10, idleMs: 100, backoffBaseMs: 100, outageRetryMaxMs: 500 },
    });
  });

  afterAll(async () => {
    proxy?.restore();
    await notifications?.stop();
    await store?.close();
    await stub?.close();
    await proxy?.close();
    await dropSchema(schema);
  });

  it("keeps answering, says 'try again shortly' for subscriptions, is degraded, then delivers every notification", async () => {
    const config = loadConfig({ BOT_TOKEN: "123:outage", RATE_LIMIT_MAX: "1000" });
    const logger = pino({ level: "silent" });
    const { bot, metrics } = createBot(
      config,
      { engine: engine(), logger, store, chatPrefs: store.chatPrefs },
      { botInfo: LOCAL_BOT_INFO },
    );
    const calls: ApiCall[] = [];
    captureApi(bot.api, (c) => calls.push(c));
    let updateId = 0;
    const send = async (text: string, chatId: number) => {
      const before = calls.length;
      await bot.handleUpdate(textUpdate(text, { updateId: ++updateId, userId: chatId }));
      return calls
        .slice(before)
        .filter((c) => c.method === "sendMessage")
        .map((c) => htmlToPlain(String(c.payload.text)));
    };
    const web = createWebhookServer(bot, { path: "/hook", secret: "s3cret", metrics, logger, store });
    await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
    const health = async () =>
      (await fetch(`http://127.0.0.1:${(web.address() as AddressInfo).port}/healthz`)).json();

    try {
      const chats = range(5000, SUBSCRIBERS);
      await seedOutbox(store.db, 1, chats);
      store.wake();
      await waitFor(() => stub.deliveries.length >= 8, 10_000, "the first deliveries");

      proxy.cut();
      const cutAt = performance.now();
      await waitFor(() => !store.db.health.up, 5000, "the outage to be noticed");
      const sentBefore = stub.deliveries.length;
      expect(sentBefore).toBeLessThan(SUBSCRIBERS);

      // Answers need no database.
      const [answer] = await send("how many jobs in Almaty Region?", 77);
      expect(answer).toMatch(/\b150\b/);
      // Subscriptions do: a friendly notice, no stack trace.
      expect(await send("/subscribe", 78)).toEqual([htmlToPlain(t("en").bot.storeUnavailable)]);
      expect(await health()).toMatchObject({ ok: true, status: "degraded", database: "unreachable" });
      expect(await metrics.registry.getSingleMetricAsString("bot_database_up")).toMatch(/ 0$/m);

      await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (performance.now() - cutAt))));
      // Nothing was delivered while the broadcaster could not record it (at most the one in flight).
      expect(stub.deliveries.length - sentBefore).toBeLessThanOrEqual(1);
      const deliveredDuringOutage = stub.deliveries.length;
      proxy.restore();
      const restoredAt = performance.now();

      await waitFor(() => stub.deliveries.length > deliveredDuringOutage, 10_000, "delivery to resume");
      const recoveryMs = (stub.deliveries.at(-1)?.at as number) - restoredAt;
      console.info(
        `database outage of ${OUTAGE_MS} ms: notifications resumed ${Math.round(recoveryMs)} ms after it ended`,
      );
      expect(recoveryMs).toBeLessThan(5000);

      await waitFor(
        async () =>
          (
            await store.db.query<{ n: number }>(
              "SELECT count(*)::integer AS n FROM outbox WHERE status = 'pending'",
            )
          )[0]?.n === 0,
        20_000,
        "the outbox to drain",
      );
      const counts = new Map<number, number>();
      for (const d of stub.deliveries) counts.set(d.chatId, (counts.get(d.chatId) ?? 0) + 1);
      expect(chats.filter((c) => !counts.has(c))).toEqual([]);
      expect([...counts.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);
      expect(
        await store.db.query("SELECT status, count(*)::integer AS n FROM outbox GROUP BY status"),
      ).toEqual([{ status: "sent", n: SUBSCRIBERS }]);

      // The outage was logged once, with its recovery; the bot works fully again.
      expect(logs.filter((l) => l.msg.startsWith("the database is unreachable"))).toHaveLength(1);
      expect(logs.filter((l) => l.msg.startsWith("the database is reachable again")).length).toBeGreaterThan(
        0,
      );
      expect(logs.filter((l) => l.level !== "info")).toHaveLength(1);
      expect(await health()).toEqual({ ok: true });
      const metricsText = await metrics.registry.metrics();
      expect(metricsText).toMatch(/^bot_database_up 1$/m);
      expect(metricsText).toMatch(new RegExp(`^bot_notifications_sent_total ${SUBSCRIBERS}$`, "m"));
      expect(metricsText).toMatch(/^bot_notifications_expired_total 0$/m);
      expect((await send("/subscribe", 78))[0]).toMatch(/Subscribed/);
    } finally {
      await new Promise<void>((resolve) => web.close(() => resolve()));
    }
  }, 60_000);
});

describe.skipIf(!TEST_DATABASE_URL)("an instance killed with SIGKILL during a PostgreSQL outage", () => {
  it("loses nothing: a new instance delivers every row after the outage, repeating at most the one in flight", async () => {
    const schema = freshSchema();
    const target = new URL(TEST_DATABASE_URL as string);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const url = viaProxy(TEST_DATABASE_URL as string, await proxy.listen());
    const stub = new StubBotApi();
    const apiRoot = await stub.listen();
    const direct = (await openStore({ databaseUrl: TEST_DATABASE_URL, schema })).db;
    try {
      const chats = range(9000, 30);
      // The current knowledge as version 1 (so the instances publish nothing new), then its outbox.
      await publishKnowledge(direct, loadKnowledge());
      await seedOutbox(direct, 1, chats);
      const env = { DATABASE_URL: url, SCHEMA: schema, API_ROOT: apiRoot, MODE: "instance" };

      const first = spawnChild(env);
      await waitFor(() => stub.deliveries.length >= 10, 30_000, "the first instance's deliveries").catch(
        (err) => {
          throw new Error(`${err.message}: ${first.stderr()} ${JSON.stringify(first.events.slice(-5))}`);
        },
      );
      proxy.cut();
      await new Promise((r) => setTimeout(r, 500));
      first.proc.kill("SIGKILL");
      expect(await first.exited).toBeNull();
      await new Promise((r) => setTimeout(r, 1500));
      proxy.restore();
      const restoredAt = performance.now();
      const deliveredBefore = stub.deliveries.length;

      const second = spawnChild(env);
      try {
        const pending = async () =>
          (
            await direct.query<{ n: number }>(
              "SELECT count(*)::integer AS n FROM outbox WHERE status <> 'sent'",
            )
          )[0]?.n;
        await waitFor(
          async () => stub.deliveries.length > deliveredBefore && (await pending()) === 0,
          30_000,
          "the outbox to drain",
        );
        const firstAfter = stub.deliveries[deliveredBefore]?.at as number;
        console.info(
          `SIGKILL during a PostgreSQL outage: a new instance delivered again ${Math.round(firstAfter - restoredAt)} ms after the outage ended (including its start)`,
        );
      } finally {
        second.proc.kill("SIGTERM");
        await second.exited;
      }
      // Every row (the seeded ones and the version each instance publishes) went out; one repeat at most.
      const rows = await outboxTexts(direct);
      const delivered = new Map<string, number>();
      for (const d of stub.deliveries)
        delivered.set(`${d.chatId} ${d.text}`, (delivered.get(`${d.chatId} ${d.text}`) ?? 0) + 1);
      expect(rows.filter((r) => !delivered.has(`${r.chat_id} ${r.text}`))).toEqual([]);
      expect([...delivered.values()].filter((n) => n > 1).length).toBeLessThanOrEqual(1);
      expect(stub.deliveries.length).toBeLessThanOrEqual(rows.length + 1);
    } finally {
      await direct.close();
      await stub.close();
      await proxy.close();
      await dropSchema(schema);
    }
  }, 60_000);
});
