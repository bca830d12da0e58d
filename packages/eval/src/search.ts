import { checkK } from "./checks.ts";
import { EvaluationError } from "./errors.ts";
import type { Ranking } from "./ranking.ts";
import { BoundedSelection } from "./selection.ts";
import { checkSimilarity, type Similarity } from "./similarity.ts";
import { inverseNorms, type Vectors, vectorCount } from "./vectors.ts";

/** Queries compared with the whole gallery at a time, unless `chunkSize` says otherwise. */
export const DEFAULT_CHUNK_SIZE = 64;

export interface ExactSearchOptions {
  /** Neighbours wanted per query; a gallery smaller than k gives all of its items. */
  readonly k: number;
  readonly similarity: Similarity;
  /**
   * Queries scanned together (default 64): each gallery row is read once per chunk, and memory
   * beyond the result is one k-slot selection per query of the chunk.
   */
  readonly chunkSize?: number;
}

/** A ranking with the score of each neighbour. */
export interface Neighbours extends Ranking {
  /**
   * Row-major `[queries, k]`, aligned with `ids`: the squared L2 distance for `l2` and
   * `l2-normalized` (ascending), the cosine similarity for `cosine` (descending).
   */
  readonly scores: Float64Array;
}

/** Returns the sort key (smaller = nearer) of query row `q` against gallery row `g`. */
type Kernel = (q: number, qScale: number, g: number, gScale: number) => number;

/**
 * Exact nearest neighbours of every query among all gallery vectors, best first; equal scores
 * are ordered by the lower gallery position. Sums run in float64. Zero vectors stay zero under
 * normalisation (cosine 0 with everything).
 *
 * @example
 * const found = exactSearch(
 *   { data: queryVectors, dim: 4080 }, // [Q, 4080]
 *   { data: galleryVectors, dim: 4080 }, // [N, 4080]
 *   { k: 50, similarity: "l2-normalized" },
 * );
 * found.ids.subarray(0, found.k); // gallery positions of query 0's neighbours, nearest first
 */
export function exactSearch(
  queries: Vectors,
  gallery: Vectors,
  options: ExactSearchOptions,
): Neighbours {
  const k = checkK(options.k);
  const similarity = checkSimilarity(options.similarity);
  const chunkSize = checkK(options.chunkSize ?? DEFAULT_CHUNK_SIZE, "chunkSize");
  const queryCount = vectorCount(queries, "query");
  const gallerySize = vectorCount(gallery, "gallery item");
  const dim = queries.dim;
  if (gallery.dim !== dim) {
    throw new EvaluationError(
      "dimension_mismatch",
      `queries have dim ${dim} but gallery items have dim ${gallery.dim}`,
    );
  }
  const width = Math.min(k, gallerySize);
  const ids = new Int32Array(queryCount * width);
  const scores = new Float64Array(queryCount * width);
  const kernel = kernelFor(similarity, queries.data, gallery.data, dim);
  const galleryScales = rowScales(similarity, gallery.data, dim, 0, gallerySize);
  const selections = Array.from(
    { length: Math.min(chunkSize, queryCount) },
    () => new BoundedSelection(width),
  );
  for (let start = 0; start < queryCount; start += chunkSize) {
    const end = Math.min(queryCount, start + chunkSize);
    const queryScales = rowScales(similarity, queries.data, dim, start, end);
    for (let g = 0; g < gallerySize; g++) {
      const gScale = galleryScales[g] as number;
      for (let q = start; q < end; q++) {
        const key = kernel(q, queryScales[q - start] as number, g, gScale);
        (selections[q - start] as BoundedSelection).offer(key, g);
      }
    }
    for (let q = start; q < end; q++) {
      (selections[q - start] as BoundedSelection).drainInto(ids, scores, q * width);
    }
  }
  // The cosine kernel sorts by -cos; report the similarity itself.
  if (similarity === "cosine") {
    for (let i = 0; i < scores.length; i++) scores[i] = -(scores[i] as number);
  }
  return { similarity, queries: queryCount, k: width, gallerySize, ids, scores };
}

/**
 * Per-row factors the kernels apply: 1 / |row| where the similarity normalises, 1 for raw `l2`
 * (so one squared-distance kernel serves both L2 variants).
 */
function rowScales(
  similarity: Similarity,
  data: Float32Array,
  dim: number,
  from: number,
  to: number,
) {
  if (similarity === "l2") return new Float64Array(to - from).fill(1);
  return inverseNorms(data, dim, from, to);
}

function kernelFor(similarity: Similarity, qs: Float32Array, gs: Float32Array, dim: number) {
  let kernel: Kernel;
  switch (similarity) {
    case "l2":
    case "l2-normalized":
      kernel = (q, qScale, g, gScale) => {
        let sum = 0;
        for (let i = q * dim, j = g * dim, end = i + dim; i < end; i++, j++) {
          const d = (qs[i] as number) * qScale - (gs[j] as number) * gScale;
          sum += d * d;
        }
        return sum;
      };
      return kernel;
    case "cosine":
      kernel = (q, qScale, g, gScale) => {
        let dot = 0;
        for (let i = q * dim, j = g * dim, end = i + dim; i < end; i++, j++) {
          dot += (qs[i] as number) * (gs[j] as number);
        }
        return -dot * qScale * gScale;
      };
      return kernel;
    default: {
      const unknown: never = similarity;
      throw new EvaluationError("invalid_argument", `no kernel for similarity ${String(unknown)}`);
    }
  }
}
