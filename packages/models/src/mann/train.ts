/** The thesis's MANN training step (DESIGN.md, "MANN"): Smooth L1, RMSprop, element-wise clamp. */
import type { Tf } from "@atelier/ml";
import type { Optimizer, Scalar } from "@tensorflow/tfjs";
import { l2Normalize } from "../normalize.ts";
import { disposeNtmState } from "../ntm/state.ts";
import { clipGradients } from "../train/clip.ts";
import { type MannBatch, runMann } from "./batch.ts";
import type { Mann } from "./mann.ts";

/** Optimiser and clipping; the defaults are the thesis's. */
export interface MannTrainOptions {
  learningRate: number;
  /** RMSprop's moving-average decay of squared gradients. */
  decay: number;
  momentum: number;
  /** Element-wise gradient clamp to +-this; 0 turns it off. */
  clipValue: number;
  /** Global-norm clipping (a Collier & Beel stabiliser, off in the thesis); 0 turns it off. */
  clipNorm: number;
}

export const MANN_TRAIN_DEFAULTS: MannTrainOptions = {
  learningRate: 1e-4,
  decay: 0.95,
  momentum: 0.9,
  clipValue: 10,
  clipNorm: 0,
};

/**
 * Smooth L1 (Huber, delta 1, mean over entries) of the MANN's query after the whole batch
 * against the targets. The targets are L2-normalised like the query, so the loss measures what
 * the index sees (direction) and does not depend on the encoder's vector scale.
 */
export function mannLoss(tf: Tf, mann: Mann, batch: MannBatch): Scalar {
  return tf.tidy(() => {
    const state = runMann(tf, mann, batch);
    const query = mann.query(state);
    disposeNtmState(state);
    return tf.losses.huberLoss(l2Normalize(tf, batch.targets), query) as Scalar;
  });
}

/** Owns an optimiser for one MANN. */
export interface MannTrainer {
  readonly options: MannTrainOptions;
  /** The RMSprop optimiser, for saving and restoring its slots with a checkpoint. */
  readonly optimizer: Optimizer;
  /** One optimiser step on `batch`; returns the loss before the step. */
  trainStep(batch: MannBatch): number;
  /** Frees the optimiser's slots (not the MANN). */
  dispose(): void;
}

/**
 * A trainer for `mann` with the thesis's RMSprop 1e-4 (momentum 0.9, decay 0.95) and clamp 10
 * unless `overrides` say otherwise.
 *
 * @example
 * const trainer = createMannTrainer(tf, mann);
 * const loss = trainer.trainStep(mannBatch(tf, mann.config, sequences));
 */
export function createMannTrainer(
  tf: Tf,
  mann: Mann,
  overrides: Partial<MannTrainOptions> = {},
): MannTrainer {
  const options = { ...MANN_TRAIN_DEFAULTS, ...overrides };
  const optimizer = tf.train.rmsprop(options.learningRate, options.decay, options.momentum);
  const clip = { value: options.clipValue, norm: options.clipNorm };
  return {
    options,
    optimizer,
    trainStep: (batch) =>
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(
          () => mannLoss(tf, mann, batch),
          mann.variables(),
        );
        optimizer.applyGradients(clipGradients(tf, grads, clip));
        return value.dataSync()[0] as number;
      }),
    dispose: () => optimizer.dispose(),
  };
}
