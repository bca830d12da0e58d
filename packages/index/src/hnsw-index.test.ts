import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAISS_METRIC_TYPE, readHnswParams, withHnswParams } from "./faiss-file.ts";
import { FaissIndex } from "./faiss-index.ts";
import { createFlatIndex } from "./flat-index.ts";
import { createHnswIndex } from "./hnsw-index.ts";
import { loadIndex } from "./load-index.ts";
import { faissAddon } from "./native.ts";
import { recallAtK } from "./recall.ts";
import { compareWithBruteForce, randomVectors } from "./test-support.ts";
import type { Metric } from "./types.ts";

const DIM = 16;

/**
 * M as stored in a saved HNSW file: after the 37-byte header come `assign_probas` (uint64 count,
 * float64s) and `cum_nneighbor_per_level` (uint64 count, int32s: 0, 2M, 3M, ...).
 */
async function neighboursInFile(path: string): Promise<number> {
  const bytes = await readFile(path);
  const probas = Number(bytes.readBigUInt64LE(37));
  return bytes.readInt32LE(37 + 8 + 8 * probas + 8 + 4) / 2;
}

describe.each<Metric>(["l2", "ip"])("hnsw %s index", (metric) => {
  // Measured: 0.99-1.0 here (16-d); 0.94-0.96 on 32-d vectors. Builds vary a little between runs
  // when faiss uses several threads, hence the margin.
  it("finds at least 90% of the exact top 10 on 2,000 random vectors (efSearch 16)", async () => {
    const base = randomVectors(2000, DIM, 21);
    const queries = randomVectors(100, DIM, 22);
    const flat = createFlatIndex(DIM, metric);
    const hnsw = createHnswIndex(DIM, metric);
    await flat.add(base);
    await hnsw.add(base);
    const approximate = await hnsw.search(queries, 10);
    expect(approximate).toMatchObject({ queries: 100, k: 10 });
    expect(recallAtK(await flat.search(queries, 10), approximate)).toBeGreaterThanOrEqual(0.9);
  });

  // Up to 2M + 1 vectors every vector links to every other on the bottom layer: search is exact.
  it("matches a brute-force scan on an index smaller than 2M, at k 1, 10, 60", async () => {
    const base = randomVectors(60, DIM, 23);
    const queries = randomVectors(8, DIM, 24);
    const index = createHnswIndex(DIM, metric);
    await index.add(base);
    for (const k of [1, 10, 60]) {
      const result = await index.search(queries, k);
      expect(result).toMatchObject({ queries: 8, k });
      expect(compareWithBruteForce(result, base, queries, DIM, metric)).toEqual([]);
    }
  });

  it("gives the same answer when batches are split into many native calls", async () => {
    const native = faissAddon().Index.fromFactory(DIM, "HNSW32,Flat", FAISS_METRIC_TYPE[metric]);
    // 40 floats per call: two 16-dim vectors, so 30 add calls and 4 search calls.
    const split = new FaissIndex(native, "hnsw", metric, { batchFloats: 40 });
    const base = randomVectors(60, DIM, 25);
    await split.add(base);
    expect(split.size).toBe(60);
    const queries = randomVectors(8, DIM, 26);
    const result = await split.search(queries, 20);
    expect(result).toMatchObject({ queries: 8, k: 20 });
    expect(compareWithBruteForce(result, base, queries, DIM, metric)).toEqual([]);
  });

  it("ends a row in -1 and an infinite distance when search stops short of k", async () => {
    const index = createHnswIndex(4, metric, { neighbours: 2 });
    await index.add(randomVectors(500, 4, 27));
    const result = await index.search(randomVectors(5, 4, 28), 200);
    expect(result.k).toBe(200);
    const ids = Array.from(result.ids);
    const distances = Array.from(result.distances);
    expect(ids).toContain(-1);
    const missing = metric === "l2" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    for (let q = 0; q < result.queries; q++) {
      const row = ids.slice(q * 200, (q + 1) * 200);
      const found = row.indexOf(-1) === -1 ? 200 : row.indexOf(-1);
      expect(row.slice(found).every((id) => id === -1)).toBe(true);
      expect(new Set(row.slice(0, found)).size).toBe(found);
      expect(distances.slice(q * 200 + found, (q + 1) * 200).every((d) => d === missing)).toBe(
        true,
      );
    }
  });
});

