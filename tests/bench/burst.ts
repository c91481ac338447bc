/**
 * Webhook bursts as Telegram would deliver them: `npm start` in webhook mode in a process of its
 * own (PGlite in a fresh DATA_DIR; PostgreSQL too when TEST_DATABASE_URL is set), the Bot API stub
 * in this process, and N connections opened at once from here on loopback, each POSTing one
 * question from a chat of its own. An answer is the webhook's HTTP response, which comes once the
 * reply was sent. Each burst size runs ROUNDS times; the rows give the median over the rounds of
 * each round's median and slowest answer (this machine is shared, so single rounds are noisy).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../bot/emulator.js";
import { StubBotApi } from "../store/stub-bot-api.js";
import { type Bench, type BenchRow, median } from "./types.js";

const AREA = "burst";
const root = new URL("../../", import.meta.url).pathname;
const TOKEN = "123456:burst-bench";
const SECRET = "burst-bench-secret";
const SIZES = [40, 200];
const ROUNDS = 5;
/** Telegram's default max_connections: the burst the judged answer time is for. */
const TARGET_MS = 1000;
const QUESTIONS = [
  "how many jobs in Almaty Region?",
  "What is MSP-ROMPHARM's investment?",
  "How many medicines will Abdi Ibrahim Global Pharm produce?",
  "Which company will produce the most medicines?",
  "What is the Young Health Program about?",
  "Сколько всего рабочих мест создадут эти проекты?",
  "Инвестициялардың жалпы көлемі қанша?",
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Bot {
  port: number;
  /** CPU time used so far, in ms: the main thread (the event loop) and the whole process. */
  cpu(): { main: number; all: number };
  stop(): Promise<void>;
}

/** utime + stime of one /proc stat line, in ms (clock ticks of 10 ms). */
const cpuMs = (stat: string) => {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** `npm start` (bot/main.ts) in webhook mode; resolves once /healthz answers. */
async function startBot(env: Record<string, string>): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "bot/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      BOT_TOKEN: TOKEN,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += String(d);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited: ${stderr.slice(0, 300)}`);
    if (Date.now() > deadline) throw new Error("the bot did not start within 60 s");
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await sleep(200);
  }
  const pid = child.pid as number;
  return {
    port,
    cpu: () => ({
      main: cpuMs(readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8")),
      all: cpuMs(readFileSync(`/proc/${pid}/stat`, "utf8")),
    }),
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

let nextChat = 10_000;

/** One update POSTed on a connection of its own; resolves with the milliseconds to the response. */
function post(port: number, text: string): Promise<number> {
  const chat = ++nextChat;
  const body = JSON.stringify({
    update_id: chat,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat, type: "private", first_name: "U" },
      from: { id: chat, is_bot: false, first_name: "U", language_code: "en" },
      text,
    },
  });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/hook",
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-telegram-bot-api-secret-token": SECRET,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** `size` connections opened at once; the answer times, sorted. */
async function burst(port: number, size: number): Promise<number[]> {
  const times = await Promise.all(
    Array.from({ length: size }, (_, i) => post(port, QUESTIONS[i % QUESTIONS.length] as string)),
  );
  return times.sort((a, b) => a - b);
}

async function engineRows(engine: string, env: Record<string, string>): Promise<BenchRow[]> {
  const bot = await startBot(env);
  try {
    await burst(bot.port, 20); // warm-up: code paths compiled, first queries planned
    const rows: BenchRow[] = [];
    const cpu = { main: 0, all: 0, updates: 0 };
    for (const size of SIZES) {
      const medians: number[] = [];
      const slowest: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await sleep(1000);
        const before = bot.cpu();
        const times = await burst(bot.port, size);
        const after = bot.cpu();
        cpu.main += after.main - before.main;
        cpu.all += after.all - before.all;
        cpu.updates += size;
        medians.push(median(times));
        slowest.push(times.at(-1) as number);
      }
      const slow = median(slowest);
      rows.push(
        {
          area: AREA,
          metric: `${engine}, ${size} at once: median answer`,
          value: median(medians),
          unit: "ms",
        },
        {
          area: AREA,
          metric: `${engine}, ${size} at once: slowest answer`,
          value: slow,
          unit: "ms",
          ...(size === 40 ? { target: `<= ${TARGET_MS} ms`, ok: slow <= TARGET_MS } : {}),
          note: `median of ${ROUNDS} bursts; worst burst ${Math.max(...slowest).toFixed(0)} ms`,
        },
      );
    }
    rows.push(
      {
        area: AREA,
        metric: `${engine}: event-loop thread CPU per update`,
        value: cpu.main / cpu.updates,
        unit: "ms",
        note: "what bounds a burst on one core; less noisy than the answer times",
      },
      { area: AREA, metric: `${engine}: process CPU per update`, value: cpu.all / cpu.updates, unit: "ms" },
    );
    return rows;
  } finally {
    await bot.stop();
  }
}

export const bench: Bench = async () => {
  // No global limit here: what is measured is the bot, not Telegram's pacing.
  const stub = new StubBotApi({ perSecond: 1_000_000, perChatGapMs: 0 });
  const apiRoot = await stub.listen();
  const dataDir = mkdtempSync(join(tmpdir(), "bench-burst-"));
  const rows: BenchRow[] = [];
  try {
    rows.push(...(await engineRows("PGlite", { TELEGRAM_API_ROOT: apiRoot, DATA_DIR: dataDir })));
    const url = process.env.TEST_DATABASE_URL;
    if (url) {
      const schema = `bench_burst_${process.pid}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      try {
        const databaseUrl = `${url}${url.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
        const env = { TELEGRAM_API_ROOT: apiRoot, DATA_DIR: join(dataDir, "pg"), DATABASE_URL: databaseUrl };
        rows.push(...(await engineRows("PostgreSQL", env)));
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    } else {
      rows.push({
        area: AREA,
        metric: "PostgreSQL: skipped (set TEST_DATABASE_URL)",
        value: Number.NaN,
        unit: "",
      });
    }
    return rows;
  } finally {
    await stub.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
