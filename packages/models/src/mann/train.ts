/**
 * The thesis's MANN training step (DESIGN.md, "MANN"): Smooth L1, RMSprop, element-wise clamp;
 * ADDE's loss terms on request (see loss.ts).
 */
import type { Tf } from "@atelier/ml";
import type { Optimizer } from "@tensorflow/tfjs";
import { disposeNtmState } from "../ntm/state.ts";
import { clipGradients } from "../train/clip.ts";
import { type MannBatch, runMann } from "./batch.ts";
import {
  MANN_LOSS_DEFAULTS,
  type MannLossParts,
  type MannLossWeights,
  mannLossParts,
} from "./loss.ts";
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
  /** Weight per loss term; the thesis's is Smooth L1 alone. */
  loss: MannLossWeights;
}

export const MANN_TRAIN_DEFAULTS: MannTrainOptions = {
  learningRate: 1e-4,
  decay: 0.95,
  momentum: 0.9,
  clipValue: 10,
  clipNorm: 0,
  loss: MANN_LOSS_DEFAULTS,
};

/**
 * The loss of the MANN's query after the whole batch, by default Smooth L1 (Huber, delta 1,
 * mean over entries) against the targets. The targets are L2-normalised like the query, so the
 * loss measures what the index sees (direction) and does not depend on the encoder's scale.
 */
export function mannLoss(
  tf: Tf,
  mann: Mann,
  batch: MannBatch,
  weights: MannLossWeights = MANN_LOSS_DEFAULTS,
): MannLossParts {
  return tf.tidy(() => {
    const state = runMann(tf, mann, batch);
    const query = mann.query(state);
    disposeNtmState(state);
    return mannLossParts(tf, query, batch, weights);
  });
}

/** Scalars of one step: `loss` (the weighted sum) and `loss/<term>` per computed term. */
export type MannStepScalars = { loss: number } & Record<string, number>;

/** Owns an optimiser for one MANN. */
export interface MannTrainer {
  readonly options: MannTrainOptions;
  /** The RMSprop optimiser, for saving and restoring its slots with a checkpoint. */
  readonly optimizer: Optimizer;
  /** One optimiser step on `batch`; returns the loss (and its terms) before the step. */
  trainStep(batch: MannBatch): MannStepScalars;
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
        const scalars: Record<string, number> = {};
        const { value, grads } = tf.variableGrads(() => {
          const parts = mannLoss(tf, mann, batch, options.loss);
          // Read here: variableGrads frees every tensor but the loss when it returns.
          for (const [term, scalar] of Object.entries(parts.terms)) {
            scalars[`loss/${term}`] = scalar?.dataSync()[0] as number;
          }
          return parts.total;
        }, mann.variables());
        optimizer.applyGradients(clipGradients(tf, grads, clip));
        scalars.loss = value.dataSync()[0] as number;
        return scalars as MannStepScalars;
      }),
    dispose: () => optimizer.dispose(),
  };
}
