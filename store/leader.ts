import pg from "pg";
import { pgConfig } from "./db.js";

export interface LeaderOptions {
  databaseUrl: string;
  schema?: string;
  /** What the lock is for; instances using the same name (and schema) elect one holder. */
  name: string;
  /** How often a follower tries to take the lock, and the holder checks its connection. */
  retryMs?: number;
  /** After a failure, reconnecting is tried sooner: doubling from 250 ms up to this (default 2 s). */
  reconnectMaxMs?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** Called when this process becomes the holder. */
  onLead(): void | Promise<void>;
  /** Called when it stops being the holder (connection lost, or stop()). */
  onLose(): void | Promise<void>;
  /** The first failure of a run of failures (the next ones are not reported again). */
  onError?(err: unknown): void;
  /** The connection works again after onError. */
  onRecover?(): void;
}

export interface Leadership {
  readonly leading: boolean;
  stop(): Promise<void>;
}

/**
 * Leader election with a PostgreSQL session advisory lock held on a dedicated connection: the
 * holder keeps it as long as its session lives, so when the holder dies its lock is released and
 * the next follower to retry takes over.
 */
export function leadWhenPossible(options: LeaderOptions): Leadership {
  const retryMs = options.retryMs ?? 5000;
  let client: pg.Client | null = null;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> = Promise.resolve();
  let failures = 0;

  const lose = async () => {
    if (!leading) return;
    leading = false;
    await options.onLose();
  };

  const drop = async () => {
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };

  const tick = async () => {
    try {
      if (!client) {
        const c = new pg.Client(pgConfig(options.databaseUrl, options.schema, options));
        // A dead connection must not crash the process; the next tick notices and reconnects.
        c.on("error", () => {});
        await c.connect();
        client = c;
      }
      if (leading) {
        await client.query("SELECT 1");
      } else {
        const [row] = (
          await client.query<{ ok: boolean }>(
            "SELECT pg_try_advisory_lock(hashtext(current_schema() || $1)) AS ok",
            [`:${options.name}`],
          )
        ).rows;
        if (row?.ok && !stopped) {
          leading = true;
          await options.onLead();
        }
      }
      if (failures > 0) {
        failures = 0;
        options.onRecover?.();
      }
    } catch (err) {
      if (failures++ === 0) options.onError?.(err);
      await lose();
      await drop();
    }
  };

  const reconnectMaxMs = Math.min(retryMs, options.reconnectMaxMs ?? 2000);
  const schedule = () => {
    if (stopped) return;
    const wait = failures === 0 ? retryMs : Math.min(reconnectMaxMs, 250 * 2 ** Math.min(failures - 1, 10));
    timer = setTimeout(() => {
      ticking = tick().finally(schedule);
    }, wait);
  };
  ticking = tick().finally(schedule);

  return {
    get leading() {
      return leading;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await ticking;
      await lose();
      // Ending the session releases the lock at once, so a follower can take over.
      await drop();
    },
  };
}
