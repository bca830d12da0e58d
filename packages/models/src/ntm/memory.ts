/** NTM reads and writes (Graves et al. 2014, sections 3.1-3.2), batched; inside the caller's tidy. */
import type { Tf } from "@atelier/ml";
import type { Tensor2D, Tensor3D } from "@tensorflow/tfjs";

/** r = sum_i w_i M_i: weights [B, N], memory [B, N, M] -> [B, M]. */
export function readMemory(tf: Tf, memory: Tensor3D, weights: Tensor2D): Tensor2D {
  return tf.matMul(tf.expandDims(weights, 1), memory).squeeze([1]) as Tensor2D;
}

/** M_i <- M_i (1 - w_i e) + w_i a: weights [B, N], erase and add [B, M]. */
export function writeMemory(
  tf: Tf,
  memory: Tensor3D,
  weights: Tensor2D,
  erase: Tensor2D,
  add: Tensor2D,
): Tensor3D {
  const w = tf.expandDims(weights, 2); // [B, N, 1]
  const kept = tf.mul(memory, tf.sub(1, tf.mul(w, tf.expandDims(erase, 1))));
  return tf.add(kept, tf.mul(w, tf.expandDims(add, 1))) as Tensor3D;
}
