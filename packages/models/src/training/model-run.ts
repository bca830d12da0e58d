/**
 * The part of `atelier train encoder|memory|mann` that does not depend on the model: restore
 * the optimiser's slots, run the loop with checkpoints of weights and slots, write the final
 * weights to `<out>/<folder>/`.
 */
import { join } from "node:path";
import type { Tf } from "@atelier/ml";
import type { Optimizer } from "@tensorflow/tfjs";
import { writeWeights } from "../weights/files.ts";
import type { TrainArgs } from "./args.ts";
import type { Checkpoint, WeightFiles } from "./checkpoints.ts";
import { runTrainingLoop, type TrainingLoop, type TrainRunResult } from "./loop.ts";
import { restoreOptimizerState, saveOptimizerState } from "./optimizer-state.ts";
import type { TrainingRun } from "./run.ts";

export interface ModelTraining {
  readonly args: TrainArgs;
  readonly run: TrainingRun;
  /** The checkpoint resumed from (its optimiser slots are restored), or null. */
  readonly latest: Checkpoint | null;
  /** Bar label, e.g. "train mann". */
  readonly label: string;
  /** The model's weights as files, for checkpoints and the final folder. */
  weights(): Promise<WeightFiles>;
  /** The trainer's optimiser, before its first step. */
  readonly optimizer: Optimizer;
  /** Folder of the final weights under `args.out`. */
  readonly folder: string;
  readonly step: TrainingLoop["step"];
}

/**
 * Trains steps (resumed + 1)..args.steps and writes the final weights; the caller owns (and
 * disposes) the model and the optimiser.
 *
 * @example
 * return await trainModel(tf, { args, run, latest, label: "train mann", optimizer: trainer.optimizer,
 *   weights: () => saveWeights(manipulator), folder: "mann", step: async () => ({ loss: ... }) });
 */
export async function trainModel(tf: Tf, training: ModelTraining): Promise<TrainRunResult> {
  const { args, run, latest, optimizer } = training;
  if (latest?.optimizer) await restoreOptimizerState(tf, optimizer, latest.optimizer);
  const result = await runTrainingLoop({
    run,
    label: training.label,
    from: latest?.step ?? 0,
    steps: args.steps,
    checkpointEvery: args.checkpointEvery,
    seed: args.seed,
    step: training.step,
    save: async () => ({
      weights: await training.weights(),
      optimizer: await saveOptimizerState(optimizer),
    }),
  });
  const weightsDir = join(args.out, training.folder);
  await writeWeights(weightsDir, await training.weights());
  return { ...result, eventsFile: run.eventsFile, weightsDir };
}
