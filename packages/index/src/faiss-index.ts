import { writeAtomically } from "./atomic-write.ts";
import { VectorIndexError } from "./errors.ts";
import { exactRow, storedVectors } from "./exact-fallback.ts";
import { FAISS_METRIC_TYPE } from "./faiss-file.ts";
import { allowPredicate, searchFiltered } from "./filtered-search.ts";
import { faissAddon, type NativeIndex } from "./native.ts";
import type {
  IndexKind,
  Metric,
  SearchFilter,
  SearchResult,
  VectorBatch,
  VectorIndex,
} from "./types.ts";
import { toMatrix } from "./vectors.ts";

/**
 * Floats handed to faiss-node per call. It accepts only plain JS arrays and copies them value by
 * value (~90 ns each), so a batch is converted piece by piece: the temporary array stays at 32 MB
 * instead of growing to twice the input. Each piece still holds many queries (~1000 at d = 4080),
 * which keeps exact search on the BLAS path at full speed.
 */
export const BATCH_FLOATS = 1 << 22;

/** Ids come back in an Int32Array. */
const MAX_VECTORS = 2 ** 31 - 1;

/** faiss-node passes the dimension through a uint32; beyond this no batch fits in memory anyway. */
export const MAX_DIM = 2 ** 24;

export interface FaissIndexOptions {
  /** Floats per native call (tests lower it to exercise the splitting). */
  readonly batchFloats?: number;
  /**
   * Fewest vectors `train` accepts on a kind that learns from data (IVF: one per cell; faiss's
   * k-means aborts the process below that). Ignored once the native index is trained.
   */
  readonly minTrainingVectors?: number;
}

/**
 * Any faiss index behind `VectorIndex`: the kinds differ only in the native index they wrap (and
 * so in the fourcc faiss writes), never in how data crosses into faiss.
 */
export class FaissIndex implements VectorIndex {
  readonly kind: IndexKind;
  readonly dim: number;
  readonly metric: Metric;
  readonly #native: NativeIndex;
  readonly #batchFloats: number;
  readonly #minTrainingVectors: number;
  /** The stored vectors, read from the serialisation at the first exact fallback; reset by add. */
  #vectors: Float32Array | undefined;

  constructor(
    native: NativeIndex,
    kind: IndexKind,
    metric: Metric,
    options: FaissIndexOptions = {},
  ) {
    this.#native = native;
    this.kind = kind;
    this.metric = metric;
    this.dim = native.getDimension();
    this.#batchFloats = options.batchFloats ?? BATCH_FLOATS;
    this.#minTrainingVectors = options.minTrainingVectors ?? 1;
  }

  get size(): number {
    return this.#native.ntotal();
  }

  get isTrained(): boolean {
    return this.#native.isTrained();
  }

  async train(vectors: VectorBatch): Promise<void> {
    const { data, rows } = toMatrix(vectors, this.dim, "vector");
    if (this.kind !== "ivf") return; // flat and HNSW learn nothing (faiss's train is a no-op)
    // faiss-node does not catch faiss's exceptions in train: every refusal must happen here.
    if (this.isTrained) {
      throw new VectorIndexError(
        "invalid_argument",
        `this ${this.kind} index is already trained${this.size > 0 ? ` and holds ${this.size} vectors` : ""}; create a new one to retrain`,
      );
    }
    if (rows < this.#minTrainingVectors) {
      throw new VectorIndexError(
        "invalid_argument",
        `training this ${this.kind} index needs at least ${this.#minTrainingVectors} vectors (one per list), got ${rows}`,
      );
    }
    this.#native.train(toPlainArray(data));
  }

