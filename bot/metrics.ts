import { Counter, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one bot, on its own registry (served at GET /metrics in webhook mode). */
export interface BotMetrics {
  registry: Registry;
  updates: Counter<"type">;
  answers: Counter<"route">;
  errors: Counter<"kind">;
  latency: Histogram<"type">;
}

export function createMetrics(): BotMetrics {
  const registry = new Registry();
  return {
    registry,
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
