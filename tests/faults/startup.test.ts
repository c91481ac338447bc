/**
 * Start-up (`npm start`, bot/main.ts in a child process) with a database that cannot be used: a
 * refused port, a server that accepts connections but never answers (the TCP proxy, silenced),
 * and (with TEST_DATABASE_URL) a database that does not exist. Each must stop within a bounded
 * time with one clear line naming DATABASE_URL (password hidden) and what was tried: no stack.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../bot/emulator.js";
import { TEST_DATABASE_URL } from "../store/helpers.js";
import { TcpProxy } from "./tcp-proxy.js";

const root = new URL("../../", import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), "startup-faults-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start(databaseUrl: string) {
  const started = performance.now();
  const child = spawn(join(root, "node_modules/.bin/tsx"), ["bot/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      BOT_TOKEN: "",
      DATA_DIR: dataDir,
      LANG: "C",
      LOG_LEVEL: "",
      DATABASE_URL: databaseUrl,
      DATABASE_CONNECT_TIMEOUT_MS: "1000",
      DATABASE_STATEMENT_TIMEOUT_MS: "1000",
    },
  });
  child.stdin.end();
  let err = "";
  child.stderr.on("data", (d) => {
    err += d;
  });
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { code, err, ms: performance.now() - started };
}

function expectOneClearLine(err: string) {
  const lines = err.trim().split("\n");
  expect(lines, err).toHaveLength(1);
  expect(err).toContain("DATABASE_URL=postgres://bot:***@127.0.0.1:");
  expect(err).not.toContain("hunter2");
  expect(err).not.toMatch(/\n\s+at /);
}

describe("start-up with a database that cannot be used", () => {
  it("stops at once with one line when the port refuses connections", async () => {
    const port = await freePort();
    const { code, err, ms } = await start(`postgres://bot:hunter2@127.0.0.1:${port}/kz`);
    expect(code).toBe(1);
    expectOneClearLine(err);
    expect(err).toMatch(/ECONNREFUSED/);
    expect(ms).toBeLessThan(20_000);
  }, 30_000);

  it("stops within the connect timeout when the server accepts but never answers", async () => {
    const proxy = new TcpProxy("127.0.0.1", 9);
    const port = await proxy.listen();
    proxy.silence();
    try {
      const { code, err, ms } = await start(`postgres://bot:hunter2@127.0.0.1:${port}/kz`);
      expect(code).toBe(1);
      expectOneClearLine(err);
      expect(err).toMatch(/timeout/i);
      expect(err).toContain("1000 ms");
      expect(ms).toBeLessThan(20_000);
    } finally {
      await proxy.close();
    }
  }, 30_000);

  it.runIf(TEST_DATABASE_URL)(
    "names a database that does not exist",
    async () => {
      const url = new URL(TEST_DATABASE_URL as string);
      url.username = "bot";
      url.password = "hunter2";
      url.pathname = "/no_such_database_here";
      // The server refuses an unknown role before it looks at the database: either is a clear line.
      const { code, err } = await start(url.toString());
      expect(code).toBe(1);
      expectOneClearLine(err);
      expect(err).toMatch(/does not exist/);
    },
    30_000,
  );
});
