export type { VectorIndexErrorCode, VectorIndexErrorDetails } from "./errors.ts";
export { isVectorIndexError, VectorIndexError } from "./errors.ts";
export type { HnswParams } from "./faiss-file.ts";
export { readHnswParams } from "./faiss-file.ts";
export { allowedIdMask } from "./filtered-search.ts";
export { createFlatIndex } from "./flat-index.ts";
export type { HnswOptions } from "./hnsw-index.ts";
export { createHnswIndex } from "./hnsw-index.ts";
export type { CachedIndex, CachedIndexOptions, IndexBuildKey } from "./index-cache.ts";
export { cachedIndex, indexCacheFile } from "./index-cache.ts";
export type { IvfOptions } from "./ivf-index.ts";
export { createIvfIndex } from "./ivf-index.ts";
export type { LoadIndexOptions } from "./load-index.ts";
export { loadIndex } from "./load-index.ts";
export { recallAtK } from "./recall.ts";
export type { ResultRow } from "./results.ts";
export { resultRow } from "./results.ts";
export type {
  IndexKind,
  Metric,
  SearchFilter,
  SearchResult,
  VectorBatch,
  VectorIndex,
} from "./types.ts";
