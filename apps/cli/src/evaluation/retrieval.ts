/**
 * Runs query models on a retrieval task and scores them with @atelier/eval: exact search over the
 * gallery, top-k accuracy (overall and by number of manipulations) and NDCG@30 with its
 * manipulated / other split. The models are a manipulator (ADDE-M, MANN) or one of the two
 * references: the unmodified query and the oracle that searches with a target item's own
 * features (the encoder's ceiling).
 */
import {
  DEFAULT_KS,
  exactSearch,
  type MetricInput,
  ndcgAtK,
  type Ranking,
  type Similarity,
  splitNdcgAtK,
  type TopKRow,
  topKAccuracy,
  topKAccuracyByGroup,
} from "@atelier/eval";
import type { Tf } from "@atelier/ml";
import { disposeManipulatorState, type Manipulator } from "@atelier/models";
import type { RetrievalTask, TestGallery } from "./tasks.ts";

/** A model that turns a task's queries into query vectors [count, vectorSize]. */
export type QueryModel =
  | { readonly name: string; readonly kind: "query-only" | "oracle" }
  | { readonly name: string; readonly kind: "manipulator"; readonly manipulator: Manipulator };

/** Top-k accuracy of a set of queries, keyed `top10`, `top20`, ... */
export interface TopKScores {
  readonly queries: number;
  readonly hits: Readonly<Record<string, number>>;
  /** hits / queries in %. */
  readonly topK: Readonly<Record<string, number>>;
}

export interface RetrievalScores extends TopKScores {
  readonly model: string;
  readonly task: RetrievalTask["name"];
  readonly similarity: Similarity;
  readonly ndcg30: number;
  readonly ndcgT30: number;
  readonly ndcgO30: number;
  /** The same top-k per number of manipulations (multi: 1..8; single: 1), ascending. */
  readonly byManipulations: readonly (TopKScores & { readonly manipulations: number })[];
  /** Wall time of this model on this task: query vectors, search and metrics. */
  readonly seconds: number;
  /** With an approximate index (`--index hnsw`): its ranking against exact search. */
  readonly recallAt10?: number;
  readonly recallAt50?: number;
  /** Seconds in the index's search, and in the exact search its recall is measured against. */
  readonly indexSeconds?: number;
  readonly exactSeconds?: number;
  /** Ranked slots the index left empty (id -1), scored as misses. */
  readonly paddedSlots?: number;
}

/**
 * Queries turned into vectors and searched at a time: one manipulator batch. Only one chunk of
 * query vectors and of search state is alive at once, so memory stays flat as queries grow.
 */
export const QUERY_CHUNK = 256;

/** Query vectors of `model` for queries `start .. start + count` of `task`. */
export function queryChunk(
  tf: Tf,
  model: QueryModel,
  task: RetrievalTask,
  start: number,
  count: number,
): Float32Array {
  if (model.kind !== "manipulator") {
    const all = model.kind === "oracle" ? task.oracle : task.references;
    const size = all.length / task.count;
    return all.subarray(start * size, (start + count) * size);
  }
  const m = model.manipulator;
  const steps = Math.max(...task.manipulations.slice(start, start + count).map((s) => s.length));
  // The query tensor leaves the tidy, not its data: tidy would walk a returned typed array.
  const query = tf.tidy(() => {
    const refs = task.references.subarray(start * m.vectorSize, (start + count) * m.vectorSize);
    let state = m.init(tf.tensor2d(refs, [count, m.vectorSize]));
    for (let t = 0; t < steps; t++) {
      const indicators = new Float32Array(count * m.indicatorSize);
      const mask = new Float32Array(count);
      for (let k = 0; k < count; k++) {
        const indicator = task.manipulations[start + k]?.[t];
        if (indicator === undefined) continue;
        indicators.set(indicator, k * m.indicatorSize);
        mask[k] = 1;
      }
      const next = m.step(
        state,
        tf.tensor2d(indicators, [count, m.indicatorSize]),
        tf.tensor1d(mask),
      );
      disposeManipulatorState(state);
      state = next;
    }
    const q = m.query(state);
    disposeManipulatorState(state);
    return q;
  });
  try {
    return query.dataSync() as Float32Array;
  } finally {
    query.dispose();
  }
}

