/**
 * Input an operator's bot meets from outside: a burst at a rate-limit boundary, an update whose
 * message has no chat, an oversized webhook body. The real bot (createBot, real engine) with its
 * Bot API calls captured locally (Telegram cannot be reached from tests).
 */
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { Update } from "grammy/types";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import { htmlToPlain } from "../../bot/render/html.js";
import { type ApiCall, captureApi, LOCAL_BOT_INFO, textUpdate } from "../../bot/run/capture.js";
import { createWebhookServer, MAX_UPDATE_BYTES } from "../../bot/run/webhook.js";
import { useEngine } from "../helpers/engine.js";

const engine = useEngine("bad-input");

function setup(env: Record<string, string> = {}) {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: "info" }, sink);
  const app = createBot(
    loadConfig({ RATE_LIMIT_MAX: "1000", ...env }),
    { engine: engine(), logger },
    { botInfo: LOCAL_BOT_INFO },
  );
  const calls: ApiCall[] = [];
  captureApi(app.bot.api, (c) => calls.push(c));
  let id = 0;
  const send = async (text: string) => {
    const before = calls.length;
    await app.bot.handleUpdate(textUpdate(text, { updateId: ++id }));
    return calls
      .slice(before)
      .filter((c) => c.method === "sendMessage")
      .map((c) => htmlToPlain(String(c.payload.text)));
  };
  return { app, calls, send, lines, logger };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the rate limit is a token bucket", () => {
  it("never lets a second burst through at a window boundary", async () => {
    // 3 per 1500 ms: a token every 500 ms, at most 3 saved up.
    const { send } = setup({ RATE_LIMIT_MAX: "3", RATE_LIMIT_WINDOW_MS: "1500" });
    expect(await send("/help")).toHaveLength(1);
    await sleep(1400);
    expect(await send("/help")).toHaveLength(1);
    expect(await send("/help")).toHaveLength(1);
    // A fixed window that began with the first message turns over here and would answer 3 more
    // at once (5 in 150 ms); the bucket has refilled about a third of a token since.
    await sleep(150);
    const replies = [await send("/help"), await send("/help"), await send("/help")];
    expect(replies.map((r) => r.length)).toEqual([1, 1, 0]);
    expect(replies[1]?.[0]).toMatch(/faster than I can answer/);
    // Then one message per refill.
    await sleep(500);
    expect(replies[0]?.[0]).not.toMatch(/faster/);
    expect(await send("/help")).toEqual([expect.not.stringMatching(/faster/)]);
  });
});

describe("a malformed update", () => {
  it("is dropped with a warning, and the bot goes on answering", async () => {
    const { app, send, lines, calls } = setup();
    const broken = {
      update_id: 9001,
      message: { message_id: 1, date: 0, text: "hi", from: { id: 5, is_bot: false, first_name: "X" } },
    } as unknown as Update;
    await expect(app.bot.handleUpdate(broken)).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(lines.filter((l) => l.msg.startsWith("malformed update dropped"))).toHaveLength(1);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    expect((await send("how many jobs in Almaty Region?"))[0]).toMatch(/\b150\b/);
  });
});

describe("webhook bodies", () => {
  const post = (port: number, body: Buffer, secret: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/hook",
          method: "POST",
          headers: { "x-telegram-bot-api-secret-token": secret, "content-type": "application/json" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The server may close the connection before the whole body is written.
      req.on("error", (err) => ((err as NodeJS.ErrnoException).code === "EPIPE" ? undefined : reject(err)));
      req.end(body);
    });

  it("refuses a body over 1 MiB with 413 (right secret), 401 without it, and still takes updates", async () => {
    const { app, logger, calls } = setup();
    const server = createWebhookServer(app.bot, {
      path: "/hook",
      secret: "s3cret",
      metrics: app.metrics,
      logger,
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const huge = Buffer.alloc(30 * 1024 * 1024, "a");
      expect(await post(port, huge, "s3cret")).toBe(413);
      expect(await post(port, huge, "wrong")).toBe(401);
      expect(await post(port, Buffer.alloc(MAX_UPDATE_BYTES + 1, " "), "s3cret")).toBe(413);
      const ok = Buffer.from(JSON.stringify(textUpdate("/help", { updateId: 77 })));
      expect(await post(port, ok, "s3cret")).toBe(200);
      expect(calls.some((c) => c.method === "sendMessage")).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
