export type { AddeMBatch, AddeMBatchLabels } from "./adde-m/batch.ts";
export { checkAddeMBatch, disposeAddeMBatch } from "./adde-m/batch.ts";
export type { AddeMConfig, AddeMMode, AddeMOptions } from "./adde-m/config.ts";
export { blockDiagonalMask, resolveAddeMConfig } from "./adde-m/config.ts";
export type { AddeMLoss, AddeMLossOptions, ConsistencyLoss } from "./adde-m/losses.ts";
export {
  ADDE_M_LOSS_DEFAULTS,
  addeMLoss,
  consistencyLoss,
  manipulationTriplet,
  offBlockPenalty,
} from "./adde-m/losses.ts";
export type { AddeM } from "./adde-m/memory.ts";
export { createAddeM } from "./adde-m/memory.ts";
export { PROTOTYPE_ITEMS, prototypeWeights } from "./adde-m/prototypes.ts";
export type { AddeMStepLoss, AddeMTrainer, AddeMTrainOptions } from "./adde-m/train.ts";
export { ADDE_M_TRAIN_DEFAULTS, createAddeMTrainer } from "./adde-m/train.ts";
export type { EncoderConfig, EncoderOptions, EncoderSizes } from "./encoder/config.ts";
export { ENCODER_DEFAULTS, encoderSizes, resolveEncoderConfig } from "./encoder/config.ts";
export type { LabelledImageSource, LabelledImages } from "./encoder/data.ts";
export { checkLabelledImages, imagesTensor, labelRows } from "./encoder/data.ts";
export type { Encoder, EncoderOutput } from "./encoder/encoder.ts";
export { checkImages, createEncoder } from "./encoder/encoder.ts";
export type { AttributeAccuracy } from "./encoder/evaluate.ts";
export { attributeAccuracy } from "./encoder/evaluate.ts";
export type { EncoderLossOptions, MinedTriplets } from "./encoder/losses.ts";
export {
  classificationLoss,
  ENCODER_LOSS_DEFAULTS,
  encoderLoss,
  labelTripletLoss,
  semiHardNegatives,
} from "./encoder/losses.ts";
export type { AttributeHead, EncoderParams } from "./encoder/params.ts";
export type {
  EncoderBatch,
  EncoderStepLoss,
  EncoderTrainer,
  EncoderTrainOptions,
} from "./encoder/train.ts";
export {
  checkValueIndices,
  createEncoderTrainer,
  ENCODER_TRAIN_DEFAULTS,
} from "./encoder/train.ts";
export type { EncoderManifest, SavedEncoderWeights } from "./encoder/weights.ts";
export {
  checkEncoderManifest,
  loadEncoderWeights,
  saveEncoderWeights,
} from "./encoder/weights.ts";
export type { EncoderErrorCode, ManipulatorErrorCode, NtmErrorCode } from "./errors.ts";
export {
  EncoderError,
  isEncoderError,
  isManipulatorError,
  isNtmError,
  ManipulatorError,
  NtmError,
} from "./errors.ts";
export type {
  AddeMFairTensors,
  AddeMThesisTensors,
  Manipulator,
  ManipulatorKind,
  ManipulatorOptions,
  ManipulatorState,
  ResolvedMannOptions,
  StateLayout,
  TensorsOf,
} from "./manipulator.ts";
export { MANIPULATOR_KINDS } from "./manipulator.ts";
export type { AddeMManipulator } from "./manipulators/adde-m.ts";
export { addeMManipulator } from "./manipulators/adde-m.ts";
export type { ManipulatorOf } from "./manipulators/create.ts";
export { createManipulator } from "./manipulators/create.ts";
export type { MannManipulator } from "./manipulators/mann.ts";
export { mannManipulator } from "./manipulators/mann.ts";
export {
  concatManipulatorStates,
  disposeManipulatorState,
  splitManipulatorState,
} from "./manipulators/state.ts";
export type { MannBatch, MannSequence } from "./mann/batch.ts";
export { checkMannBatch, disposeMannBatch, mannBatch, runMann } from "./mann/batch.ts";
export type { MannConfig, MannOptions, Residual, WriteBy } from "./mann/config.ts";
export { RESIDUALS, resolveMannConfig } from "./mann/config.ts";
export type { MannLossParts, MannLossTerm, MannLossWeights } from "./mann/loss.ts";
export { MANN_LOSS_DEFAULTS, MANN_LOSS_TERMS, parseMannLoss } from "./mann/loss.ts";
export type { Mann, MannState } from "./mann/mann.ts";
export { createMann } from "./mann/mann.ts";
export type { MannStepScalars, MannTrainer, MannTrainOptions } from "./mann/train.ts";
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
export type { AddeMItems, AddeMTrainingData } from "./training/adde-m-data.ts";
export { addeMItems, checkAddeMData, tripletBatch } from "./training/adde-m-data.ts";
export { trainAddeMRun } from "./training/adde-m-run.ts";
export type { TrainArgs, TrainKind } from "./training/args.ts";
export { parseTrainArgs, TRAIN_KINDS } from "./training/args.ts";
export type { Checkpoint, CheckpointInfo, WeightFiles } from "./training/checkpoints.ts";
export { crc32c, maskedCrc32c } from "./training/crc32c.ts";
export { checkVectorSize } from "./training/data-size.ts";
export type { EncoderRunResult, EncoderTrainingData } from "./training/encoder-run.ts";
export { trainEncoderRun } from "./training/encoder-run.ts";
export type { LoopResult, TrainingLoop, TrainRunResult } from "./training/loop.ts";
export { openTrainingRun, runTrainingLoop, stepRandom } from "./training/loop.ts";
export type { MannTrainingData } from "./training/mann-run.ts";
export { trainMannRun } from "./training/mann-run.ts";
export type { MannSmokeResult } from "./training/mann-smoke.ts";
export {
  syntheticMannData,
  syntheticMannSequences,
  trainMannSmoke,
} from "./training/mann-smoke.ts";
export { restoreOptimizerState, saveOptimizerState } from "./training/optimizer-state.ts";
export type { TrainingProgress, TrainingProgressOptions } from "./training/progress.ts";
export { trainingProgress } from "./training/progress.ts";
export type { MetricsLine, TrainingRunOptions } from "./training/run.ts";
export { CONFIG_FILE, METRICS_FILE, TrainingRun } from "./training/run.ts";
export type { TfEvent } from "./training/tfevents.ts";
export { encodeEvent, tfRecord } from "./training/tfevents.ts";
export { readWeights, writeWeights } from "./weights/files.ts";
export type { SchemaStamp, WeightsManifest } from "./weights/manifest.ts";
export { schemaStamp, WEIGHTS_FORMAT, WEIGHTS_VERSION, weightsOf } from "./weights/manifest.ts";
export type { SavedWeights } from "./weights/weights.ts";
export { loadWeights, saveWeights } from "./weights/weights.ts";
