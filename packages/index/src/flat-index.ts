import { createFaissIndex } from "./faiss-index.ts";
import type { Metric, VectorIndex } from "./types.ts";

/**
 * Creates an empty exact-search index (faiss IndexFlat: IndexFlatL2 / IndexFlatIP). Exact search
 * is the reference every approximate engine is measured against, and with BLAS (OpenBLAS) a batch
 * of queries costs little more than one.
 *
 * @example
 * const index = createFlatIndex(4, "l2");
 * await index.add([[0, 0, 0, 0], [1, 1, 1, 1]]);
 * const { ids } = await index.search([[0.9, 1, 1, 1]], 1); // ids: Int32Array [1]
 */
export function createFlatIndex(dim: number, metric: Metric): VectorIndex {
  return createFaissIndex("flat", "Flat", dim, metric);
}
