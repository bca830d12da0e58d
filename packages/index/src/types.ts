/**
 * How distances are measured. `l2`: squared Euclidean distance, smaller is nearer. `ip`: inner
 * product, larger is nearer (cosine similarity when the vectors are L2-normalised).
 */
export type Metric = "l2" | "ip";

/**
 * The index structure. `flat`: exact search over every vector. `hnsw`: approximate search over a
 * graph (faiss IndexHNSWFlat). Closed union: more engines (IVF, ...) join it as they arrive.
 */
export type IndexKind = "flat" | "hnsw";

/**
 * A batch of vectors: either one row-major Float32Array of `rows * dim` values (the fast path, no
 * copy) or one array-like per vector (`number[][]`, `Float32Array[]`).
 */
export type VectorBatch = Float32Array | ReadonlyArray<ArrayLike<number>>;

/**
 * Nearest neighbours of a batch of queries, row-major `[queries, k]`: row `q` is
 * `ids.subarray(q * k, (q + 1) * k)`, nearest first (see `resultRow`).
 */
export interface SearchResult {
  /** Number of queries searched (rows). */
  readonly queries: number;
  /** Neighbours per query (columns): the requested k, or the index size when that is smaller. */
  readonly k: number;
  /**
   * Positions of the neighbours in insertion order (0 = first vector ever added). An approximate
   * index can find fewer than k neighbours for a query (HNSW when k passes its efSearch): the
   * row then ends in -1s.
   */
  readonly ids: Int32Array;
  /**
   * Per neighbour: squared L2 distance (`l2`, ascending) or inner product (`ip`, descending);
   * Infinity (`l2`) or -Infinity (`ip`) where the id is -1.
   */
  readonly distances: Float32Array;
}

/**
 * A vector index: every engine the project uses sits behind this one interface, so they can be
 * swapped and compared on numbers. Methods that touch data are async so that engines living in a
 * worker or behind a network (Qdrant, OpenSearch) fit the same shape; faiss runs synchronously.
 * A rejected call changes nothing.
 */
export interface VectorIndex {
  readonly kind: IndexKind;
  readonly metric: Metric;
  /** Dimension of every vector. */
  readonly dim: number;
  /** Number of vectors held. */
  readonly size: number;
  /** Appends vectors; they get ids `size`, `size + 1`, ... in order. */
  add(vectors: VectorBatch): Promise<void>;
  /** Searches all queries in one call (one BLAS pass for exact search: batch where you can). */
  search(queries: VectorBatch, k: number): Promise<SearchResult>;
  /** Writes the index to `path` atomically (a temporary file renamed into place). */
  save(path: string): Promise<void>;
}
