/**
 * NTM addressing (Graves et al. 2014, section 3.3), batched: memory [B, N, M], weights [B, N].
 * Every function runs inside the caller's tf.tidy.
 */
import type { Tf } from "@atelier/ml";
import type { Tensor2D, Tensor3D } from "@tensorflow/tfjs";

/** Keeps norms and divisions away from zero (memory starts as a tiny constant). */
const EPSILON = 1e-8;

/** cosine(key_b, M_b,i) for every row: key [B, M] -> [B, N]. */
export function cosineSimilarity(tf: Tf, memory: Tensor3D, key: Tensor2D): Tensor2D {
  const dots = tf.matMul(memory, tf.expandDims(key, 2)).squeeze([2]); // [B, N]
  const rowNorms = tf.sqrt(tf.sum(tf.square(memory), 2).add(EPSILON)); // [B, N]
  const keyNorms = tf.sqrt(tf.sum(tf.square(key), 1, true).add(EPSILON)); // [B, 1]
  return tf.div(dots, tf.mul(rowNorms, keyNorms)) as Tensor2D;
}

/** Content weights softmax(beta * cosine(key, M_i)); beta [B, 1] is >= 0. */
export function contentWeights(tf: Tf, memory: Tensor3D, key: Tensor2D, beta: Tensor2D): Tensor2D {
  return tf.softmax(tf.mul(beta, cosineSimilarity(tf, memory, key))) as Tensor2D;
}

/** g * content + (1 - g) * previous; gate [B, 1] in [0, 1]. */
export function interpolate(
  tf: Tf,
  content: Tensor2D,
  previous: Tensor2D,
  gate: Tensor2D,
): Tensor2D {
  return tf.add(tf.mul(gate, content), tf.mul(tf.sub(1, gate), previous)) as Tensor2D;
}

/**
 * Circular 3-tap convolution: shift [B, 3] holds the probabilities of moving the focus by -1,
 * 0 and +1 rows, so w'_i = s_-1 w_(i+1) + s_0 w_i + s_+1 w_(i-1).
 */
export function shift(tf: Tf, weights: Tensor2D, shiftProbs: Tensor2D): Tensor2D {
  const rows = weights.shape[1];
  const [back, stay, forward] = tf.split(shiftProbs, 3, 1) as [Tensor2D, Tensor2D, Tensor2D];
  // Rolled copies: row i of `fromNext` holds w_(i+1), row i of `fromPrevious` holds w_(i-1).
  const fromNext = tf.concat(
    [weights.slice([0, 1], [-1, rows - 1]), weights.slice([0, 0], [-1, 1])],
    1,
  );
  const fromPrevious = tf.concat(
    [weights.slice([0, rows - 1], [-1, 1]), weights.slice([0, 0], [-1, rows - 1])],
    1,
  );
  return tf.addN([
    tf.mul(back, fromNext),
    tf.mul(stay, weights),
    tf.mul(forward, fromPrevious),
  ]) as Tensor2D;
}

/** w^gamma / sum(w^gamma), gamma [B, 1] >= 1: undoes the blur of the shift. */
export function sharpen(tf: Tf, weights: Tensor2D, gamma: Tensor2D): Tensor2D {
  const powered = tf.pow(tf.add(weights, EPSILON), gamma);
  return tf.div(powered, tf.sum(powered, 1, true)) as Tensor2D;
}
