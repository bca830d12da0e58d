/**
 * What `atelier train memory` trains on: an encoder's features of a train split, the items'
 * labels and ADDE's manipulation triplets over them, as plain arrays (this package does not
 * know where they come from), and the batches drawn from them.
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor2D } from "@tensorflow/tfjs";
import type { AddeMBatch } from "../adde-m/batch.ts";
import { checkVectorSize } from "./data-size.ts";

/** Features, labels and triplets of one split; item positions index all three. */
export interface AddeMTrainingData {
  /** Human-readable name of the data, stored in the run's config. */
  readonly name: string;
  /** Items. */
  readonly count: number;
  /** [count, attributes * dim]: the encoder's features (not normalised). */
  readonly features: Float32Array;
  /** [count, schema.total]: 0/1 label vectors of the same items. */
  readonly labels: Float32Array;
  /**
   * Rows [reference, positive, negative] of item positions and [count, total] indicators
   * (-1/0/1), as @atelier/catalog's `manipulationTriplets` gives them.
   */
  readonly triplets: { triplets: Int32Array; indicators: Int8Array; count: number };
}

const WHAT = "train memory";

/**
 * Throws an Error naming the first size that does not fit `schema` and `dim`, or the first
 * triplet that names an item outside the data.
 */
export function checkAddeMData(schema: AttributeSchema, dim: number, data: AddeMTrainingData) {
  const { count, triplets } = data;
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`${WHAT}: the data needs at least 1 item, got ${count}`);
  }
  checkVectorSize(WHAT, data.features.length / count, schema, dim);
  const total = schema.total;
  if (data.labels.length !== count * total) {
    throw new Error(
      `${WHAT}: labels hold ${data.labels.length} values, expected ${count} items x ${total}`,
    );
  }
  if (triplets.count < 1 || triplets.triplets.length !== triplets.count * 3) {
    throw new Error(
      `${WHAT}: ${triplets.count} triplets need 3 positions each (at least 1 triplet), got ${triplets.triplets.length}`,
    );
  }
  if (triplets.indicators.length !== triplets.count * total) {
    throw new Error(
      `${WHAT}: indicators hold ${triplets.indicators.length} values, expected ${triplets.count} triplets x ${total}`,
    );
  }
  const outside = triplets.triplets.findIndex((p) => p < 0 || p >= count);
  if (outside >= 0) {
    throw new Error(
      `${WHAT}: triplet ${Math.floor(outside / 3)} names item ${triplets.triplets[outside]}, outside 0..${count - 1}`,
    );
  }
}

/** The items as tensors for the whole run: features [count, K], labels [count, total]. */
export interface AddeMItems {
  features: Tensor2D;
  labels: Tensor2D;
}

export function addeMItems(tf: Tf, schema: AttributeSchema, data: AddeMTrainingData): AddeMItems {
  return {
    features: tf.tensor2d(data.features, [data.count, data.features.length / data.count]),
    labels: tf.tensor2d(data.labels, [data.count, schema.total]),
  };
}

/**
 * `size` triplets drawn with replacement with `random`, as a batch with the labels ADDE's
 * prototype consistency loss reads. The caller disposes it.
 *
 * @example
 * const batch = tripletBatch(tf, items, data.triplets, stepRandom(seed, step), 64);
 */
export function tripletBatch(
  tf: Tf,
  items: AddeMItems,
  triplets: AddeMTrainingData["triplets"],
  random: () => number,
  size: number,
): AddeMBatch {
  const total = items.labels.shape[1];
  const rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)] as const;
  const indicators = new Float32Array(size * total);
  for (let b = 0; b < size; b++) {
    const t = Math.floor(random() * triplets.count);
    for (const [k, positions] of rows.entries()) positions[b] = triplets.triplets[t * 3 + k] ?? 0;
    indicators.set(triplets.indicators.subarray(t * total, (t + 1) * total), b * total);
  }
  // gather's index tensors are freed by the op itself.
  const of = (x: Tensor2D, k: 0 | 1 | 2) => tf.gather(x, rows[k]) as Tensor2D;
  return {
    references: of(items.features, 0),
    indicators: tf.tensor2d(indicators, [size, total]),
    targets: of(items.features, 1),
    negatives: of(items.features, 2),
    labels: {
      references: of(items.labels, 0),
      targets: of(items.labels, 1),
      negatives: of(items.labels, 2),
    },
  };
}
