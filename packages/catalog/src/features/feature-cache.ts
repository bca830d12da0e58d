/**
 * Encoder features cached beside the encoder's weights (`<encoder>/features/`): memory and MANN
 * training and evaluation all read the same ones, and encoding thousands of images is the slow
 * part. A cache file's name carries a hash of the weights, so retrained weights never read
 * another encoder's features.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** The cache file `<encoderDir>/features/<name>-<hash of the weights>.f32`. */
export function featureCacheFile(encoderDir: string, name: string, weights: Uint8Array): string {
  const hash = createHash("sha256").update(weights).digest("hex").slice(0, 12);
  return join(encoderDir, "features", `${name}-${hash}.f32`);
}

/**
 * The `length` floats cached in `file`, or else `compute()`'s, written to `file` for next time.
 * A file of another size (an interrupted write of an older version) is recomputed.
 *
 * @example
 * const vectors = await cachedFeatures(featureCacheFile(dir, "catalog-s42-n20000", bytes), n * k, encode);
 */
export async function cachedFeatures(
  file: string,
  length: number,
  compute: () => Promise<Float32Array>,
): Promise<Float32Array> {
  const bytes = await readFile(file).catch(() => null);
  if (bytes !== null && bytes.byteLength === length * 4) {
    return new Float32Array(bytes.buffer, bytes.byteOffset, length).slice();
  }
  const vectors = await compute();
  await mkdir(dirname(file), { recursive: true });
  // Written aside and renamed, so that an interrupted run leaves no truncated cache.
  await writeFile(
    `${file}.tmp`,
    new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength),
  );
  await rename(`${file}.tmp`, file);
  return vectors;
}
