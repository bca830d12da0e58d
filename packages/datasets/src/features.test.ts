import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspectFeatures, readFeatureRows, readFeatures, writeNpy } from "./features.ts";
import { encodeNpyHeader } from "./npy.ts";
import { expectDatasetError, seededRandom, useTempDir } from "./test-support.ts";

function matrix(rows: number, dim: number): Float32Array {
  const random = seededRandom(rows * 1000 + dim);
  return Float32Array.from({ length: rows * dim }, () => random() * 2 - 1);
}

describe("writeNpy / readFeatures", () => {
  const dir = useTempDir();

  it("round-trips a float32 matrix through .npy, byte-identically", async () => {
    const data = matrix(10, 7);
    const file = join(dir(), "f.npy");
    await writeNpy(file, data, [10, 7]);
    expect(await readFeatures(file)).toEqual({ rows: 10, dim: 7, data });
    expect(await inspectFeatures(file)).toEqual({
      format: "npy",
      rows: 10,
      dim: 7,
      dataOffset: 128,
    });
    await writeNpy(join(dir(), "g.npy"), data.slice(), [10, 7]);
    expect(await readFile(join(dir(), "g.npy"))).toEqual(await readFile(file));
  });

  it("streams the same rows in chunks as a full read, last chunk short", async () => {
    const data = matrix(10, 7);
    const file = join(dir(), "f.npy");
    await writeNpy(file, data, [10, 7]);
    const chunks = [];
    for await (const chunk of readFeatureRows(file, { chunkRows: 4 })) chunks.push(chunk);
    expect(chunks.map((c) => [c.start, c.rows, c.dim])).toEqual([
      [0, 4, 7],
      [4, 4, 7],
      [8, 2, 7],
    ]);
    const joined = new Float32Array(70);
    for (const chunk of chunks) joined.set(chunk.data, chunk.start * 7);
    expect(joined).toEqual((await readFeatures(file)).data);
  });

  it("reads an empty matrix", async () => {
    const file = join(dir(), "e.npy");
    await writeNpy(file, new Float32Array(0), [0, 5]);
    expect(await readFeatures(file)).toEqual({ rows: 0, dim: 5, data: new Float32Array(0) });
  });

  it("refuses a shape that does not fit the data", async () => {
    await expectDatasetError(
      writeNpy(join(dir(), "f.npy"), new Float32Array(6), [4, 2]),
      "invalid_argument",
      "shape (4, 2) does not fit 6 values",
    );
  });
});

describe(".npy files this package does not read", () => {
  const dir = useTempDir();
  const withHeader = async (text: string, dataBytes: number) => {
    const file = join(dir(), "x.npy");
    const body = new TextEncoder().encode(text);
    const head = Uint8Array.of(
      0x93,
      0x4e,
      0x55,
      0x4d,
      0x50,
      0x59,
      1,
      0,
      body.length & 255,
      body.length >> 8,
    );
    await writeFile(file, Buffer.concat([head, body, Buffer.alloc(dataBytes)]));
    return file;
  };

  it("names the dtype, the order and the dimensions it would need", async () => {
    let file = await withHeader(
      "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }\n",
      32,
    );
    await expectDatasetError(
      readFeatures(file),
      "unsupported_npy",
      "x.npy: dtype '<f8' is not supported; expected '<f4' (little-endian float32): save with arr.astype('<f4')",
    );
    file = await withHeader("{'descr': '>f4', 'fortran_order': False, 'shape': (2, 2), }\n", 16);
    await expectDatasetError(readFeatures(file), "unsupported_npy", "dtype '>f4' is not supported");
    file = await withHeader("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }\n", 16);
    await expectDatasetError(
      readFeatures(file),
      "unsupported_npy",
      "fortran_order is True (column-major); expected C order",
    );
    file = await withHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }\n", 16);
    await expectDatasetError(
      readFeatures(file),
      "unsupported_npy",
      "shape (4) has 1 dimensions; expected (rows, dim)",
    );
  });

  it("names a truncated file and a dim that disagrees with the header", async () => {
    const file = join(dir(), "f.npy");
    await writeNpy(file, matrix(3, 4), [3, 4]);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 4));
    await expectDatasetError(
      readFeatures(file),
      "invalid_npy",
      "header says 3 x 4 float32 (176 bytes with the header) but the file has 172 bytes (truncated)",
    );
    await writeFile(file, bytes);
    await expectDatasetError(
      readFeatures(file, { dim: 5 }),
      "wrong_entry_count",
      "rows have 4 entries, expected dim 5",
    );
  });
});

describe("raw float32 files", () => {
  const dir = useTempDir();

  it("reads rows of the given dim, streamed or whole", async () => {
    const data = matrix(5, 3);
    const file = join(dir(), "f.f32");
    await writeFile(file, new Uint8Array(data.buffer));
    expect(await readFeatures(file, { dim: 3 })).toEqual({ rows: 5, dim: 3, data });
    const starts = [];
    for await (const chunk of readFeatureRows(file, { dim: 3, chunkRows: 2 })) {
      expect(chunk.data).toEqual(data.subarray(chunk.start * 3, (chunk.start + chunk.rows) * 3));
      starts.push(chunk.start);
    }
    expect(starts).toEqual([0, 2, 4]);
  });

  it("checks that the size is a whole number of rows, and that dim is given", async () => {
    const file = join(dir(), "f.f32");
    await writeFile(file, Buffer.alloc(100));
    await expectDatasetError(
      readFeatures(file, { dim: 3 }),
      "invalid_feature_size",
      "f.f32: size 100 bytes is not a multiple of 4 x dim = 12 bytes (8 rows and 4 bytes left over)",
    );
    await expectDatasetError(
      readFeatures(file),
      "invalid_argument",
      "is not an .npy file, so it is read as raw float32 and needs a positive integer dim",
    );
    await expectDatasetError(
      readFeatures(join(dir(), "none.f32"), { dim: 3 }),
      "missing_file",
      "none.f32: file not found",
    );
    await expectDatasetError(
      readFeatureRows(file, { dim: 5, chunkRows: 0 }).next(),
      "invalid_argument",
      "chunkRows must be a positive integer",
    );
  });

  it("does not mistake a raw file for .npy unless it has the magic", async () => {
    const file = join(dir(), "f.npy");
    await writeFile(
      file,
      Buffer.concat([Buffer.from(encodeNpyHeader([1, 1]).subarray(1)), Buffer.alloc(1)]),
    );
    expect((await inspectFeatures(file, { dim: 1 })).format).toBe("raw");
  });
});
