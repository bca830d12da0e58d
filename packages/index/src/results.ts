import { VectorIndexError } from "./errors.ts";
import type { SearchResult } from "./types.ts";

/** One query's neighbours, nearest first. */
export interface ResultRow {
  readonly ids: Int32Array;
  readonly distances: Float32Array;
}

/**
 * The neighbours of query `q` as views into the result (no copy).
 *
 * @example
 * const result = await index.search(queries, 10);
 * const { ids, distances } = resultRow(result, 0); // 10 ids of the first query, nearest first
 */
export function resultRow(result: SearchResult, q: number): ResultRow {
  if (!Number.isInteger(q) || q < 0 || q >= result.queries) {
    throw new VectorIndexError(
      "invalid_argument",
      `query ${q} is out of range: the result holds ${result.queries} queries`,
    );
  }
  const start = q * result.k;
  return {
    ids: result.ids.subarray(start, start + result.k),
    distances: result.distances.subarray(start, start + result.k),
  };
}
