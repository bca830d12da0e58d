import { readFile } from "node:fs/promises";
import { VectorIndexError } from "./errors.ts";
import {
  type FaissFileHeader,
  readFaissHeader,
  setHnswParams,
  setIvfProbes,
} from "./faiss-file.ts";
import { checkInteger, FaissIndex } from "./faiss-index.ts";
import { MAX_EF } from "./hnsw-index.ts";
import { faissAddon, type NativeIndex } from "./native.ts";
import type { VectorIndex } from "./types.ts";

/** Search settings that replace the ones saved in the file (each for its own kind only). */
export interface LoadIndexOptions {
  /** HNSW: candidates a search keeps (1 to 4096); ignored by other kinds. */
  readonly efSearch?: number;
  /** IVF: lists a search visits (1 to the file's lists); ignored by other kinds. */
  readonly probes?: number;
}

/**
 * Reads an index written by `VectorIndex.save`. Kind, metric and dimension come from the file;
 * so do efSearch (HNSW) and probes (IVF) unless `options` sets them: faiss-node has no setter,
 * so the file is then read whole and the value rewritten in its bytes before faiss parses them
 * (a second copy of the index in memory while it loads).
 *
 * @example
 * const index = await loadIndex(".data/catalog.faiss", { efSearch: 96 });
 * const { ids } = await index.search(queries, 50);
 */
export async function loadIndex(
  path: string,
  options: LoadIndexOptions = {},
): Promise<VectorIndex> {
  if (typeof path !== "string" || path.length === 0) {
    throw new VectorIndexError("invalid_argument", `expected a file path, got ${String(path)}`);
  }
  // The header is checked here first: faiss names little of what is wrong with a file, and
  // faiss-node does not expose the metric, which the wrapper needs.
  const header = await readFaissHeader(path);
  const rewrite = rewriteFor(header, options);
  const bytes = rewrite === undefined ? undefined : await rewritten(path, rewrite);
  let native: NativeIndex;
  try {
    native =
      bytes === undefined ? faissAddon().Index.read(path) : faissAddon().Index.fromBuffer(bytes);
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

/** The file's bytes with `rewrite` applied; a layout it cannot edit is an invalid file. */
async function rewritten(path: string, rewrite: (bytes: Buffer) => Buffer): Promise<Buffer> {
  const bytes = await readFile(path);
  try {
    return rewrite(bytes);
  } catch (cause) {
    throw new VectorIndexError(
      "invalid_file",
      `${path} is not a readable faiss index: ${(cause as Error).message}`,
      { path, cause },
    );
  }
}

/** How the file's bytes must change for `options`, or undefined to let faiss read the file. */
function rewriteFor(
  header: FaissFileHeader,
  options: LoadIndexOptions,
): ((bytes: Buffer) => Buffer) | undefined {
  const { efSearch, probes } = options;
  if (efSearch !== undefined) checkInteger("efSearch", efSearch, 1, MAX_EF);
  if (header.kind === "hnsw" && efSearch !== undefined) {
    return (bytes) => setHnswParams(bytes, { efSearch });
  }
  if (header.kind === "ivf" && probes !== undefined && header.ivf !== undefined) {
    checkInteger("probes", probes, 1, header.ivf.lists);
    return (bytes) => setIvfProbes(bytes, probes);
  }
  if (probes !== undefined) checkInteger("probes", probes, 1, Number.MAX_SAFE_INTEGER);
  return undefined;
}
