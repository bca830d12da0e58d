/**
 * An optimiser's slots (Adam's moments, RMSprop's accumulators, the iteration count) as weight
 * files, so that a resumed run continues with the state it stopped with instead of cold slots.
 */
import type { Tf } from "@atelier/ml";
import type { Optimizer, Tensor, Variable } from "@tensorflow/tfjs";

type NamedTensor = { name: string; tensor: Tensor };

import type { WeightFiles } from "./checkpoints.ts";

const FORMAT = "atelier-optimizer";
/** The name tfjs gives the iteration count among an optimiser's weights. */
const ITERATIONS = "iter";

interface OptimizerManifest {
  format: typeof FORMAT;
  /** Name, shape and dtype of each slot, in `getWeights()` order. */
  slots: { name: string; shape: number[]; dtype: "float32" | "int32" }[];
}

/**
 * The optimiser's slots as one manifest + little-endian float32 bytes (int32 counters are
 * stored as floats, exact below 2^24 steps).
 *
 * @example
 * await run.checkpoint(step, weights, await saveOptimizerState(trainer.optimizer));
 */
export async function saveOptimizerState(optimizer: Optimizer): Promise<WeightFiles> {
  const weights = await optimizer.getWeights();
  const slots: OptimizerManifest["slots"] = [];
  const parts: Float32Array[] = [];
  for (const { name, tensor } of weights) {
    slots.push({
      name,
      shape: tensor.shape,
      dtype: tensor.dtype === "int32" ? "int32" : "float32",
    });
    parts.push(Float32Array.from(await tensor.data()));
    // The iteration count is a fresh scalar (tfjs's saveIterations); the slots are live variables.
    if (name === ITERATIONS) tensor.dispose();
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const values = new Float32Array(total);
  let offset = 0;
  for (const p of parts) {
    values.set(p, offset);
    offset += p.length;
  }
  const manifest: OptimizerManifest = { format: FORMAT, slots };
  return { manifest, bytes: new Uint8Array(values.buffer) };
}

/**
 * Restores slots saved by {@link saveOptimizerState} into a fresh optimiser of the same kind,
 * before its first step. Throws when the files do not fit (another optimiser or model).
 */
export async function restoreOptimizerState(
  tf: Tf,
  optimizer: Optimizer,
  files: { manifest: unknown; bytes: Uint8Array },
): Promise<void> {
  const manifest = files.manifest as Partial<OptimizerManifest>;
  if (manifest.format !== FORMAT || !Array.isArray(manifest.slots)) {
    throw new Error(`optimizer state: expected format "${FORMAT}", got ${String(manifest.format)}`);
  }
  const floats = new Float32Array(
    files.bytes.buffer.slice(
      files.bytes.byteOffset,
      files.bytes.byteOffset + files.bytes.byteLength,
    ),
  );
  let offset = 0;
  const weights: NamedTensor[] = manifest.slots.map(({ name, shape, dtype }) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const values = floats.subarray(offset, offset + size);
    offset += size;
    return { name, tensor: tf.tensor(Array.from(values), shape, dtype) };
  });
  if (offset !== floats.length) {
    throw new Error(
      `optimizer state: manifest names ${offset} values, the file holds ${floats.length}`,
    );
  }
  try {
    await optimizer.setWeights(weights);
  } finally {
    // The optimiser keeps the iteration count as a number and copies each slot into a variable.
    for (const { tensor } of weights) tensor.dispose();
  }
  // By class name: tfjs's optimisers answer instanceof by duck typing, any of them is "Adam".
  if (optimizer.getClassName() === "Adam") restoreAdamPowers(tf, optimizer);
}

/** Adam's bias-correction powers beta^(t + 1); private fields of tfjs's AdamOptimizer. */
interface AdamPowers {
  beta1: number;
  beta2: number;
  accBeta1: Variable;
  accBeta2: Variable;
}

/**
 * tfjs's Adam restores beta^(t + 1) with `pow`, while its steps build them by repeated float32
 * products, which differ in the last bits: a resumed run would drift from an uninterrupted one.
 * The products again, in doubles rounded to float32 after each (exact: a product of two
 * float32s fits a double), as the steps' float32 `mul` gives them.
 */
function restoreAdamPowers(tf: Tf, optimizer: Optimizer): void {
  const adam = optimizer as unknown as AdamPowers;
  const power = (beta: number) => {
    const b = Math.fround(beta);
    let acc = b;
    for (let t = 0; t < optimizer.iterations; t++) acc = Math.fround(acc * b);
    return acc;
  };
  tf.tidy(() => {
    adam.accBeta1.assign(tf.scalar(power(adam.beta1)));
    adam.accBeta2.assign(tf.scalar(power(adam.beta2)));
  });
}
