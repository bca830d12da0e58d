/** ADDE-M's block-diagonal prototype initialisation (ADDE, ICCV 2021, section 3.3). */
import type { Tf } from "@atelier/ml";
import type { Tensor2D } from "@tensorflow/tfjs";

/** ADDE builds each prototype from about 100 training items with the value. */
export const PROTOTYPE_ITEMS = 100;

/**
 * W's initial value [vectorSize, total]: column v (a value of attribute a) is the mean of
 * chunk a over the first `perValue` rows of `features` [N, vectorSize] whose `labels`
 * [N, total] (0/1 label vectors) have value v; a value with no such row gets zeros, and every
 * entry outside the diagonal blocks (`blockMask`) is 0. Call inside a tidy.
 */
export function prototypeWeights(
  tf: Tf,
  features: Tensor2D,
  labels: Tensor2D,
  blockMask: Tensor2D,
  perValue: number,
): Tensor2D {
  // A row counts for value v while fewer than `perValue` earlier rows had v: the running count.
  const seen = tf.cumsum(labels, 0);
  const used = tf.mul(labels, tf.lessEqual(seen, perValue).toFloat());
  const counts = tf.sum(used, 0).reshape([-1, 1]);
  const sums = tf.matMul(used, features, true, false); // [total, vectorSize]
  const means = tf.div(sums, tf.maximum(counts, 1));
  return tf.mul(means.transpose(), blockMask) as Tensor2D;
}
