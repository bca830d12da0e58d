/**
 * Encoder features of a procedural catalog's items: the catalog's images rendered at the
 * encoder's size (worker threads) and encoded in batches. Features are cached next to the
 * encoder's weights, keyed by catalog and by a hash of the weights, because memory and MANN
 * training and evaluation all read the same ones (feature-cache.ts).
 */

import type { Tf } from "@atelier/ml";
import type { Encoder } from "@atelier/models";
import type { Catalog } from "../generate/catalog.ts";
import { progressBar } from "../generate/progress.ts";
import { renderCatalogImages } from "../generate/render-pool.ts";
import { cachedFeatures, featureCacheFile } from "./feature-cache.ts";

type Images = Parameters<Encoder["encode"]>[0];

/** Features of every catalog item, [count, vectorSize] row-major, in catalog order. */
export interface CatalogFeatures {
  readonly count: number;
  readonly vectorSize: number;
  readonly vectors: Float32Array;
}

const ENCODE_BATCH = 256;

/** Renders and encodes every item of `catalog`, with a progress bar. */
export async function encodeCatalog(
  tf: Tf,
  encoder: Encoder,
  catalog: Catalog,
): Promise<CatalogFeatures> {
  const size = encoder.config.imageSize;
  const per = size * size * 3;
  const vectors = new Float32Array(catalog.count * encoder.vectorSize);
  const pending = new Float32Array(ENCODE_BATCH * per);
  let filled = 0;
  let done = 0;
  const bar = progressBar("encode", catalog.count);
  const flush = () => {
    if (filled === 0) return;
    const images = tf.tensor4d(pending.subarray(0, filled * per), [
      filled,
      size,
      size,
      3,
    ]) as Images;
    const features = encoder.encode(images, 64);
    vectors.set(features.dataSync(), done * encoder.vectorSize);
    tf.dispose([images, features]);
    done += filled;
    filled = 0;
    bar.update(done);
  };
  try {
    for await (const item of renderCatalogImages(catalog, { pixels: true, size })) {
      if (item.pixels === undefined)
        throw new Error(`item ${item.index} was rendered without pixels`);
      pending.set(item.pixels, filled * per);
      filled++;
      if (filled === ENCODE_BATCH) flush();
    }
    flush();
  } finally {
    bar.stop();
  }
  return { count: catalog.count, vectorSize: encoder.vectorSize, vectors };
}

/**
 * The catalog's features under `encoderDir`, computed once per catalog and weights.
 *
 * @example
 * const { vectors } = await cachedCatalogFeatures(tf, encoder, "models/encoder", weightBytes, catalog);
 */
export async function cachedCatalogFeatures(
  tf: Tf,
  encoder: Encoder,
  encoderDir: string,
  weightBytes: Uint8Array,
  catalog: Catalog,
): Promise<CatalogFeatures> {
  const name = `catalog-s${catalog.seed}-n${catalog.count}`;
  const file = featureCacheFile(encoderDir, name, weightBytes);
  const vectors = await cachedFeatures(
    file,
    catalog.count * encoder.vectorSize,
    async () => (await encodeCatalog(tf, encoder, catalog)).vectors,
  );
  return { count: catalog.count, vectorSize: encoder.vectorSize, vectors };
}

/** Rows `positions` of `features`, in that order (a split or a gallery). */
export function featureRows(features: CatalogFeatures, positions: ArrayLike<number>): Float32Array {
  const out = new Float32Array(positions.length * features.vectorSize);
  for (let k = 0; k < positions.length; k++) {
    const from = (positions[k] as number) * features.vectorSize;
    out.set(features.vectors.subarray(from, from + features.vectorSize), k * features.vectorSize);
  }
  return out;
}
