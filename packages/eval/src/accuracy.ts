import {
  blockMatches,
  type CheckedInput,
  checkMetricInput,
  type MetricInput,
  rankedItem,
} from "./ranking.ts";
import type { Similarity } from "./similarity.ts";

/** Top-k accuracy at one cut-off. */
export interface TopKRow {
  readonly k: number;
  /** Queries with an exact label match among their top k. */
  readonly hits: number;
  /** hits / queries, in [0, 1] (`formatPercent(hits, queries)` prints it as the thesis did). */
  readonly accuracy: number;
}

export interface TopKAccuracy {
  readonly similarity: Similarity;
  readonly queries: number;
  readonly gallerySize: number;
  readonly rows: readonly TopKRow[];
}

/**
 * Top-k accuracy as ADDE computes it: a query is a hit at k when one of its first k ranked items
 * has labels equal to the target's on every attribute block, missing blocks (-1) included, so a
 * missing block matches only a missing block. k beyond the gallery reads the whole gallery; a
 * target no gallery item carries is never a hit.
 *
 * @example
 * const found = exactSearch(queries, gallery, { k: 50, similarity: "l2-normalized" });
 * const { rows } = topKAccuracy({ ranking: found, gallery: galleryLabels, targets });
 * rows[0]; // { k: 10, hits: 4822, accuracy: 0.3358 }
 */
export function topKAccuracy(input: MetricInput): TopKAccuracy {
  const checked = checkMetricInput(input);
  const { ranking, ks } = checked;
  const first = firstHitRanks(checked);
  return {
    similarity: checked.similarity,
    queries: ranking.queries,
    gallerySize: ranking.gallerySize,
    rows: topKRows(ks, first, Array.from(first.keys())),
  };
}

/** Top-k rows over the queries `members`, from each query's first hit rank. */
export function topKRows(
  ks: readonly number[],
  first: Float64Array,
  members: readonly number[],
): TopKRow[] {
  return ks.map((k) => {
    let hits = 0;
    for (const q of members) if ((first[q] as number) < k) hits++;
    return { k, hits, accuracy: hits / members.length };
  });
}

/**
 * Per query, the rank of its first exact label match within the depth read, or Infinity: a
 * query is a hit at k exactly when this rank is below k.
 */
export function firstHitRanks(checked: CheckedInput): Float64Array {
  const { ranking, attributes } = checked;
  const first = new Float64Array(ranking.queries).fill(Number.POSITIVE_INFINITY);
  for (let q = 0; q < ranking.queries; q++) {
    for (let rank = 0; rank < checked.depth; rank++) {
      const item = rankedItem(checked, q, rank);
      let a = 0;
      while (a < attributes && blockMatches(checked, q, item, a)) a++;
      if (a === attributes) {
        first[q] = rank;
        break;
      }
    }
  }
  return first;
}
