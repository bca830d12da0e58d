/**
 * The encoder's losses (ADDE, ICCV 2021; DESIGN.md, "Disentangled encoder"): a classifier per
 * attribute on its own chunk, and a label triplet per attribute chunk with semi-hard mining.
 * Value indices are [B, attributes] int32, -1 where the attribute is missing.
 */
import type { Tf } from "@atelier/ml";
import type { Scalar, Tensor, Tensor2D, Tensor3D } from "@tensorflow/tfjs";

/** Weights (ADDE's: classification 0.2, label triplet 1.0) and the triplet's margin. */
export interface EncoderLossOptions {
  classification: number;
  triplet: number;
  /** Margin of the label triplet, on squared L2 between L2-normalised chunks (range 0..4). */
  margin: number;
  /** Weight of an item whose attribute is missing in that attribute's cross-entropy. */
  missingWeight: number;
}

/**
 * The margin is FaceNet's for squared L2 on unit vectors (0.2), the missing weight the render
 * check's (0.25): rare attributes still learn their values before "missing".
 */
export const ENCODER_LOSS_DEFAULTS: EncoderLossOptions = {
  classification: 0.2,
  triplet: 1,
  margin: 0.2,
  missingWeight: 0.25,
};

/**
 * Mean over attributes of a weighted cross-entropy: items whose attribute is missing (target
 * class = the last, "missing") weigh `missingWeight`, each attribute normalised by its weights
 * so every attribute counts the same. logits: per attribute [B, values + 1]. Call inside a tidy.
 */
export function classificationLoss(
  tf: Tf,
  logits: readonly Tensor2D[],
  values: Tensor2D,
  missingWeight: number,
): Scalar {
  const columns = tf.unstack(values, 1);
  const losses = logits.map((l, a) => {
    const v = columns[a] as Tensor;
    const classes = l.shape[1];
    const missing = tf.less(v, 0);
    const target = tf.where(missing, tf.fill(v.shape, classes - 1, "int32"), v);
    const ce = tf.neg(tf.sum(tf.mul(tf.oneHot(target, classes), tf.logSoftmax(l)), -1));
    const weights = tf.where(missing, tf.fill(v.shape, missingWeight), tf.fill(v.shape, 1));
    return tf.div(tf.sum(tf.mul(ce, weights)), tf.sum(weights));
  });
  return tf.div(tf.addN(losses), losses.length) as Scalar;
}

/** The features' attribute chunks, each L2-normalised: [attributes, B, D]. */
export function attributeChunks(tf: Tf, features: Tensor2D, attributes: number): Tensor3D {
  const [batch = 0, width = 0] = features.shape;
  const chunks = tf.transpose(
    tf.reshape(features, [batch, attributes, width / attributes]),
    [1, 0, 2],
  );
  // The epsilon inside the root keeps the gradient finite at a zero chunk (a dead ReLU head).
  const norms = tf.sqrt(tf.add(tf.sum(tf.square(chunks), 2, true), 1e-12));
  return tf.div(chunks, norms) as Tensor3D;
}

/** Squared L2 distances within each attribute: x [A, B, D] -> [A, B, B]. */
export function squaredDistances(tf: Tf, x: Tensor3D): Tensor3D {
  const squares = tf.sum(tf.square(x), 2);
  const dot = tf.matMul(x, x, false, true);
  const sum = tf.add(tf.expandDims(squares, 2), tf.expandDims(squares, 1));
  // Rounding can make a zero distance slightly negative.
  return tf.relu(tf.sub(sum, tf.mul(dot, 2))) as Tensor3D;
}

/** The mined negative of each (attribute, anchor, positive) and where the triplet counts. */
export interface MinedTriplets {
  /** [A, B, B] int32: negative k for anchor i and positive j of attribute a. */
  negatives: Tensor3D;
  /** [A, B, B] bool: j is a positive of i (same value, i != j) and i has some negative. */
  valid: Tensor3D;
}

/** Stands for "no candidate" in minimums: finite, so no NaN reaches a gradient. */
/** Mined triplets on the host: per (attribute, anchor, positive), the negative and validity. */
interface HostTriplets {
  readonly negatives: Int32Array;
  readonly valid: Uint8Array;
}

/**
 * Semi-hard mining per attribute (FaceNet's rule, as ADDE's train script uses it): for anchor i
 * and positive j (same value, i != j), the negative k (another value) nearest to i among those
 * farther than j but within the margin; when none is, the hardest (nearest) negative. Items
 * missing the attribute take no part. Ties go to the lowest index. A scan of B x B x B cases per
 * attribute: milliseconds in a loop, hundreds of them as [A, B, B, B] tensors on wasm.
 */