  async add(vectors: VectorBatch): Promise<void> {
    const { data, rows } = toMatrix(vectors, this.dim, "vector");
    // faiss would throw inside the addon, which does not catch it: the process would abort.
    if (!this.isTrained) {
      throw new VectorIndexError(
        "not_trained",
        `this ${this.kind} index is not trained: call train(vectors) before add`,
      );
    }
    if (this.size + rows > MAX_VECTORS) {
      throw new VectorIndexError(
        "invalid_argument",
        `adding ${rows} vectors to ${this.size} would pass ${MAX_VECTORS}, the most ids a result holds`,
      );
    }
    this.#vectors = undefined;
    for (const piece of this.#pieces(data)) this.#native.add(toPlainArray(piece));
  }

  async search(queries: VectorBatch, k: number, filter?: SearchFilter): Promise<SearchResult> {
    if (typeof k !== "number" || !Number.isInteger(k) || k < 1) {
      throw new VectorIndexError("invalid_argument", `k must be an integer >= 1, got ${String(k)}`);
    }
    const { data, rows } = toMatrix(queries, this.dim, "query");
    if (filter === undefined) return this.#search(data, rows, k);
    const target = {
      search: (batch: Float32Array, fetch: number) =>
        this.#search(batch, batch.length / this.dim, fetch),
      size: this.size,
      dim: this.dim,
      missing: this.#missing(),
    };
    const result = searchFiltered(target, data, rows, k, filter);
    return this.kind === "flat" ? result : this.#exactWhereShort(data, result, filter);
  }

  /**
   * Rows an approximate search left short of its width (an id -1: HNSW's walk or IVF's probed
   * lists ran out of allowed ids) are searched exactly over the allowed ids instead, so a
   * filtered search always returns min(k, allowed ids) results, like the flat index.
   */
  #exactWhereShort(
    queries: Float32Array,
    result: SearchResult,
    filter: SearchFilter,
  ): SearchResult {
    const { ids, distances, k: width } = result;
    const short: number[] = [];
    for (let q = 0; q < result.queries; q++) {
      if (ids.subarray(q * width, (q + 1) * width).includes(-1)) short.push(q);
    }
    if (short.length === 0 || this.kind === "flat") return result;
    // The exact pass scores every allowed id: cheap exactly when the filter is selective, which
    // is when the approximate walk runs out.
    const allow = allowPredicate(filter);
    const allowedIds: number[] = [];
    for (let id = 0; id < this.size; id++) if (allow(id)) allowedIds.push(id);
    const allowed = Int32Array.from(allowedIds);
    this.#vectors ??= storedVectors(this.#native.toBuffer(), this.kind, this.size, this.dim);
    for (const q of short) {
      const query = queries.subarray(q * this.dim, (q + 1) * this.dim);
      exactRow(this.#vectors, this.dim, this.metric, query, allowed, {
        ids,
        distances,
        row: q,
        width,
      });
    }
    return result;
  }

  async save(path: string): Promise<void> {
    await writeAtomically(path, (tmp) => this.#native.write(tmp));
  }

  #missing(): number {
    return this.metric === "l2" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  }

  #search(data: Float32Array, rows: number, k: number): SearchResult {
    // faiss-node refuses k > size; fewer columns beat padding every consumer has to skip.
    const width = Math.min(k, this.size);
    const ids = new Int32Array(rows * width);
    const distances = new Float32Array(rows * width);
    let offset = 0;
    for (const piece of width > 0 ? this.#pieces(data) : []) {
      const found = this.#native.search(toPlainArray(piece), width);
      ids.set(found.labels, offset);
      distances.set(found.distances, offset);
      offset += found.labels.length;
    }
    // Approximate search can stop short of k; faiss pads with id -1 and +-FLT_MAX.
    const missing = this.#missing();
    for (let i = 0; i < ids.length; i++) if (ids[i] === -1) distances[i] = missing;
    return { queries: rows, k: width, ids, distances };
  }

  /** Whole rows only, so that each native call sees complete vectors. */
  *#pieces(data: Float32Array): Generator<Float32Array> {
    const step = Math.max(1, Math.floor(this.#batchFloats / this.dim)) * this.dim;
    for (let start = 0; start < data.length; start += step) {
      yield data.subarray(start, start + step);
    }
  }
}

/**
 * A new empty faiss index from an index_factory descriptor ("Flat", "HNSW32,Flat"), after the
 * checks every kind shares. The descriptor must be valid: faiss-node turns a factory error into
 * an index with no native object behind it.
 *
 * @example
 * const index = createFaissIndex("flat", "Flat", 128, "ip");
 */
export function createFaissIndex(
  kind: IndexKind,
  descriptor: string,
  dim: number,
  metric: Metric,
  options: FaissIndexOptions = {},
): VectorIndex {
  return new FaissIndex(newNativeIndex(descriptor, dim, metric), kind, metric, options);
}

/**
 * The native index behind `createFaissIndex`, after the dim and metric checks, for kinds that
 * adjust it before wrapping it (IVF sets nprobe).
 *
 * @example
 * const native = newNativeIndex("IVF64,Flat", 128, "l2");
 */
export function newNativeIndex(descriptor: string, dim: number, metric: Metric): NativeIndex {
  if (typeof dim !== "number" || !Number.isInteger(dim) || dim < 1 || dim > MAX_DIM) {
    throw new VectorIndexError(
      "invalid_argument",
      `dim must be an integer from 1 to ${MAX_DIM}, got ${String(dim)}`,
    );
  }
  const metricType = faissMetricType(metric);
  return faissAddon().Index.fromFactory(dim, descriptor, metricType);
}

/**
 * The native index rebuilt from its own serialisation after `rewrite` edits the bytes: how
 * parameters faiss-node has no setter for (IVF nprobe, HNSW efSearch and efConstruction) are
 * set. It copies the whole index, so kinds do it on the empty index at creation.
 *
 * @example
 * const native = reloadRewritten(newNativeIndex("IVF64,Flat", 128, "l2"), (b) => withIvfProbes(b, 8));
 */
export function reloadRewritten(
  native: NativeIndex,
  rewrite: (serialised: Buffer) => Buffer,
): NativeIndex {
  return faissAddon().Index.fromBuffer(rewrite(native.toBuffer()));
}

/** Throws `invalid_argument` unless `value` is an integer from `min` to `max`. */
export function checkInteger(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const shown = typeof value === "string" ? JSON.stringify(value) : String(value);
    throw new VectorIndexError(
      "invalid_argument",
      `${name} must be an integer from ${min} to ${max}, got ${shown}`,
    );
  }
}

function faissMetricType(metric: Metric): number {
  switch (metric) {
    case "l2":
    case "ip":
      return FAISS_METRIC_TYPE[metric];
    default: {
      const unknown: never = metric;
      throw new VectorIndexError(
        "invalid_argument",
        `metric must be "l2" or "ip", got ${JSON.stringify(unknown)}`,
      );
    }
  }
}

/**
 * faiss-node reads only plain arrays. A push loop builds a packed array of doubles, which both
 * converts ~2.5x faster than `Array.from` and is read faster by the addon than a preallocated
 * (holey) one.
 */
function toPlainArray(values: Float32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) out.push(values[i] as number);
  return out;
}
