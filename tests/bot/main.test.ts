/**
 * `npm start` (bot/main.ts) in a child process: with no BOT_TOKEN the local chat, questions piped
 * on stdin and answers read from stdout; with a token, long polling against the emulator and a
 * graceful stop on SIGTERM; bad settings stop it with one clear line.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, readReplies, sleep } from "./emulator.js";

const root = new URL("../../", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "bot-local-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startMain(env: Record<string, string>) {
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["bot/main.ts"], {
    cwd: root,
    // Empty values count as unset and keep a developer's .env from filling them in.
    env: { ...process.env, BOT_TOKEN: "", DATA_DIR: dataDir, LANG: "C", LOG_LEVEL: "", ...env },
  });
  const io = { out: "", err: "" };
  child.stdout.on("data", (d) => {
    io.out += d;
  });
  child.stderr.on("data", (d) => {
    io.err += d;
  });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  return { child, io, exit };
}

async function runMain(input: string, env: Record<string, string>) {
  const { child, io, exit } = startMain(env);
  child.stdin.end(input);
  const code = await exit;
  return { code, ...io };
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(25);
  }
}

describe("local chat (no BOT_TOKEN)", () => {
  it("answers piped questions in order, with cited sources, presses buttons by label, and exits at the end of input", async () => {
    const { code, out, err } = await runMain(
      "how many jobs in Almaty Region?\nHow many medicines will Abdi Ibrahim Global Pharm produce?\nSources\n",
      {},
    );
    expect(code).toBe(0);
    expect(err).toContain("Local chat");
    const [first, second, third] = out.split(/^> /m).filter(Boolean);
    expect(first).toMatch(/^how many jobs in Almaty Region\?\n/);
    expect(first).toMatch(/\b150\b/);
    expect(first).toMatch(/MSP-ROMPHARM/);
    expect(first).toContain(
      "Sources\nGovernment approves investment agreements with four pharmaceutical companies",
    );
    expect(first).toContain("will employ at least 150 people");
    expect(first).toContain("[📚 Sources]");
    expect(second).toMatch(/\b76\b/);
    // "Sources" presses the button under the latest answer: its passage in context.
    expect(third).toMatch(/^Sources\nCited passages in context\n/);
    expect(third).toContain("In the Almaty Region, Abdi Ibrahim Global Pharm will establish");
    // Plain text: no HTML tags or entities reach the terminal.
    expect(out).not.toMatch(/<\/?[a-z]+>|&(lt|gt|amp);/);
  });

  it("stops with a one-line message naming a bad setting", async () => {
    const { code, out, err } = await runMain("", { PORT: "eighty" });
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.trim()).toBe(
      'Invalid setting PORT: must be a port number from 1 to 65535 (got "eighty"). Fix it in the environment or in .env.',
    );
  });

  it("says so when the Bot API cannot be reached, without the token", async () => {
    const port = await freePort();
    const token = "123456:unreachable-secret";
    const { code, err } = await runMain("", {
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
    });
    expect(code).toBe(1);
    expect(err).toMatch(
      /^Could not reach the Telegram Bot API \(.*ECONNREFUSED.*\): check the network and TELEGRAM_API_ROOT\.\n$/,
    );
    expect(err).not.toContain(token);
  });
});

describe("long polling (BOT_TOKEN set)", () => {
  it("answers through the emulator and stops gracefully on SIGTERM", async () => {
    const token = "123456:main-polling";
    const port = await freePort();
    const server = new TelegramServer({ port, host: "127.0.0.1" });
    await server.start();
    try {
      const { child, io, exit } = startMain({
        BOT_TOKEN: token,
        TELEGRAM_API_ROOT: `http://127.0.0.1:${port}`,
        LOG_LEVEL: "info",
      });
      await until(() => io.err.includes("long polling started"));
      const client = server.getClient(token, { chatId: 77, userId: 77, timeout: 2000 });
      await client.sendMessage(client.makeMessage("how many jobs in Almaty Region?"));
      const [reply] = await readReplies(client);
      expect(reply?.message.text).toMatch(/\b150\b/);
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      expect(io.err).toContain('"msg":"shutting down"');
      expect(io.err).not.toContain(token);
    } finally {
      await server.stop();
    }
  });
});
