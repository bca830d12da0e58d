/**
 * How distances are measured. `l2`: squared Euclidean distance, smaller is nearer. `ip`: inner
 * product, larger is nearer (cosine similarity when the vectors are L2-normalised).
 */
export type Metric = "l2" | "ip";

/**
 * The index structure. `flat`: exact search over every vector. `hnsw`: approximate search over a
 * graph (faiss IndexHNSWFlat). `ivf`: approximate search over the vectors of the nearest k-means
 * cells (faiss IndexIVFFlat; needs `train` before `add`). Closed union: more engines join it as
 * they arrive.
 */
export type IndexKind = "flat" | "hnsw" | "ivf";

/**
 * Which ids a search may return: a predicate over ids, or a mask indexed by id (non-zero =
 * allowed; ids at or past its length are not allowed; see `allowedIdMask`).
 */
export type SearchFilter = Uint8Array | { readonly allow: (id: number) => boolean };

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
  /**
   * Neighbours per query (columns): the requested k, or the index size (with a filter: the
   * number of allowed ids) when that is smaller.
   */
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
  /** False until `train` has run on a kind that learns from data (IVF); always true otherwise. */
  readonly isTrained: boolean;
  /**
   * Learns what the structure needs from sample vectors (IVF: its cells), before any `add`.
   * Kinds that need no training (flat, HNSW) check the vectors and do nothing else.
   */
  train(vectors: VectorBatch): Promise<void>;
  /** Appends vectors; they get ids `size`, `size + 1`, ... in order. */
  add(vectors: VectorBatch): Promise<void>;
  /**
   * Searches all queries in one call (one BLAS pass for exact search: batch where you can). With
   * a `filter`, only allowed ids come back, still up to k of them per query (see
   * `searchFiltered`); the result then has min(k, allowed ids) columns.
   */
  search(queries: VectorBatch, k: number, filter?: SearchFilter): Promise<SearchResult>;
  /** Writes the index to `path` atomically (a temporary file renamed into place). */
  save(path: string): Promise<void>;
}
