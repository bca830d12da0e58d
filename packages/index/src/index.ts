export type { VectorIndexErrorCode, VectorIndexErrorDetails } from "./errors.ts";
export { isVectorIndexError, VectorIndexError } from "./errors.ts";
export { createFlatIndex } from "./flat-index.ts";
export { loadIndex } from "./load-index.ts";
export type { ResultRow } from "./results.ts";
export { resultRow } from "./results.ts";
export type { IndexKind, Metric, SearchResult, VectorBatch, VectorIndex } from "./types.ts";
