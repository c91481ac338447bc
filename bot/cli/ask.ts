/**
 * `npm run ask -- --json "question"`: one Answer as JSON.
 * `npm run ask -- --jsonl`: one question per stdin line → one Answer JSON per line, in order. A line
 * may be JSON `{"session": "s1", "q": "…"}`: lines of one session are a conversation.
 * `npm run ask -- "question"`: a human-readable answer with its sources.
 * `--session NAME` keeps a conversation between calls (in the store's sessions table).
 * Opens the same store and DATA_DIR as the bot (bot/runtime.ts).
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { StoreLockedError } from "../../store/lock.js";
import { type SessionStorage, sessionStorage } from "../../store/sessions.js";
import type { Engine } from "../../tools/engine.js";
import type { Answer, ConversationContext } from "../../tools/types.js";
import { ConfigError, loadConfig } from "../config.js";
import { StoredContext } from "../middleware/session.js";
import { openRuntime } from "../runtime.js";

const USAGE =
  'Usage: npm run ask -- [--json] [--session NAME] "question"   or   npm run ask -- --jsonl [--session NAME] < questions.txt\n';

interface Args {
  json: boolean;
  jsonl: boolean;
  session?: string;
  question: string;
}

/** The command line, or null when it does not fit the usage (an unknown flag, --session without a name). */
function readArgs(): Args | null {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { json: { type: "boolean" }, jsonl: { type: "boolean" }, session: { type: "string" } },
    });
    const args = {
      json: values.json ?? false,
      jsonl: values.jsonl ?? false,
      session: values.session,
      question: positionals.join(" "),
    };
    return (args.jsonl || args.question) && args.session !== "" ? args : null;
  } catch {
    return null;
  }
}

/** The Answer with its fields in a fixed, readable order. */
function json(a: Answer): string {
  const { question, lang, route, tool, answer, citations, ...rest } = a;
  return JSON.stringify({ question, lang, route, tool, answer, citations, ...rest });
}

function human(a: Answer): string {
  const sources = a.citations.map((c) => `  [${c.n}] ${c.title}: “${c.quote}”`);
  return [a.answer, ...(sources.length ? ["", "Sources:", ...sources] : []), ""].join("\n");
}

/** A jsonl line: plain text, or `{"session": …, "q": …}` (anything else is read as text). */
function parseLine(line: string): { q: string; session?: string } {
  if (!line.trimStart().startsWith("{")) return { q: line };
  try {
    const value = JSON.parse(line) as { q?: unknown; session?: unknown };
    if (typeof value.q !== "string") return { q: line };
    return { q: value.q, session: typeof value.session === "string" ? value.session : undefined };
  } catch {
    return { q: line };
  }
}

/** Answers in a named session: its context read before, and the new one saved after. */
async function ask(
  engine: Engine,
  sessions: SessionStorage<{ context: ConversationContext }>,
  q: string,
  session?: string,
): Promise<Answer> {
  if (!session) return engine.answer(q);
  const key = `cli:${session}`;
  const saved = StoredContext.safeParse((await sessions.read(key))?.context);
  const answer = await engine.answer(q, { context: saved.success ? saved.data : null });
  if (answer.context) await sessions.write(key, { context: answer.context });
  return answer;
}

async function main(): Promise<number> {
  const args = readArgs();
  if (!args) {
    process.stderr.write(USAGE);
    return 2;
  }
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const runtime = await openRuntime({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    role: "cli",
    models: config.models,
  });
  const sessions = sessionStorage<{ context: ConversationContext }>(runtime.store.db, {
    ttlMs: config.conversationTtlMs,
  });
  try {
    if (args.jsonl) {
      for await (const line of createInterface({
        input: process.stdin,
        crlfDelay: Number.POSITIVE_INFINITY,
      })) {
        const { q, session } = parseLine(line);
        process.stdout.write(`${json(await ask(runtime.engine, sessions, q, session ?? args.session))}\n`);
      }
    } else {
      const answer = await ask(runtime.engine, sessions, args.question, args.session);
      process.stdout.write(args.json ? `${json(answer)}\n` : human(answer));
    }
    return 0;
  } finally {
    await runtime.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof StoreLockedError
        ? `${error.message}: the bot is using DATA_DIR's embedded database. Stop it, or point both at a PostgreSQL server with DATABASE_URL.`
        : error instanceof ConfigError
          ? error.message
          : `ask failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exitCode = 1;
  },
);
