import { blockMatches, checkMetricInput, type MetricInput, rankedItem } from "./ranking.ts";
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
  const { ranking, attributes, ks } = checked;
  const hits = ks.map(() => 0);
  for (let q = 0; q < ranking.queries; q++) {
    const first = firstExactMatch(q);
    ks.forEach((k, i) => {
      if (first < k) hits[i] = (hits[i] as number) + 1;
    });
  }
  return {
    similarity: checked.similarity,
    queries: ranking.queries,
    gallerySize: ranking.gallerySize,
    rows: ks.map((k, i) => {
      const h = hits[i] as number;
      return { k, hits: h, accuracy: h / ranking.queries };
    }),
  };

  /** Rank of the first exact match within the depth read, or Infinity. */
  function firstExactMatch(q: number): number {
    for (let rank = 0; rank < checked.depth; rank++) {
      const item = rankedItem(checked, q, rank);
      let a = 0;
      while (a < attributes && blockMatches(checked, q, item, a)) a++;
      if (a === attributes) return rank;
    }
    return Number.POSITIVE_INFINITY;
  }
}
