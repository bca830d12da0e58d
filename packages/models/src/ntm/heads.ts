/** Turns the controller's output into head parameters and weightings; inside the caller's tidy. */
import type { Tf } from "@atelier/ml";
import type { Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import { contentWeights, interpolate, sharpen, shift } from "./addressing.ts";
import type { NtmConfig } from "./config.ts";
import type { Dense } from "./params.ts";

/** x @ kernel + bias, clipped to +-config.outputClip when that is on (Collier & Beel 2018). */
export function denseClipped(tf: Tf, config: NtmConfig, layer: Dense, x: Tensor2D): Tensor2D {
  const out = tf.add(tf.matMul(x, layer.kernel as Tensor2D), layer.bias) as Tensor2D;
  return config.outputClip > 0 ? tf.clipByValue(out, -config.outputClip, config.outputClip) : out;
}

/** Column `offset` .. `offset + width` of a [B, K] matrix. */
function columns(x: Tensor2D, offset: number, width: number): Tensor2D {
  return x.slice([0, offset], [-1, width]);
}

/** A vector the stabilisers squash with tanh (key, add), left linear otherwise. */
function squashed(tf: Tf, config: NtmConfig, x: Tensor2D): Tensor2D {
  return config.tanhKeyAndAdd ? tf.tanh(x) : x;
}

/**
 * The weighting a head's parameters `raw` [B, K] give on `memory`: content addressing, then
 * (under `full`) interpolation with `previous` [B, N], shift and sharpening. Layout of `raw`:
 * key M, beta 1, then gate 1, shift 3, gamma 1 under `full` (see headSizes).
 */
export function addressHead(
  tf: Tf,
  config: NtmConfig,
  raw: Tensor2D,
  memory: Tensor3D,
  previous: Tensor2D,
): Tensor2D {
  const width = config.memoryWidth;
  const key = squashed(tf, config, columns(raw, 0, width));
  const beta = tf.softplus(columns(raw, width, 1));
  const content = contentWeights(tf, memory, key, beta);
  if (config.addressing === "content") return content;
  const gate = tf.sigmoid(columns(raw, width + 1, 1));
  const shiftProbs = tf.softmax(columns(raw, width + 2, 3)) as Tensor2D;
  const gamma = tf.add(1, tf.softplus(columns(raw, width + 5, 1))) as Tensor2D;
  const gated = interpolate(tf, content, previous, gate);
  return sharpen(tf, shift(tf, gated, shiftProbs), gamma);
}

/** The write head's erase (sigmoid) and add vectors, the last 2M columns of its `raw`. */
export function eraseAndAdd(
  tf: Tf,
  config: NtmConfig,
  raw: Tensor2D,
): { erase: Tensor2D; add: Tensor2D } {
  const width = config.memoryWidth;
  const start = raw.shape[1] - 2 * width;
  return {
    erase: tf.sigmoid(columns(raw, start, width)),
    add: squashed(tf, config, columns(raw, start + width, width)),
  };
}
