// Helpers for this package's tests: seeded data and a brute-force reference search.
import { seededRandom, uniformArray } from "@atelier/random";
import { isVectorIndexError } from "./errors.ts";
import type { Metric, SearchResult } from "./types.ts";

/** Deterministic uniform [-1, 1) values, so a failure reproduces. */
export function randomVectors(rows: number, dim: number, seed: number): Float32Array {
  return uniformArray(seededRandom(seed), rows * dim, -1, 1);
}

/** Rows of a row-major matrix as plain arrays, the other input form the index accepts. */
export function toRows(data: Float32Array, dim: number): number[][] {
  const rows: number[][] = [];
  for (let start = 0; start < data.length; start += dim) {
    rows.push(Array.from(data.subarray(start, start + dim)));
  }
  return rows;
}

/** The metric's score of base vector `id` for query `q`, in float64. */
export function score(
  base: Float32Array,
  queries: Float32Array,
  dim: number,
  metric: Metric,
  q: number,
  id: number,
): number {
  let sum = 0;
  for (let c = 0; c < dim; c++) {
    const x = queries[q * dim + c] ?? Number.NaN;
    const y = base[id * dim + c] ?? Number.NaN;
    sum += metric === "l2" ? (x - y) ** 2 : x * y;
  }
  return sum;
}

/** Exact neighbours by scanning every base vector, ordered as faiss orders them. */
export function bruteForce(
  base: Float32Array,
  queries: Float32Array,
  dim: number,
  metric: Metric,
  k: number,
): number[][] {
  const size = base.length / dim;
  const rows: number[][] = [];
  for (let q = 0; q < queries.length / dim; q++) {
    const scored = Array.from({ length: size }, (_, id) => ({
      id,
      s: score(base, queries, dim, metric, q, id),
    }));
    scored.sort((a, b) => (metric === "l2" ? a.s - b.s : b.s - a.s) || a.id - b.id);
    rows.push(scored.slice(0, k).map((entry) => entry.id));
  }
  return rows;
}

/**
 * Differences between a search result and brute force, as readable strings (empty when they
 * agree). Ids must match position by position, except that two neighbours whose exact scores are
 * within `tolerance` (relative) may swap: float32 arithmetic cannot order true near-ties. Every
 * distance must match the exact score of its id within `tolerance`.
 */
export function compareWithBruteForce(
  result: SearchResult,
  base: Float32Array,
  queries: Float32Array,
  dim: number,
  metric: Metric,
  tolerance = 1e-4,
): string[] {
  const expected = bruteForce(base, queries, dim, metric, result.k);
  const close = (a: number, b: number) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
  const problems: string[] = [];
  for (let q = 0; q < result.queries; q++) {
    for (let j = 0; j < result.k; j++) {
      const got = result.ids[q * result.k + j] ?? -1;
      const want = expected[q]?.[j] ?? -1;
      const exact = score(base, queries, dim, metric, q, got);
      if (got !== want && !close(exact, score(base, queries, dim, metric, q, want))) {
        problems.push(`query ${q} rank ${j}: id ${got}, brute force ${want}`);
      }
      const distance = result.distances[q * result.k + j] ?? Number.NaN;
      if (!close(distance, exact)) {
        problems.push(`query ${q} rank ${j}: distance ${distance}, exact ${exact}`);
      }
    }
  }
  return problems;
}

/** The VectorIndexError `promise` rejects with; fails the test when it resolves or throws another. */
export async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isVectorIndexError(error)) throw new Error(`expected a VectorIndexError, got ${error}`);
  return error;
}
