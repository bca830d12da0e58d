/**
 * A model scored through an approximate gallery index: every chunk of query vectors is searched
 * with the index (whose ranking the scores come from) and exactly (to measure the index's recall
 * at 10 and 50 against it), with the time of each.
 */
import { DEFAULT_KS, exactSearch } from "@atelier/eval";
import { recallAtK, type SearchResult } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import type { GalleryIndex } from "./gallery-index.ts";
import { firstColumns, indexMetricInput, searchResultOf } from "./index-ranking.ts";
import {
  QUERY_CHUNK,
  type QueryModel,
  queryChunk,
  type RetrievalScores,
  scoreRanking,
} from "./retrieval.ts";
import type { RetrievalTask, TestGallery } from "./tasks.ts";

/** The cut-offs recall is reported at, as `recallAt10`, `recallAt50`. */
const RECALL_KS = [10, 50] as const;

/**
 * Scores `model` on `task` from `index`'s ranking of `gallery`, with the ranking's recall
 * against exact search (padded slots count as misses in both).
 *
 * @example
 * const index = await buildGalleryIndex(gallery, "l2-normalized");
 * (await scoreModelWithIndex(tf, queryOnly, task, gallery, index)).recallAt50; // 0.97
 */
export async function scoreModelWithIndex(
  tf: Tf,
  model: QueryModel,
  task: RetrievalTask,
  gallery: TestGallery,
  index: GalleryIndex,
  onProgress?: (done: number) => void,
): Promise<RetrievalScores> {
  const started = performance.now();
  const { similarity } = index;
  const dim = gallery.vectors.length / gallery.count;
  const k = Math.min(Math.max(...DEFAULT_KS), gallery.count);
  const ids = new Int32Array(task.count * k);
  const recallSums = RECALL_KS.map(() => 0);
  let indexMs = 0;
  let exactMs = 0;
  for (let start = 0; start < task.count; start += QUERY_CHUNK) {
    const count = Math.min(QUERY_CHUNK, task.count - start);
    const queries = queryChunk(tf, model, task, start, count);
    const indexStarted = performance.now();
    const approximate = await index.search(queries, k);
    const exactStarted = performance.now();
    const exact = searchResultOf(
      exactSearch({ data: queries, dim }, { data: gallery.vectors, dim }, { k, similarity }),
    );
    exactMs += performance.now() - exactStarted;
    indexMs += exactStarted - indexStarted;
    RECALL_KS.forEach((cut, i) => {
      recallSums[i] = (recallSums[i] as number) + count * recallAt(exact, approximate, cut);
    });
    ids.set(approximate.ids, start * k);
    onProgress?.(start + count);
  }
  const attributes = gallery.rows.length / gallery.count;
  const { input, padded } = indexMetricInput(
    { queries: task.count, k, ids },
    similarity,
    { rows: gallery.rows, attributes },
    { rows: task.targets, attributes },
  );
  const [recallAt10, recallAt50] = recallSums.map((sum) => sum / task.count);
  return {
    ...scoreRanking(model, task, input, started),
    recallAt10: recallAt10 as number,
    recallAt50: recallAt50 as number,
    indexSeconds: indexMs / 1000,
    exactSeconds: exactMs / 1000,
    paddedSlots: padded,
  };
}

/** Recall of the first `cut` neighbours (all of them where the search holds fewer). */
function recallAt(exact: SearchResult, approximate: SearchResult, cut: number): number {
  const k = Math.min(cut, exact.k);
  return recallAtK(firstColumns(exact, k), firstColumns(approximate, k));
}
