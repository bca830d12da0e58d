/**
 * The small multi-head CNN of the render check: strided 3x3 convolutions (cheap on the wasm
 * backend) and one softmax head per attribute with a "missing" class. The loss of a head is a
 * weighted cross-entropy in which items whose attribute is missing weigh MISSING_WEIGHT, each
 * head normalised by its weights: a head whose attribute is rare (sport) still learns to tell
 * its values apart instead of learning "missing" first, and every head weighs the same.
 */
import type { Tf } from "@atelier/ml";
import type { LayersModel, Optimizer, Scalar, Tensor } from "@tensorflow/tfjs";
import { HEAD_SIZES, type RenderSet } from "./dataset.ts";

/** Architecture and optimiser of the check's CNN. */
export interface CnnConfig {
  readonly size: number;
  readonly filters: readonly number[];
  readonly dense: number;
  readonly learningRate: number;
  /** Conv layers (1-based) whose output map is flattened into the dense layer (default: last). */
  readonly flatten?: readonly number[];
  /** Batch normalisation between each convolution and its ReLU (faster convergence per step). */
  readonly batchNorm?: boolean;
}

/** Weight of an item in a head's loss when that attribute is missing (present items weigh 1). */
export const MISSING_WEIGHT = 0.25;

/**
 * The CNN: input [batch, size, size, 3] in [0, 1] -> one softmax per attribute
 * ([batch, values + 1], the last class "missing").
 */
export function buildCnn(tf: Tf, config: CnnConfig): LayersModel {
  const input = tf.input({ shape: [config.size, config.size, 3] });
  // Centred inputs train faster than [0, 1] ones (the background is near 1).
  let x = tf.layers.rescaling({ scale: 2, offset: -1 }).apply(input) as Tensor;
  for (const filters of config.filters) {
    const activation = config.batchNorm ? "linear" : "relu";
    x = tf.layers
      .conv2d({ filters, kernelSize: 3, strides: 2, padding: "same", activation })
      .apply(x) as Tensor;
    if (config.batchNorm) {
      x = tf.layers.batchNormalization().apply(x) as Tensor;
      x = tf.layers.reLU().apply(x) as Tensor;
    }
  }
  x = tf.layers.flatten().apply(x) as Tensor;
  x = tf.layers.dense({ units: config.dense, activation: "relu" }).apply(x) as Tensor;
  const outputs = HEAD_SIZES.map((units) =>
    tf.layers.dense({ units, activation: "softmax" }).apply(x),
  );
  return tf.model({ inputs: input as never, outputs: outputs as never });
}

/** A batch as tensors: images [batch, size, size, 3] in [0, 1] and class indices per head. */
export interface Batch {
  readonly x: Tensor;
  readonly classes: readonly Tensor[];
}

/** The batch of `indices` (caller disposes `x` and `classes`). */
export function batchTensors(tf: Tf, set: RenderSet, indices: readonly number[]): Batch {
  const pixelsPer = set.size * set.size * 3;
  const data = new Float32Array(indices.length * pixelsPer);
  indices.forEach((item, k) => {
    const from = item * pixelsPer;
    for (let j = 0; j < pixelsPer; j++) data[k * pixelsPer + j] = (set.pixels[from + j] ?? 0) / 255;
  });
  const x = tf.tensor4d(data, [indices.length, set.size, set.size, 3]);
  const classes = set.targets.map((t) =>
    tf.tensor1d(
      indices.map((i) => t[i] ?? 0),
      "int32",
    ),
  );
  return { x, classes };
}

/**
 * One optimiser step on `batch`; returns the mean head loss. Every intermediate tensor is
 * released (tidy), the variables are updated in place.
 */
export function trainStep(tf: Tf, model: LayersModel, optimizer: Optimizer, batch: Batch): number {
  const cost = tf.tidy(() => {
    const value = optimizer.minimize(() => {
      const outputs = model.apply(batch.x, { training: true }) as Tensor[];
      const losses = outputs.map((probs, a) => {
        const size = HEAD_SIZES[a] ?? 1;
        const target = batch.classes[a] as Tensor;
        const weights = tf.where(
          tf.equal(target, size - 1),
          tf.scalar(MISSING_WEIGHT),
          tf.scalar(1),
        );
        const ce = tf.neg(tf.sum(tf.mul(tf.oneHot(target, size), tf.log(tf.add(probs, 1e-7))), -1));
        return tf.div(tf.sum(tf.mul(ce, weights)), tf.sum(weights));
      });
      return tf.div(tf.addN(losses), losses.length) as Scalar;
    }, true);
    return value ?? tf.scalar(Number.NaN);
  });
  const value = cost.dataSync()[0] ?? Number.NaN;
  cost.dispose();
  return value;
}

/** Per-head class probabilities of every item of `set`, as flat arrays ([n * classes]). */
export function predictAll(
  tf: Tf,
  model: LayersModel,
  set: RenderSet,
  batch: number,
): Float32Array[] {
  const out = HEAD_SIZES.map((c) => new Float32Array(set.n * c));
  for (let start = 0; start < set.n; start += batch) {
    const indices = Array.from({ length: Math.min(batch, set.n - start) }, (_, k) => start + k);
    const { x, classes } = batchTensors(tf, set, indices);
    const probs = tf.tidy(() => {
      const result = model.predict(x);
      return (Array.isArray(result) ? result : [result]).map((t) => t.dataSync() as Float32Array);
    });
    tf.dispose([x, ...classes]);
    for (const [a, p] of probs.entries()) out[a]?.set(p, start * (HEAD_SIZES[a] ?? 1));
  }
  return out;
}
