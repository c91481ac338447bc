import pg from "pg";
import { pgConfig } from "./db.js";

export interface LeaderOptions {
  databaseUrl: string;
  schema?: string;
  /** What the lock is for; instances using the same name (and schema) elect one holder. */
  name: string;
  /** How often a follower tries to take the lock, and the holder checks its connection. */
  retryMs?: number;
  /** Called when this process becomes the holder. */
  onLead(): void | Promise<void>;
  /** Called when it stops being the holder (connection lost, or stop()). */
  onLose(): void | Promise<void>;
  onError?(err: unknown): void;
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
        const c = new pg.Client(pgConfig(options.databaseUrl, options.schema));
        // A dead connection must not crash the process; the next tick notices and reconnects.
        c.on("error", () => {});
        await c.connect();
        client = c;
      }
      if (leading) {
        await client.query("SELECT 1");
        return;
      }
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
    } catch (err) {
      options.onError?.(err);
      await lose();
      await drop();
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      ticking = tick().finally(schedule);
    }, retryMs);
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
