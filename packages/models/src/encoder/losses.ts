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
const FAR = 1e9;

/** [A, B, B] masks: same value (positives, i != j) and different values (negatives). */
function pairMasks(tf: Tf, values: Tensor2D) {
  const v = tf.transpose(values); // [A, B]
  const [attributes = 0, batch = 0] = v.shape;
  const vi = tf.expandDims(v, 2);
  const vk = tf.expandDims(v, 1);
  // Items missing the attribute have no value to be near or far from: in no triplet of it.
  const present = tf.logicalAnd(tf.greaterEqual(vi, 0), tf.greaterEqual(vk, 0));
  const notSelf = tf.logicalNot(tf.cast(tf.eye(batch), "bool"));
  const positive = tf.logicalAnd(tf.logicalAnd(present, tf.equal(vi, vk)), notSelf);
  const negative = tf.logicalAnd(present, tf.notEqual(vi, vk));
  const shape = [attributes, batch, batch];
  return { positive: tf.broadcastTo(positive, shape), negative: tf.broadcastTo(negative, shape) };
}

/**
 * Semi-hard mining (FaceNet), batched: for anchor i and positive j, the closest negative k
 * with d(i, j) < d(i, k) < d(i, j) + margin; where there is none, the hardest (closest)
 * negative. distances [A, B, B], values [B, A] int32 (-1 missing). Call inside a tidy.
 *
 * @example
 * const { negatives, valid } = semiHardNegatives(tf, squaredDistances(tf, chunks), values, 0.2);
 */
export function semiHardNegatives(
  tf: Tf,
  distances: Tensor3D,
  values: Tensor2D,
  margin: number,
): MinedTriplets {
  const [attributes = 0, batch = 0] = distances.shape;
  const full = [attributes, batch, batch, batch];
  const shape: [number, number, number] = [attributes, batch, batch];
  const { positive, negative } = pairMasks(tf, values);
  const toPositive = tf.broadcastTo(tf.expandDims(distances, 3), full); // d(i, j) over k
  const toNegative = tf.broadcastTo(tf.expandDims(distances, 2), full); // d(i, k) over j
  const semi = tf.logicalAnd(
    tf.broadcastTo(tf.expandDims(negative, 2), full),
    tf.logicalAnd(
      tf.greater(toNegative, toPositive),
      tf.less(toNegative, tf.add(toPositive, margin)),
    ),
  );
  const semiIndex = tf.argMin(tf.where(semi, toNegative, tf.fill(full, FAR)), 3);
  const hardest = tf.argMin(tf.where(negative, distances, tf.fill(shape, FAR)), 2);
  const negatives = tf.where(
    tf.any(semi, 3),
    semiIndex,
    tf.broadcastTo(tf.expandDims(hardest, 2), shape),
  ) as Tensor3D;
  const hasNegative = tf.broadcastTo(tf.expandDims(tf.any(negative, 2), 2), shape);
  return { negatives, valid: tf.logicalAnd(positive, hasNegative) as Tensor3D };
}

/**
 * {@link semiHardNegatives} as a tape-opaque op: mining picks indices, no gradient flows
 * through the choice, and tfjs has no gradient for the comparisons it uses (nor a
 * stopGradient). Returns negatives [A, B, B] int32 and valid [A, B, B] as 0/1 floats.
 */
function minedWithoutGradient(tf: Tf, distances: Tensor3D, values: Tensor2D, margin: number) {
  const mine = tf.customGrad((...inputs) => {
    const d = inputs[0] as Tensor3D;
    const { negatives, valid } = semiHardNegatives(tf, d, values, margin);
    const value = tf.stack([tf.cast(negatives, "float32"), tf.cast(valid, "float32")]);
    return { value, gradFunc: () => tf.zerosLike(d) };
  });
  const [negatives, valid] = tf.unstack(mine(distances)) as [Tensor3D, Tensor3D];
  return { negatives: tf.cast(negatives, "int32") as Tensor3D, valid };
}

/**
 * ADDE's label triplet: per attribute chunk (L2-normalised), mean over valid (anchor, positive)
 * pairs of max(0, d(a, p) - d(a, n) + margin), squared L2, n mined semi-hard. 0 when the batch
 * has no valid pair. values [B, attributes] int32. Call inside a tidy.
 */
export function labelTripletLoss(
  tf: Tf,
  features: Tensor2D,
  values: Tensor2D,
  margin: number,
): Scalar {
  const attributes = values.shape[1];
  const distances = squaredDistances(tf, attributeChunks(tf, features, attributes));
  const { negatives, valid } = minedWithoutGradient(tf, distances, values, margin);
  const batch = values.shape[0];
  const picked = tf.oneHot(tf.reshape(negatives, [-1]), batch).reshape([...negatives.shape, batch]);
  const toNegative = tf.sum(tf.mul(picked, tf.expandDims(distances, 2)), 3);
  const hinge = tf.relu(tf.add(tf.sub(distances, toNegative), margin));
  const mask = valid;
  return tf.div(tf.sum(tf.mul(hinge, mask)), tf.maximum(tf.sum(mask), 1)) as Scalar;
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
