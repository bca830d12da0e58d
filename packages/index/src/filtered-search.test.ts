import { describe, expect, it } from "vitest";
import { isVectorIndexError } from "./errors.ts";
import { allowedIdMask } from "./filtered-search.ts";
import { createFlatIndex } from "./flat-index.ts";
import { createHnswIndex } from "./hnsw-index.ts";
import { createIvfIndex } from "./ivf-index.ts";
import { recallAtK } from "./recall.ts";
import { compareWithBruteForce, randomVectors } from "./test-support.ts";
import type { Metric, SearchFilter, SearchResult, VectorIndex } from "./types.ts";

const DIM = 8;
const SIZE = 1000;
const base = randomVectors(SIZE, DIM, 51);
const queries = randomVectors(12, DIM, 52);

/** Every `step`-th id from `offset`: 1 in `step` allowed. */
const everyNth = (step: number, offset = 0) =>
  allowedIdMask(
    Array.from({ length: Math.ceil((SIZE - offset) / step) }, (_, i) => offset + i * step),
    SIZE,
  );

/** Brute force over the allowed rows only, compared with `result` (ids mapped back). */
function subsetProblems(result: SearchResult, mask: Uint8Array, metric: Metric): string[] {
  const allowed = Array.from({ length: SIZE }, (_, id) => id).filter((id) => mask[id] === 1);
  const subset = new Float32Array(allowed.length * DIM);
  allowed.forEach((id, i) => {
    subset.set(base.subarray(id * DIM, (id + 1) * DIM), i * DIM);
  });
  const position = new Map(allowed.map((id, i) => [id, i]));
  const ids = result.ids.map((id) => position.get(id) ?? -1);
  return compareWithBruteForce({ ...result, ids }, subset, queries, DIM, metric);
}

describe.each<Metric>(["l2", "ip"])("filtered flat %s search", (metric) => {
  it.each([
    ["half", everyNth(2)],
    ["1 in 50", everyNth(50, 7)],
    ["3 ids", allowedIdMask([999, 0, 500], SIZE)],
  ])("equals brute force over the allowed ids (%s), as a mask and a predicate", async (_, mask) => {
    const index = createFlatIndex(DIM, metric);
    await index.add(base);
    const k = 10;
    const fromMask = await index.search(queries, k, mask);
    expect(fromMask.k).toBe(
      Math.min(
        k,
        mask.reduce((n, v) => n + v, 0),
      ),
    );
    expect(subsetProblems(fromMask, mask, metric)).toEqual([]);
    const fromPredicate = await index.search(queries, k, { allow: (id) => mask[id] === 1 });
    expect(fromPredicate).toEqual(fromMask);
  });
});

