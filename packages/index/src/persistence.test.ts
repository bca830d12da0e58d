import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FAISS_METRIC_TYPE } from "./faiss-file.ts";
import { createFlatIndex } from "./flat-index.ts";
import { createHnswIndex } from "./hnsw-index.ts";
import { loadIndex } from "./load-index.ts";
import { faissAddon } from "./native.ts";
import { randomVectors, rejection } from "./test-support.ts";
import type { Metric } from "./types.ts";

const DIM = 16;
const tempDir = () => mkdtemp(join(tmpdir(), "atelier-index-"));

describe.each<Metric>(["l2", "ip"])("a saved %s flat index", (metric) => {
  it("reads back with its kind, metric and size, and answers the same", async () => {
    const index = createFlatIndex(DIM, metric);
    await index.add(randomVectors(500, DIM, 11));
    const path = join(await tempDir(), "catalog.faiss");
    await index.save(path);

    const loaded = await loadIndex(path);
    expect(loaded).toMatchObject({ kind: "flat", metric, dim: DIM, size: 500 });
    const queries = randomVectors(30, DIM, 12);
    expect(await loaded.search(queries, 25)).toEqual(await index.search(queries, 25));
  });
});

describe.each<Metric>(["l2", "ip"])("a saved %s HNSW index", (metric) => {
  it("reads back with its kind, metric and size, answers the same, and takes more", async () => {
    const index = createHnswIndex(DIM, metric, { neighbours: 8 });
    await index.add(randomVectors(500, DIM, 13));
    const path = join(await tempDir(), "catalog.faiss");
    await index.save(path);
    expect((await readFile(path)).toString("latin1", 0, 4)).toBe("IHNf");

    const loaded = await loadIndex(path);
    expect(loaded).toMatchObject({ kind: "hnsw", metric, dim: DIM, size: 500 });
    const queries = randomVectors(30, DIM, 14);
    expect(await loaded.search(queries, 25)).toEqual(await index.search(queries, 25));

    const extra = randomVectors(1, DIM, 15);
    await loaded.add(extra);
    expect(loaded.size).toBe(501);
    expect(Array.from((await loaded.search(extra, 1)).ids)).toEqual([500]);
  });
});

describe("save", () => {
  it("replaces an existing file whole and leaves no temporary file", async () => {
    const dir = await tempDir();
    const path = join(dir, "catalog.faiss");
    const index = createFlatIndex(DIM, "l2");
    await index.add(randomVectors(10, DIM, 1));
    await index.save(path);
    await index.add(randomVectors(5, DIM, 2));
    await index.save(path);
    expect((await loadIndex(path)).size).toBe(15);
    expect(await readdir(dir)).toEqual(["catalog.faiss"]);
  });

  it("refuses a missing directory or a directory as the target, without crashing", async () => {
    const dir = await tempDir();
    const index = createFlatIndex(DIM, "l2");
    const missing = await rejection(index.save(join(dir, "no-such-dir", "x.faiss")));
    expect(missing.code).toBe("write_failed");
    expect(missing.message).toContain("no-such-dir is not a directory");
    await mkdir(join(dir, "taken"));
    const taken = await rejection(index.save(join(dir, "taken")));
    expect(taken.message).toMatch(/taken: it is a directory$/);
  });
});

describe("loadIndex", () => {
  it("names a missing file", async () => {
    const path = join(await tempDir(), "missing.faiss");
    const error = await rejection(loadIndex(path));
    expect(error).toMatchObject({ code: "file_not_found", path });
    expect(error.message).toBe(`index file not found: ${path}`);
  });

  it("refuses files that are not faiss flat, HNSW or IVF indexes", async () => {
    const dir = await tempDir();
    const cases: [string, string | Buffer, RegExp][] = [
      ["notes.txt", "hello", /5 bytes is too short for a faiss index header/],
      [
        "text.faiss",
        "x".repeat(64),
        /unsupported index type 'xxxx'; this build reads flat \(IxF2, IxFI\), HNSW \(IHNf\) and IVF \(IwFl\)/,
      ],
      ["ivfpq.faiss", Buffer.concat([Buffer.from("IwPQ"), Buffer.alloc(60)]), /type 'IwPQ'/],
      ["ivf.faiss", Buffer.concat([Buffer.from("IwFl"), Buffer.alloc(60)]), /corrupt header/],
      ["hnsw.faiss", Buffer.concat([Buffer.from("IHNf"), Buffer.alloc(60)]), /corrupt header/],
    ];
    for (const [name, content, message] of cases) {
      await writeFile(join(dir, name), content);
      const error = await rejection(loadIndex(join(dir, name)));
      expect(error.code).toBe("invalid_file");
      expect(error.message).toMatch(message);
    }
    expect((await rejection(loadIndex(dir))).code).toBe("invalid_file");
  });

  it("refuses an HNSW index over a metric other than l2 and ip", async () => {
    const path = join(await tempDir(), "l1.faiss");
    const l1 = faissAddon().Index.fromFactory(DIM, "HNSW8,Flat", 2); // faiss METRIC_L1
    l1.add(Array.from(randomVectors(3, DIM, 6)));
    l1.write(path);
    const error = await rejection(loadIndex(path));
    expect(error.code).toBe("invalid_file");
    expect(error.message).toMatch(
      /unsupported metric type 2; this build reads l2 \(1\) and ip \(0\)$/,
    );
    expect(FAISS_METRIC_TYPE).toEqual({ l2: 1, ip: 0 });
  });

  it.each([
    ["flat", () => createFlatIndex(DIM, "ip")],
    ["HNSW", () => createHnswIndex(DIM, "ip", { neighbours: 8 })],
  ])("refuses a truncated %s index with faiss's reason", async (_, create) => {
    const dir = await tempDir();
    const index = create();
    await index.add(randomVectors(20, DIM, 5));
    await index.save(join(dir, "whole.faiss"));
    const bytes = await readFile(join(dir, "whole.faiss"));
    await writeFile(join(dir, "cut.faiss"), bytes.subarray(0, bytes.length - 100));
    const error = await rejection(loadIndex(join(dir, "cut.faiss")));
    expect(error.code).toBe("invalid_file");
    expect(error.message).toMatch(/cut\.faiss is not a readable faiss index: .*read error/);
  });
});
