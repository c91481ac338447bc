/**
 * Who sees what without a metrics token: the webhook's public port serves /healthz (ok or degraded,
 * no details) and no /metrics at all; the metrics listener, on loopback, serves /metrics.
 */
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/config.js";
import { startMetricsServer } from "../../bot/run/observe.js";
import { createWebhookServer } from "../../bot/run/webhook.js";
import { freePort, type Harness, startHarness } from "./emulator.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness("123456:observe");
});
afterAll(async () => {
  await h?.close();
});

describe("without a metrics token", () => {
  it("keeps /metrics off the webhook's port, and serves it on the loopback listener", async () => {
    const logger = pino({ level: "silent" });
    const { bot, metrics } = h.makeBot();
    const web = createWebhookServer(bot, { path: "/hook", secret: "s3cret", metrics, logger });
    await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
    const port = await freePort();
    const config = loadConfig({ METRICS_PORT: String(port) });
    expect(config.metrics.host).toBe("127.0.0.1");
    const stop = await startMetricsServer(config, metrics, logger);
    try {
      const webAt = (path: string) => fetch(`http://127.0.0.1:${(web.address() as AddressInfo).port}${path}`);
      expect((await webAt("/metrics")).status).toBe(404);
      expect(await (await webAt("/healthz")).json()).toEqual({ ok: true });
      const open = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(open.status).toBe(200);
      expect(await open.text()).toMatch(/^process_resident_memory_bytes \d+/m);
    } finally {
      await stop();
      await new Promise((r) => web.close(r));
    }
  });
});