describe("filtered search", () => {
  const build = async (index: VectorIndex) => {
    await index.train(base);
    await index.add(base);
    return index;
  };

  it("keeps k results on HNSW with 1 id in 5 allowed, every one allowed", async () => {
    const index = await build(createHnswIndex(DIM, "l2", { neighbours: 16 }));
    const mask = everyNth(5, 3);
    const result = await index.search(queries, 10, mask);
    expect(result.k).toBe(10);
    expect(Array.from(result.ids).every((id) => mask[id] === 1)).toBe(true);
    const flat = await build(createFlatIndex(DIM, "l2"));
    // Measured 0.92 here (filtered recall@10 against the filtered exact search).
    expect(recallAtK(await flat.search(queries, 10, mask), result)).toBeGreaterThanOrEqual(0.8);
  });

  // faiss's HNSW walk stops on efSearch (16), not k: here ~135 of 1,000 ids come back however
  // large k is, so a selective filter leaves the walk short; those rows are searched exactly.
  it.each<Metric>(["l2", "ip"])(
    "searches HNSW rows the walk leaves short exactly over the allowed ids (%s)",
    async (metric) => {
      const index = await build(createHnswIndex(DIM, metric, { neighbours: 16 }));
      for (const mask of [everyNth(40), allowedIdMask([999, 0, 500], SIZE)]) {
        const result = await index.search(queries, 10, mask);
        expect(Array.from(result.ids)).not.toContain(-1);
        expect(subsetProblems(result, mask, metric)).toEqual([]);
      }
    },
  );

  it("fills those rows when efSearch is raised past the walk's limit", async () => {
    const index = await build(createHnswIndex(DIM, "l2", { neighbours: 16, efSearch: 1000 }));
    const mask = everyNth(40);
    const result = await index.search(queries, 10, mask);
    expect(result.k).toBe(10);
    expect(Array.from(result.ids)).not.toContain(-1);
    expect(Array.from(result.ids).every((id) => mask[id] === 1)).toBe(true);
    const flat = await build(createFlatIndex(DIM, "l2"));
    expect(recallAtK(await flat.search(queries, 10, mask), result)).toBeGreaterThanOrEqual(0.9);
  });

  it.each<Metric>(["l2", "ip"])(
    "searches IVF rows its probed lists leave short exactly over the allowed ids (%s)",
    async (metric) => {
      const index = await build(createIvfIndex(DIM, metric, { lists: 8, probes: 1 }));
      const mask = everyNth(97, 5);
      const result = await index.search(queries, 10, mask);
      expect(result.k).toBe(10);
      expect(Array.from(result.ids)).not.toContain(-1);
      expect(subsetProblems(result, mask, metric)).toEqual([]);
      // The vectors read for the fallback follow later adds.
      const extra = randomVectors(3, DIM, 53);
      await index.add(extra);
      const flat = await build(createFlatIndex(DIM, metric));
      await flat.add(extra);
      const newOnes = allowedIdMask([1000, 1001, 1002], SIZE + 3);
      expect((await index.search(queries, 10, newOnes)).ids).toEqual(
        (await flat.search(queries, 10, newOnes)).ids,
      );
    },
  );

  it("reads IVF vectors whose lists are mostly empty (faiss's sparse layout) for the fallback", async () => {
    const index = createIvfIndex(DIM, "ip", { lists: 32, probes: 1 });
    await index.train(base);
    const few = base.subarray(0, 6 * DIM); // 6 vectors: at most 6 of 32 lists hold any
    await index.add(few);
    const flat = createFlatIndex(DIM, "ip");
    await flat.add(few);
    const mask = allowedIdMask([0, 2, 3, 5], 6);
    const result = await index.search(queries, 4, mask);
    expect(result.ids).toEqual((await flat.search(queries, 4, mask)).ids);
  });

  it("has no columns when nothing is allowed, or the index is empty", async () => {
    const index = createFlatIndex(DIM, "ip");
    expect(await index.search(queries, 5, new Uint8Array(0))).toMatchObject({ k: 0 });
    await index.add(base);
    const none = await index.search(queries, 5, { allow: () => false });
    expect(none).toMatchObject({ queries: 12, k: 0 });
    expect(none.ids).toHaveLength(0);
  });

  it("refuses a filter that is neither a mask nor { allow }", async () => {
    const index = createFlatIndex(DIM, "l2");
    for (const filter of [[1, 0], { allow: true }, null, new Int8Array(2)]) {
      const error = await index
        .search(queries, 5, filter as unknown as SearchFilter)
        .catch((e: unknown) => e);
      expect(isVectorIndexError(error) && error.code).toBe("invalid_argument");
    }
  });
});

describe("allowedIdMask", () => {
  it("marks the given ids and refuses ids outside the index", () => {
    expect(Array.from(allowedIdMask([0, 3, 3], 5))).toEqual([1, 0, 0, 1, 0]);
    expect(() => allowedIdMask([5], 5)).toThrow("id 5 is not an integer from 0 to 4");
    expect(() => allowedIdMask([1.5], 5)).toThrow("id 1.5 is not an integer from 0 to 4");
    expect(() => allowedIdMask([], -1)).toThrow("size must be an integer >= 0, got -1");
  });
});
