/**
 * The bot end to end through grammY, with the real engine: each update goes in through
 * bot.handleUpdate (middleware, language, rate limiter, features, engine, rendering) and the
 * rendered reply is captured by an API transformer instead of going to Telegram.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { captureApi, LOCAL_BOT_INFO, textUpdate } from "../../bot/run/capture.js";
import { createEngine } from "../../tools/create-engine.js";
import { type Bench, type BenchRow, median, percentile } from "./types.js";

const AREA = "bot";
const UPDATES = 5000;
const WARMUP = 500;
/** Updates in flight at once in the concurrent run, as the runner would have with many chats. */
const CONCURRENCY = 50;

/** What people send: figure and passage questions in three languages, commands, off-topic text. */
const MESSAGES = [
  "how many jobs in Almaty Region?",
  "What is MSP-ROMPHARM's investment?",
  "How many medicines will Abdi Ibrahim Global Pharm produce?",
  "Which company will produce the most medicines?",
  "What is AltINFARM's investment per job?",
  "Do the per-company medicine counts add up to the 356 total?",
  "What is the Young Health Program about?",
  "Where was the AstraZeneca memorandum of understanding signed?",
  "When did AstraZeneca sign its agreement with SK-Pharmacy?",
  "Сколько всего рабочих мест создадут эти проекты?",
  "Какой объём инвестиций у МСП-Ромфарм?",
  "Инвестициялардың жалпы көлемі қанша?",
  "Tell me a joke about cats.",
  "/help",
  "/sources",
];

export const bench: Bench = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "bench-bot-"));
  const engine = await createEngine({ dataDir });
  try {
    // A limit no user reaches: the limiter still runs (and is measured) but never refuses.
    const config = loadConfig({ RATE_LIMIT_MAX: "1000000" });
    const { bot } = createBot(
      config,
      { engine, logger: pino({ level: "silent" }) },
      { botInfo: LOCAL_BOT_INFO },
    );
    let replies = 0;
    let replyChars = 0;
    captureApi(bot.api, ({ method, payload }) => {
      if (method !== "sendMessage") return;
      replies++;
      replyChars += String(payload.text).length;
    });
    await bot.init();

    let id = 0;
    const next = () => {
      id++;
      // Many users and chats, as in real traffic (each chat's updates are sequentialized).
      return textUpdate(MESSAGES[id % MESSAGES.length] as string, { updateId: id, userId: 1 + (id % 997) });
    };
    for (let i = 0; i < WARMUP; i++) await bot.handleUpdate(next());

    let peak = process.memoryUsage().rss;
    const latencies: number[] = [];
    replies = 0;
    const start = performance.now();
    for (let i = 0; i < UPDATES; i++) {
      const t = performance.now();
      await bot.handleUpdate(next());
      latencies.push(performance.now() - t);
      if (i % 250 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const sequentialMs = performance.now() - start;
    const sequentialReplies = replies;

    const concurrentStart = performance.now();
    for (let i = 0; i < UPDATES; i += CONCURRENCY) {
      await Promise.all(Array.from({ length: CONCURRENCY }, () => bot.handleUpdate(next())));
      if (i % 250 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const concurrentMs = performance.now() - concurrentStart;
    peak = Math.max(peak, process.memoryUsage().rss);

    const perSecond = (UPDATES / sequentialMs) * 1000;
    const note = `${UPDATES} updates (${MESSAGES.length} kinds, en/ru/kk), ${sequentialReplies} messages, avg ${Math.round(replyChars / replies)} chars`;
    const rows: BenchRow[] = [
      {
        area: AREA,
        metric: "updates handled per second (one at a time, one core)",
        value: perSecond,
        unit: "updates/s",
        target: ">= 2000/s",
        ok: perSecond >= 2000,
        note,
      },
      {
        area: AREA,
        metric: `updates handled per second (${CONCURRENCY} in flight)`,
        value: (UPDATES / concurrentMs) * 1000,
        unit: "updates/s",
      },
      { area: AREA, metric: "latency per update, median", value: median(latencies), unit: "ms" },
      { area: AREA, metric: "latency per update, p95", value: percentile(latencies, 95), unit: "ms" },
      { area: AREA, metric: "peak resident memory", value: peak / 2 ** 20, unit: "MiB" },
    ];
    return rows;
  } finally {
    await engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
