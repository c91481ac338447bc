import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/** "bot" holders watch the inbox folder; "cli" holders (npm run ingest) do not. */
export type LockRole = "bot" | "cli";

export interface LockHolder {
  pid: number;
  role: LockRole;
}

export class StoreLockedError extends Error {
  override name = "StoreLockedError";
  constructor(readonly holder: LockHolder) {
    super(`the embedded database is open in another process (pid ${holder.pid}, ${holder.role})`);
  }
}

export interface DataLock {
  release(): void;
}

export const lockPath = (dataDir: string) => join(dataDir, "db.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live process holding the data folder's lock, if any (a stale file from a dead process is ignored). */
export function lockHolder(dataDir: string): LockHolder | null {
  let raw: string;
  try {
    raw = readFileSync(lockPath(dataDir), "utf8");
  } catch {
    return null;
  }
  try {
    const holder = JSON.parse(raw) as LockHolder;
    return typeof holder.pid === "number" && (holder.pid === process.pid || alive(holder.pid))
      ? holder
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes `<dataDir>/db.lock` (created exclusively, holding our pid and role). A lock left by a dead
 * process is taken over; a live holder raises StoreLockedError.
 */
export function acquireDataLock(dataDir: string, role: LockRole): DataLock {
  const path = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, role }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        rmSync(path, { force: true });
      };
      process.on("exit", release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = lockHolder(dataDir);
      if (holder) throw new StoreLockedError(holder);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
