import { type FileHandle, open } from "node:fs/promises";
import { endianness } from "node:os";
import { DatasetError } from "./errors.ts";
import { requireFile, toDatasetError, writeFilesTogether } from "./files.ts";
import { encodeNpyHeader, hasNpyMagic, npyPreambleLength, parseNpyHeader } from "./npy.ts";

/** A feature matrix: `rows` x `dim` float32, row-major. */
export interface FeatureMatrix {
  readonly rows: number;
  readonly dim: number;
  readonly data: Float32Array;
}

/** Consecutive rows of a feature file, from row `start`. */
export interface FeatureChunk extends FeatureMatrix {
  readonly start: number;
}

/** What a feature file holds, from its header (`.npy`) or its size (raw). */
export interface FeatureFileInfo {
  readonly format: "npy" | "raw";
  readonly rows: number;
  readonly dim: number;
  /** Byte offset of row 0. */
  readonly dataOffset: number;
}

export interface FeatureOptions {
  /**
   * Row length. Required for raw float32 files (they have no header); for `.npy` files, checked
   * against the header when given.
   */
  readonly dim?: number;
  /** Rows per chunk when streaming (default 1024). */
  readonly chunkRows?: number;
}

/**
 * Reads what a feature file holds without reading its data. A file that starts with the NPY magic
 * is `.npy` (whatever its name); anything else is raw little-endian float32 of `options.dim`.
 *
 * @example
 * await inspectFeatures("eval_out/gallery_feats.npy"); // { format: "npy", rows: 20000, dim: 4080, ... }
 */
export async function inspectFeatures(
  file: string,
  options: FeatureOptions = {},
): Promise<FeatureFileInfo> {
  const size = await requireFile(file);
  const handle = await openFile(file);
  try {
    const start = await readAt(handle, file, 0, Math.min(size, 12));
    return hasNpyMagic(start)
      ? await inspectNpy(handle, file, size, start, options.dim)
      : inspectRaw(file, size, options.dim);
  } finally {
    await handle.close();
  }
}

/**
 * Streams a feature file in chunks of `chunkRows` rows, so a multi-GB matrix never sits in
 * memory whole. Each chunk is a fresh array the caller may keep.
 *
 * @example
 * for await (const chunk of readFeatureRows("gallery_feats.npy", { chunkRows: 4096 })) {
 *   index.add(chunk.data, chunk.rows);
 * }
 */