function mineOnHost(
  d: ArrayLike<number>,
  v: ArrayLike<number>,
  attributes: number,
  batch: number,
  margin: number,
): HostTriplets {
  const negatives = new Int32Array(attributes * batch * batch);
  const valid = new Uint8Array(attributes * batch * batch);
  for (let a = 0; a < attributes; a++) {
    const value = (i: number) => v[i * attributes + a] as number;
    const isNegative = (vi: number, k: number) => value(k) >= 0 && value(k) !== vi;
    for (let i = 0; i < batch; i++) {
      const vi = value(i);
      if (vi < 0) continue;
      const row = (a * batch + i) * batch;
      let hardest = -1;
      for (let k = 0; k < batch; k++) {
        if (
          isNegative(vi, k) &&
          (hardest < 0 || (d[row + k] as number) < (d[row + hardest] as number))
        )
          hardest = k;
      }
      if (hardest < 0) continue;
      for (let j = 0; j < batch; j++) {
        if (j === i || value(j) !== vi) continue;
        const toPositive = d[row + j] as number;
        let semi = -1;
        for (let k = 0; k < batch; k++) {
          const toNegative = d[row + k] as number;
          if (!isNegative(vi, k) || toNegative <= toPositive || toNegative >= toPositive + margin)
            continue;
          if (semi < 0 || toNegative < (d[row + semi] as number)) semi = k;
        }
        negatives[row + j] = semi >= 0 ? semi : hardest;
        valid[row + j] = 1;
      }
    }
  }
  return { negatives, valid };
}

/**
 * The semi-hard negatives of squared distances [A, B, B] and values [B, A] (-1 = missing), as
 * tensors: negatives int32 [A, B, B] and valid bool [A, B, B] (see {@link mineOnHost}).
 */
export function semiHardNegatives(
  tf: Tf,
  distances: Tensor3D,
  values: Tensor2D,
  margin: number,
): MinedTriplets {
  const [attributes = 0, batch = 0] = distances.shape;
  const mined = mineOnHost(distances.dataSync(), values.dataSync(), attributes, batch, margin);
  const shape: [number, number, number] = [attributes, batch, batch];
  return {
    negatives: tf.tensor3d(mined.negatives, shape, "int32"),
    valid: tf.tensor3d(mined.valid, shape, "bool"),
  };
}

/**
 * ADDE's label triplet per attribute chunk: mean over valid (anchor, positive) pairs of
 * relu(d(a, p) - d(a, n) + margin), squared L2 between L2-normalised chunks, n semi-hard.
 * The hinge is linear in the distances once mining and the relu's gates are fixed, so the loss
 * is written as a weighted sum of the distance matrix: +1 at (i, j), -1 at (i, n) for every
 * active triplet. Same value and gradient as gathering d(i, n), without a gather (whose
 * gradient wasm lacks) or a [A, B, B, B] one-hot.
 */
export function labelTripletLoss(
  tf: Tf,
  features: Tensor2D,
  values: Tensor2D,
  margin: number,
): Scalar {
  const [batch = 0, attributes = 0] = values.shape;
  const distances = squaredDistances(tf, attributeChunks(tf, features, attributes));
  const d = distances.dataSync();
  const { negatives, valid } = mineOnHost(d, values.dataSync(), attributes, batch, margin);
  const count = Math.max(
    1,
    valid.reduce((n, x) => n + x, 0),
  );
  const weights = new Float32Array(d.length);
  let active = 0;
  for (let at = 0; at < valid.length; at++) {
    if (valid[at] === 0) continue;
    const row = at - (at % batch);
    const negative = row + (negatives[at] as number);
    if ((d[at] as number) - (d[negative] as number) + margin <= 0) continue;
    weights[at] = (weights[at] as number) + 1 / count;
    weights[negative] = (weights[negative] as number) - 1 / count;
    active++;
  }
  const shape: [number, number, number] = [attributes, batch, batch];
  return tf.add(
    tf.sum(tf.mul(distances, tf.tensor3d(weights, shape))),
    (active * margin) / count,
  ) as Scalar;
}

/** The weighted sum and its terms (unweighted). Call inside a tidy. */
export function encoderLoss(
  tf: Tf,
  output: { features: Tensor2D; logits: readonly Tensor2D[] },
  values: Tensor2D,
  options: EncoderLossOptions,
): { total: Scalar; classification: Scalar; triplet: Scalar } {
  const classification = classificationLoss(tf, output.logits, values, options.missingWeight);
  const triplet = labelTripletLoss(tf, output.features, values, options.margin);
  const total = tf.add(
    tf.mul(classification, options.classification),
    tf.mul(triplet, options.triplet),
  ) as Scalar;
  return { total, classification, triplet };
}
