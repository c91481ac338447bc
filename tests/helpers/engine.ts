import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createEngine } from "../../tools/create-engine.js";
import type { Engine } from "../../tools/engine.js";

/**
 * A real engine (real dataset, real retrieval index in a temporary data folder) for the tests of
 * one file: opened before them, closed and removed after. Call the returned function inside tests.
 */
export function useEngine(name: string): () => Engine {
  let engine: Engine | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), `${name}-`));
  beforeAll(async () => {
    engine = await createEngine({ dataDir });
  });
  afterAll(async () => {
    await engine?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (!engine) throw new Error("the engine is not open yet");
    return engine;
  };
}
