import { describe, expect, it } from "vitest";
import { createFlatIndex } from "./flat-index.ts";
import { createHnswIndex } from "./hnsw-index.ts";
import type { Metric, VectorIndex } from "./types.ts";

/** What every kind must do alike, on indexes small enough that HNSW is exact. */
const kinds: [string, (dim: number, metric: Metric) => VectorIndex][] = [
  ["flat", createFlatIndex],
  ["hnsw", (dim, metric) => createHnswIndex(dim, metric, { neighbours: 4 })],
];

describe.each(kinds)("%s index", (kind, create) => {
  it("reports what it is and numbers vectors in insertion order across adds", async () => {
    const index = create(3, "l2");
    expect(index).toMatchObject({ kind, metric: "l2", dim: 3, size: 0 });
    await index.add([[0, 0, 0]]);
    await index.add(new Float32Array([5, 5, 5, 9, 9, 9]));
    expect(index.size).toBe(3);
    const { ids, distances } = await index.search([[9, 9, 8]], 3);
    expect(Array.from(ids)).toEqual([2, 1, 0]);
    expect(Array.from(distances)).toEqual([1, 2 * 16 + 9, 2 * 81 + 64]);
  });

  it("ranks inner product from largest to smallest", async () => {
    const index = create(2, "ip");
    expect(index.metric).toBe("ip");
    await index.add([
      [1, 0],
      [3, 0],
      [2, 0],
    ]);
    const { ids, distances } = await index.search([[1, 5]], 3);
    expect(Array.from(ids)).toEqual([1, 2, 0]);
    expect(Array.from(distances)).toEqual([3, 2, 1]);
  });

  it("returns size columns when k is larger than the index, and none when it is empty", async () => {
    const index = create(2, "l2");
    expect(await index.search([[0, 0]], 5)).toMatchObject({ queries: 1, k: 0 });
    await index.add([
      [0, 0],
      [1, 1],
    ]);
    const result = await index.search(new Float32Array([0, 0, 1, 1]), 5);
    expect(result.k).toBe(2);
    expect(Array.from(result.ids)).toEqual([0, 1, 1, 0]);
  });
});
