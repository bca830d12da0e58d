import { VectorIndexError } from "./errors.ts";
import { readFaissHeader } from "./faiss-file.ts";
import { FaissIndex } from "./faiss-index.ts";
import { faissAddon, type NativeIndex } from "./native.ts";
import type { VectorIndex } from "./types.ts";

/**
 * Reads an index written by `VectorIndex.save`. Kind, metric and dimension come from the file.
 *
 * @example
 * const index = await loadIndex(".data/catalog.faiss");
 * const { ids } = await index.search(queries, 50);
 */
export async function loadIndex(path: string): Promise<VectorIndex> {
  if (typeof path !== "string" || path.length === 0) {
    throw new VectorIndexError("invalid_argument", `expected a file path, got ${String(path)}`);
  }
  // The header is checked here first: faiss names little of what is wrong with a file, and
  // faiss-node does not expose the metric, which the wrapper needs.
  const header = await readFaissHeader(path);
  let native: NativeIndex;
  try {
    native = faissAddon().Index.read(path);
  } catch (cause) {
    if (cause instanceof VectorIndexError) throw cause;
    throw new VectorIndexError(
      "invalid_file",
      `${path} is not a readable faiss index: ${(cause as Error).message}`,
      { path, cause },
    );
  }
  if (native.getDimension() !== header.dim || native.ntotal() !== header.size) {
    throw new VectorIndexError(
      "invalid_file",
      `${path} is not a readable faiss index: header says ${header.size} x ${header.dim}, ` +
        `faiss read ${native.ntotal()} x ${native.getDimension()}`,
      { path },
    );
  }
  switch (header.kind) {
    case "flat":
    case "hnsw":
    case "ivf":
      return new FaissIndex(native, header.kind, header.metric);
    default: {
      const unknown: never = header.kind;
      throw new VectorIndexError("invalid_file", `${path}: unsupported index kind ${unknown}`, {
        path,
      });
    }
  }
}
