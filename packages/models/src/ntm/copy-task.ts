/**
 * The copy task (Graves et al. 2014, section 4.1): the NTM reads `length` random `bits`-bit
 * vectors, then a delimiter, and must write the same vectors back while its input is blank.
 */
import type { Tf } from "@atelier/ml";
import type { Random } from "@atelier/random";
import type { Scalar, Tensor2D, Tensor3D } from "@tensorflow/tfjs";
import type { Ntm } from "./ntm.ts";
import type { NtmParams } from "./params.ts";
import { disposeNtmState } from "./state.ts";

/** A batch of copy-task sequences, time-major. */
export interface CopyBatch {
  /** [2 * length + 1, batch, bits + 1]: the vectors, the delimiter (last channel), blanks. */
  inputs: Tensor3D;
  /** [length, batch, bits]: the vectors to write back. */
  targets: Tensor3D;
}

/**
 * Random sequences for the copy task, drawn from `random`.
 *
 * @example
 * const { inputs, targets } = copyTaskBatch(tf, seededRandom(1), 32, 5, 8);
 */
export function copyTaskBatch(
  tf: Tf,
  random: Random,
  batch: number,
  length: number,
  bits: number,
): CopyBatch {
  const channels = bits + 1;
  const steps = 2 * length + 1;
  const inputs = new Float32Array(steps * batch * channels);
  const targets = new Float32Array(length * batch * bits);
  for (let t = 0; t < length; t++) {
    for (let b = 0; b < batch; b++) {
      for (let k = 0; k < bits; k++) {
        const bit = random() < 0.5 ? 0 : 1;
        inputs[(t * batch + b) * channels + k] = bit;
        targets[(t * batch + b) * bits + k] = bit;
      }
    }
  }
  for (let b = 0; b < batch; b++) inputs[(length * batch + b) * channels + bits] = 1;
  return {
    inputs: tf.tensor3d(inputs, [steps, batch, channels]),
    targets: tf.tensor3d(targets, [length, batch, bits]),
  };
}

/**
 * Runs `ntm` over a copy batch and returns its output logits for the answer steps,
 * [length, batch, bits]. Call inside a tidy (or a gradient function).
 */
export function copyTaskLogits(tf: Tf, ntm: Ntm, params: NtmParams, batch: CopyBatch): Tensor3D {
  const [steps, size] = batch.inputs.shape;
  const length = batch.targets.shape[0];
  const outputs: Tensor2D[] = [];
  let state = ntm.init(size);
  for (let t = 0; t < steps; t++) {
    const input = batch.inputs.slice([t, 0, 0], [1, -1, -1]).squeeze([0]) as Tensor2D;
    const next = ntm.step(params, state, input);
    disposeNtmState(state);
    state = next;
    if (t >= steps - length) outputs.push(ntm.output(params, state));
  }
  disposeNtmState(state);
  return tf.stack(outputs) as Tensor3D;
}

/** Mean sigmoid cross-entropy of the answer logits against the targets. */
export function copyTaskLoss(tf: Tf, ntm: Ntm, params: NtmParams, batch: CopyBatch): Scalar {
  return tf.losses.sigmoidCrossEntropy(batch.targets, copyTaskLogits(tf, ntm, params, batch));
}

/** The fraction of answer bits the NTM gets wrong (logit > 0 read as 1). */
export function copyTaskBitError(tf: Tf, ntm: Ntm, batch: CopyBatch): number {
  return tf.tidy(() => {
    const predicted = tf.greater(copyTaskLogits(tf, ntm, ntm.params, batch), 0).toFloat();
    return tf.mean(tf.notEqual(predicted, batch.targets).toFloat()).dataSync()[0] as number;
  });
}
