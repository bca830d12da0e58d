import { describe, expect, it } from "vitest";
import { isVectorIndexError } from "./errors.ts";
import { createFlatIndex } from "./flat-index.ts";
import { createHnswIndex } from "./hnsw-index.ts";
import type { IndexKind, Metric, VectorBatch, VectorIndex } from "./types.ts";

async function filled(kind: IndexKind): Promise<VectorIndex> {
  const index = kind === "flat" ? createFlatIndex(3, "l2") : createHnswIndex(3, "l2");
  await index.add([
    [0, 0, 0],
    [1, 1, 1],
  ]);
  return index;
}

describe.each<IndexKind>(["flat", "hnsw"])("a %s index refuses bad input, unchanged", (kind) => {
  it.each<[string, VectorBatch, string, RegExp]>([
    [
      "a short last vector",
      [
        [2, 2, 2],
        [3, 3],
      ],
      "dimension_mismatch",
      /^vector 1 has 2 values/,
    ],
    ["a ragged Float32Array", new Float32Array(8), "dimension_mismatch", /8 values/],
    [
      "a NaN",
      [
        [2, 2, 2],
        [3, Number.NaN, 3],
      ],
      "non_finite_value",
      /^vector 1, component 1 is NaN/,
    ],
    ["a flat number[]", [1, 2, 3] as unknown as number[][], "invalid_argument", /^vector 0 is/],
  ])("add with %s", async (_, batch, code, message) => {
    const index = await filled(kind);
    const error = await index.add(batch).catch((e: unknown) => e);
    expect(isVectorIndexError(error) && error.code).toBe(code);
    expect((error as Error).message).toMatch(message);
    expect(index.size).toBe(2);
    const { ids } = await index.search([[0.9, 0.9, 0.9]], 2);
    expect(Array.from(ids)).toEqual([1, 0]);
  });

  it.each([0, -1, 1.5, Number.NaN, "3"])("search with k = %s", async (k) => {
    const index = await filled(kind);
    await expect(index.search([[0, 0, 0]], k as number)).rejects.toThrow(
      `k must be an integer >= 1, got ${String(k)}`,
    );
  });

  it("search with a query of the wrong dimension or with Infinity", async () => {
    const index = await filled(kind);
    await expect(index.search([[0, 0, 0, 0]], 1)).rejects.toThrow(
      "query 0 has 4 values, expected 3 (the index dimension)",
    );
    await expect(index.search([[0, 0, -Infinity]], 1)).rejects.toThrow(
      "query 0, component 2 is -Infinity; vectors must be finite",
    );
    expect(index.size).toBe(2);
  });
});

describe("createFlatIndex", () => {
  it.each([0, -3, 2.5, Number.NaN])("refuses dim %s", (dim) => {
    expect(() => createFlatIndex(dim, "l2")).toThrow(
      `dim must be an integer from 1 to 16777216, got ${dim}`,
    );
  });

  it("refuses an unknown metric", () => {
    expect(() => createFlatIndex(3, "cosine" as Metric)).toThrow(
      'metric must be "l2" or "ip", got "cosine"',
    );
  });
});
