import type { Tf } from "@atelier/ml";
import { describe, expect, it } from "vitest";
import { buildGalleryIndex, type GalleryIndex } from "./gallery-index.ts";
import { scoreModelWithIndex } from "./index-retrieval.ts";
import { QUERY_CHUNK, type QueryModel, scoreModel } from "./retrieval.ts";
import type { RetrievalTask, TestGallery } from "./tasks.ts";

// The references never touch tfjs, so these tests need no backend.
const tf = {} as Tf;
const queryOnly: QueryModel = { name: "query only", kind: "query-only" };

// 300 varied 8-d items, labels [i % 10, i % 3]; queries are items (more than one chunk).
const DIM = 8;
const gallery: TestGallery = {
  count: 300,
  rows: Int8Array.from({ length: 300 * 2 }, (_, i) => (i % 2 === 0 ? (i / 2) % 10 : (i >> 1) % 3)),
  vectors: Float32Array.from(
    { length: 300 * DIM },
    (_, i) => (Math.sin(i * 12.9898) * 43758.5453) % 1,
  ),
};
const count = QUERY_CHUNK + 20;
const task: RetrievalTask = {
  name: "multi",
  count,
  references: gallery.vectors.slice(0, count * DIM),
  manipulations: Array.from({ length: count }, (_, q) =>
    Array.from({ length: 1 + (q % 3) }, () => new Float32Array(1)),
  ),
  manipulated: Array.from({ length: count }, () => [0]),
  targets: Int8Array.from({ length: count * 2 }, (_, i) => ((i * 7) % 10) % (i % 2 === 0 ? 10 : 3)),
  oracle: gallery.vectors.slice(0, count * DIM),
};

describe("scoreModelWithIndex", () => {
  it("scores the index's ranking and reports its recall against exact search", async () => {
    const index = await buildGalleryIndex(gallery, "cosine");
    const done: number[] = [];
    const scores = await scoreModelWithIndex(tf, queryOnly, task, gallery, index, (n) =>
      done.push(n),
    );
    expect(done).toEqual([QUERY_CHUNK, count]);
    for (const recall of [scores.recallAt10, scores.recallAt50]) {
      expect(recall).toBeGreaterThanOrEqual(0.8);
      expect(recall).toBeLessThanOrEqual(1);
    }
    expect(scores.paddedSlots).toBe(0);
    expect(scores.indexSeconds).toBeGreaterThanOrEqual(0);
    expect(scores.exactSeconds).toBeGreaterThanOrEqual(0);
    // Same fields as exact scoring, plus the index's: and the same numbers where recall is 1.
    const exact = scoreModel(tf, queryOnly, task, gallery, "cosine");
    expect(Object.keys(scores)).toEqual([
      ...Object.keys(exact),
      "recallAt10",
      "recallAt50",
      "indexSeconds",
      "exactSeconds",
      "paddedSlots",
    ]);
    expect(scores).toMatchObject({ model: "query only", task: "multi", similarity: "cosine" });
    if (scores.recallAt50 === 1) expect(scores.hits).toEqual(exact.hits);
  });

  it("scores slots an index leaves empty as misses, in the metrics and the recall", async () => {
    const real = await buildGalleryIndex(gallery, "l2");
    // The same index, with the last 10 of every row's 50 slots left empty (-1).
    const padded: GalleryIndex = {
      ...real,
      async search(queries, k) {
        const found = await real.search(queries, k);
        const ids = found.ids.map((id, i) => (i % k >= k - 10 ? -1 : id));
        return { ...found, ids };
      },
    };
    const full = await scoreModelWithIndex(tf, queryOnly, task, gallery, real);
    const scores = await scoreModelWithIndex(tf, queryOnly, task, gallery, padded);
    expect(scores.paddedSlots).toBe(count * 10);
    expect(scores.recallAt50).toBeLessThanOrEqual(0.8 + 1e-9);
    expect(scores.recallAt50).toBeCloseTo((full.recallAt50 as number) - 0.2, 1);
    expect(scores.recallAt10).toBe(full.recallAt10);
    expect(scores.hits.top40).toBe(full.hits.top40);
    expect(scores.hits.top50).toBeLessThanOrEqual(full.hits.top50 as number);
  });
});
