/**
 * `npm run ingest -- <file> [--title "…"] [--date YYYY-MM-DD] [--id some-id] [--dry-run]`: adds a
 * text or Markdown document (front matter `title:`/`date:`/`id:` or the flags) to the knowledge
 * and prints the ingest report: the claims extracted (subject, attribute, old → new, qualifier,
 * quote) and the figures left out. `--dry-run` prints the report and stores nothing.
 *
 * - DATABASE_URL set: writes to PostgreSQL directly; running instances reload it within seconds.
 * - Embedded database and the bot running (it holds the database): hands the file to the bot
 *   through `<DATA_DIR>/inbox/`, and the bot ingests it, indexes it and notifies subscribers.
 * - Embedded database and no bot: opens the store itself; subscribers are notified when the bot
 *   next starts. The retrieval index is rebuilt by the bot, so this process never writes it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import dotenv from "dotenv";
import { planIngest } from "../../knowledge/ingest.js";
import { DatasetError, loadKnowledge } from "../../knowledge/load.js";
import {
  IngestError,
  ingestDocument,
  knowledgeIn,
  parseDocument,
  previewDocument,
} from "../../store/ingest.js";
import { StoreLockedError } from "../../store/lock.js";
import { openStore } from "../../store/runtime.js";
import { configuredClaimModel } from "../claim-model.js";
import { ConfigError, loadConfig } from "../config.js";
import { ingestErrorText, reportTable } from "../render/ingest-report.js";
import { awaitInboxResult, dropInInbox } from "../run/inbox.js";

const USAGE =
  'Usage: npm run ingest -- <file.md|file.txt> [--title "Title"] [--date YYYY-MM-DD] [--id some-id] [--dry-run]';
const HANDOFF_TIMEOUT_MS = 60_000;

class UsageError extends Error {}

function readInput(argv: string[]) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) throw new UsageError(USAGE);
  let content: Uint8Array;
  try {
    content = readFileSync(file);
  } catch {
    throw new UsageError(`Cannot read "${file}": check the path.`);
  }
  const { title, date, id } = parsed.values;
  return { input: { content, title, date, id }, dryRun: parsed.values["dry-run"] === true };
}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      title: { type: "string" },
      date: { type: "string" },
      id: { type: "string" },
      "dry-run": { type: "boolean" },
    },
  });

async function main(): Promise<string> {
  dotenv.config({ quiet: true });
  const { input, dryRun } = readInput(process.argv.slice(2));
  // Bad input fails here, before any database or bot is involved.
  const doc = parseDocument(input);
  const config = loadConfig(process.env);

  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, role: "cli" });
  } catch (err) {
    if (!(err instanceof StoreLockedError)) throw err;
    if (dryRun) {
      // The running bot holds the embedded database: the report is made against the knowledge files.
      const { sha256: _, ...source } = doc;
      return reportTable(planIngest(loadKnowledge(), source), "en", true);
    }
    if (err.holder.role !== "bot") throw new UsageError("Another ingest is running; try again in a moment.");
    const name = await dropInInbox(config.dataDir, input);
    const result = await awaitInboxResult(config.dataDir, name, HANDOFF_TIMEOUT_MS);
    if (!result)
      return `Handed to the running bot (pid ${err.holder.pid}); it has not answered yet and will ingest it shortly.`;
    if (!result.ok) throw new UsageError(result.message);
    return `Added “${result.title}” (id ${result.id}) through the running bot: knowledge version ${result.version}, notifying ${result.notified} subscriber(s).\n\n${result.report}`;
  }

  try {
    const files = { knowledge: loadKnowledge() };
    if (dryRun) return reportTable(await previewDocument(store.db, files, input), "en", true);
    const target = { knowledge: await knowledgeIn(store.db, files), update: async () => {} };
    const { source, published, report } = await ingestDocument(store.db, target, input, {
      model: await configuredClaimModel(config.models.claims),
      onModelError: (err) =>
        process.stderr.write(`The extraction model did not answer (${String(err)}): offline claims only.\n`),
    });
    const when = config.databaseUrl
      ? "running instances pick it up within seconds"
      : "they will be notified when the bot runs";
    return `Added “${source.title}” (id ${source.id}): knowledge version ${published?.version}, ${published?.notified ?? 0} subscriber(s) to notify (${when}).\n\n${reportTable(report)}`;
  } finally {
    await store.close();
  }
}

main().then(
  (line) => {
    process.stdout.write(`${line}\n`);
  },
  (err) => {
    const known =
      err instanceof UsageError ||
      err instanceof IngestError ||
      err instanceof ConfigError ||
      err instanceof DatasetError;
    const message = err instanceof IngestError ? ingestErrorText(err.code, err.detail, "en") : err.message;
    process.stderr.write(
      `${known ? message : `Could not ingest: ${err instanceof Error ? err.message : err}`}\n`,
    );
    process.exitCode = 1;
  },
);
