import { writeAtomically } from "./atomic-write.ts";
import { VectorIndexError } from "./errors.ts";
import { FAISS_METRIC_TYPE } from "./faiss-file.ts";
import { faissAddon, type NativeIndex } from "./native.ts";
import type { IndexKind, Metric, SearchResult, VectorBatch, VectorIndex } from "./types.ts";
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

  constructor(native: NativeIndex, kind: IndexKind, metric: Metric, batchFloats = BATCH_FLOATS) {
    this.#native = native;
    this.kind = kind;
    this.metric = metric;
    this.dim = native.getDimension();
    this.#batchFloats = batchFloats;
  }

  get size(): number {
    return this.#native.ntotal();
  }

  async add(vectors: VectorBatch): Promise<void> {
    const { data, rows } = toMatrix(vectors, this.dim, "vector");
    if (this.size + rows > MAX_VECTORS) {
      throw new VectorIndexError(
        "invalid_argument",
        `adding ${rows} vectors to ${this.size} would pass ${MAX_VECTORS}, the most ids a result holds`,
      );
    }
    for (const piece of this.#pieces(data)) this.#native.add(toPlainArray(piece));
  }

  async search(queries: VectorBatch, k: number): Promise<SearchResult> {
    if (typeof k !== "number" || !Number.isInteger(k) || k < 1) {
      throw new VectorIndexError("invalid_argument", `k must be an integer >= 1, got ${String(k)}`);
    }
    const { data, rows } = toMatrix(queries, this.dim, "query");
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
    const missing = this.metric === "l2" ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    for (let i = 0; i < ids.length; i++) if (ids[i] === -1) distances[i] = missing;
    return { queries: rows, k: width, ids, distances };
  }

  async save(path: string): Promise<void> {
    await writeAtomically(path, (tmp) => this.#native.write(tmp));
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
): VectorIndex {
  if (typeof dim !== "number" || !Number.isInteger(dim) || dim < 1 || dim > MAX_DIM) {
    throw new VectorIndexError(
      "invalid_argument",
      `dim must be an integer from 1 to ${MAX_DIM}, got ${String(dim)}`,
    );
  }
  const metricType = faissMetricType(metric);
  return new FaissIndex(faissAddon().Index.fromFactory(dim, descriptor, metricType), kind, metric);
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
