import { VectorIndexError } from "./errors.ts";
import { createFaissIndex } from "./faiss-index.ts";
import type { Metric, VectorIndex } from "./types.ts";

export interface HnswOptions {
  /**
   * Links per vector and layer (faiss's M; the bottom layer keeps 2M): more links, better recall,
   * more memory (8M bytes of links per vector besides the vector) and slower builds. An integer
   * from 2 to 512; 32 when left out.
   */
  readonly neighbours?: number;
}

const DEFAULT_NEIGHBOURS = 32;
const MIN_NEIGHBOURS = 2;
const MAX_NEIGHBOURS = 512;

/**
 * Creates an empty HNSW index (faiss `HNSW<M>,Flat`: a graph over full float32 vectors; Malkov &
 * Yashunin 2018, "Efficient and robust approximate nearest neighbor search using Hierarchical
 * Navigable Small World graphs"). Search is approximate: measure it against `createFlatIndex`
 * with `recallAtK`.
 *
 * faiss-node exposes no setter for efSearch or efConstruction, so faiss's defaults apply (16 and
 * 40) and neither can change after creation or loading: `neighbours` is the only knob. With
 * efSearch 16, a search with k above ~16 may stop before it finds k neighbours and end the row
 * in -1s (see `SearchResult.ids`). With several OpenMP threads faiss builds the graph in
 * parallel, so two builds from the same vectors can differ slightly; a saved file always answers
 * the same.
 *
 * @example
 * const index = createHnswIndex(128, "ip", { neighbours: 32 });
 * await index.add(vectors);
 * const result = await index.search(queries, 10);
 */
export function createHnswIndex(
  dim: number,
  metric: Metric,
  options: HnswOptions = {},
): VectorIndex {
  const neighbours = options?.neighbours === undefined ? DEFAULT_NEIGHBOURS : options.neighbours;
  if (
    typeof neighbours !== "number" ||
    !Number.isInteger(neighbours) ||
    neighbours < MIN_NEIGHBOURS ||
    neighbours > MAX_NEIGHBOURS
  ) {
    throw new VectorIndexError(
      "invalid_argument",
      `neighbours (HNSW M) must be an integer from ${MIN_NEIGHBOURS} to ${MAX_NEIGHBOURS}, ` +
        `got ${typeof neighbours === "string" ? JSON.stringify(neighbours) : String(neighbours)}`,
    );
  }
  return createFaissIndex("hnsw", `HNSW${neighbours},Flat`, dim, metric);
}