/** Query vectors of `model` for every query of `task` [count, vectorSize]. */
export function queryVectors(tf: Tf, model: QueryModel, task: RetrievalTask): Float32Array {
  const parts: Float32Array[] = [];
  for (let start = 0; start < task.count; start += QUERY_CHUNK) {
    parts.push(queryChunk(tf, model, task, start, Math.min(QUERY_CHUNK, task.count - start)));
  }
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The `max(DEFAULT_KS)` nearest gallery items of every query, searched a chunk of queries at a
 * time; `onProgress` gets the number of queries done after each chunk.
 */
export function rankQueries(
  tf: Tf,
  model: QueryModel,
  task: RetrievalTask,
  gallery: TestGallery,
  similarity: Similarity,
  onProgress?: (done: number) => void,
): Ranking {
  const dim = gallery.vectors.length / gallery.count;
  const k = Math.min(Math.max(...DEFAULT_KS), gallery.count);
  const ids = new Int32Array(task.count * k);
  for (let start = 0; start < task.count; start += QUERY_CHUNK) {
    const count = Math.min(QUERY_CHUNK, task.count - start);
    const found = exactSearch(
      { data: queryChunk(tf, model, task, start, count), dim },
      { data: gallery.vectors, dim },
      { k, similarity },
    );
    ids.set(found.ids, start * k);
    onProgress?.(start + count);
  }
  return { similarity, queries: task.count, k, gallerySize: gallery.count, ids };
}

/**
 * @example
 * scoreModel(tf, { name: "MANN", kind: "manipulator", manipulator }, multiTask(catalog, f), gallery);
 */
export function scoreModel(
  tf: Tf,
  model: QueryModel,
  task: RetrievalTask,
  gallery: TestGallery,
  similarity: Similarity = "l2-normalized",
  onProgress?: (done: number) => void,
): RetrievalScores {
  const started = performance.now();
  const ranking = rankQueries(tf, model, task, gallery, similarity, onProgress);
  const attributes = gallery.rows.length / gallery.count;
  const input: MetricInput = {
    ranking,
    gallery: { rows: gallery.rows, attributes },
    targets: { rows: task.targets, attributes },
  };
  return scoreRanking(model, task, input, started);
}

/**
 * The scores of one model's ranking of a task's queries (exact or from an index); `started`
 * (a `performance.now()`) is when the model began, for `seconds`.
 */
export function scoreRanking(
  model: QueryModel,
  task: RetrievalTask,
  input: MetricInput,
  started: number,
): RetrievalScores {
  const { similarity } = input.ranking;
  const accuracy = topKAccuracy(input);
  const ndcg = ndcgAtK({ ...input, ks: [30] }).rows[0];
  const split = splitNdcgAtK({ ...input, ks: [30], manipulated: task.manipulated }).rows[0];
  const steps = task.manipulations.map((m) => m.length);
  const { groups } = topKAccuracyByGroup(input, steps);
  return {
    model: model.name,
    task: task.name,
    similarity,
    ...topKScores(task.count, accuracy.rows),
    ndcg30: ndcg?.ndcg ?? Number.NaN,
    ndcgT30: split?.ndcgT ?? Number.NaN,
    ndcgO30: split?.ndcgO ?? Number.NaN,
    byManipulations: groups.map((g) => ({
      manipulations: g.group,
      ...topKScores(g.queries, g.rows),
    })),
    seconds: (performance.now() - started) / 1000,
  };
}

function topKScores(queries: number, rows: readonly TopKRow[]): TopKScores {
  return {
    queries,
    hits: Object.fromEntries(rows.map((r) => [`top${r.k}`, r.hits])),
    topK: Object.fromEntries(rows.map((r) => [`top${r.k}`, r.accuracy * 100])),
  };
}
