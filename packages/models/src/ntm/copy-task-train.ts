/** Trains an NTM on the copy task until its bit error on fresh sequences falls below a target. */
import type { Tf } from "@atelier/ml";
import { seededRandom } from "@atelier/random";
import type { Optimizer, Scalar } from "@tensorflow/tfjs";
import { clipGradients } from "../train/clip.ts";
import type { NtmOptions } from "./config.ts";
import { copyTaskBatch, copyTaskBitError, copyTaskLoss } from "./copy-task.ts";
import { createNtm } from "./ntm.ts";

/**
 * Copy-task training settings. The defaults converged on every seed tried (1-6: 200-750 steps,
 * 17-62 s on wasm, 2 shared cores): batch 64 costs about what 16 does per step on wasm, where
 * per-op overhead dominates at these sizes, and needs fewer steps.
 */
export interface CopyTrainOptions {
  seed: number;
  /** Vectors per sequence. */
  length: number;
  bits: number;
  batchSize: number;
  optimizer: "adam" | "rmsprop";
  learningRate: number;
  /** Global-norm gradient clipping (Collier & Beel 2018); 0 turns it off. */
  clipNorm: number;
  /** NTM sizes and switches, merged over the defaults'; input and output sizes follow from `bits`. */
  ntm: Omit<Partial<NtmOptions>, "inputSize" | "outputSize">;
  maxSteps: number;
  /** Stop once the bit error on a fresh batch is below this. */
  targetBitError: number;
  evalEvery: number;
  evalBatchSize: number;
}

/** One evaluation during training. */
export interface CopyProgress {
  step: number;
  loss: number;
  bitError: number;
  seconds: number;
}

/** Where training stopped. */
export interface CopyTrainResult extends CopyProgress {
  converged: boolean;
}

export const COPY_TRAIN_DEFAULTS: CopyTrainOptions = {
  seed: 1,
  length: 5,
  bits: 8,
  batchSize: 64,
  optimizer: "adam",
  learningRate: 1e-2,
  clipNorm: 10,
  ntm: { memoryRows: 8, memoryWidth: 8, controllerUnits: 50, addressing: "full" },
  maxSteps: 1500,
  targetBitError: 0.01,
  evalEvery: 25,
  evalBatchSize: 128,
};

function createOptimizer(tf: Tf, o: CopyTrainOptions): Optimizer {
  return o.optimizer === "adam"
    ? tf.train.adam(o.learningRate)
    : tf.train.rmsprop(o.learningRate, 0.95, 0.9);
}

/**
 * Trains a fresh NTM (weights from `seed`) on the copy task; `onProgress` hears every
 * evaluation. Data and weights are seeded, so a run repeats on the same backend.
 *
 * @example
 * const result = await trainCopyTask(tf, { maxSteps: 500 }, (p) => console.log(p.bitError));
 */
export async function trainCopyTask(
  tf: Tf,
  overrides: Partial<CopyTrainOptions> = {},
  onProgress?: (progress: CopyProgress) => void,
): Promise<CopyTrainResult> {
  const o = {
    ...COPY_TRAIN_DEFAULTS,
    ...overrides,
    ntm: { ...COPY_TRAIN_DEFAULTS.ntm, ...overrides.ntm },
  };
  const ntm = createNtm(
    tf,
    { memoryRows: 8, memoryWidth: 8, ...o.ntm, inputSize: o.bits + 1, outputSize: o.bits },
    o.seed,
  );
  const optimizer = createOptimizer(tf, o);
  const trainRandom = seededRandom(o.seed + 1);
  const evalRandom = seededRandom(o.seed + 2);
  const start = performance.now();
  let last: CopyProgress = { step: 0, loss: Number.NaN, bitError: 1, seconds: 0 };
  try {
    for (let step = 1; step <= o.maxSteps; step++) {
      const loss = tf.tidy(() => {
        const batch = copyTaskBatch(tf, trainRandom, o.batchSize, o.length, o.bits);
        const { value, grads } = tf.variableGrads(
          () => copyTaskLoss(tf, ntm, ntm.params, batch),
          ntm.variables(),
        );
        optimizer.applyGradients(clipGradients(tf, grads, { value: 0, norm: o.clipNorm }));
        return value as Scalar;
      });
      if (step % o.evalEvery !== 0 && step !== o.maxSteps) {
        loss.dispose();
        continue;
      }
      const lossValue = (await loss.data())[0] as number;
      loss.dispose();
      const bitError = tf.tidy(() =>
        copyTaskBitError(tf, ntm, copyTaskBatch(tf, evalRandom, o.evalBatchSize, o.length, o.bits)),
      );
      const seconds = (performance.now() - start) / 1000;
      last = { step, loss: lossValue, bitError, seconds };
      onProgress?.(last);
      if (bitError < o.targetBitError) return { ...last, converged: true };
    }
    return { ...last, converged: false };
  } finally {
    optimizer.dispose();
    ntm.dispose();
  }
}
