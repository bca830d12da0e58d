import { describe, expect, it } from "vitest";
import { FaissIndex } from "./faiss-index.ts";
import { createFlatIndex } from "./flat-index.ts";
import { faissAddon } from "./native.ts";
import { resultRow } from "./results.ts";
import { compareWithBruteForce, randomVectors, toRows } from "./test-support.ts";
import type { Metric } from "./types.ts";

const DIM = 48;
const SIZE = 2000;
const base = randomVectors(SIZE, DIM, 1);

describe.each<Metric>(["l2", "ip"])("flat %s index", (metric) => {
  // 5 queries take faiss's scalar path; 40 take its BLAS path (it switches at 20).
  it.each([5, 40])("matches a brute-force scan for %i queries at k 1, 10, 50", async (count) => {
    const index = createFlatIndex(DIM, metric);
    await index.add(base);
    const queries = randomVectors(count, DIM, 100 + count);
    for (const k of [1, 10, 50]) {
      const result = await index.search(queries, k);
      expect(result.queries).toBe(count);
      expect(result.k).toBe(k);
      expect(result.ids).toHaveLength(count * k);
      expect(compareWithBruteForce(result, base, queries, DIM, metric)).toEqual([]);
    }
  });

  it("takes vectors and queries as number[][] with the same results", async () => {
    const index = createFlatIndex(DIM, metric);
    await index.add(toRows(base, DIM));
    const queries = randomVectors(7, DIM, 7);
    const fromRows = await index.search(toRows(queries, DIM), 10);
    expect(fromRows).toEqual(await index.search(queries, 10));
    expect(compareWithBruteForce(fromRows, base, queries, DIM, metric)).toEqual([]);
  });

  it("gives the same answer when batches are split into many native calls", async () => {
    const native = metric === "l2" ? faissAddon().IndexFlatL2 : faissAddon().IndexFlatIP;
    // 100 floats per call: two 48-dim vectors, so 1000 add calls and 20 search calls.
    const split = new FaissIndex(new native(DIM), "flat", metric, { batchFloats: 100 });
    await split.add(base);
    expect(split.size).toBe(SIZE);
    const queries = randomVectors(40, DIM, 3);
    const result = await split.search(queries, 20);
    expect(result).toMatchObject({ queries: 40, k: 20 });
    expect(compareWithBruteForce(result, base, queries, DIM, metric)).toEqual([]);
  });
});

describe("flat index", () => {
  it("answers an empty batch of queries with an empty result", async () => {
    const index = createFlatIndex(2, "l2");
    await index.add([[0, 0]]);
    const result = await index.search(new Float32Array(0), 3);
    expect(result).toMatchObject({ queries: 0, k: 1 });
    expect(result.ids).toHaveLength(0);
  });

  it("exposes one query's neighbours with resultRow", async () => {
    const index = createFlatIndex(1, "l2");
    await index.add([[0], [10], [20]]);
    const result = await index.search([[19], [1]], 2);
    expect(Array.from(resultRow(result, 1).ids)).toEqual([0, 1]);
    expect(Array.from(resultRow(result, 0).distances)).toEqual([1, 81]);
    expect(() => resultRow(result, 2)).toThrow("query 2 is out of range: the result holds 2");
  });
});
