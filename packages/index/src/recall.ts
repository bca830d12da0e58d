import { VectorIndexError } from "./errors.ts";
import type { SearchResult } from "./types.ts";

/**
 * Recall@k of an approximate search: for each query, the fraction of the exact top-k ids that
 * also appear in the approximate top-k (in any order), averaged over queries. k is the results'
 * own `k`, so a k larger than the index is measured over the neighbours it has. Ties are not
 * special-cased: an approximate neighbour at the same distance as a missed exact one still
 * counts as a miss. Padding ids (-1) never count as found.
 *
 * @example
 * const exact = await flat.search(queries, 10);
 * const approximate = await hnsw.search(queries, 10);
 * recallAtK(exact, approximate); // 0.97: 97% of the true top 10 found
 */
export function recallAtK(exact: SearchResult, approximate: SearchResult): number {
  if (exact.queries !== approximate.queries || exact.k !== approximate.k) {
    throw new VectorIndexError(
      "invalid_argument",
      `results must have the same shape: exact is ${exact.queries} queries x k ${exact.k}, ` +
        `approximate is ${approximate.queries} x ${approximate.k}`,
    );
  }
  const { queries, k } = exact;
  if (queries === 0 || k === 0) {
    throw new VectorIndexError(
      "invalid_argument",
      `recall is undefined for an empty result (${queries} queries x k ${k})`,
    );
  }
  let total = 0;
  for (let q = 0; q < queries; q++) {
    const found = new Set(approximate.ids.subarray(q * k, (q + 1) * k));
    found.delete(-1);
    let hits = 0;
    for (const id of exact.ids.subarray(q * k, (q + 1) * k)) if (found.has(id)) hits++;
    total += hits / k;
  }
  return total / queries;
}
