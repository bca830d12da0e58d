/**
 * The loop every `atelier train` kind shares: steps (resumed + 1)..total, each step's scalars to
 * metrics.jsonl and TensorBoard, the progress bar, and checkpoints (weights, optimiser slots,
 * the next step) every `checkpointEvery` steps and after the last.
 */
import { type Random, seededRandom } from "@atelier/random";
import type { TrainArgs } from "./args.ts";
import type { Checkpoint, WeightFiles } from "./checkpoints.ts";
import { trainingProgress } from "./progress.ts";
import { TrainingRun } from "./run.ts";

export interface TrainingLoop {
  readonly run: TrainingRun;
  /** Bar label, e.g. "train encoder". */
  readonly label: string;
  /** The last step already done (0, or a resumed checkpoint's step). */
  readonly from: number;
  readonly steps: number;
  readonly checkpointEvery: number;
  readonly seed: number;
  /** One training step; the scalars are logged, `loss` shown on the bar. */
  step(step: number): Promise<{ loss: number } & Record<string, number>>;
  /** The model's weights and, where it can, the optimiser's slots, for a checkpoint. */
  save(): Promise<{ weights: WeightFiles; optimizer?: WeightFiles }>;
}

export interface LoopResult {
  firstStep: number;
  lastStep: number;
  /** The last step's loss; undefined when there was nothing left to do. */
  loss: number | undefined;
}

/** What a run did, the event file it appended to and where its final weights are. */
export interface TrainRunResult extends LoopResult {
  eventsFile: string;
  /** Folder of the final weights (e.g. `<out>/memory`, `<out>/mann`). */
  weightsDir: string;
}

/**
 * The data RNG of one step, from (run seed, step) alone: the RNG state a checkpoint needs is
 * just the next step, and a resumed run draws the same batches as an uninterrupted one.
 *
 * @example
 * const sequences = data.sequences(stepRandom(args.seed, step), args.batch);
 */
export function stepRandom(seed: number, step: number): Random {
  return seededRandom((seed ^ Math.imul(step, 0x9e3779b1)) >>> 0);
}

/**
 * Opens (or, with `--resume`, reopens) the run in `args.out` with `config`, and reads the
 * checkpoint to resume from; `--resume` without a checkpoint is an error.
 *
 * @example
 * const { run, latest } = await openTrainingRun(args, { kind: "mann", dim: args.dim });
 */
export async function openTrainingRun(
  args: TrainArgs,
  config: Record<string, unknown>,
): Promise<{ run: TrainingRun; latest: Checkpoint | null }> {
  const run = await TrainingRun.open(args.out, config, args.seed, {
    resume: args.resume,
    keep: args.keep,
  });
  const latest = args.resume ? await run.latestCheckpoint() : null;
  if (args.resume && latest === null) {
    throw new Error(`--resume: no checkpoint under ${args.out}/checkpoints`);
  }
  return { run, latest };
}

/**
 * @example
 * await runTrainingLoop({ run, label: "train mann", from: 0, steps: 100, checkpointEvery: 50,
 *   seed: 1, step: async () => ({ loss: trainer.trainStep(batch) }), save: async () => ... });
 */
export async function runTrainingLoop(loop: TrainingLoop): Promise<LoopResult> {
  const progress = trainingProgress(loop.label, loop.steps, { from: loop.from });
  let loss: number | undefined;
  try {
    for (let step = loop.from + 1; step <= loop.steps; step++) {
      const scalars = await loop.step(step);
      loss = scalars.loss;
      await loop.run.log(step, scalars);
      progress.update(step, loss);
      if (step % loop.checkpointEvery === 0 || step === loop.steps) {
        const { weights, optimizer } = await loop.save();
        await loop.run.checkpoint(step, weights, optimizer, {
          seed: loop.seed,
          nextStep: step + 1,
        });
      }
    }
  } finally {
    progress.stop();
  }
  return { firstStep: loop.from + 1, lastStep: loop.steps, loss };
}
