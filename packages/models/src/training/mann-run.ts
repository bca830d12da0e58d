/**
 * `atelier train mann`: the thesis's MANN (DESIGN.md, "MANN") on (query, manipulations,
 * target) sequences drawn on the fly, with its RMSprop trainer. Where the vectors come from
 * (an encoder's features of catalog items, or the synthetic smoke data) is the data's business.
 * The final weights go to `<out>/mann/`.
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import { createManipulator } from "../manipulators/create.ts";
import type { MannManipulator } from "../manipulators/mann.ts";
import { disposeMannBatch, type MannSequence, mannBatch } from "../mann/batch.ts";
import type { MannOptions } from "../mann/config.ts";
import { createMannTrainer, MANN_TRAIN_DEFAULTS } from "../mann/train.ts";
import { loadWeights, saveWeights } from "../weights/weights.ts";
import type { TrainArgs } from "./args.ts";
import { checkVectorSize } from "./data-size.ts";
import { openTrainingRun, stepRandom, type TrainRunResult } from "./loop.ts";
import { trainModel } from "./model-run.ts";

/** Training sequences on demand. */
export interface MannTrainingData {
  /** Human-readable name of the data, stored in the run's config. */
  readonly name: string;
  /** attributes * dim of the vectors; must be the schema's attributes x `--dim`. */
  readonly vectorSize: number;
  /**
   * `count` training sequences drawn with `random`: query features, indicators in shuffled
   * order, target features.
   */
  sequences(random: () => number, count: number): MannSequence[];
  /**
   * Features [N, vectorSize] and label vectors [N, total] of training items, to initialise the
   * `prototypes` residual block-diagonally (as ADDE-M's); needed only with `--residual prototypes`.
   */
  readonly prototypes?: { features: Float32Array; labels: Float32Array; count: number };
}

/** The `prototypes` residual starts where ADDE-M's W starts: block means of the values. */
function initResidual(
  tf: Tf,
  manipulator: MannManipulator,
  items: NonNullable<MannTrainingData["prototypes"]>,
): void {
  const residual = manipulator.mann.residual;
  if (residual === null) return;
  const { vectorSize, indicatorSize } = manipulator;
  tf.tidy(() =>
    residual.initPrototypes(
      tf.tensor2d(items.features, [items.count, vectorSize]),
      tf.tensor2d(items.labels, [items.count, indicatorSize]),
    ),
  );
}

/** A resumed MANN must be the one `args` asks for: loadWeights checks kind and dim only. */
function checkResumed(mann: MannManipulator, args: TrainArgs): void {
  if (mann.options.residual !== args.residual) {
    throw new Error(
      `--resume: the checkpoint's MANN has residual ${mann.options.residual}, not --residual ${args.residual}`,
    );
  }
  if (mann.options.writeBy !== args.writeBy) {
    mann.dispose();
    throw new Error(
      `--resume: the checkpoint's MANN writes by ${mann.options.writeBy}, not --write-by ${args.writeBy}`,
    );
  }
}

/**
 * Trains a MANN of `args.dim` (`args.writeBy`) for steps (resumed + 1)..args.steps on
 * `args.batch` sequences a step, drawn from the step's own seed. Refuses data of another width
 * than `args.dim` asks for before it writes anything.
 *
 * @example
 * await trainMannRun(tf, shopping100k, parseTrainArgs("mann", argv), {
 *   name: "catalog 42, encoder runs/enc", vectorSize: 384, sequences: (random, n) => ... });
 */
export async function trainMannRun(
  tf: Tf,
  schema: AttributeSchema,
  args: TrainArgs,
  data: MannTrainingData,
): Promise<TrainRunResult> {
  checkVectorSize("train mann", data.vectorSize, schema, args.dim);
  const options: MannOptions = { dim: args.dim, writeBy: args.writeBy, residual: args.residual };
  if (args.residual !== "none" && data.prototypes === undefined) {
    throw new Error(
      `train mann: --residual ${args.residual} needs catalog features (pass --encoder)`,
    );
  }
  const config = {
    kind: "mann",
    schema: schema.dataset,
    data: data.name,
    ...options,
    batch: args.batch,
    optimizer: { ...MANN_TRAIN_DEFAULTS, loss: args.loss },
  };
  const { run, latest } = await openTrainingRun(args, config);
  const manipulator = latest
    ? (loadWeights(tf, schema, latest.weights.manifest, latest.weights.bytes, {
        kind: "mann",
        dim: args.dim,
      }) as MannManipulator)
    : createManipulator(tf, schema, "mann", options, args.seed);
  checkResumed(manipulator, args);
  if (!latest && data.prototypes !== undefined) initResidual(tf, manipulator, data.prototypes);
  const trainer = createMannTrainer(tf, manipulator.mann, { loss: args.loss });
  try {
    return await trainModel(tf, {
      args,
      run,
      latest,
      label: "train mann",
      weights: () => saveWeights(manipulator),
      optimizer: trainer.optimizer,
      folder: "mann",
      async step(step) {
        const sequences = data.sequences(stepRandom(args.seed, step), args.batch);
        const batch = mannBatch(tf, manipulator.mann.config, sequences);
        try {
          return trainer.trainStep(batch);
        } finally {
          disposeMannBatch(batch);
        }
      },
    });
  } finally {
    trainer.dispose();
    manipulator.dispose();
  }
}
