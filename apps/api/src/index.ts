export type { Access } from "./access.ts";
export { createAccess } from "./access.ts";
export type { AnalyticsService } from "./analytics-service.ts";
export { createAnalyticsService } from "./analytics-service.ts";
export type { ApiContext } from "./context.ts";
export {
  ApiErrorCode,
  accessError,
  badUserInput,
  formatError,
  isAccessError,
  isBadUserInputError,
  refusingBadInput,
} from "./errors.ts";
export type { ExperimentResults, VariantResult } from "./experiment-results.ts";
export { experimentResults } from "./experiment-results.ts";
export type { Assignment, ExperimentService, Exposures } from "./experiment-service.ts";
export { createExperimentService, variantModel } from "./experiment-service.ts";
export { INPUT_LIMITS } from "./limits.ts";
export type { Loaders } from "./loaders.ts";
export { createLoaders } from "./loaders.ts";
export { MAX_K, MAX_PAGE, RESULTS_PER_TURN } from "./ranking.ts";
export type { Runtime, RuntimeOptions, ServedIndexKind, ServedModel } from "./runtime.ts";
export {
  DEFAULT_MODELS_DIR,
  engineName,
  isServedModel,
  loadRuntime,
  parseEngineName,
  SERVED_INDEXES,
  SERVED_MODELS,
} from "./runtime.ts";
export type { ApiServer, QueryLimits } from "./server.ts";
export { DEFAULT_EXPERIMENT, QUERY_LIMITS, startApiServer } from "./server.ts";
export { createSessionService } from "./session-service.ts";
export type { SessionService } from "./session-types.ts";