describe.each<Metric>(["l2", "ip"])("hnsw %s index with efSearch", (metric) => {
  // Measured on these seeds (M 32, efConstruction 40): recall@50 0.89 at efSearch 16, 0.997-0.999
  // at 64, 1.00 at 128 (README, "HNSW").
  it("finds at least 97% of the exact top 50 on 2,000 random 32-d vectors at efSearch 128", async () => {
    const base = randomVectors(2000, 32, 21);
    const queries = randomVectors(100, 32, 22);
    const flat = createFlatIndex(32, metric);
    await flat.add(base);
    const exact = await flat.search(queries, 50);
    const recall = async (efSearch: number) => {
      const hnsw = createHnswIndex(32, metric, { efSearch });
      await hnsw.add(base);
      return recallAtK(exact, await hnsw.search(queries, 50));
    };
    const wide = await recall(128);
    expect(wide).toBeGreaterThanOrEqual(0.97);
    expect(wide).toBeGreaterThan(await recall(16));
  });

  it("keeps efSearch and efConstruction through adds, save and load", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atelier-index-"));
    const file = join(dir, "ef.faiss");
    const index = createHnswIndex(DIM, metric, { efSearch: 128, efConstruction: 80 });
    await index.add(randomVectors(300, DIM, 30));
    await index.add(randomVectors(200, DIM, 31));
    await index.save(file);
    expect(readHnswParams(await readFile(file))).toEqual({ efConstruction: 80, efSearch: 128 });
    const loaded = await loadIndex(file);
    const queries = randomVectors(20, DIM, 32);
    const before = await index.search(queries, 40);
    const after = await loaded.search(queries, 40);
    expect(Array.from(after.ids)).toEqual(Array.from(before.ids));
    await loaded.add(randomVectors(100, DIM, 33));
    await loaded.save(file);
    expect(readHnswParams(await readFile(file))).toEqual({ efConstruction: 80, efSearch: 128 });
    expect((await loadIndex(file)).size).toBe(600);
  });
});

describe("hnsw index", () => {
  it("keeps faiss's efSearch 16 and efConstruction 40 by default", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atelier-index-"));
    const index = createHnswIndex(DIM, "l2");
    await index.add(randomVectors(10, DIM, 34));
    await index.save(join(dir, "default.faiss"));
    expect(readHnswParams(await readFile(join(dir, "default.faiss")))).toEqual({
      efConstruction: 40,
      efSearch: 16,
    });
    await createHnswIndex(DIM, "l2", { efConstruction: 4096, efSearch: 1 }).save(
      join(dir, "edge.faiss"),
    );
    expect(readHnswParams(await readFile(join(dir, "edge.faiss")))).toEqual({
      efConstruction: 4096,
      efSearch: 1,
    });
  });

  it("builds with M = neighbours, 32 by default", async () => {
    const dir = await mkdtemp(join(tmpdir(), "atelier-index-"));
    for (const [options, expected] of [
      [{}, 32],
      [{ neighbours: 2 }, 2],
      [{ neighbours: 48 }, 48],
    ] as const) {
      const index = createHnswIndex(DIM, "l2", options);
      await index.add(randomVectors(3, DIM, 29));
      await index.save(join(dir, "m.faiss"));
      expect(await neighboursInFile(join(dir, "m.faiss"))).toBe(expected);
    }
  });
});

describe("createHnswIndex", () => {
  it.each<[unknown, string]>([
    [0, "0"],
    [1, "1"],
    [513, "513"],
    [2.5, "2.5"],
    [Number.NaN, "NaN"],
    [-32, "-32"],
    ["32", '"32"'],
    [null, "null"],
  ])("refuses neighbours %s", (value, shown) => {
    expect(() => createHnswIndex(4, "l2", { neighbours: value as number })).toThrow(
      `neighbours (HNSW M) must be an integer from 2 to 512, got ${shown}`,
    );
  });

  it.each<[unknown, string]>([
    [0, "0"],
    [4097, "4097"],
    [2.5, "2.5"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [-16, "-16"],
    ["64", '"64"'],
    [null, "null"],
  ])("refuses efSearch and efConstruction %s", (value, shown) => {
    expect(() => createHnswIndex(4, "l2", { efSearch: value as number })).toThrow(
      `efSearch must be an integer from 1 to 4096, got ${shown}`,
    );
    expect(() => createHnswIndex(4, "l2", { efConstruction: value as number })).toThrow(
      `efConstruction must be an integer from 1 to 4096, got ${shown}`,
    );
  });

  it("rewrites only serialised HNSW indexes it can parse", () => {
    const hnsw = faissAddon().Index.fromFactory(4, "HNSW8,Flat", 1).toBuffer();
    const flat = faissAddon().Index.fromFactory(4, "Flat", 1).toBuffer();
    expect(() => withHnswParams(flat, { efSearch: 64 })).toThrow(
      "not a serialised IHNf index ('IxF2'",
    );
    expect(() => readHnswParams(hnsw.subarray(0, 60))).toThrow(
      "serialised IHNf index is truncated or has an unexpected layout",
    );
    const rewritten = withHnswParams(hnsw, { efSearch: 64 });
    expect(readHnswParams(rewritten)).toEqual({ efConstruction: 40, efSearch: 64 });
    expect(readHnswParams(hnsw)).toEqual({ efConstruction: 40, efSearch: 16 });
  });

  it("refuses a bad dim or metric as the flat index does", () => {
    expect(() => createHnswIndex(0, "l2")).toThrow(
      "dim must be an integer from 1 to 16777216, got 0",
    );
    expect(() => createHnswIndex(3, "cosine" as Metric)).toThrow(
      'metric must be "l2" or "ip", got "cosine"',
    );
  });
});
