/**
 * The "Chart" button end to end: a real grammY bot (createBot, real engine) long-polling the
 * telegram-test-api emulator, a client asking a comparison question and pressing the button.
 * The emulator has no sendPhoto, so only that method is stubbed here: recorded, answered with a
 * plausible Message. (The shared harness also stubs the few other methods the emulator lacks.)
 */
import type { InputFile } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTelegramHtml, htmlToPlain } from "../../bot/render/html.js";
import { startPolling } from "../../bot/run/polling.js";
import {
  type Harness,
  readReplies,
  type SentMessage,
  sleep,
  startHarness,
  type TelegramClient,
} from "../bot/emulator.js";

const TOKEN = "424242:chart-e2e";

interface PhotoCall {
  chat_id: number;
  photo: InputFile;
  caption: string;
  parse_mode: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}

let harness: Harness;
let client: TelegramClient;
let stop: () => Promise<void>;
const photos: PhotoCall[] = [];

beforeAll(async () => {
  harness = await startHarness(TOKEN);
  const { bot } = harness.makeBot();
  let messageId = 10_000;
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== "sendPhoto") return prev(method, payload, signal);
    const call = payload as unknown as PhotoCall;
    photos.push(call);
    const message = {
      message_id: messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: call.chat_id, type: "private" },
      photo: [{ file_id: "chart", file_unique_id: "chart", width: 1064, height: 600 }],
      caption: htmlToPlain(call.caption),
    };
    // biome-ignore lint/suspicious/noExplicitAny: a Message is sendPhoto's result.
    return { ok: true, result: message } as any;
  });
  stop = await startPolling(bot, pino({ level: "silent" }));
  client = harness.server.getClient(TOKEN, { timeout: 5000 });
});

afterAll(async () => {
  await stop?.();
  await harness?.close();
});

async function nextPhoto(count: number): Promise<PhotoCall> {
  for (const deadline = Date.now() + 10_000; photos.length < count; await sleep(20)) {
    if (Date.now() > deadline) throw new Error(`expected ${count} photos, got ${photos.length}`);
  }
  return photos[count - 1] as PhotoCall;
}

const pngSize = (file: InputFile) => {
  const png = (file as unknown as { fileData: Buffer }).fileData;
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
};

const chartButtonOf = (replies: SentMessage[]) =>
  replies
    .flatMap((r) => r.message.reply_markup?.inline_keyboard.flat() ?? [])
    .find((b) => b.callback_data?.startsWith("chart:"));

describe("Chart button through the bot", () => {
  it("charts a comparison answer when its button is pressed, then switches to regions", async () => {
    await client.sendMessage(client.makeMessage("Compare jobs at AltINFARM and Nobel Almaty"));
    const replies = await readReplies(client);
    const button = chartButtonOf(replies);
    expect(button).toEqual({ text: "📊 Chart", callback_data: "chart:jobs:company:en" });

    await client.sendCallback(
      client.makeCallbackQuery(button?.callback_data as string, {
        message: { message_id: replies[0]?.messageId },
      }),
    );
    const photo = await nextPhoto(1);
    expect(photo.parse_mode).toBe("HTML");
    expect(checkTelegramHtml(photo.caption)).toEqual([]);
    expect(photo.caption.length).toBeLessThan(1024);
    const caption = htmlToPlain(photo.caption);
    expect(caption.split("\n")[0]).toBe("Jobs by company");
    expect(caption).toContain(
      "[2] “The factory will manufacture 53 medicines, 17 of which are socially significant, and create at least 200 jobs",
    );
    const size = pngSize(photo.photo);
    expect(size.width).toBeGreaterThanOrEqual(1000);
    expect(size.bytes).toBeGreaterThan(30_000);

    // The photo's own button shows the same figures by region.
    const toggle = photo.reply_markup?.inline_keyboard[0]?.[0];
    expect(toggle).toEqual({ text: "By region", callback_data: "chart:jobs:region:en" });
    await client.sendCallback(client.makeCallbackQuery(toggle?.callback_data as string));
    const regions = await nextPhoto(2);
    expect(htmlToPlain(regions.caption).split("\n")[0]).toBe("Jobs by region");
  });

  it("answers /chart in Russian with a Russian chart, and offers a picker without arguments", async () => {
    const before = photos.length;
    await client.sendCommand(client.makeCommand("/chart инвестиции по регионам"));
    const photo = await nextPhoto(before + 1);
    const caption = htmlToPlain(photo.caption);
    expect(caption.split("\n")[0]).toBe("Инвестиции (тенге) по регионам");
    expect(caption).toContain("Источник: Правительство одобрило инвестиционные соглашения");

    await client.sendCommand(client.makeCommand("/chart"));
    const [picker] = await readReplies(client);
    const data = picker?.message.reply_markup?.inline_keyboard.flat().map((b) => b.callback_data);
    expect(data).toEqual([
      "chart:jobs:company:en",
      "chart:investmentKzt:company:en",
      "chart:investmentUsd:company:en",
      "chart:medicines:company:en",
      "chart:sociallySignificant:company:en",
    ]);

    await client.sendCommand(client.makeCommand("/chart bananas"));
    const [unknown] = await readReplies(client);
    expect(unknown?.message.text).toContain("I can't chart “bananas”");
  });

  it("replaces an outdated chart button with the picker instead of failing", async () => {
    await client.sendCallback(client.makeCallbackQuery("chart:profits:company:en"));
    const [reply] = await readReplies(client);
    expect(reply?.message.text).toBe("Which figure should I chart?");
  });
});
