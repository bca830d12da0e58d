import { withHnswParams } from "./faiss-file.ts";
import { checkInteger, FaissIndex, newNativeIndex, reloadRewritten } from "./faiss-index.ts";
import type { Metric, VectorIndex } from "./types.ts";

export interface HnswOptions {
  /**
   * Links per vector and layer (faiss's M; the bottom layer keeps 2M): more links, better recall,
   * more memory (8M bytes of links per vector besides the vector) and slower builds. An integer
   * from 2 to 512; 32 when left out.
   */
  readonly neighbours?: number;
  /**
   * Candidates a search keeps while walking the graph (faiss's efSearch): more, better recall and
   * longer filtered rows, slower search. An integer from 1 to 4096; faiss's 16 when left out.
   * Kept in the saved file, so a loaded index searches with it.
   */
  readonly efSearch?: number;
  /**
   * Candidates kept while inserting a vector (faiss's efConstruction): more, a better graph and
   * slower builds. An integer from 1 to 4096; faiss's 40 when left out. Only insertions use it.
   */
  readonly efConstruction?: number;
}

const DEFAULT_NEIGHBOURS = 32;
const MIN_NEIGHBOURS = 2;
const MAX_NEIGHBOURS = 512;
/** faiss's own defaults (faiss/impl/HNSW.h), kept: measure before changing them. */
const FAISS_EF_SEARCH = 16;
const FAISS_EF_CONSTRUCTION = 40;
export const MAX_EF = 4096;

/**
 * Creates an empty HNSW index (faiss `HNSW<M>,Flat`: a graph over full float32 vectors; Malkov &
 * Yashunin 2018, "Efficient and robust approximate nearest neighbor search using Hierarchical
 * Navigable Small World graphs"). Search is approximate: measure it against `createFlatIndex`
 * with `recallAtK`.
 *
 * faiss-node exposes no setter for efSearch or efConstruction; faiss reads both back from its
 * serialisation, so non-default values are written into the empty index's bytes and the index
 * reloaded from them (as IVF sets nprobe). Both are then fixed for this index and for files it
 * saves. With efSearch 16, a search with k above ~16 may stop before it finds k neighbours and
 * end the row in -1s (see `SearchResult.ids`). With several OpenMP threads faiss builds the graph
 * in parallel, so two builds from the same vectors can differ slightly; a saved file always
 * answers the same.
 *
 * @example
 * const index = createHnswIndex(128, "ip", { neighbours: 32, efSearch: 128 });
 * await index.add(vectors);
 * const result = await index.search(queries, 10);
 */
export function createHnswIndex(
  dim: number,
  metric: Metric,
  options: HnswOptions = {},
): VectorIndex {
  const neighbours = options?.neighbours === undefined ? DEFAULT_NEIGHBOURS : options.neighbours;
  checkInteger("neighbours (HNSW M)", neighbours, MIN_NEIGHBOURS, MAX_NEIGHBOURS);
  const efSearch = options?.efSearch === undefined ? FAISS_EF_SEARCH : options.efSearch;
  checkInteger("efSearch", efSearch, 1, MAX_EF);
  const efConstruction =
    options?.efConstruction === undefined ? FAISS_EF_CONSTRUCTION : options.efConstruction;
  checkInteger("efConstruction", efConstruction, 1, MAX_EF);
  let native = newNativeIndex(`HNSW${neighbours},Flat`, dim, metric);
  if (efSearch !== FAISS_EF_SEARCH || efConstruction !== FAISS_EF_CONSTRUCTION) {
    native = reloadRewritten(native, (bytes) =>
      withHnswParams(bytes, { efSearch, efConstruction }),
    );
  }
  return new FaissIndex(native, "hnsw", metric);
}
