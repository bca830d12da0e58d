/** ADDE-M's training step: Adam on W over the losses of {@link addeMLoss}. */
import type { Tf } from "@atelier/ml";
import type { Optimizer, Tensor } from "@tensorflow/tfjs";
import { type AddeMBatch, checkAddeMBatch } from "./batch.ts";
import {
  ADDE_M_LOSS_DEFAULTS,
  type AddeMLossOptions,
  addeMLoss,
  checkConsistencyInputs,
} from "./losses.ts";
import type { AddeM } from "./memory.ts";

/** Optimiser and loss; ADDE's train script runs Adam with beta1 0.9, beta2 0.999. */
export interface AddeMTrainOptions {
  learningRate: number;
  beta1: number;
  beta2: number;
  loss: AddeMLossOptions;
}

export const ADDE_M_TRAIN_DEFAULTS: AddeMTrainOptions = {
  learningRate: 1e-4,
  beta1: 0.9,
  beta2: 0.999,
  loss: ADDE_M_LOSS_DEFAULTS,
};

/** The loss of one step, before the step, per term (unweighted) and in total (weighted). */
export interface AddeMStepLoss {
  total: number;
  triplet: number;
  consistency: number;
  offBlock: number;
}

/** Owns an optimiser for one memory block. */
export interface AddeMTrainer {
  readonly options: AddeMTrainOptions;
  /** The Adam optimiser, for saving and restoring its slots with a checkpoint. */
  readonly optimizer: Optimizer;
  trainStep(batch: AddeMBatch): AddeMStepLoss;
  /** Frees the optimiser's slots (not the block). */
  dispose(): void;
}

/**
 * One optimiser step on W over `batch`; returns the loss terms before the step. The terms are
 * stacked inside the loss function and kept, since minimize frees all else it made.
 */
function step(
  tf: Tf,
  optimizer: Optimizer,
  block: AddeM,
  batch: AddeMBatch,
  loss: AddeMLossOptions,
): AddeMStepLoss {
  checkAddeMBatch(block.config, batch);
  checkConsistencyInputs(batch, loss.consistencyLoss);
  let terms: Tensor | undefined;
  optimizer.minimize(
    () => {
      const parts = addeMLoss(tf, block, batch, loss);
      terms = tf.keep(tf.stack([parts.total, parts.triplet, parts.consistency, parts.offBlock]));
      return parts.total;
    },
    false,
    [block.weights],
  );
  const [total = 0, triplet = 0, consistency = 0, offBlock = 0] = terms?.dataSync() ?? [];
  terms?.dispose();
  return { total, triplet, consistency, offBlock };
}

/**
 * A trainer for `block`: ADDE's losses and Adam, unless `overrides` say otherwise.
 *
 * @example
 * const trainer = createAddeMTrainer(tf, block, { learningRate: 1e-3 });
 * const { total } = trainer.trainStep({ references, indicators, targets, labels });
 */
export function createAddeMTrainer(
  tf: Tf,
  block: AddeM,
  overrides: Partial<AddeMTrainOptions> = {},
): AddeMTrainer {
  const options: AddeMTrainOptions = { ...ADDE_M_TRAIN_DEFAULTS, ...overrides };
  const { learningRate, beta1, beta2 } = options;
  const optimizer = tf.train.adam(learningRate, beta1, beta2);
  return {
    options,
    optimizer,
    trainStep: (batch) => step(tf, optimizer, block, batch, options.loss),
    dispose: () => optimizer.dispose(),
  };
}
