export type { BatchingOptions } from "./batcher.ts";
export { microBatcher } from "./batcher.ts";
export type {
  RankOptions,
  RetrievalEngine,
  RetrievalEngineOptions,
  TurnResult,
} from "./engine.ts";
export { createRetrievalEngine } from "./engine.ts";
export type { RetrievalErrorCode } from "./errors.ts";
export { isRetrievalError, RetrievalError } from "./errors.ts";
export type { Ranked } from "./search.ts";
