import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFaissHeader } from "./faiss-file.ts";
import { createFlatIndex } from "./flat-index.ts";
import { createIvfIndex } from "./ivf-index.ts";
import { loadIndex } from "./load-index.ts";
import { recallAtK } from "./recall.ts";
import { compareWithBruteForce, randomVectors, rejection } from "./test-support.ts";
import type { Metric } from "./types.ts";

const DIM = 16;

describe.each<Metric>(["l2", "ip"])("ivf %s index", (metric) => {
  // Measured (2,000 random 16-d vectors, 16 lists, 100 queries, these seeds; repeatable): recall@10
  // with 1 / 4 / 8 probes: l2 0.36 / 0.77 / 0.95, ip 0.38 / 0.83 / 0.96. Random data is IVF's
  // worst case.
  it("finds most of the exact top 10 with 8 of 16 lists probed, far fewer with 1", async () => {
    const base = randomVectors(2000, DIM, 41);
    const queries = randomVectors(100, DIM, 42);
    const flat = createFlatIndex(DIM, metric);
    await flat.add(base);
    const exact = await flat.search(queries, 10);
    const recall: number[] = [];
    for (const probes of [1, 8]) {
      const ivf = createIvfIndex(DIM, metric, { lists: 16, probes });
      await ivf.train(base);
      await ivf.add(base);
      recall.push(recallAtK(exact, await ivf.search(queries, 10)));
    }
    expect(recall[0]).toBeGreaterThan(0.25);
    expect(recall[0]).toBeLessThan(0.7);
    expect(recall[1]).toBeGreaterThanOrEqual(0.85);
  });

  it("is exact when every list is probed", async () => {
    const base = randomVectors(300, DIM, 43);
    const queries = randomVectors(8, DIM, 44);
    const index = createIvfIndex(DIM, metric, { lists: 4, probes: 4 });
    await index.train(base);
    await index.add(base);
    const result = await index.search(queries, 20);
    expect(compareWithBruteForce(result, base, queries, DIM, metric)).toEqual([]);
  });

  it("saves as IwFl and reads back with its kind, metric, lists, probes and answers", async () => {
    const base = randomVectors(500, DIM, 45);
    const index = createIvfIndex(DIM, metric, { lists: 8, probes: 3 });
    await index.train(base);
    await index.add(base);
    const path = join(await mkdtemp(join(tmpdir(), "atelier-index-")), "ivf.faiss");
    await index.save(path);
    expect((await readFile(path)).toString("latin1", 0, 4)).toBe("IwFl");
    expect(await readFaissHeader(path)).toEqual({
      kind: "ivf",
      metric,
      dim: DIM,
      size: 500,
      ivf: { lists: 8, probes: 3 },
    });
    const loaded = await loadIndex(path);
    expect(loaded).toMatchObject({ kind: "ivf", metric, dim: DIM, size: 500, isTrained: true });
    const queries = randomVectors(20, DIM, 46);
    expect(await loaded.search(queries, 15)).toEqual(await index.search(queries, 15));
    await loaded.add(randomVectors(2, DIM, 47));
    expect(loaded.size).toBe(502);
  });
});

describe("ivf training", () => {
  it("refuses add before train, too few training vectors and a second train", async () => {
    const index = createIvfIndex(DIM, "l2", { lists: 10 });
    expect(index).toMatchObject({ kind: "ivf", isTrained: false, size: 0 });
    expect(await index.search(randomVectors(1, DIM, 1), 5)).toMatchObject({ k: 0 });
    const early = await rejection(index.add(randomVectors(5, DIM, 2)));
    expect(early.code).toBe("not_trained");
    expect(early.message).toBe("this ivf index is not trained: call train(vectors) before add");
    const few = await rejection(index.train(randomVectors(9, DIM, 3)));
    expect(few.message).toBe(
      "training this ivf index needs at least 10 vectors (one per list), got 9",
    );
    expect(index.isTrained).toBe(false);
    await index.train(randomVectors(400, DIM, 4));
    expect(index.isTrained).toBe(true);
    await index.add(randomVectors(5, DIM, 5));
    const again = await rejection(index.train(randomVectors(400, DIM, 4)));
    expect(again.message).toContain("already trained and holds 5 vectors");
    expect(index.size).toBe(5);
  });

  it("flat indexes are trained from the start and take train as a no-op", async () => {
    const index = createFlatIndex(DIM, "l2");
    expect(index.isTrained).toBe(true);
    await index.train(randomVectors(3, DIM, 6));
    expect(index.size).toBe(0);
    await expect(index.train([[1, 2]])).rejects.toThrow("has 2 values, expected 16");
  });
});

describe("createIvfIndex", () => {
  it.each<[unknown, unknown, string]>([
    [0, undefined, "lists (IVF nlist) must be an integer from 1 to 65536, got 0"],
    [2.5, undefined, "lists (IVF nlist) must be an integer from 1 to 65536, got 2.5"],
    ["8", undefined, 'lists (IVF nlist) must be an integer from 1 to 65536, got "8"'],
    [undefined, undefined, "lists (IVF nlist) must be an integer from 1 to 65536, got undefined"],
    [8, 9, "probes (IVF nprobe) must be an integer from 1 to 8, got 9"],
    [8, 0, "probes (IVF nprobe) must be an integer from 1 to 8, got 0"],
  ])("refuses lists %s, probes %s", (lists, probes, message) => {
    expect(() =>
      createIvfIndex(4, "l2", { lists: lists as number, probes: probes as number }),
    ).toThrow(message);
  });
});
