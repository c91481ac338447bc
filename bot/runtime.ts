/**
 * One way to open what every front door answers from (the bot, the local chat, `npm run ask`,
 * `npm run eval`): the store (PGlite in DATA_DIR, or PostgreSQL) and the engine over the same
 * DATA_DIR, with the documents ingested into the store and their claims, so what was ingested is answered
 * everywhere.
 */
import type { LockRole } from "../store/lock.js";
import type { Store } from "../store/runtime.js";
import type { EngineModels } from "../tools/create-engine.js";
import type { Engine } from "../tools/engine.js";

export interface RuntimeOptions {
  dataDir: string;
  databaseUrl?: string;
  /** Who holds the embedded database's lock: the bot watches the inbox, a CLI does not. */
  role?: LockRole;
  /** PostgreSQL connect and statement timeouts (BotConfig.database). */
  database?: { connectTimeoutMs: number; statementTimeoutMs: number };
  /** The engine's optional models (BotConfig.models: the embedder, the question parser); offline without. */
  models?: EngineModels;
}

export interface Runtime {
  store: Store;
  engine: Engine;
  /** Closes the store and the engine (PGlite must be closed or the process never exits). */
  close(): Promise<void>;
}

export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  // The embedded database takes about half a second to start: the engine is built meanwhile from
  // the knowledge files, then given the documents ingested into the store (usually none; when
  // there are some, the saved retrieval index no longer matches the files alone and is rebuilt,
  // which costs milliseconds per article).
  const opening = import("../store/runtime.js").then((m) =>
    m.openStore({
      dataDir: options.dataDir,
      databaseUrl: options.databaseUrl,
      role: options.role,
      ...options.database,
    }),
  );
  // Without a handler a failed open would be an unhandled rejection while the engine builds.
  opening.catch(() => {});
  const [{ createEngine }, { knowledgeIn }] = await Promise.all([
    import("../tools/create-engine.js"),
    import("../store/ingest.js"),
  ]);
  const engine = await createEngine({
    dataDir: options.dataDir,
    models: options.models && { embeddings: options.models.embeddings, parse: options.models.parse },
  }).catch(async (err) => {
    await opening.then((s) => s.close()).catch(() => {});
    throw err;
  });
  const store = await opening.catch(async (err) => {
    await engine.close();
    throw err;
  });
  try {
    // Ingested documents and their claims join the knowledge files' (usually none: then the
    // engine built from the files is already the right one, and is not built twice).
    const knowledge = await knowledgeIn(store.db, engine);
    if (
      knowledge.sources.length !== engine.knowledge.sources.length ||
      knowledge.claims.length !== engine.knowledge.claims.length
    )
      await engine.update(knowledge);
  } catch (err) {
    await store.close();
    await engine.close();
    throw err;
  }
  return {
    store,
    engine,
    async close() {
      await store.close();
      await engine.close();
    },
  };
}
