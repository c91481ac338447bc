import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Store } from "../store/runtime.js";

/** Prometheus metrics of one bot, on its own registry (served at GET /metrics in webhook mode). */
export interface BotMetrics {
  registry: Registry;
  updates: Counter<"type">;
  answers: Counter<"route">;
  errors: Counter<"kind">;
  latency: Histogram<"type">;
  /** 1 while the Bot API answers, 0 during an outage. */
  telegramUp: Gauge;
}

export function createMetrics(store?: Store): BotMetrics {
  const registry = new Registry();
  if (store) {
    new Gauge({
      name: "bot_database_up",
      help: "1 while the database answers, 0 during an outage (answers go on; subscriptions wait)",
      registers: [registry],
      collect() {
        this.set(store.db.health.up ? 1 : 0);
      },
    });
    const outbox = (name: string, help: string, read: (s: NonNullable<Store["broadcastStats"]>) => number) =>
      new Counter({
        name,
        help,
        registers: [registry],
        collect() {
          this.reset();
          const value = store.broadcastStats ? read(store.broadcastStats) : 0;
          if (value > 0) this.inc(value);
        },
      });
    outbox("bot_notifications_sent_total", "Notifications delivered by this instance", (s) => s.sent);
    outbox(
      "bot_notifications_expired_total",
      "Notifications given up because they were older than OUTBOX_MAX_AGE_HOURS",
      (s) => s.expired,
    );
    outbox("bot_notifications_failed_total", "Notifications Telegram refused for good", (s) => s.failed);
  }
  const telegramUp = new Gauge({
    name: "bot_telegram_api_up",
    help: "1 while the Telegram Bot API answers, 0 during an outage",
    registers: [registry],
  });
  telegramUp.set(1);
  return {
    registry,
    telegramUp,
    updates: new Counter({
      name: "bot_updates_total",
      help: "Telegram updates handled, by update type",
      labelNames: ["type"],
      registers: [registry],
    }),
    answers: new Counter({
      name: "bot_answers_total",
      help: "Answers sent, by engine route (tool, retrieval, none)",
      labelNames: ["route"],
      registers: [registry],
    }),
    errors: new Counter({
      name: "bot_errors_total",
      help: "Errors while handling updates, by kind (telegram, network, internal)",
      labelNames: ["kind"],
      registers: [registry],
    }),
    latency: new Histogram({
      name: "bot_update_duration_seconds",
      help: "Time to handle one update end to end, including Bot API calls",
      labelNames: ["type"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
