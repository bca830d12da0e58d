import { exactSearch, ndcgAtK, topKAccuracy } from "@atelier/eval";
import type { SearchResult } from "@atelier/index";
import { describe, expect, it } from "vitest";
import { firstColumns, indexMetricInput, searchResultOf } from "./index-ranking.ts";

// 4 items with 2 attributes; item 3 lacks its second attribute (-1).
const gallery = { rows: Int8Array.from([0, 0, 1, 0, 2, 0, 3, -1]), attributes: 2 };

describe("indexMetricInput", () => {
  it("scores empty slots (-1) as misses: no hit, relevance 0", () => {
    // Query 0 wants item 0's labels, query 1 item 3's (missing block included): the index found
    // item 1 then nothing for query 0, nothing at all for query 1.
    const targets = { rows: Int8Array.from([0, 0, 3, -1]), attributes: 2 };
    const found = { queries: 2, k: 2, ids: Int32Array.from([1, -1, -1, -1]) };
    const { input, padded } = indexMetricInput(found, "l2", gallery, targets);
    expect(padded).toBe(3);
    expect(input.ranking.gallerySize).toBe(5);
    expect(topKAccuracy({ ...input, ks: [1, 2] }).rows.map((r) => r.hits)).toEqual([0, 0]);
    // Query 0: item 1 matches 1 block of 2 at rank 0, the empty slot nothing; query 1: 0.
    const ideal = 1 / Math.log(2) + 1 / Math.log(3);
    const query0 = (2 ** 0.5 - 1) / Math.log(2) / ideal;
    expect(ndcgAtK({ ...input, ks: [2] }).rows[0]?.ndcg).toBeCloseTo(query0 / 2, 12);
  });

  it("counts a hit found before the empty slots", () => {
    const targets = { rows: Int8Array.from([2, 0]), attributes: 2 };
    const found = { queries: 1, k: 3, ids: Int32Array.from([2, -1, -1]) };
    const { input } = indexMetricInput(found, "l2", gallery, targets);
    expect(topKAccuracy({ ...input, ks: [1, 3] }).rows.map((r) => r.hits)).toEqual([1, 1]);
  });

  it("passes a full ranking and the labels through unchanged", () => {
    const targets = { rows: Int8Array.from([1, 0]), attributes: 2 };
    const ids = Int32Array.from([1, 0]);
    const { input, padded } = indexMetricInput(
      { queries: 1, k: 2, ids },
      "cosine",
      gallery,
      targets,
    );
    expect(padded).toBe(0);
    expect(input.gallery).toBe(gallery);
    expect(input.ranking).toEqual({ similarity: "cosine", queries: 1, k: 2, gallerySize: 4, ids });
  });

  it("refuses empty slots in a ranking of the whole gallery", () => {
    const targets = { rows: Int8Array.from([1, 0]), attributes: 2 };
    const found = { queries: 1, k: 4, ids: Int32Array.from([1, 0, 2, -1]) };
    expect(() => indexMetricInput(found, "l2", gallery, targets)).toThrow(
      "a ranking of the whole gallery (k 4, 4 items) with empty slots cannot be scored",
    );
  });
});

describe("firstColumns and searchResultOf", () => {
  it("keeps the first k neighbours of every row", () => {
    const result: SearchResult = {
      queries: 2,
      k: 3,
      ids: Int32Array.from([5, 6, 7, 8, 9, -1]),
      distances: Float32Array.from([0, 1, 2, 3, 4, Number.POSITIVE_INFINITY]),
    };
    const first = firstColumns(result, 2);
    expect(first.k).toBe(2);
    expect([...first.ids]).toEqual([5, 6, 8, 9]);
    expect([...first.distances]).toEqual([0, 1, 3, 4]);
    expect(() => firstColumns(result, 4)).toThrow("k must be an integer from 1 to 3, got 4");
  });

  it("turns exact search's neighbours into a search result", () => {
    const found = exactSearch(
      { data: Float32Array.from([0.9]), dim: 1 },
      { data: Float32Array.from([0, 1, 2]), dim: 1 },
      { k: 2, similarity: "l2" },
    );
    const result = searchResultOf(found);
    expect(result).toMatchObject({ queries: 1, k: 2 });
    expect([...result.ids]).toEqual([1, 0]);
    expect(result.distances[0]).toBeCloseTo(0.01, 6);
  });
});
