import type { Source } from "../knowledge/schema.js";
import type { Queryable } from "./db.js";
import { type IngestTarget, knowledgeIn } from "./ingest.js";
import { currentVersionNumber } from "./versions.js";

export interface VersionWatch {
  /** The version this instance's engine reflects. */
  readonly version: number;
  /** Looks now; returns the sources added to the engine. */
  check(): Promise<Source[]>;
  stop(): void;
}

/**
 * Keeps an instance's engine in step with the store: when another instance publishes a new
 * knowledge version (a document, its claims, a review), the engine answers from it.
 */
export function watchVersions(options: {
  db: Queryable;
  engine: IngestTarget;
  since: number;
  intervalMs?: number;
  onReload?: (version: number, added: Source[]) => void;
  /** The first failure of a run of failures (while the store is away, it is not repeated). */
  onError?: (err: unknown) => void;
  onRecover?: () => void;
}): VersionWatch {
  let version = options.since;
  let checking: Promise<Source[]> | null = null;

  const run = async (): Promise<Source[]> => {
    const latest = await currentVersionNumber(options.db);
    if (latest <= version) return [];
    const known = new Map(options.engine.knowledge.sources.map((s) => [s.id, s.body]));
    const next = await knowledgeIn(options.db, options.engine);
    const added = next.sources.filter((d) => known.get(d.id) !== d.body);
    await options.engine.update(next);
    version = latest;
    options.onReload?.(latest, added);
    return added;
  };
  const check = () => {
    checking ??= run().finally(() => {
      checking = null;
    });
    return checking;
  };

  let failing = false;
  const timer = setInterval(() => {
    check().then(
      () => {
        if (failing) options.onRecover?.();
        failing = false;
      },
      (err) => {
        if (!failing) options.onError?.(err);
        failing = true;
      },
    );
  }, options.intervalMs ?? 5000);
  timer.unref();

  return {
    get version() {
      return version;
    },
    check,
    stop: () => clearInterval(timer),
  };
}