export async function* readFeatureRows(
  file: string,
  options: FeatureOptions = {},
): AsyncGenerator<FeatureChunk> {
  const chunkRows = options.chunkRows ?? 1024;
  if (!Number.isInteger(chunkRows) || chunkRows <= 0) {
    throw new DatasetError(
      "invalid_argument",
      `chunkRows must be a positive integer, got ${chunkRows}`,
    );
  }
  // Float32Array uses the host's byte order; both formats store little-endian.
  if (endianness() !== "LE") {
    throw new DatasetError(
      "invalid_argument",
      "feature files can only be read on little-endian hosts",
    );
  }
  const info = await inspectFeatures(file, options);
  const handle = await openFile(file);
  try {
    for (let start = 0; start < info.rows; start += chunkRows) {
      const rows = Math.min(chunkRows, info.rows - start);
      const data = new Float32Array(rows * info.dim);
      const position = info.dataOffset + start * info.dim * 4;
      await readInto(handle, file, new Uint8Array(data.buffer), position);
      yield { start, rows, dim: info.dim, data };
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads a whole feature file (for files that fit in memory; stream others with
 * `readFeatureRows`).
 *
 * @example
 * const { rows, dim, data } = await readFeatures("queries.f32", { dim: 4080 });
 */
export async function readFeatures(
  file: string,
  options: FeatureOptions = {},
): Promise<FeatureMatrix> {
  const info = await inspectFeatures(file, options);
  for await (const chunk of readFeatureRows(file, {
    ...options,
    chunkRows: Math.max(info.rows, 1),
  })) {
    return { rows: chunk.rows, dim: chunk.dim, data: chunk.data };
  }
  return { rows: 0, dim: info.dim, data: new Float32Array(0) };
}

/**
 * Writes a float32 matrix as `.npy` (format 1.0, `<f4`, C order), readable by `np.load` and by
 * `readFeatures`. The same data gives byte-identical files.
 *
 * @example
 * await writeNpy("out/gallery_feats.npy", vectors, [20000, 4080]);
 */
export async function writeNpy(
  file: string,
  data: Float32Array,
  shape: readonly [number, number],
): Promise<void> {
  const [rows, dim] = shape;
  if (!shape.every((d) => Number.isInteger(d) && d >= 0) || rows * dim !== data.length) {
    throw new DatasetError(
      "invalid_argument",
      `shape (${rows}, ${dim}) does not fit ${data.length} values`,
      { file },
    );
  }
  const header = encodeNpyHeader(shape);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  await writeFilesTogether([{ file, bytes: [header, bytes] }]);
}

async function inspectNpy(
  handle: FileHandle,
  file: string,
  size: number,
  start: Uint8Array,
  dim: number | undefined,
): Promise<FeatureFileInfo> {
  const preamble = npyPreambleLength(start, file);
  const view = new DataView(start.buffer, start.byteOffset, start.byteLength);
  const length = preamble === 10 ? view.getUint16(8, true) : view.getUint32(8, true);
  const bytes = await readAt(handle, file, 0, Math.min(size, preamble + length));
  const header = parseNpyHeader(bytes, file);
  if (header.descr !== "<f4") {
    throw new DatasetError(
      "unsupported_npy",
      `dtype '${header.descr}' is not supported; expected '<f4' (little-endian float32): save with arr.astype('<f4')`,
      { file },
    );
  }
  if (header.fortranOrder) {
    throw new DatasetError(
      "unsupported_npy",
      "fortran_order is True (column-major); expected C order: save np.ascontiguousarray(arr)",
      { file },
    );
  }
  const [rows, cols] = header.shape;
  if (header.shape.length !== 2 || rows === undefined || cols === undefined) {
    throw new DatasetError(
      "unsupported_npy",
      `shape (${header.shape.join(", ")}) has ${header.shape.length} dimensions; expected (rows, dim)`,
      { file },
    );
  }
  const expected = header.dataOffset + rows * cols * 4;
  if (size !== expected) {
    throw new DatasetError(
      "invalid_npy",
      `header says ${rows} x ${cols} float32 (${expected} bytes with the header) but the file has ${size} bytes${size < expected ? " (truncated)" : ""}`,
      { file },
    );
  }
  checkDim(file, cols, dim);
  return { format: "npy", rows, dim: cols, dataOffset: header.dataOffset };
}

function inspectRaw(file: string, size: number, dim: number | undefined): FeatureFileInfo {
  if (dim === undefined || !Number.isInteger(dim) || dim <= 0) {
    throw new DatasetError(
      "invalid_argument",
      `is not an .npy file, so it is read as raw float32 and needs a positive integer dim (got ${dim})`,
      { file },
    );
  }
  const rowBytes = 4 * dim;
  if (size % rowBytes !== 0) {
    throw new DatasetError(
      "invalid_feature_size",
      `size ${size} bytes is not a multiple of 4 x dim = ${rowBytes} bytes (${Math.floor(size / rowBytes)} rows and ${size % rowBytes} bytes left over)`,
      { file },
    );
  }
  return { format: "raw", rows: size / rowBytes, dim, dataOffset: 0 };
}

function checkDim(file: string, actual: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== actual) {
    throw new DatasetError(
      "wrong_entry_count",
      `rows have ${actual} entries, expected dim ${expected}`,
      { file },
    );
  }
}

async function openFile(file: string): Promise<FileHandle> {
  return open(file, "r").catch((error: unknown) => {
    throw toDatasetError(error, file);
  });
}

async function readAt(
  handle: FileHandle,
  file: string,
  position: number,
  length: number,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  await readInto(handle, file, bytes, position);
  return bytes;
}

/** Fills `target` from `position`; a read may return fewer bytes than asked, so loop. */
async function readInto(
  handle: FileHandle,
  file: string,
  target: Uint8Array,
  position: number,
): Promise<void> {
  let filled = 0;
  while (filled < target.length) {
    const { bytesRead } = await handle.read(
      target,
      filled,
      target.length - filled,
      position + filled,
    );
    if (bytesRead === 0) {
      // Sizes were checked up front, so only a file changed while being read gets here.
      throw new DatasetError(
        "unreadable_file",
        `file ended at byte ${position + filled} while reading`,
        { file },
      );
    }
    filled += bytesRead;
  }
}
