/**
 * An admin's /ingest of a release with a figure far out of line: the reply holds it with Approve
 * and Reject buttons; pressing Approve publishes it; anyone else's press is refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/bot.js";
import { loadConfig } from "../../bot/config.js";
import type { BotContext } from "../../bot/context.js";
import * as capture from "../../bot/run/capture.js";
import { loadKnowledge } from "../../knowledge/load.js";
import { openStore, type Store } from "../../store/runtime.js";
import { publishKnowledge } from "../../store/versions.js";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";

const ADMIN = 77;
const dir = mkdtempSync(join(tmpdir(), "review-bot-"));
let engine: Engine;
let store: Store;
let bot: Bot<BotContext>;
const calls: capture.ApiCall[] = [];

beforeAll(async () => {
  engine = await createEngine({ dataDir: dir, knowledge: loadKnowledge() });
  store = await openStore();
  await publishKnowledge(store.db, engine.knowledge);
  const config = loadConfig({ BOT_TOKEN: "1:review", ADMIN_IDS: String(ADMIN), RATE_LIMIT_MAX: "100" });
  bot = createBot(
    config,
    { engine, logger: pino({ level: "silent" }), store },
    { botInfo: capture.LOCAL_BOT_INFO },
  ).bot;
  capture.captureApi(bot.api, (call) => calls.push(call));
});
afterAll(async () => {
  await engine?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** "/ingest Portal report" in reply to a forwarded report. */
function ingestReply(updateId: number): Update {
  const update = capture.textUpdate("/ingest Portal report", { updateId, userId: ADMIN });
  const reply_to_message = {
    message_id: updateId - 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: ADMIN, type: "private", first_name: "Admin" },
    text: "AltINFARM's plant in Almaty will create 60,000 jobs, a business portal reported.",
  };
  return { ...update, message: { ...update.message, reply_to_message } as Update["message"] };
}

describe("reviewing a held figure in Telegram", () => {
  it("offers Approve and Reject for the held figure, refuses others' presses, publishes on approval", async () => {
    await bot.handleUpdate(ingestReply(10));
    const buttons = calls
      .flatMap((c) =>
        (
          (c.payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] })?.inline_keyboard ??
          []
        ).flat(),
      )
      .map((b) => b.callback_data ?? "");
    const approve = buttons.find((b) => b.startsWith("review:approve:"));
    expect(approve).toBeDefined();
    expect(buttons.some((b) => b.startsWith("review:reject:"))).toBe(true);
    expect(engine.knowledge.dataset.projects.find((p) => p.company === "altinfarm")?.jobs?.value).toBe(60);

    calls.length = 0;
    await bot.handleUpdate(
      capture.callbackUpdate(approve as string, { updateId: 11, messageId: 5, userId: 5 }),
    );
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.show_alert).toBe(true);
    expect(engine.knowledge.dataset.projects.find((p) => p.company === "altinfarm")?.jobs?.value).toBe(60);

    calls.length = 0;
    await bot.handleUpdate(
      capture.callbackUpdate(approve as string, { updateId: 12, messageId: 5, userId: ADMIN }),
    );
    expect(String(calls.find((c) => c.method === "editMessageText")?.payload.text)).toMatch(/^Approved/);
    expect(engine.knowledge.dataset.projects.find((p) => p.company === "altinfarm")?.jobs?.value).toBe(
      60_000,
    );
  });
});
