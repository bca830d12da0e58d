import { exactSearch } from "@atelier/eval";
import type { Tf } from "@atelier/ml";
import { describe, expect, it } from "vitest";
import { QUERY_CHUNK, type QueryModel, rankQueries, scoreModel } from "./retrieval.ts";
import type { RetrievalTask, TestGallery } from "./tasks.ts";

// The references never touch tfjs, so these tests need no backend.
const tf = {} as Tf;
const queryOnly: QueryModel = { name: "query only", kind: "query-only" };

// 12 items on a line (dim 1): item i sits at i and has labels [i, 0], unique per item, so with
// raw L2 a query at 0 ranks items 0, 1, 2, ... and only item 11 lies beyond the top 10.
const gallery: TestGallery = {
  count: 12,
  rows: Int8Array.from(Array.from({ length: 12 }, (_, i) => [i, 0]).flat()),
  vectors: Float32Array.from({ length: 12 }, (_, i) => i),
};

function task(queries: readonly { at: number; target: [number, number]; steps: number }[]) {
  return {
    name: "multi",
    count: queries.length,
    references: Float32Array.from(queries.map((q) => q.at)),
    manipulations: queries.map((q) => Array.from({ length: q.steps }, () => new Float32Array(1))),
    manipulated: queries.map(() => [0]),
    targets: Int8Array.from(queries.flatMap((q) => q.target)),
    oracle: Float32Array.from(queries.map((q) => q.target[0])),
  } satisfies RetrievalTask;
}

describe("scoreModel", () => {
  it("breaks top-k down by number of manipulations", () => {
    const scores = scoreModel(
      tf,
      queryOnly,
      task([
        { at: 0, target: [0, 0], steps: 1 }, // rank 0: hit at 10
        { at: 0, target: [11, 0], steps: 1 }, // rank 11: miss at 10, hit at 20
        { at: 5, target: [3, 0], steps: 2 }, // rank 3 or so: hit at 10
        { at: 0, target: [50, 0], steps: 2 }, // labels no item has: never a hit
      ]),
      gallery,
      "l2",
    );
    expect(scores.hits).toEqual({ top10: 2, top20: 3, top30: 3, top40: 3, top50: 3 });
    expect(scores.topK.top10).toBe(50);
    expect(scores.byManipulations.map((g) => [g.manipulations, g.queries, g.hits])).toEqual([
      [1, 2, { top10: 1, top20: 2, top30: 2, top40: 2, top50: 2 }],
      [2, 2, { top10: 1, top20: 1, top30: 1, top40: 1, top50: 1 }],
    ]);
    expect(scores.byManipulations[0]?.topK).toMatchObject({ top10: 50, top20: 100 });
    expect(scores).toMatchObject({ model: "query only", task: "multi", similarity: "l2" });
  });

  it("searches with the target's features for the oracle", () => {
    const oracle: QueryModel = { name: "oracle", kind: "oracle" };
    const scores = scoreModel(
      tf,
      oracle,
      task([{ at: 0, target: [11, 0], steps: 3 }]),
      gallery,
      "l2",
    );
    expect(scores.byManipulations).toEqual([
      {
        manipulations: 3,
        queries: 1,
        hits: { top10: 1, top20: 1, top30: 1, top40: 1, top50: 1 },
        topK: { top10: 100, top20: 100, top30: 100, top40: 100, top50: 100 },
      },
    ]);
  });
});

describe("rankQueries", () => {
  it("ranks in chunks exactly as one search of every query, reporting progress per chunk", () => {
    const many = task(
      Array.from({ length: 2 * QUERY_CHUNK + 88 }, (_, q) => ({
        at: (q * 7) % 13,
        target: [q % 12, 0] as [number, number],
        steps: 1 + (q % 8),
      })),
    );
    const done: number[] = [];
    const ranking = rankQueries(tf, queryOnly, many, gallery, "l2", (n) => done.push(n));
    const whole = exactSearch(
      { data: many.references, dim: 1 },
      { data: gallery.vectors, dim: 1 },
      { k: 50, similarity: "l2" },
    );
    expect(ranking.k).toBe(12);
    expect(ranking.ids).toEqual(whole.ids);
    expect(done).toEqual([QUERY_CHUNK, 2 * QUERY_CHUNK, 2 * QUERY_CHUNK + 88]);
  });
});
