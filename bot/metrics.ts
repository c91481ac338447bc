import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Store } from "../store/runtime.js";

/**
 * Prometheus metrics of one bot, on its own registry (GET /metrics, see bot/run/observe.ts): the
 * process's own (resident memory, heap, event-loop lag, garbage collection: prom-client's default
 * metrics) and the bot's.
 */
export interface BotMetrics {
  registry: Registry;
  updates: Counter<"type">;
  answers: Counter<"route">;
  errors: Counter<"kind">;
  latency: Histogram<"type">;
  /** How long an update waited between reaching this process and its handling starting. */
  wait: Histogram<"type">;
  /** When each update not yet handled reached this process (performance.now()), by update_id. */
  arrivals: Arrivals;
  /** 1 while the Bot API answers, 0 during an outage. */
  telegramUp: Gauge;
}

/** Arrival times of updates between the door (webhook, getUpdates) and their handler. */
export class Arrivals {
  private readonly at = new Map<number, number>();

  arrived(updateId: number, at = performance.now()): void {
    // Updates the bot never handled (a malformed one, a restart) must not pile up.
    if (this.at.size >= 10_000) this.at.clear();
    this.at.set(updateId, at);
  }

  /** Milliseconds since the update arrived (and forgets it); null when its arrival is unknown. */
  waited(updateId: number, now = performance.now()): number | null {
    const at = this.at.get(updateId);
    if (at === undefined) return null;
    this.at.delete(updateId);
    return now - at;
  }
}

export function createMetrics(store?: Store): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
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
    wait: new Histogram({
      name: "bot_update_wait_seconds",
      help: "Time an update waited before its handling began: from its connection being accepted (webhook) or its getUpdates answer (polling), through a busy event loop and the updates of its chat ahead of it",
      labelNames: ["type"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    arrivals: new Arrivals(),
    latency: new Histogram({
      name: "bot_update_duration_seconds",
      help: "Time to handle one update end to end, including Bot API calls",
      labelNames: ["type"],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
