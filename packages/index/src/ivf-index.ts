import { withIvfProbes } from "./faiss-file.ts";
import { checkInteger, FaissIndex, newNativeIndex, reloadRewritten } from "./faiss-index.ts";
import type { Metric, VectorIndex } from "./types.ts";

export interface IvfOptions {
  /**
   * Number of inverted lists (k-means cells; faiss's nlist): an integer from 1 to 65536.
   * `train` needs at least this many vectors (faiss advises 39 per list); ~sqrt(size) is usual.
   */
  readonly lists: number;
  /**
   * Lists a search visits (faiss's nprobe), 1 to `lists`; 1 when left out. More probes: better
   * recall, slower search. Fixed at creation and kept in the saved file.
   */
  readonly probes?: number;
}

const MAX_LISTS = 65_536;

/**
 * Creates an empty IVF index (faiss `IVF<lists>,Flat`: k-means cells over full float32 vectors;
 * Jégou, Douze & Schmid 2011, "Product quantization for nearest neighbor search", section 4).
 * `train(vectors)` learns the cells and must run before `add`. Search is approximate: only the
 * vectors of the `probes` cells nearest the query are scanned, so a row can end in -1s.
 *
 * @example
 * const index = createIvfIndex(128, "ip", { lists: 128, probes: 8 });
 * await index.train(vectors);
 * await index.add(vectors);
 * const result = await index.search(queries, 10);
 */
export function createIvfIndex(dim: number, metric: Metric, options: IvfOptions): VectorIndex {
  const lists = options?.lists;
  checkInteger("lists (IVF nlist)", lists, 1, MAX_LISTS);
  const probes = options.probes ?? 1;
  checkInteger("probes (IVF nprobe)", probes, 1, lists);
  let native = newNativeIndex(`IVF${lists},Flat`, dim, metric);
  // faiss-node has no nprobe setter; faiss reads it from the serialised header (still empty here).
  if (probes !== 1) native = reloadRewritten(native, (bytes) => withIvfProbes(bytes, probes));
  return new FaissIndex(native, "ivf", metric, { minTrainingVectors: lists });
}
