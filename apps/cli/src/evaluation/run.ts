/**
 * One evaluation run: every model on every task against one gallery, under one progress bar,
 * and the record a report is written from (results plus what is needed to trust and repeat
 * them: settings, machine, time, peak memory).
 */
import { availableParallelism, cpus, totalmem } from "node:os";
import { progressBar } from "@atelier/catalog";
import { DEFAULT_CHUNK_SIZE, DEFAULT_KS, type Similarity } from "@atelier/eval";
import type { Metric } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import type { DataRecord } from "./eval-data.ts";
import type { GalleryIndex } from "./gallery-index.ts";
import { scoreModelWithIndex } from "./index-retrieval.ts";
import { QUERY_CHUNK, type QueryModel, type RetrievalScores, scoreModel } from "./retrieval.ts";
import type { GalleryChoice, RetrievalTask, TestGallery } from "./tasks.ts";

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly tfBackend: string;
}

/** Everything a report shows: written whole as results.json. */
export interface RunRecord {
  /** The `atelier eval` arguments of this run, as typed. */
  readonly args: readonly string[];
  readonly startedAt: string;
  /** Wall time of the whole command (catalog, features, models, search, metrics). */
  readonly seconds: number;
  /** Wall time of the models on the queries: query vectors, search and metrics. */
  readonly searchSeconds: number;
  /** The process's peak resident memory (getrusage maxrss) over the whole run. */
  readonly peakRssMiB: number;
  readonly machine: Machine;
  /** The procedural catalog, or the dataset folder (and its features file) evaluated on. */
  readonly data: DataRecord;
  /** The encoder that made the features; absent when `--features` gave them. */
  readonly encoder?: { readonly dir: string; readonly dim: number };
  readonly gallery: { readonly which: GalleryChoice; readonly count: number };
  readonly search: SearchRecord;
  readonly similarity: Similarity;
  readonly tasks: readonly { readonly name: RetrievalTask["name"]; readonly queries: number }[];
  readonly results: readonly RetrievalScores[];
}

/** How the gallery was searched: exactly, or through an HNSW index measured against exact. */
export type SearchRecord =
  | {
      readonly kind: "exact";
      readonly k: number;
      /** Queries turned into vectors and searched at a time. */
      readonly queryChunk: number;
      /** Queries scanned together against the gallery inside exact search. */
      readonly scanChunk: number;
    }
  | {
      readonly kind: "hnsw";
      readonly k: number;
      readonly queryChunk: number;
      /** Exact search still runs on every query: the recall's reference. */
      readonly scanChunk: number;
      /** faiss's M and its fixed efSearch. */
      readonly neighbours: number;
      readonly efSearch: number;
      /** faiss's metric, on L2-normalised vectors when `normalized`. */
      readonly metric: Metric;
      readonly normalized: boolean;
      /** Wall time of building the index over the gallery (once per run). */
      readonly buildSeconds: number;
    };

/**
 * Scores every model on every task, in task order then model order, with one overall bar; with
 * `index`, from its ranking (each result with its recall against exact search).
 *
 * @example
 * const results = await runModels(tf, models, plans.map((p) => retrievalTask(p, test)), gallery, "l2-normalized");
 */
export async function runModels(
  tf: Tf,
  models: readonly QueryModel[],
  tasks: readonly RetrievalTask[],
  gallery: TestGallery,
  similarity: Similarity,
  index?: GalleryIndex,
): Promise<RetrievalScores[]> {
  if (index !== undefined && index.similarity !== similarity) {
    throw new Error(`the index was built for ${index.similarity}, the run scores ${similarity}`);
  }
  const total = models.length * tasks.reduce((n, t) => n + t.count, 0);
  const bar = progressBar("eval", total);
  const results: RetrievalScores[] = [];
  let before = 0;
  try {
    for (const task of tasks) {
      for (const model of models) {
        const offset = before;
        const progress = (done: number) => bar.update(offset + done);
        results.push(
          index === undefined
            ? scoreModel(tf, model, task, gallery, similarity, progress)
            : await scoreModelWithIndex(tf, model, task, gallery, index, progress),
        );
        before += task.count;
      }
    }
  } finally {
    bar.stop();
  }
  return results;
}

/** The machine a run measured on, for the report. */
export function machineOf(tf: Tf): Machine {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    tfBackend: tf.getBackend(),
  };
}

/** Peak resident memory of this process so far, in MiB (Linux reports maxRSS in KiB). */
export function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** The search settings every result was computed with: exact, or `index`'s. */
export function searchSettings(index?: GalleryIndex): SearchRecord {
  const exact = {
    kind: "exact",
    k: Math.max(...DEFAULT_KS),
    queryChunk: QUERY_CHUNK,
    scanChunk: DEFAULT_CHUNK_SIZE,
  } as const;
  if (index === undefined) return exact;
  const { kind, neighbours, efSearch, metric, normalized, buildSeconds } = index;
  return {
    ...exact,
    kind,
    neighbours,
    efSearch,
    metric,
    normalized,
    buildSeconds,
  };
}
