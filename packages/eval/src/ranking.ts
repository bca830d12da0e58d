import { checkKs, DEFAULT_KS } from "./checks.ts";
import { EvaluationError } from "./errors.ts";
import { type LabelRows, labelCount } from "./labels.ts";
import { checkSimilarity, type Similarity } from "./similarity.ts";

/**
 * Gallery positions ranked per query, best first: what the metrics read. `exactSearch` returns
 * one; results of another engine can be wrapped as one.
 */
export interface Ranking {
  /** How the ranking was made; copied into every metric result. */
  readonly similarity: Similarity;
  /** Number of queries (rows). */
  readonly queries: number;
  /** Neighbours per query (columns): at most `gallerySize`. */
  readonly k: number;
  /** Number of items in the gallery that was searched. */
  readonly gallerySize: number;
  /** Gallery positions, row-major `[queries, k]`, best first. */
  readonly ids: Int32Array;
}

/** What every metric takes. */
export interface MetricInput {
  readonly ranking: Ranking;
  /** Labels of the gallery, one row per gallery position (`gallerySize` rows). */
  readonly gallery: LabelRows;
  /** The labels each query asks for, one row per query; they need not occur in the gallery. */
  readonly targets: LabelRows;
  /** Cut-offs (default 10, 20, 30, 40, 50). */
  readonly ks?: readonly number[];
}

/** A validated metric input. */
export interface CheckedInput {
  readonly ranking: Ranking;
  readonly similarity: Similarity;
  readonly gallery: Int8Array;
  readonly targets: Int8Array;
  readonly attributes: number;
  readonly ks: readonly number[];
  /** Ranked positions each k reads: k, or the whole gallery when that is smaller. */
  readonly depths: readonly number[];
  /** The largest depth. */
  readonly depth: number;
}

/**
 * Checks that the ranking, gallery labels and targets agree in counts and widths, and that the
 * ranking is deep enough for every k (k beyond the gallery reads the whole gallery).
 */
export function checkMetricInput(input: MetricInput): CheckedInput {
  const { ranking, gallery, targets } = input;
  const similarity = checkSimilarity(ranking.similarity);
  const ks = checkKs(input.ks ?? DEFAULT_KS);
  const galleryRows = labelCount(gallery, "gallery");
  const targetRows = labelCount(targets, "targets");
  if (targets.attributes !== gallery.attributes) {
    throw new EvaluationError(
      "label_width_mismatch",
      `targets have ${targets.attributes} attributes per row but gallery labels have ${gallery.attributes}`,
    );
  }
  if (ranking.queries < 1) throw new EvaluationError("empty_input", "the ranking holds no queries");
  if (ranking.gallerySize < 1)
    throw new EvaluationError("empty_input", "the ranked gallery is empty");
  if (targetRows !== ranking.queries) {
    throw new EvaluationError(
      "count_mismatch",
      `targets hold ${targetRows} rows but the ranking holds ${ranking.queries} queries`,
    );
  }
  if (galleryRows !== ranking.gallerySize) {
    throw new EvaluationError(
      "count_mismatch",
      `gallery labels hold ${galleryRows} rows but the ranking searched ${ranking.gallerySize} items`,
    );
  }
  checkIds(ranking);
  const depths = ks.map((k) => Math.min(k, ranking.gallerySize));
  const depth = Math.max(...depths);
  if (ranking.k < depth) {
    throw new EvaluationError(
      "invalid_argument",
      `k ${Math.max(...ks)} needs ${depth} ranked items per query, the ranking holds ${ranking.k}`,
    );
  }
  return {
    ranking,
    similarity,
    gallery: gallery.rows,
    targets: targets.rows,
    attributes: gallery.attributes,
    ks,
    depths,
    depth,
  };
}

function checkIds({ ids, queries, k, gallerySize }: Ranking): void {
  if (!Number.isInteger(k) || k < 0 || k > gallerySize) {
    throw new EvaluationError(
      "invalid_argument",
      `ranking.k must be an integer from 0 to the gallery size ${gallerySize}, got ${k}`,
    );
  }
  if (ids.length !== queries * k) {
    throw new EvaluationError(
      "count_mismatch",
      `ranking.ids holds ${ids.length} positions, expected ${queries} queries x ${k}`,
    );
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id < 0 || id >= gallerySize) {
      throw new EvaluationError(
        "invalid_argument",
        `query ${Math.floor(i / k)}, rank ${i % k} names gallery position ${id}, ` +
          `outside 0..${gallerySize - 1}`,
      );
    }
  }
}

/** Whether attribute `a` of gallery item `item` equals that of the target of query `q`. */
export function blockMatches(input: CheckedInput, q: number, item: number, a: number): boolean {
  const { attributes, gallery, targets } = input;
  return gallery[item * attributes + a] === targets[q * attributes + a];
}

/** Gallery position ranked at `rank` for query `q`. */
export function rankedItem(input: CheckedInput, q: number, rank: number): number {
  return input.ranking.ids[q * input.ranking.k + rank] as number;
}
