import { checkK, wholeRows } from "./checks.ts";
import { EvaluationError } from "./errors.ts";

/** Vectors as one row-major Float32Array `[rows, dim]`. */
export interface Vectors {
  readonly data: Float32Array;
  readonly dim: number;
}

/**
 * The number of rows in `vectors`, after checking that `data` is a Float32Array of whole,
 * non-empty rows of finite values. `noun` names a row in messages ("query", "gallery item").
 */
export function vectorCount({ data, dim }: Vectors, noun: string): number {
  checkK(dim, `${noun} dim`);
  if (!(data instanceof Float32Array)) {
    throw new EvaluationError("invalid_argument", `${noun} data must be a Float32Array`);
  }
  const rows = wholeRows(data.length, dim, "dimension_mismatch", `${noun} data`, `dim ${dim}`);
  if (rows === 0) throw new EvaluationError("empty_input", `no ${noun} vectors were given`);
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      throw new EvaluationError(
        "non_finite_value",
        `${noun} ${Math.floor(i / dim)}, component ${i % dim} is ${data[i]}; vectors must be finite`,
      );
    }
  }
  return rows;
}

/**
 * 1 / |row| for each row (0 for a zero row, which normalising then leaves at zero rather than
 * turning into NaN, like `F.normalize` with its epsilon).
 */
export function inverseNorms(data: Float32Array, dim: number, from: number, to: number) {
  const out = new Float64Array(to - from);
  for (let row = from; row < to; row++) {
    let sum = 0;
    for (let c = row * dim, end = c + dim; c < end; c++) {
      const v = data[c] as number;
      sum += v * v;
    }
    out[row - from] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }
  return out;
}

/**
 * The rows of `data` scaled to unit length, in a new array (zero rows stay zero): what exact
 * search compares under `l2-normalized`, for an index that has to be built on the same vectors.
 *
 * @example
 * normalizedRows(Float32Array.from([3, 4, 0, 0]), 2); // [0.6, 0.8, 0, 0]
 */
export function normalizedRows(data: Float32Array, dim: number): Float32Array {
  const rows = data.length / dim;
  const scales = inverseNorms(data, dim, 0, rows);
  return data.map((v, i) => v * (scales[Math.floor(i / dim)] as number));
}
