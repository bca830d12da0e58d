/**
 * The part of `atelier train memory|mann` that does not depend on the manipulator: restore
 * the optimiser's slots, run the loop with checkpoints of weights and slots, write the final
 * weights to `<out>/<folder>/`.
 */
import { join } from "node:path";
import type { Tf } from "@atelier/ml";
import type { Optimizer } from "@tensorflow/tfjs";
import type { Manipulator } from "../manipulator.ts";
import { writeWeights } from "../weights/files.ts";
import { saveWeights } from "../weights/weights.ts";
import type { TrainArgs } from "./args.ts";
import type { Checkpoint } from "./checkpoints.ts";
import { runTrainingLoop, type TrainingLoop, type TrainRunResult } from "./loop.ts";
import { restoreOptimizerState, saveOptimizerState } from "./optimizer-state.ts";
import type { TrainingRun } from "./run.ts";

export interface ManipulatorTraining {
  readonly args: TrainArgs;
  readonly run: TrainingRun;
  /** The checkpoint resumed from (its optimiser slots are restored), or null. */
  readonly latest: Checkpoint | null;
  /** Bar label, e.g. "train mann". */
  readonly label: string;
  /** What is trained, checkpointed and saved. */
  readonly manipulator: Manipulator;
  /** The trainer's optimiser, before its first step. */
  readonly optimizer: Optimizer;
  /** Folder of the final weights under `args.out`. */
  readonly folder: string;
  readonly step: TrainingLoop["step"];
}

/**
 * Trains steps (resumed + 1)..args.steps and writes the final weights; the caller owns (and
 * disposes) the manipulator and the optimiser.
 *
 * @example
 * return await trainManipulator(tf, { args, run, latest, label: "train mann", manipulator,
 *   optimizer: trainer.optimizer, folder: "mann", step: async () => ({ loss: ... }) });
 */
export async function trainManipulator(
  tf: Tf,
  training: ManipulatorTraining,
): Promise<TrainRunResult> {
  const { args, run, latest, manipulator, optimizer } = training;
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
      weights: await saveWeights(manipulator),
      optimizer: await saveOptimizerState(optimizer),
    }),
  });
  const weightsDir = join(args.out, training.folder);
  await writeWeights(weightsDir, await saveWeights(manipulator));
  return { ...result, eventsFile: run.eventsFile, weightsDir };
}
