/**
 * Runs query models on a retrieval task and scores them with @atelier/eval: exact search over the
 * test gallery, top-k accuracy and NDCG@30 (with its manipulated / other split). The models are
 * a manipulator (ADDE-M, MANN) or one of the two references: the unmodified query and the oracle
 * that searches with a target item's own features (the encoder's ceiling).
 */
import {
  DEFAULT_KS,
  exactSearch,
  ndcgAtK,
  type Similarity,
  splitNdcgAtK,
  topKAccuracy,
} from "@atelier/eval";
import type { Tf } from "@atelier/ml";
import { disposeManipulatorState, type Manipulator } from "@atelier/models";
import type { RetrievalTask, TestGallery } from "./tasks.ts";

/** A model that turns a task's queries into query vectors [count, vectorSize]. */
export type QueryModel =
  | { readonly name: string; readonly kind: "query-only" | "oracle" }
  | { readonly name: string; readonly kind: "manipulator"; readonly manipulator: Manipulator };

export interface RetrievalScores {
  readonly model: string;
  readonly task: RetrievalTask["name"];
  readonly queries: number;
  readonly similarity: Similarity;
  /** Top-k accuracy in %, per k. */
  readonly topK: Readonly<Record<string, number>>;
  readonly ndcg30: number;
  readonly ndcgT30: number;
  readonly ndcgO30: number;
}

const BATCH = 256;

/** Query vectors of `model` for every query of `task`, `BATCH` sessions at a time. */
export function queryVectors(tf: Tf, model: QueryModel, task: RetrievalTask): Float32Array {
  if (model.kind !== "manipulator") return model.kind === "oracle" ? task.oracle : task.references;
  const m = model.manipulator;
  const out = new Float32Array(task.count * m.vectorSize);
  for (let start = 0; start < task.count; start += BATCH) {
    const count = Math.min(BATCH, task.count - start);
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
    out.set(query.dataSync(), start * m.vectorSize);
    query.dispose();
  }
  return out;
}

/**
 * @example
 * scoreModel(tf, { name: "MANN", kind: "manipulator", manipulator }, singleTask(catalog, f), gallery);
 */
export function scoreModel(
  tf: Tf,
  model: QueryModel,
  task: RetrievalTask,
  gallery: TestGallery,
  similarity: Similarity = "l2-normalized",
): RetrievalScores {
  const dim = gallery.vectors.length / gallery.count;
  const k = Math.max(...DEFAULT_KS);
  const ranking = exactSearch(
    { data: queryVectors(tf, model, task), dim },
    { data: gallery.vectors, dim },
    { k, similarity },
  );
  const attributes = gallery.rows.length / gallery.count;
  const input = {
    ranking,
    gallery: { rows: gallery.rows, attributes },
    targets: { rows: task.targets, attributes },
  };
  const accuracy = topKAccuracy(input);
  const ndcg = ndcgAtK({ ...input, ks: [30] }).rows[0];
  const split = splitNdcgAtK({ ...input, ks: [30], manipulated: task.manipulated }).rows[0];
  return {
    model: model.name,
    task: task.name,
    queries: task.count,
    similarity,
    topK: Object.fromEntries(accuracy.rows.map((r) => [`top${r.k}`, r.accuracy * 100])),
    ndcg30: ndcg?.ndcg ?? Number.NaN,
    ndcgT30: split?.ndcgT ?? Number.NaN,
    ndcgO30: split?.ndcgO ?? Number.NaN,
  };
}
