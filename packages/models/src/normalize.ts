import type { Tf } from "@atelier/ml";
import type { Tensor2D } from "@tensorflow/tfjs";

/** ADDE's F.normalize floor: a zero vector stays zero instead of becoming NaN. */
const NORM_FLOOR = 1e-12;

/**
 * Each row divided by its L2 norm, as ADDE normalises query and gallery vectors: x [B, K].
 * Call inside a tidy.
 *
 * @example
 * l2Normalize(tf, tf.tensor2d([[3, 4]])); // [[0.6, 0.8]]
 */
export function l2Normalize(tf: Tf, x: Tensor2D): Tensor2D {
  const norms = tf.sqrt(tf.sum(tf.square(x), 1, true));
  return tf.div(x, tf.maximum(norms, NORM_FLOOR)) as Tensor2D;
}
