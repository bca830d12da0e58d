/**
 * An index built once from a set of vectors and kept on disk: a server loads it at start instead
 * of rebuilding (HNSW over 100,000 vectors takes minutes). The file name carries a hash of the
 * vectors and of the build settings, so other vectors (another catalog, another encoder) or
 * other settings never read a stale index: they build their own file.
 */
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isVectorIndexError } from "./errors.ts";
import { type LoadIndexOptions, loadIndex } from "./load-index.ts";
import type { VectorIndex } from "./types.ts";

/** What shapes a built index (search-time settings such as efSearch are not part of it). */
export type IndexBuildKey = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * `<dir>/<name>-<hash>.faiss`, where the hash covers `vectors` (every byte) and `build`.
 *
 * @example
 * indexCacheFile("models/encoder/features", "catalog-s42-n100000-hnsw32", vectors, { m: 32 });
 * // "models/encoder/features/catalog-s42-n100000-hnsw32-3f9a0c1b2d4e.faiss"
 */
export function indexCacheFile(
  dir: string,
  name: string,
  vectors: Float32Array,
  build: IndexBuildKey,
): string {
  const hash = createHash("sha256")
    .update(new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength))
    .update(JSON.stringify(Object.entries(build).sort(([a], [b]) => a.localeCompare(b))))
    .digest("hex")
    .slice(0, 12);
  return join(dir, `${name}-${hash}.faiss`);
}

/** What `cachedIndex` needs besides the file. */
export interface CachedIndexOptions extends LoadIndexOptions {
  /** Builds the index when the file is missing or unreadable (then saved to the file). */
  readonly build: () => Promise<VectorIndex>;
  /** Vectors the index must hold; a file of another size is rebuilt. */
  readonly size: number;
  /** Dimension it must have; a file of another dimension is rebuilt. */
  readonly dim: number;
}

/** The index, and whether it was built (true) or read from the cache file (false). */
export interface CachedIndex {
  readonly index: VectorIndex;
  readonly built: boolean;
}

/**
 * The index saved in `file`, or `build()`'s, saved there for next time (atomically, so that an
 * interrupted build leaves no half file). A file that is missing, unreadable or of another size
 * or dimension is rebuilt. `efSearch`/`probes` apply to a loaded file as to `loadIndex`; a built
 * index searches with what `build` gave it.
 *
 * @example
 * const file = indexCacheFile(dir, "catalog-hnsw32", vectors, { m: 32 });
 * const { index, built } = await cachedIndex(file, {
 *   size: rows, dim, efSearch: 96,
 *   build: async () => { const i = createHnswIndex(dim, "ip", { efSearch: 96 }); await i.add(vectors); return i; },
 * });
 */
export async function cachedIndex(file: string, options: CachedIndexOptions): Promise<CachedIndex> {
  const loaded = await loadIndex(file, options).catch((error: unknown) => {
    if (
      isVectorIndexError(error) &&
      (error.code === "file_not_found" || error.code === "invalid_file")
    ) {
      return undefined;
    }
    throw error;
  });
  if (loaded !== undefined && loaded.size === options.size && loaded.dim === options.dim) {
    return { index: loaded, built: false };
  }
  const index = await options.build();
  await mkdir(dirname(file), { recursive: true });
  await index.save(file);
  return { index, built: true };
}
