/**
 * Features of a dataset folder's split, one row per line of its image list: either precomputed
 * (`--features FILE.npy`, e.g. ADDE's extractor run on Shopping100k), checked against the split
 * and `--dim` before anything loads, or the folder's images decoded (sharp) and encoded by a
 * trained encoder, cached beside the encoder like the catalog's.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { cachedFeatures, featureCacheFile, MANIFEST_FILE, progressBar } from "@atelier/catalog";
import { inspectFeatures, isDatasetError, readFeatures } from "@atelier/datasets";
import { decodeImages } from "@atelier/datasets/images";
import type { Tf } from "@atelier/ml";
import type { Encoder } from "@atelier/models";
import type { AttributeSchema } from "@atelier/schema";
import type { DatasetSplit } from "./dataset-folder.ts";
import { type EncoderExpectation, withEncoder } from "./encoder-features.ts";

type Images = Parameters<Encoder["encode"]>[0];

/** How a message names a D: `--dim 32` in training; evaluation says where its D came from. */
export type NameDim = (dim: number) => string;

/**
 * The rows of `file` as [split items, attributes x dim] floats. Throws naming the file, its
 * shape and the one expected (rows = lines of the split's image list, width = attributes x
 * `dim`, any D when `dim` is undefined), or the first row with a value that is not finite.
 *
 * @example
 * const features = await readSplitFeatures("feats_train.npy", train, shopping100k, 340);
 */
export async function readSplitFeatures(
  file: string,
  split: DatasetSplit,
  schema: AttributeSchema,
  dim: number | undefined,
  nameDim: NameDim = (d) => `--dim ${d}`,
): Promise<Float32Array> {
  const attributes = schema.attributes.length;
  const rows = split.gallery.count;
  const shape =
    dim === undefined
      ? `${rows} x (${attributes} x D) (one row per line of ${split.imagesFile}, ${attributes} attributes x any D)`
      : `${rows} x ${attributes * dim} (one row per line of ${split.imagesFile}, ${attributes} attributes x ${nameDim(dim)})`;
  const info = await inspectFeatures(file).catch((error: unknown) => {
    // Without a header the reader would need a row width: only .npy files say their shape.
    if (isDatasetError(error) && error.code === "invalid_argument") {
      throw new Error(`--features ${file} is not an .npy file; expected float32 .npy of ${shape}`);
    }
    throw error;
  });
  const fits = info.dim > 0 && info.dim % attributes === 0;
  const width = dim === undefined ? info.dim : attributes * dim;
  if (info.rows !== rows || info.dim !== width || !fits) {
    const hint =
      info.rows === rows && fits ? `; its width fits ${nameDim(info.dim / attributes)}` : "";
    throw new Error(`--features ${file} is ${info.rows} x ${info.dim}, expected ${shape}${hint}`);
  }
  const { data } = await readFeatures(file);
  const bad = data.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) {
    throw new Error(
      `--features ${file}: row ${Math.floor(bad / width)} has a value that is not finite (${data[bad]})`,
    );
  }
  return data;
}

/**
 * The split's images encoded by the encoder in `encoderDir` (refused first when its D is not
 * `expect.dim`), cached beside it under a key of the folder, its image list and its
 * `catalog.json`: a regenerated catalog in the same folder gets new features.
 *
 * @example
 * const features = await encodeSplitWith(tf, "runs/enc/encoder", train, { dim: 32 });
 */
export async function encodeSplitWith(
  tf: Tf,
  encoderDir: string,
  split: DatasetSplit,
  expect: EncoderExpectation,
): Promise<Float32Array> {
  const key = await splitKey(split);
  return withEncoder(tf, encoderDir, expect, (encoder, bytes) =>
    cachedFeatures(
      featureCacheFile(encoderDir, `data-${split.name}-${key}`, bytes),
      split.gallery.count * encoder.vectorSize,
      () => encodeSplit(tf, encoder, split),
    ),
  );
}

/** A short hash naming the split's images: the folder, its image list, its manifest if any. */
async function splitKey(split: DatasetSplit): Promise<string> {
  const manifest = await readFile(join(split.dir, MANIFEST_FILE), "utf8").catch(() => "");
  return createHash("sha256")
    .update(`${resolve(split.dir)}\n${manifest}\n${split.images.join("\n")}`)
    .digest("hex")
    .slice(0, 12);
}

/** Images decoded and encoded per batch. */
const ENCODE_BATCH = 256;

/** Decodes and encodes every image of the split, with a progress bar; a bad image throws. */
async function encodeSplit(tf: Tf, encoder: Encoder, split: DatasetSplit): Promise<Float32Array> {
  const size = encoder.config.imageSize;
  const vectors = new Float32Array(split.gallery.count * encoder.vectorSize);
  const { batches, report } = decodeImages(split.images, size, {
    root: split.dir,
    batchSize: ENCODE_BATCH,
  });
  const bar = progressBar("encode", split.gallery.count);
  try {
    for await (const batch of batches) {
      if (report.failed.length > 0) break;
      const n = batch.indices.length;
      const images = tf.tensor4d(batch.data, [n, size, size, 3]) as Images;
      const features = encoder.encode(images, 64);
      const rows = features.dataSync();
      tf.dispose([images, features]);
      // Without failures a batch's indices are consecutive: row k of the batch is item start + k.
      vectors.set(rows, (batch.indices[0] as number) * encoder.vectorSize);
      bar.update(report.decoded);
    }
  } finally {
    bar.stop();
  }
  const failed = report.failed[0];
  if (failed !== undefined) {
    throw new Error(
      `--data ${split.dir}: cannot decode ${join(split.dir, failed.path)} (line ${failed.index + 1} of ${split.imagesFile}): ${failed.reason}`,
    );
  }
  return vectors;
}
