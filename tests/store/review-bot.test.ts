/**
 * An admin's /ingest of a release with a figure far out of line: the reply holds it with Approve
 * and Reject buttons; pressing Approve publishes it; anyone else's press is refused. A figure whose
 * company is uncertain is held with one button per candidate: the press names its subject.
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
import { t } from "../../tools/locales/index.js";

const ADMIN = 77;
const en = t("en").ingest;
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
function ingestReply(
  updateId: number,
  text = "AltINFARM's plant in Almaty will create 60,000 jobs, a business portal reported.",
): Update {
  const update = capture.textUpdate("/ingest Portal report", { updateId, userId: ADMIN });
  const reply_to_message = {
    message_id: updateId - 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: ADMIN, type: "private", first_name: "Admin" },
    text,
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

  it("offers the candidate companies of a figure whose company is uncertain; the admin's pick is its subject", async () => {
    calls.length = 0;
    await bot.handleUpdate(
      ingestReply(
        20,
        "Qarmed Pharmaceuticals LLP and Steppe Biotech LLP will build pharmaceutical plants in Karaganda Region.\n\nThe plant will employ 300 people.",
      ),
    );
    const held = calls.find(
      (c) => c.method === "sendMessage" && String(c.payload.text).startsWith(en.heldPrompt),
    );
    if (!held) throw new Error("no held figure offered");
    const rows = (
      held.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }
    ).inline_keyboard;
    expect(rows.map((r) => r.map((b) => b.text))).toEqual([
      ["Qarmed Pharmaceuticals"],
      ["Steppe Biotech"],
      [en.reject],
    ]);
    const steppe = rows[1]?.[0]?.callback_data ?? "";
    expect(steppe).toMatch(/^review:approve:[0-9a-f]{16}:1$/);
    const jobsOf = (name: string) => {
      const org = engine.knowledge.dataset.organisations.find((o) => o.name.en === name);
      return engine.knowledge.dataset.projects.find((p) => p.company === org?.id)?.jobs?.value;
    };
    expect(jobsOf("Steppe Biotech")).toBeUndefined();

    calls.length = 0;
    await bot.handleUpdate(capture.callbackUpdate(steppe, { updateId: 21, messageId: 6, userId: ADMIN }));
    expect(String(calls.find((c) => c.method === "editMessageText")?.payload.text)).toMatch(/^Approved/);
    expect(jobsOf("Steppe Biotech")).toBe(300);
    expect(jobsOf("Qarmed Pharmaceuticals")).toBeUndefined();
    const [review] = await store.db.query<{ subject: { id: string } }>(
      "SELECT subject FROM claim_reviews ORDER BY id DESC LIMIT 1",
    );
    expect(review?.subject.id).toMatch(/steppe/);
  });
});
