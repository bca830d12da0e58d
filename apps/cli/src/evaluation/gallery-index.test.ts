import { exactSearch, SIMILARITIES } from "@atelier/eval";
import { describe, expect, it } from "vitest";
import { buildGalleryIndex, checkIndexFits, indexMetricFor } from "./gallery-index.ts";
import type { TestGallery } from "./tasks.ts";

/** `count` varied 3-d items with made-up labels (one attribute). */
function gallery(count: number): TestGallery {
  return {
    count,
    rows: Int8Array.from({ length: count }, (_, i) => i % 7),
    vectors: Float32Array.from(
      { length: count * 3 },
      (_, i) => Math.sin(i * 12.9898) * (1 + (i % 5)),
    ),
  };
}

describe("indexMetricFor", () => {
  it("maps every similarity to a faiss metric that ranks alike", () => {
    expect(SIMILARITIES.map(indexMetricFor)).toEqual([
      { metric: "l2", normalized: true },
      { metric: "l2", normalized: false },
      { metric: "ip", normalized: true },
    ]);
  });
});

describe("checkIndexFits", () => {
  it("refuses an approximate index over a gallery no larger than top-50", () => {
    expect(() => checkIndexFits("eval", "exact", 12)).not.toThrow();
    expect(() => checkIndexFits("eval", "hnsw", 51)).not.toThrow();
    expect(() => checkIndexFits("eval", "hnsw", 50)).toThrow(
      "eval: --index hnsw needs a gallery of more than 50 items (top-50 of a smaller one is all of it); this gallery has 50: use --index exact",
    );
  });
});

describe("buildGalleryIndex", () => {
  it.each(SIMILARITIES)(
    "finds exact search's nearest item for %s on a small gallery",
    async (similarity) => {
      const items = gallery(120);
      const index = await buildGalleryIndex(items, similarity);
      expect(index).toMatchObject({ kind: "hnsw", similarity, neighbours: 32 });
      expect(index.buildSeconds).toBeGreaterThanOrEqual(0);
      const queries = { data: items.vectors.subarray(0, 30), dim: 3 };
      const exact = exactSearch(queries, { data: items.vectors, dim: 3 }, { k: 1, similarity });
      const found = await index.search(queries.data, 1);
      expect([...found.ids]).toEqual([...exact.ids]);
    },
  );
});
