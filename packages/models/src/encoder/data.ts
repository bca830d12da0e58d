/**
 * Labelled images as the encoder trains on them: pixels as bytes (what @atelier/catalog's
 * training stream and dataset loaders give) and one value position per attribute (-1 = missing).
 * The same shape as the catalog's `TrainingItems`, so that this package needs no catalog.
 */
import type { Tf } from "@atelier/ml";
import type { Tensor4D } from "@tensorflow/tfjs";
import { EncoderError } from "../errors.ts";

export interface LabelledImages {
  readonly n: number;
  /** Image side in px: pixels are [n, size, size, 3]. */
  readonly size: number;
  readonly pixels: Uint8Array;
  /** Row-major `n x attributes` value positions, -1 where missing. */
  readonly rows: Int8Array;
}

/** Chunks of labelled images, e.g. fresh renders from a worker thread. */
export interface LabelledImageSource {
  next(): Promise<LabelledImages>;
  close(): Promise<void>;
}

/** Throws unless `items` holds `n` images of `size` px and `attributes` labels each. */
export function checkLabelledImages(items: LabelledImages, size: number, attributes: number): void {
  const pixels = items.n * items.size * items.size * 3;
  if (items.size !== size) {
    throw new EncoderError(
      "bad-input",
      `images are ${items.size} px, the encoder reads ${size} px`,
    );
  }
  if (items.pixels.length !== pixels || items.rows.length !== items.n * attributes) {
    throw new EncoderError(
      "bad-input",
      `${items.n} items need ${pixels} pixel bytes and ${items.n * attributes} labels, got ${items.pixels.length} and ${items.rows.length}`,
    );
  }
}

/** Items start..start + count as [count, size, size, 3] floats in [0, 1]. */
export function imagesTensor(
  tf: Tf,
  items: LabelledImages,
  start: number,
  count: number,
): Tensor4D {
  const per = items.size * items.size * 3;
  const bytes = items.pixels.subarray(start * per, (start + count) * per);
  return tf.tidy(() =>
    tf.div(tf.tensor4d(bytes, [count, items.size, items.size, 3], "int32"), 255),
  ) as Tensor4D;
}

/** Label rows start..start + count, one view per item. */
export function labelRows(
  items: LabelledImages,
  start: number,
  count: number,
  attributes: number,
): Int8Array[] {
  return Array.from({ length: count }, (_, k) =>
    items.rows.subarray((start + k) * attributes, (start + k + 1) * attributes),
  );
}
