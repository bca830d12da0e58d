/**
 * `atelier train memory`: ADDE-M's memory block W (DESIGN.md, "ADDE-M memory block") on an
 * encoder's features: block-diagonal prototypes from the train items, then ADDE's losses on
 * manipulation triplets. The final W goes to `<out>/memory/`, saved as kind `adde-m-fair`;
 * both modes run the same W, so `loadWeights(..., { kind: "adde-m-thesis" })` reads it too.
 */
import type { Tf } from "@atelier/ml";
import type { AttributeSchema } from "@atelier/schema";
import { disposeAddeMBatch } from "../adde-m/batch.ts";
import {
  ADDE_M_TRAIN_DEFAULTS,
  type AddeMTrainOptions,
  createAddeMTrainer,
} from "../adde-m/train.ts";
import type { AddeMManipulator } from "../manipulators/adde-m.ts";
import { createManipulator } from "../manipulators/create.ts";
import { loadWeights, saveWeights } from "../weights/weights.ts";
import { type AddeMTrainingData, addeMItems, checkAddeMData, tripletBatch } from "./adde-m-data.ts";
import type { TrainArgs } from "./args.ts";
import { openTrainingRun, stepRandom, type TrainRunResult } from "./loop.ts";
import { trainModel } from "./model-run.ts";

/** The kind the memory is trained and saved as (either mode loads it). */
const KIND = "adde-m-fair";

/**
 * Trains W for steps (resumed + 1)..args.steps on `args.batch` triplets a step, drawn from the
 * step's own seed; ADDE's losses and Adam unless `overrides` say otherwise. Refuses features
 * of another width than `args.dim` asks for before it writes anything.
 *
 * @example
 * await trainAddeMRun(tf, shopping100k, parseTrainArgs("memory", argv), { name, count,
 *   features, labels, triplets: manipulationTriplets(trainGallery(catalog)) });
 */
export async function trainAddeMRun(
  tf: Tf,
  schema: AttributeSchema,
  args: TrainArgs,
  data: AddeMTrainingData,
  overrides: Partial<AddeMTrainOptions> = {},
): Promise<TrainRunResult> {
  checkAddeMData(schema, args.dim, data);
  const options = { dim: args.dim };
  const trainOptions = { ...ADDE_M_TRAIN_DEFAULTS, ...overrides };
  const config = {
    kind: "memory",
    schema: schema.dataset,
    data: data.name,
    ...options,
    batch: args.batch,
    items: data.count,
    triplets: data.triplets.count,
    optimizer: trainOptions,
  };
  const { run, latest } = await openTrainingRun(args, config);
  const memory = (
    latest
      ? loadWeights(tf, schema, latest.weights.manifest, latest.weights.bytes, {
          kind: KIND,
          dim: args.dim,
        })
      : createManipulator(tf, schema, KIND, options, args.seed)
  ) as AddeMManipulator;
  const items = addeMItems(tf, schema, data);
  if (latest === null) memory.block.initPrototypes(items.features, items.labels);
  const trainer = createAddeMTrainer(tf, memory.block, trainOptions);
  try {
    return await trainModel(tf, {
      args,
      run,
      latest,
      label: "train memory",
      weights: () => saveWeights(memory),
      optimizer: trainer.optimizer,
      folder: "memory",
      async step(step) {
        const random = stepRandom(args.seed, step);
        const batch = tripletBatch(tf, items, data.triplets, random, args.batch);
        try {
          const { total, ...terms } = trainer.trainStep(batch);
          return { loss: total, ...terms };
        } finally {
          disposeAddeMBatch(batch);
        }
      },
    });
  } finally {
    trainer.dispose();
    memory.dispose();
    items.features.dispose();
    items.labels.dispose();
  }
}
