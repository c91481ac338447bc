import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../logger.js";

export interface ApiRetryOptions {
  /** Longest wait between two attempts while the Bot API cannot be reached (the delay doubles up to it). */
  maxDelayMs: number;
  /** First wait (default 250 ms). */
  baseDelayMs?: number;
  /**
   * Retries of a call other than getUpdates before its error is thrown to the handler (an answer
   * to a user should not wait out a long outage; default 3). getUpdates retries for as long as
   * the outage lasts.
   */
  maxRetries?: number;
  logger: Logger;
  /** Told when the Bot API stops or starts answering (for the metrics). */
  onChange?: (reachable: boolean) => void;
}

/**
 * One API transformer for network errors (no answer at all) and 5xx answers: retried with a
 * capped, doubling delay, so polling resumes within `maxDelayMs` of Telegram coming back (the
 * auto-retry plugin doubles up to an hour and says nothing). 429s are left to auto-retry.
 * An outage is logged at its first failure, once a minute while it lasts, and at recovery.
 */
export function apiRetry(options: ApiRetryOptions): Transformer {
  const base = options.baseDelayMs ?? 250;
  const maxRetries = options.maxRetries ?? 3;
  const log = options.logger;
  let outage: { since: number; reported: number; failures: number } | null = null;

  const failed = (method: string, error: string) => {
    const now = Date.now();
    if (!outage) {
      outage = { since: now, reported: now, failures: 0 };
      log.warn({ method, error }, "the Telegram Bot API is unreachable: retrying");
      options.onChange?.(false);
    } else if (now - outage.reported >= 60_000) {
      outage.reported = now;
      log.warn(
        { method, error, downSeconds: Math.round((now - outage.since) / 1000), attempts: outage.failures },
        "the Telegram Bot API is still unreachable",
      );
    }
    outage.failures++;
  };
  const answered = () => {
    if (!outage) return;
    log.info(
      { downSeconds: Math.round((Date.now() - outage.since) / 1000), attempts: outage.failures },
      "the Telegram Bot API is reachable again",
    );
    outage = null;
    options.onChange?.(true);
  };

  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      let error: string;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok || result.error_code < 500) {
          answered();
          return result;
        }
        error = `${result.error_code}: ${result.description}`;
        if (method !== "getUpdates" && attempt > maxRetries) return result;
      } catch (err) {
        if (!(err instanceof HttpError) || signal?.aborted) throw err;
        error = describe(err);
        if (method !== "getUpdates" && attempt > maxRetries) {
          failed(method, error);
          throw err;
        }
      }
      failed(method, error);
      await pause(Math.min(options.maxDelayMs, base * 2 ** Math.min(attempt - 1, 20)), signal);
    }
  };
}

/** The network error's own message (ECONNREFUSED…), rather than grammY's generic one. */
function describe(err: HttpError): string {
  const inner = err.error as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  return inner?.cause?.code ?? inner?.code ?? inner?.message ?? err.message;
}

function pause(ms: number, signal: Parameters<Transformer>[3]): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("aborted while waiting to retry"));
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(new Error("aborted while waiting to retry"));
    }
    signal?.addEventListener("abort", abort);
  });
}
