import { randomBytes } from "node:crypto";
import { type FSWatcher, mkdirSync, watch } from "node:fs";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { IngestError, type IngestInput, type IngestResult } from "../../store/ingest.js";
import { ingestErrorText, reportTable } from "../render/ingest-report.js";

/**
 * The hand-off between `npm run ingest` and a running bot that holds the embedded database (only
 * one process can open it): the CLI drops a request into `<DATA_DIR>/inbox/`, the bot ingests it
 * and writes the outcome to `<DATA_DIR>/inbox/done/`, where the CLI waits for it.
 */
export const inboxDir = (dataDir: string) => join(dataDir, "inbox");
const doneDir = (dataDir: string) => join(inboxDir(dataDir), "done");

interface InboxRequest {
  /** The file's bytes, base64: validated by the bot exactly as if read from disk. */
  content: string;
  title?: string;
  date?: string;
  id?: string;
}

export type InboxResult =
  | { ok: true; id: string; title: string; version: number | null; notified: number; report: string }
  | { ok: false; code: string; message: string };

/** Writes a request atomically (temp file, then rename) and returns its name. */
export async function dropInInbox(
  dataDir: string,
  input: { content: Uint8Array; title?: string; date?: string; id?: string },
): Promise<string> {
  const dir = inboxDir(dataDir);
  mkdirSync(doneDir(dataDir), { recursive: true });
  const name = `${Date.now()}-${randomBytes(4).toString("hex")}.json`;
  const request: InboxRequest = { ...input, content: Buffer.from(input.content).toString("base64") };
  const temp = join(dir, `.${name}.tmp`);
  await writeFile(temp, JSON.stringify(request));
  await rename(temp, join(dir, name));
  return name;
}

/** Waits for the bot's answer to a request; null when it does not come in time. */
export async function awaitInboxResult(
  dataDir: string,
  name: string,
  timeoutMs: number,
): Promise<InboxResult | null> {
  const path = join(doneDir(dataDir), name);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const result = JSON.parse(await readFile(path, "utf8")) as InboxResult;
      await rm(path, { force: true });
      return result;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return null;
}

export interface InboxWatcher {
  /** Processes whatever is waiting now (also called by the watcher and the poll). */
  drain(): Promise<void>;
  stop(): void;
}

/** Results nobody collected (the CLI gave up waiting) are removed after a day. */
const RESULT_TTL_MS = 24 * 3600_000;

/** Ingests one request file and writes its outcome where the CLI waits for it. */
async function handleRequest(
  dataDir: string,
  name: string,
  ingest: (input: IngestInput) => Promise<IngestResult>,
  onError?: (err: unknown, name: string) => void,
): Promise<void> {
  const path = join(inboxDir(dataDir), name);
  let result: InboxResult;
  try {
    const request = JSON.parse(await readFile(path, "utf8")) as InboxRequest;
    const { content, ...flags } = request;
    const { source, published, report } = await ingest({ ...flags, content: Buffer.from(content, "base64") });
    result = {
      ok: true,
      id: source.id,
      title: source.title,
      version: published?.version ?? null,
      notified: published?.notified ?? 0,
      report: reportTable(report),
    };
  } catch (err) {
    if (!(err instanceof IngestError)) onError?.(err, name);
    result =
      err instanceof IngestError
        ? { ok: false, code: err.code, message: ingestErrorText(err.code, err.detail, "en") }
        : { ok: false, code: "internal", message: "the bot could not ingest the document; see its log" };
  }
  await writeFile(join(doneDir(dataDir), name), JSON.stringify(result));
  await rm(path, { force: true });
}

/** Removes results nobody collected. */
async function sweepResults(dataDir: string): Promise<void> {
  const done = doneDir(dataDir);
  for (const name of await readdir(done)) {
    const info = await stat(join(done, name)).catch(() => null);
    if (info && Date.now() - info.mtimeMs > RESULT_TTL_MS) await rm(join(done, name), { force: true });
  }
}

/**
 * Watches the inbox (fs.watch, plus a poll because fs.watch can miss events on some file
 * systems) and ingests each request in arrival order, one at a time.
 */
export function watchInbox(options: {
  dataDir: string;
  ingest: (input: IngestInput) => Promise<IngestResult>;
  onError?: (err: unknown, name: string) => void;
  pollMs?: number;
}): InboxWatcher {
  const dir = inboxDir(options.dataDir);
  mkdirSync(doneDir(options.dataDir), { recursive: true });

  let running: Promise<void> | null = null;
  let again = false;
  const drain = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const names = (await readdir(dir)).filter((n) => n.endsWith(".json") && !n.startsWith(".")).sort();
        for (const name of names) await handleRequest(options.dataDir, name, options.ingest, options.onError);
      } while (again);
      await sweepResults(options.dataDir);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const kick = () => {
    drain().catch((err) => options.onError?.(err, "inbox"));
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, kick);
    watcher.on("error", () => {});
  } catch {
    // No fs.watch here: the poll below still finds every request.
  }
  const timer = setInterval(kick, options.pollMs ?? 2000);
  timer.unref();
  kick();

  return {
    drain,
    stop() {
      clearInterval(timer);
      watcher?.close();
    },
  };
}
