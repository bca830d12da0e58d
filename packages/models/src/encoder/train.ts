/** The encoder's training step: Adam on every weight over {@link encoderLoss}. */
import type { Tf } from "@atelier/ml";
import type { Optimizer, Tensor, Tensor2D, Tensor4D } from "@tensorflow/tfjs";
import { EncoderError } from "../errors.ts";
import type { Encoder } from "./encoder.ts";
import { checkImages } from "./encoder.ts";
import { ENCODER_LOSS_DEFAULTS, type EncoderLossOptions, encoderLoss } from "./losses.ts";

/** Optimiser and loss; Adam's betas are ADDE's train script's. */
export interface EncoderTrainOptions {
  learningRate: number;
  beta1: number;
  beta2: number;
  loss: EncoderLossOptions;
}

export const ENCODER_TRAIN_DEFAULTS: EncoderTrainOptions = {
  learningRate: 1e-3,
  beta1: 0.9,
  beta2: 0.999,
  loss: ENCODER_LOSS_DEFAULTS,
};

/**
 * A training batch: images [B, S, S, 3] in [0, 1] and, per item, one value index per
 * attribute of the schema (-1 where missing), as @atelier/schema's `valueIndices` gives them.
 */
export interface EncoderBatch {
  images: Tensor4D;
  valueIndices: readonly ArrayLike<number>[];
}

/** The loss before the step: each term unweighted, the total weighted. */
export interface EncoderStepLoss {
  total: number;
  classification: number;
  triplet: number;
}

export interface EncoderTrainer {
  readonly options: EncoderTrainOptions;
  /** The Adam optimiser, for saving and restoring its slots with a checkpoint. */
  readonly optimizer: Optimizer;
  trainStep(batch: EncoderBatch): EncoderStepLoss;
  /** Frees the optimiser's slots (not the encoder). */
  dispose(): void;
}

function fail(message: string): never {
  throw new EncoderError("bad-input", message);
}

/** Throws unless there is one row per image, one index per attribute, each in range. */
export function checkValueIndices(encoder: Encoder, batch: EncoderBatch): void {
  const images = checkImages(encoder.config, batch.images);
  const rows = batch.valueIndices;
  if (rows.length !== images) {
    fail(`valueIndices has ${rows.length} rows for ${images} images`);
  }
  const attributes = encoder.schema.attributes;
  rows.forEach((row, i) => {
    if (row.length !== attributes.length) {
      fail(
        `valueIndices[${i}] has ${row.length} entries, the schema has ${attributes.length} attributes`,
      );
    }
    attributes.forEach((a, j) => {
      const v = row[j];
      if (!Number.isInteger(v) || (v as number) < -1 || (v as number) >= a.size) {
        fail(`valueIndices[${i}][${j}] (${a.key}) is ${v}: expected -1 (missing) to ${a.size - 1}`);
      }
    });
  });
}

function step(
  tf: Tf,
  optimizer: ReturnType<Tf["train"]["adam"]>,
  encoder: Encoder,
  batch: EncoderBatch,
  loss: EncoderLossOptions,
): EncoderStepLoss {
  checkValueIndices(encoder, batch);
  const rows = batch.valueIndices;
  const flat = Int32Array.from(rows.flatMap((row) => Array.from(row)));
  const values = tf.tensor2d(flat, [rows.length, encoder.sizes.attributes], "int32");
  let terms: Tensor | undefined;
  try {
    // Terms are stacked inside and kept: minimize frees everything else it made.
    tf.tidy(() => {
      optimizer.minimize(
        () => {
          const parts = encoderLoss(tf, encoder.apply(batch.images), values as Tensor2D, loss);
          terms = tf.keep(tf.stack([parts.total, parts.classification, parts.triplet]));
          return parts.total;
        },
        false,
        encoder.variables(),
      );
    });
    const [total = 0, classification = 0, triplet = 0] = terms?.dataSync() ?? [];
    return { total, classification, triplet };
  } finally {
    values.dispose();
    terms?.dispose();
  }
}

/**
 * A trainer for `encoder`: ADDE's losses and Adam, unless `overrides` say otherwise. A bad
 * batch throws an EncoderError before any tensor is made.
 *
 * @example
 * const trainer = createEncoderTrainer(tf, encoder, { learningRate: 3e-4 });
 * const { total } = trainer.trainStep({ images, valueIndices });
 */
export function createEncoderTrainer(
  tf: Tf,
  encoder: Encoder,
  overrides: Partial<EncoderTrainOptions> = {},
): EncoderTrainer {
  const options: EncoderTrainOptions = { ...ENCODER_TRAIN_DEFAULTS, ...overrides };
  const optimizer = tf.train.adam(options.learningRate, options.beta1, options.beta2);
  return {
    options,
    optimizer,
    trainStep: (batch) => step(tf, optimizer, encoder, batch, options.loss),
    dispose: () => optimizer.dispose(),
  };
}
