import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import hnswlib from "hnswlib-node";

export interface HnswParams {
  /** Graph degree: 16 is plenty for a few hundred thousand chunks. */
  m: number;
  /** Build-time beam: higher is a better graph and a slower build. */
  efConstruction: number;
  /** Query-time beam (raised to k when k is larger). */
  efSearch: number;
}

export const DEFAULT_HNSW: HnswParams = { m: 16, efConstruction: 100, efSearch: 64 };
const SEED = 42;

export interface VectorHit {
  label: number;
  /** Cosine similarity, 1 for the same direction. */
  similarity: number;
}

/**
 * An hnswlib-node HNSW graph in cosine space whose capacity grows on demand. Deleted points are
 * only marked (hnswlib's markDelete) and their slots are reused by later additions.
 */
export class VectorIndex {
  private constructor(
    private readonly hnsw: hnswlib.HierarchicalNSW,
    readonly dims: number,
    private readonly params: HnswParams,
  ) {
    hnsw.setEf(params.efSearch);
  }

  static create(dims: number, capacity: number, params: HnswParams = DEFAULT_HNSW): VectorIndex {
    const hnsw = new hnswlib.HierarchicalNSW("cosine", dims);
    hnsw.initIndex({
      maxElements: Math.max(1, capacity),
      m: params.m,
      efConstruction: params.efConstruction,
      randomSeed: SEED,
      allowReplaceDeleted: true,
    });
    return new VectorIndex(hnsw, dims, params);
  }

  static read(file: string, dims: number, params: HnswParams = DEFAULT_HNSW): VectorIndex {
    const hnsw = new hnswlib.HierarchicalNSW("cosine", dims);
    hnsw.readIndexSync(file, true);
    return new VectorIndex(hnsw, dims, params);
  }

  get capacity(): number {
    return this.hnsw.getMaxElements();
  }

  /** Adds a point, doubling the capacity when it is full. */
  add(label: number, vector: number[]): void {
    if (this.hnsw.getCurrentCount() >= this.capacity) this.hnsw.resizeIndex(Math.max(16, this.capacity * 2));
    this.hnsw.addPoint(vector, label, true);
  }

  remove(label: number): void {
    this.hnsw.markDelete(label);
  }

  search(vector: number[], k: number): VectorHit[] {
    const n = Math.min(k, this.capacity);
    if (n <= 0 || this.hnsw.getCurrentCount() === 0) return [];
    this.hnsw.setEf(Math.max(this.params.efSearch, n));
    const { neighbors, distances } = this.hnsw.searchKnn(vector, n);
    return neighbors.map((label, i) => ({ label, similarity: 1 - (distances[i] ?? 1) }));
  }

  /** Writes to a temporary file first, so a crash never leaves a half-written index behind. */
  write(file: string): void {
    this.hnsw.writeIndexSync(`${file}.tmp`);
    renameSync(`${file}.tmp`, file);
  }
}

/** One chunk of the index: a span of a source body, keyed by its HNSW label. */
export interface ChunkEntry {
  id: number;
  source: string;
  start: number;
  end: number;
}

/** What was indexed with what: the index is reused only when both still match. */
export interface IndexManifest {
  version: 1;
  corpusHash: string;
  embedderId: string;
  dims: number;
  nextId: number;
  /** The HNSW file this manifest goes with (a new name per save, so the pair is always consistent). */
  vectorsFile: string;
  chunks: ChunkEntry[];
  /** The embedder's fitted state (HashingEmbeddings' IDF table), if it has one. */
  embedderState?: unknown;
}

export const MANIFEST_FILE = "manifest.json";

export function readManifest(dir: string): IndexManifest | null {
  const file = join(dir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    const m = JSON.parse(readFileSync(file, "utf8")) as Partial<IndexManifest>;
    const ok =
      m.version === 1 &&
      typeof m.corpusHash === "string" &&
      typeof m.embedderId === "string" &&
      typeof m.dims === "number" &&
      typeof m.nextId === "number" &&
      typeof m.vectorsFile === "string" &&
      Array.isArray(m.chunks);
    return ok ? (m as IndexManifest) : null;
  } catch {
    return null;
  }
}

/** The manifest is written last and atomically: it is what makes a saved index valid. */
export function writeManifest(dir: string, manifest: IndexManifest): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, MANIFEST_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  renameSync(`${file}.tmp`, file);
}
