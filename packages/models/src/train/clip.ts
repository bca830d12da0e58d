/** Gradient clipping for the recurrent models, whose gradients can explode through the steps. */
import type { Tf } from "@atelier/ml";
import type { NamedTensorMap } from "@tensorflow/tfjs";

/** How to clip; 0 turns either off. */
export interface ClipOptions {
  /** Element-wise clamp to +-value (the thesis's MANN: 10). */
  value: number;
  /** Global L2 norm limit over all gradients (Collier & Beel 2018). */
  norm: number;
}

/**
 * Clamps every element to +-`value`, then scales all gradients together so that their global
 * L2 norm is at most `norm`. Call inside a tidy.
 *
 * @example
 * optimizer.applyGradients(clipGradients(tf, grads, { value: 10, norm: 0 }));
 */
export function clipGradients(tf: Tf, grads: NamedTensorMap, clip: ClipOptions): NamedTensorMap {
  const entries = Object.entries(grads).map(
    ([name, g]) => [name, clip.value > 0 ? tf.clipByValue(g, -clip.value, clip.value) : g] as const,
  );
  if (clip.norm <= 0) return Object.fromEntries(entries);
  const norm = tf.sqrt(tf.addN(entries.map(([, g]) => tf.sum(tf.square(g)))));
  const scale = tf.div(clip.norm, tf.maximum(norm, clip.norm));
  return Object.fromEntries(entries.map(([name, g]) => [name, tf.mul(g, scale)]));
}
