export type { VariantWeight } from "./assign.ts";
export { assignVariant, hashToUnit, normalizedWeights } from "./assign.ts";
export {
  chiSquareSurvival,
  studentTCdf,
  studentTQuantile,
  studentTTwoSidedP,
} from "./distributions.ts";
export type { ExperimentErrorCode } from "./errors.ts";
export { ExperimentError, isExperimentError } from "./errors.ts";
export type { Estimate, RatioResult, RatioSummary } from "./ratio.ts";
export { deltaMethodRatio, summarizeRatio } from "./ratio.ts";
export type { SampleRatioMismatch, VariantCount } from "./srm.ts";
export { SRM_THRESHOLD, sampleRatioMismatch } from "./srm.ts";
export type { SampleSummary } from "./summary.ts";
export { summarize } from "./summary.ts";
export type { WelchResult } from "./welch.ts";
export { welchTTest } from "./welch.ts";
