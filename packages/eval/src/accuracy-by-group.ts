import { firstHitRanks, type TopKRow, topKRows } from "./accuracy.ts";
import { EvaluationError } from "./errors.ts";
import { checkMetricInput, type MetricInput } from "./ranking.ts";
import type { Similarity } from "./similarity.ts";

/** Top-k accuracy of the queries of one group. */
export interface GroupTopK {
  readonly group: number;
  readonly queries: number;
  readonly rows: readonly TopKRow[];
}

export interface TopKByGroup {
  readonly similarity: Similarity;
  readonly gallerySize: number;
  /** One entry per group that has queries, groups ascending. */
  readonly groups: readonly GroupTopK[];
}

/**
 * Top-k accuracy (as `topKAccuracy` counts it) of each group of queries, e.g. the thesis's
 * multi-manipulation pairs by number of manipulations: `groups[q]` is query q's group, any
 * integer. Accuracies are within each group (hits / the group's queries).
 *
 * @example
 * const { groups } = topKAccuracyByGroup({ ranking, gallery, targets }, [1, 1, 2]);
 * groups[1]; // { group: 2, queries: 1, rows: [{ k: 10, hits: 1, accuracy: 1 }, ...] }
 */
export function topKAccuracyByGroup(input: MetricInput, groups: ArrayLike<number>): TopKByGroup {
  const checked = checkMetricInput(input);
  const { ranking } = checked;
  if (groups.length !== ranking.queries) {
    throw new EvaluationError(
      "count_mismatch",
      `groups name ${groups.length} queries but the ranking holds ${ranking.queries}`,
    );
  }
  const members = new Map<number, number[]>();
  for (let q = 0; q < groups.length; q++) {
    const group = groups[q] as number;
    if (!Number.isSafeInteger(group)) {
      throw new EvaluationError(
        "invalid_argument",
        `groups[${q}] must be an integer, got ${String(group)}`,
      );
    }
    const list = members.get(group) ?? [];
    list.push(q);
    members.set(group, list);
  }
  const first = firstHitRanks(checked);
  return {
    similarity: checked.similarity,
    gallerySize: ranking.gallerySize,
    groups: [...members.keys()]
      .sort((a, b) => a - b)
      .map((group) => {
        const queries = members.get(group) ?? [];
        return { group, queries: queries.length, rows: topKRows(checked.ks, first, queries) };
      }),
  };
}
