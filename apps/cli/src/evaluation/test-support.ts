/** Helpers for the evaluation tests: made-up scores. */
import type { RetrievalScores } from "./retrieval.ts";
import type { RunRecord } from "./run.ts";

/** Scores of one model with `hits[i]` hits at k = 10, 20, ... out of `queries`. */
export function fakeScores(
  model: string,
  task: "single" | "multi",
  queries: number,
  hits: readonly number[],
): RetrievalScores {
  const keyed = (f: (h: number) => number) =>
    Object.fromEntries(hits.map((h, i) => [`top${10 * (i + 1)}`, f(h)]));
  const byManipulations = Array.from({ length: task === "multi" ? 8 : 1 }, (_, d) => ({
    manipulations: d + 1,
    queries: 125,
    hits: keyed((h) => Math.min(125, Math.round(h / 8) + d)),
    topK: keyed((h) => (Math.min(125, Math.round(h / 8) + d) / 125) * 100),
  }));
  return {
    model,
    task,
    queries,
    similarity: "l2-normalized",
    hits: keyed((h) => h),
    topK: keyed((h) => (h / queries) * 100),
    ndcg30: 0.7448,
    ndcgT30: 0.3259,
    ndcgO30: 0.7987,
    byManipulations,
    seconds: 1.5,
  };
}

/** A run record around `results`, as `atelier eval` would write it. */
export function fakeRun(results: readonly RetrievalScores[]): RunRecord {
  return {
    args: ["--encoder", "models/encoder", "--mann", "models/mann", "--report", "out dir"],
    startedAt: "2025-01-01T00:00:00.000Z",
    seconds: 183.25,
    searchSeconds: 150.5,
    peakRssMiB: 812,
    machine: { cores: 2, cpu: "Test CPU", memoryGiB: 24, node: "v20.19.0", tfBackend: "wasm" },
    data: { kind: "catalog", seed: 42, count: 20_000 },
    encoder: { dir: "models/encoder", dim: 32 },
    gallery: { which: "all", count: 20_000 },
    search: { kind: "exact", k: 50, queryChunk: 256, scanChunk: 64 },
    similarity: "l2-normalized",
    tasks: [
      { name: "single", queries: 14_361 },
      { name: "multi", queries: 1000 },
    ],
    results,
  };
}
