import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isVectorIndexError } from "./errors.ts";
import { createFlatIndex } from "./flat-index.ts";
import { loadIndex } from "./load-index.ts";
import { randomVectors } from "./test-support.ts";
import type { Metric } from "./types.ts";

const DIM = 16;
const tempDir = () => mkdtemp(join(tmpdir(), "atelier-index-"));

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isVectorIndexError(error)) throw new Error(`expected a VectorIndexError, got ${error}`);
  return error;
}

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

  it("refuses files that are not faiss flat indexes", async () => {
    const dir = await tempDir();
    const cases: [string, string | Buffer, RegExp][] = [
      ["notes.txt", "hello", /5 bytes is too short for a faiss index header/],
      ["text.faiss", "x".repeat(64), /unsupported index type 'xxxx'; this build reads flat/],
      ["hnsw.faiss", Buffer.concat([Buffer.from("IHNf"), Buffer.alloc(60)]), /type 'IHNf'/],
    ];
    for (const [name, content, message] of cases) {
      await writeFile(join(dir, name), content);
      const error = await rejection(loadIndex(join(dir, name)));
      expect(error.code).toBe("invalid_file");
      expect(error.message).toMatch(message);
    }
    expect((await rejection(loadIndex(dir))).code).toBe("invalid_file");
  });

  it("refuses a truncated index with faiss's reason", async () => {
    const dir = await tempDir();
    const index = createFlatIndex(DIM, "ip");
    await index.add(randomVectors(20, DIM, 5));
    await index.save(join(dir, "whole.faiss"));
    const bytes = await readFile(join(dir, "whole.faiss"));
    await writeFile(join(dir, "cut.faiss"), bytes.subarray(0, bytes.length - 100));
    const error = await rejection(loadIndex(join(dir, "cut.faiss")));
    expect(error.code).toBe("invalid_file");
    expect(error.message).toMatch(/cut\.faiss is not a readable faiss index: .*read error/);
  });
});
