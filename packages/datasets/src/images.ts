import { stat } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import sharp from "sharp";
import { DatasetError } from "./errors.ts";

/** An image that could not be decoded, and why. */
export interface DecodeFailure {
  /** Position of the image in the input list. */
  readonly index: number;
  readonly path: string;
  readonly reason: string;
}

/**
 * What a `decodeImages` run did so far; filled in while its batches are consumed. Every input
 * image ends up either counted in `decoded` or listed in `failed`.
 */
export interface DecodeReport {
  decoded: number;
  readonly failed: DecodeFailure[];
}

/** Consecutive decoded images: `data` is `[count, size, size, 3]` RGB floats in [0, 1]. */
export interface DecodedBatch {
  /** Positions of these images in the input list (failed ones are absent). */
  readonly indices: Int32Array;
  readonly paths: readonly string[];
  readonly size: number;
  readonly data: Float32Array;
}

export interface DecodeOptions {
  /** Folder that relative paths are resolved against (the dataset's image root). */
  readonly root?: string;
  /** Images per batch (default 64); the last batch may be smaller, or larger than none. */
  readonly batchSize?: number;
  /** Images decoded at once (default 4); sharp runs each on its own libuv thread. */
  readonly concurrency?: number;
  /** Called once per failure with `path: reason`, e.g. `console.warn`. */
  readonly log?: (message: string) => void;
}

/**
 * Decodes images to RGB float32 HWC in [0, 1], resized to `size` x `size`. The resize stretches
 * (no crop or letterbox), as ADDE's `Resize((224, 224))` does; transparency is flattened onto
 * white, the background of product pictures. An image that fails to decode (missing, corrupt) is
 * skipped but never silently: it is listed in `report.failed` and passed to `log`.
 *
 * @example
 * const { batches, report } = decodeImages(items.images, 96, { root: "/data/Shopping100k", log: console.warn });
 * for await (const batch of batches) encoder.add(batch.indices, batch.data);
 * console.log(`${report.decoded} decoded, ${report.failed.length} failed`);
 */
export function decodeImages(
  paths: readonly string[],
  size: number,
  options: DecodeOptions = {},
): { batches: AsyncGenerator<DecodedBatch>; report: DecodeReport } {
  checkSize(size);
  const batchSize = positive(options.batchSize ?? 64, "batchSize");
  const concurrency = positive(options.concurrency ?? 4, "concurrency");
  const report: DecodeReport = { decoded: 0, failed: [] };
  async function* batches(): AsyncGenerator<DecodedBatch> {
    for (let start = 0; start < paths.length; start += batchSize) {
      const slice = paths.slice(start, start + batchSize);
      const { batch, failed } = await decodeBatch(slice, start, size, concurrency, options.root);
      // Reported in input order, not in the order concurrent decodes happened to fail.
      for (const failure of failed) {
        report.failed.push(failure);
        options.log?.(`${failure.path}: ${failure.reason}`);
      }
      if (batch === undefined) continue;
      report.decoded += batch.indices.length;
      yield batch;
    }
  }
  return { batches: batches(), report };
}

/**
 * Decodes one image to `size * size * 3` RGB floats in [0, 1] (HWC), as `decodeImages` does;
 * throws a `DatasetError` (`missing_file` or `decode_failed`) naming the file.
 *
 * @example
 * const pixels = await decodeImage("Female/1_Coats/1004_2.jpg", 64); // Float32Array(12288)
 */
export async function decodeImage(file: string, size: number): Promise<Float32Array> {
  checkSize(size);
  let raw: Buffer;
  try {
    raw = await sharp(file)
      .flatten({ background: "#ffffff" })
      .toColourspace("srgb")
      .resize(size, size, { fit: "fill" })
      .raw()
      .toBuffer();
  } catch (error) {
    // sharp's messages differ by version; ask the file system whether the file is there.
    const missing = await stat(file).then(
      () => false,
      () => true,
    );
    throw new DatasetError(
      missing ? "missing_file" : "decode_failed",
      missing ? "file not found" : `cannot decode image: ${(error as Error).message}`,
      { file, cause: error },
    );
  }
  if (raw.length !== size * size * 3) {
    throw new DatasetError(
      "decode_failed",
      `decoded to ${raw.length} bytes, expected ${size}x${size}x3`,
      { file },
    );
  }
  const pixels = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) pixels[i] = (raw[i] as number) / 255;
  return pixels;
}

async function decodeBatch(
  slice: readonly string[],
  start: number,
  size: number,
  concurrency: number,
  root: string | undefined,
): Promise<{ batch: DecodedBatch | undefined; failed: DecodeFailure[] }> {
  const area = size * size * 3;
  const pixels = new Float32Array(slice.length * area);
  const ok: number[] = [];
  const failed: DecodeFailure[] = [];
  await forEachLimited(slice.length, concurrency, async (i) => {
    const path = slice[i] as string;
    try {
      pixels.set(await decodeImage(resolve(root, path), size), i * area);
      ok.push(i);
    } catch (error) {
      failed.push({ index: start + i, path, reason: reasonOf(error) });
    }
  });
  failed.sort((a, b) => a.index - b.index);
  if (ok.length === 0) return { batch: undefined, failed };
  ok.sort((a, b) => a - b);
  // Without failures the batch buffer is already in input order; otherwise close the gaps.
  const data = ok.length === slice.length ? pixels : new Float32Array(ok.length * area);
  if (data !== pixels) {
    ok.forEach((i, k) => {
      data.set(pixels.subarray(i * area, (i + 1) * area), k * area);
    });
  }
  const batch = {
    indices: Int32Array.from(ok, (i) => start + i),
    paths: ok.map((i) => slice[i] as string),
    size,
    data,
  };
  return { batch, failed };
}

function resolve(root: string | undefined, path: string): string {
  return root === undefined || isAbsolute(path) ? path : join(root, path);
}

function reasonOf(error: unknown): string {
  const prefix = error instanceof DatasetError ? `${error.file}: ` : undefined;
  if (prefix !== undefined && error instanceof Error && error.message.startsWith(prefix)) {
    return error.message.slice(prefix.length);
  }
  return error instanceof Error ? error.message : String(error);
}

async function forEachLimited(
  count: number,
  limit: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

function checkSize(size: number): void {
  positive(size, "size");
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new DatasetError("invalid_argument", `${name} must be a positive integer, got ${value}`);
  }
  return value;
}
