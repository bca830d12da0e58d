/**
 * A smoke run of the training plumbing on the MANN: synthetic sequences (random query vectors,
 * one-attribute replace indicators), the thesis's trainer, metrics, events and checkpoints.
 * It checks that `atelier train mann` writes and resumes a run, not that the MANN learns.
 */
import type { Tf } from "@atelier/ml";
import { pick, seededRandom, uniformArray } from "@atelier/random";
import { type AttributeSchema, manipulationIndicator } from "@atelier/schema";
import { createManipulator } from "../manipulators/create.ts";
import type { MannManipulator } from "../manipulators/mann.ts";
import { disposeMannBatch, type MannSequence, mannBatch } from "../mann/batch.ts";
import { createMannTrainer, MANN_TRAIN_DEFAULTS } from "../mann/train.ts";
import { loadWeights, saveWeights } from "../weights/weights.ts";
import type { TrainArgs } from "./args.ts";
import { trainingProgress } from "./progress.ts";
import { TrainingRun } from "./run.ts";

/**
 * Each step's data comes from its own seed (run seed, step), so the RNG state a checkpoint needs
 * is just the next step: a resumed run draws the same batches as an uninterrupted one.
 */
function stepRandom(seed: number, step: number) {
  return seededRandom((seed ^ Math.imul(step, 0x9e3779b1)) >>> 0);
}

/** `count` sequences: the target is the query with each manipulated attribute's chunk redrawn. */
export function syntheticMannSequences(
  schema: AttributeSchema,
  dim: number,
  random: () => number,
  count: number,
  maxManipulations: number,
): MannSequence[] {
  const width = schema.attributes.length * dim;
  return Array.from({ length: count }, () => {
    const query = uniformArray(random, width, -1, 1);
    const target = Float32Array.from(query);
    const length = 1 + Math.floor(random() * maxManipulations);
    const indicators = Array.from({ length }, () => {
      const index = Math.floor(random() * schema.attributes.length);
      const attribute = schema.attributes[index];
      if (attribute === undefined) throw new Error("schema has no attributes");
      const add = pick(random, attribute.values);
      const others = attribute.values.filter((v) => v !== add);
      target.set(uniformArray(random, dim, -1, 1), index * dim);
      // A one-value attribute can only be added; otherwise a replace of one value by another.
      const manipulation =
        others.length === 0
          ? { attribute: attribute.key, add }
          : { attribute: attribute.key, remove: pick(random, others), add };
      return manipulationIndicator(schema, manipulation);
    });
    return { query, indicators, target };
  });
}

/** What a smoke run did. */
export interface MannSmokeResult {
  firstStep: number;
  lastStep: number;
  loss: number | undefined;
  eventsFile: string;
}

/**
 * Trains a MANN of `args.dim` on synthetic sequences for steps (resumed step + 1)..args.steps.
 *
 * @example
 * await trainMannSmoke(tf, shopping100k, parseTrainArgs("mann", ["--steps", "3", "--out", "r"]));
 */
export async function trainMannSmoke(
  tf: Tf,
  schema: AttributeSchema,
  args: TrainArgs,
): Promise<MannSmokeResult> {
  const config = {
    kind: "mann",
    schema: schema.dataset,
    data: "synthetic",
    dim: args.dim,
    batch: args.batch,
    maxManipulations: args.maxManipulations,
    optimizer: MANN_TRAIN_DEFAULTS,
  };
  const run = await TrainingRun.open(args.out, config, args.seed, {
    resume: args.resume,
    keep: args.keep,
  });
  const latest = args.resume ? await run.latestCheckpoint() : null;
  if (args.resume && latest === null) {
    throw new Error(`--resume: no checkpoint under ${args.out}/checkpoints`);
  }
  const manipulator = (
    latest
      ? loadWeights(tf, schema, latest.weights.manifest, latest.weights.bytes, {
          kind: "mann",
          dim: args.dim,
        })
      : createManipulator(tf, schema, "mann", { dim: args.dim }, args.seed)
  ) as MannManipulator;
  // The trainer's RMSprop slots are not exposed by MannTrainer, so a resume restarts them.
  const trainer = createMannTrainer(tf, manipulator.mann);
  const from = latest?.step ?? 0;
  const progress = trainingProgress(`train mann`, args.steps, { from });
  let loss: number | undefined;
  try {
    for (let step = from + 1; step <= args.steps; step++) {
      const random = stepRandom(args.seed, step);
      const sequences = syntheticMannSequences(
        schema,
        args.dim,
        random,
        args.batch,
        args.maxManipulations,
      );
      const batch = mannBatch(tf, manipulator.mann.config, sequences);
      try {
        loss = trainer.trainStep(batch);
      } finally {
        disposeMannBatch(batch);
      }
      await run.log(step, { loss });
      progress.update(step, loss);
      if (step % args.checkpointEvery === 0 || step === args.steps) {
        await run.checkpoint(step, await saveWeights(manipulator), undefined, {
          seed: args.seed,
          nextStep: step + 1,
        });
      }
    }
  } finally {
    progress.stop();
    trainer.dispose();
    manipulator.dispose();
  }
  return { firstStep: from + 1, lastStep: args.steps, loss, eventsFile: run.eventsFile };
}
