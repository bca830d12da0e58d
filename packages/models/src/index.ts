export type { NtmErrorCode } from "./errors.ts";
export { isNtmError, NtmError } from "./errors.ts";
export type { MannBatch, MannSequence } from "./mann/batch.ts";
export { checkMannBatch, disposeMannBatch, mannBatch, runMann } from "./mann/batch.ts";
export type { MannConfig, MannOptions, WriteBy } from "./mann/config.ts";
export { resolveMannConfig } from "./mann/config.ts";
export type { Mann, MannState } from "./mann/mann.ts";
export { createMann } from "./mann/mann.ts";
export type { MannTrainer, MannTrainOptions } from "./mann/train.ts";
export { createMannTrainer, MANN_TRAIN_DEFAULTS, mannLoss } from "./mann/train.ts";
export { l2Normalize } from "./normalize.ts";
export type { Addressing, NtmConfig, NtmOptions } from "./ntm/config.ts";
export { headSizes, resolveNtmConfig } from "./ntm/config.ts";
export type { CopyBatch } from "./ntm/copy-task.ts";
export {
  copyTaskBatch,
  copyTaskBitError,
  copyTaskLogits,
  copyTaskLoss,
} from "./ntm/copy-task.ts";
export type {
  CopyProgress,
  CopyTrainOptions,
  CopyTrainResult,
} from "./ntm/copy-task-train.ts";
export { COPY_TRAIN_DEFAULTS, trainCopyTask } from "./ntm/copy-task-train.ts";
export type { Ntm } from "./ntm/ntm.ts";
export { createNtm } from "./ntm/ntm.ts";
export type { Dense, NtmParams } from "./ntm/params.ts";
export { createNtmParams, disposeNtmParams, ntmVariables } from "./ntm/params.ts";
export type { NtmState } from "./ntm/state.ts";
export { disposeNtmState, initNtmState, MEMORY_INIT } from "./ntm/state.ts";
export { concatStates, selectState, splitState } from "./ntm/state-batch.ts";
export type { NtmStateShape } from "./ntm/state-bytes.ts";
export { readStateHeader, stateFromBytes, stateToBytes } from "./ntm/state-bytes.ts";
export type { NtmStepHooks } from "./ntm/step.ts";
export { ntmOutput, ntmStep } from "./ntm/step.ts";
export type { ClipOptions } from "./train/clip.ts";
export { clipGradients } from "./train/clip.ts";
