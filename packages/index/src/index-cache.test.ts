import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHnswParams } from "./faiss-file.ts";
import { createHnswIndex } from "./hnsw-index.ts";
import { cachedIndex, indexCacheFile } from "./index-cache.ts";
import { loadIndex } from "./load-index.ts";
import { randomVectors } from "./test-support.ts";

const DIM = 8;
const tempDir = () => mkdtemp(join(tmpdir(), "atelier-index-cache-"));

/** A build that counts its calls. */
function counted(vectors: Float32Array) {
  const calls = { count: 0 };
  const build = async () => {
    calls.count++;
    const index = createHnswIndex(DIM, "ip", { neighbours: 8, efSearch: 20 });
    await index.add(vectors);
    return index;
  };
  return { calls, build };
}

describe("indexCacheFile", () => {
  it("names another file for other vectors or other build settings, the same otherwise", () => {
    const a = randomVectors(50, DIM, 1);
    const b = randomVectors(50, DIM, 2);
    const file = indexCacheFile("/c", "cat", a, { kind: "hnsw", m: 8 });
    expect(file).toMatch(/^\/c\/cat-[0-9a-f]{12}\.faiss$/);
    expect(indexCacheFile("/c", "cat", a.slice(), { m: 8, kind: "hnsw" })).toBe(file);
    expect(indexCacheFile("/c", "cat", b, { kind: "hnsw", m: 8 })).not.toBe(file);
    expect(indexCacheFile("/c", "cat", a, { kind: "hnsw", m: 16 })).not.toBe(file);
  });
});

describe("cachedIndex", () => {
  it("builds and saves once, then loads the file with the efSearch asked for", async () => {
    const vectors = randomVectors(300, DIM, 3);
    const file = indexCacheFile(join(await tempDir(), "deep"), "cat", vectors, { m: 8 });
    const { calls, build } = counted(vectors);

    const first = await cachedIndex(file, { build, size: 300, dim: DIM });
    expect(first.built).toBe(true);
    const second = await cachedIndex(file, { build, size: 300, dim: DIM, efSearch: 64 });
    expect(second.built).toBe(false);
    expect(calls.count).toBe(1);
    expect(second.index).toMatchObject({ kind: "hnsw", metric: "ip", size: 300, dim: DIM });
    const queries = randomVectors(10, DIM, 4);
    expect((await second.index.search(queries, 5)).ids).toEqual(
      (await first.index.search(queries, 5)).ids,
    );
    // The file keeps what was built; only the loaded copy searches with 64.
    expect(readHnswParams(await readFile(file)).efSearch).toBe(20);
  });

  it("rebuilds when the catalog changes (another file) or the file is unreadable or stale", async () => {
    const dir = await tempDir();
    const vectors = randomVectors(300, DIM, 5);
    const { calls, build } = counted(vectors);
    const file = indexCacheFile(dir, "cat", vectors, { m: 8 });
    await cachedIndex(file, { build, size: 300, dim: DIM });

    const changed = randomVectors(300, DIM, 6);
    const other = counted(changed);
    const otherFile = indexCacheFile(dir, "cat", changed, { m: 8 });
    expect((await cachedIndex(otherFile, { build: other.build, size: 300, dim: DIM })).built).toBe(
      true,
    );
    expect(other.calls.count).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(
      [file, otherFile].map((f) => f.slice(dir.length + 1)).sort(),
    );

    expect((await cachedIndex(file, { build, size: 301, dim: DIM })).built).toBe(true);
    await writeFile(file, "not an index");
    const rebuilt = await cachedIndex(file, { build, size: 300, dim: DIM });
    expect(rebuilt.built).toBe(true);
    // A file cut short after a valid header, loaded with an efSearch to write into it.
    await writeFile(file, (await readFile(file)).subarray(0, 200));
    expect((await cachedIndex(file, { build, size: 300, dim: DIM, efSearch: 32 })).built).toBe(
      true,
    );
    expect(calls.count).toBe(4);
    expect((await loadIndex(file)).size).toBe(300);
  });
});

describe("loadIndex with search settings", () => {
  it("searches a saved HNSW index with the efSearch given, leaving the file as it was", async () => {
    const index = createHnswIndex(DIM, "l2", { neighbours: 4 });
    await index.add(randomVectors(2000, DIM, 7));
    const file = join(await tempDir(), "h.faiss");
    await index.save(file);
    const queries = randomVectors(20, DIM, 8);
    // At faiss's efSearch 16 a search for 100 stops short; at 200 every row is full.
    expect(Array.from((await (await loadIndex(file)).search(queries, 100)).ids)).toContain(-1);
    const wide = await loadIndex(file, { efSearch: 200 });
    expect(Array.from((await wide.search(queries, 100)).ids)).not.toContain(-1);
    expect(readHnswParams(await readFile(file)).efSearch).toBe(16);
  });

  it("refuses an efSearch out of range", async () => {
    const index = createHnswIndex(DIM, "l2");
    await index.add(randomVectors(10, DIM, 9));
    const file = join(await tempDir(), "h.faiss");
    await index.save(file);
    await expect(loadIndex(file, { efSearch: 0 })).rejects.toMatchObject({
      code: "invalid_argument",
    });
  });
});
