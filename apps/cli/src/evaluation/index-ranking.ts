/**
 * Adapters between @atelier/index's `SearchResult` and @atelier/eval's shapes, so that an
 * approximate index's neighbours feed the same metrics as exact search (no copy of the metrics)
 * and exact search's neighbours feed `recallAtK`.
 */
import type { LabelRows, MetricInput, Neighbours, Similarity } from "@atelier/eval";
import type { SearchResult } from "@atelier/index";

/** The id an approximate index leaves in a slot it found no neighbour for (HNSW past efSearch). */
export const NO_NEIGHBOUR = -1;

/**
 * The label value of the stand-in gallery row that empty slots point to: neither a value
 * position (0 and up) nor "missing" (-1), so it matches no target's block.
 */
export const NO_ITEM_LABEL = -128;

export interface IndexMetricInput {
  /** What `topKAccuracy`, `ndcgAtK`, ... take. */
  readonly input: MetricInput;
  /** Slots the index left empty (id -1): scored as misses. */
  readonly padded: number;
}

/**
 * The metric input of an index's neighbours (`ids` row-major `[queries, k]`, best first). Empty
 * slots (-1) point to one stand-in gallery row appended to the labels, whose blocks match no
 * target: a miss for top-k, relevance 0 for NDCG. Without empty slots the labels pass unchanged.
 *
 * @example
 * const found = await hnsw.search(queries, 50); // a row may end in -1s
 * const { input } = indexMetricInput(found, "l2-normalized", galleryLabels, targets);
 * topKAccuracy(input).rows[0]; // { k: 10, hits, accuracy }
 */
export function indexMetricInput(
  result: Pick<SearchResult, "queries" | "k" | "ids">,
  similarity: Similarity,
  gallery: LabelRows,
  targets: LabelRows,
): IndexMetricInput {
  const gallerySize = gallery.rows.length / gallery.attributes;
  const { queries, k } = result;
  let padded = 0;
  for (const id of result.ids) if (id === NO_NEIGHBOUR) padded++;
  if (padded === 0) {
    const ranking = { similarity, queries, k, gallerySize, ids: result.ids };
    return { input: { ranking, gallery, targets }, padded };
  }
  if (k >= gallerySize) {
    // Cut-offs past the gallery read all of it, stand-in row included: the metrics would change.
    throw new Error(
      `a ranking of the whole gallery (k ${k}, ${gallerySize} items) with empty slots cannot be ` +
        "scored; search fewer neighbours than the gallery holds",
    );
  }
  if (targets.rows.includes(NO_ITEM_LABEL)) {
    throw new Error(`a target carries label value ${NO_ITEM_LABEL}, the empty slots' stand-in`);
  }
  const ids = result.ids.map((id) => (id === NO_NEIGHBOUR ? gallerySize : id));
  const rows = new Int8Array(gallery.rows.length + gallery.attributes).fill(NO_ITEM_LABEL);
  rows.set(gallery.rows);
  const ranking = { similarity, queries, k, gallerySize: gallerySize + 1, ids };
  return {
    input: { ranking, gallery: { rows, attributes: gallery.attributes }, targets },
    padded,
  };
}

/**
 * Exact search's neighbours as a `SearchResult` (scores as float32 distances), for `recallAtK`.
 *
 * @example
 * recallAtK(searchResultOf(exactSearch(q, g, { k: 50, similarity })), await hnsw.search(q, 50));
 */
export function searchResultOf(found: Neighbours): SearchResult {
  const { queries, k, ids } = found;
  return { queries, k, ids, distances: Float32Array.from(found.scores) };
}

/**
 * The first `k` neighbours of every row (rows are best first), e.g. recall@10 from a top-50
 * search.
 *
 * @example
 * recallAtK(firstColumns(exact, 10), firstColumns(approximate, 10));
 */
export function firstColumns(result: SearchResult, k: number): SearchResult {
  if (!Number.isInteger(k) || k < 1 || k > result.k) {
    throw new Error(`k must be an integer from 1 to ${result.k}, got ${k}`);
  }
  if (k === result.k) return result;
  const ids = new Int32Array(result.queries * k);
  const distances = new Float32Array(result.queries * k);
  for (let q = 0; q < result.queries; q++) {
    ids.set(result.ids.subarray(q * result.k, q * result.k + k), q * k);
    distances.set(result.distances.subarray(q * result.k, q * result.k + k), q * k);
  }
  return { queries: result.queries, k, ids, distances };
}
