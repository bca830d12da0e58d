import { EvaluationError } from "./errors.ts";
import {
  blockMatches,
  type CheckedInput,
  checkMetricInput,
  type MetricInput,
  rankedItem,
} from "./ranking.ts";
import type { Similarity } from "./similarity.ts";

export interface NdcgRow {
  readonly k: number;
  /** Mean NDCG@k over the queries, in [0, 1]. */
  readonly ndcg: number;
}

export interface SplitNdcgRow {
  readonly k: number;
  /** Mean NDCG_t@k: relevance 1 when every manipulated attribute matches the target, else 0. */
  readonly ndcgT: number;
  /** Mean NDCG_o@k: relevance = matching other attributes / number of other attributes. */
  readonly ndcgO: number;
}

export interface NdcgResult<Row> {
  readonly similarity: Similarity;
  readonly queries: number;
  readonly gallerySize: number;
  readonly rows: readonly Row[];
}

/** A metric input plus, per query, the attributes its manipulation(s) changed. */
export interface SplitNdcgInput extends MetricInput {
  /** Attribute indices per query (one list per query, non-empty, not every attribute). */
  readonly manipulated: ReadonlyArray<readonly number[]>;
}

/**
 * NDCG@k as ADDE computes it: for each query sum_j (2^rel_j - 1) / ln(j + 2) over the first k
 * ranked items (j from 0), divided by the same sum with every rel_j = 1 (not by the ideal
 * ordering), averaged over queries. rel_j = attribute blocks of item j equal to the target's /
 * number of attributes (a missing block matches a missing block). k beyond the gallery: both
 * sums run over the whole gallery.
 *
 * @example
 * ndcgAtK({ ranking: found, gallery: galleryLabels, targets, ks: [30] }).rows[0]; // { k: 30, ndcg }
 */
export function ndcgAtK(input: MetricInput): NdcgResult<NdcgRow> {
  const checked = checkMetricInput(input);
  const { attributes } = checked;
  const means = meanNdcg(checked, (q, item) => {
    let matches = 0;
    for (let a = 0; a < attributes; a++) if (blockMatches(checked, q, item, a)) matches++;
    return matches / attributes;
  });
  return result(checked, (k, i) => ({ k, ndcg: means[i] as number }));
}

/**
 * NDCG_t@k and NDCG_o@k: the NDCG of `ndcgAtK` with relevance taken on the manipulated
 * attributes only (rel_j in {0, 1}: 1 when all of them match the target) and on the other
 * attributes only (matches among them / their count).
 *
 * @example
 * splitNdcgAtK({ ranking: found, gallery: galleryLabels, targets, manipulated: [[3], [0, 7]] });
 */
export function splitNdcgAtK(input: SplitNdcgInput): NdcgResult<SplitNdcgRow> {
  const checked = checkMetricInput(input);
  const { attributes } = checked;
  const mask = manipulatedMask(input.manipulated, checked);
  const targetMeans = meanNdcg(checked, (q, item) => {
    for (let a = 0; a < attributes; a++) {
      if (mask[q * attributes + a] === 1 && !blockMatches(checked, q, item, a)) return 0;
    }
    return 1;
  });
  const otherMeans = meanNdcg(checked, (q, item) => {
    let matches = 0;
    let others = 0;
    for (let a = 0; a < attributes; a++) {
      if (mask[q * attributes + a] === 1) continue;
      others++;
      if (blockMatches(checked, q, item, a)) matches++;
    }
    return matches / others;
  });
  return result(checked, (k, i) => ({
    k,
    ndcgT: targetMeans[i] as number,
    ndcgO: otherMeans[i] as number,
  }));
}

function result<Row>(checked: CheckedInput, row: (k: number, i: number) => Row): NdcgResult<Row> {
  return {
    similarity: checked.similarity,
    queries: checked.ranking.queries,
    gallerySize: checked.ranking.gallerySize,
    rows: checked.ks.map(row),
  };
}

/** Mean NDCG per cut-off of `checked.ks`, with `relevance(query, galleryItem)` in [0, 1]. */
function meanNdcg(checked: CheckedInput, relevance: (q: number, item: number) => number) {
  const { depth, depths, ranking } = checked;
  const discounts = Float64Array.from({ length: depth }, (_, j) => 1 / Math.log(j + 2));
  const ideal = prefixSums(discounts);
  const dcg = new Float64Array(depth + 1);
  const sums = depths.map(() => 0);
  for (let q = 0; q < ranking.queries; q++) {
    for (let j = 0; j < depth; j++) {
      const gain = 2 ** relevance(q, rankedItem(checked, q, j)) - 1;
      dcg[j + 1] = (dcg[j] as number) + gain * (discounts[j] as number);
    }
    depths.forEach((p, i) => {
      sums[i] = (sums[i] as number) + (dcg[p] as number) / (ideal[p] as number);
    });
  }
  return sums.map((sum) => sum / ranking.queries);
}

function prefixSums(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length + 1);
  values.forEach((v, i) => {
    out[i + 1] = (out[i] as number) + v;
  });
  return out;
}

/** `[queries, attributes]` with 1 where the query manipulates the attribute, after checks. */
function manipulatedMask(manipulated: SplitNdcgInput["manipulated"], checked: CheckedInput) {
  const { attributes } = checked;
  const queries = checked.ranking.queries;
  if (!Array.isArray(manipulated) || manipulated.length !== queries) {
    throw new EvaluationError(
      "count_mismatch",
      `manipulated must list attributes for each of the ${queries} queries, ` +
        `got ${Array.isArray(manipulated) ? `${manipulated.length} lists` : String(manipulated)}`,
    );
  }
  const mask = new Uint8Array(queries * attributes);
  manipulated.forEach((list, q) => {
    for (const a of list) {
      if (!Number.isInteger(a) || a < 0 || a >= attributes) {
        throw new EvaluationError(
          "invalid_argument",
          `query ${q} manipulates attribute ${a}, outside 0..${attributes - 1}`,
        );
      }
      mask[q * attributes + a] = 1;
    }
    let count = 0;
    for (let a = 0; a < attributes; a++) count += mask[q * attributes + a] as number;
    if (count === 0 || count === attributes) {
      throw new EvaluationError(
        "invalid_argument",
        `query ${q} manipulates ${count} of ${attributes} attributes; NDCG_t needs at least one ` +
          "and NDCG_o at least one other",
      );
    }
  });
  return mask;
}
