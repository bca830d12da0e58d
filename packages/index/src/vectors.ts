import { VectorIndexError } from "./errors.ts";
import type { VectorBatch } from "./types.ts";

/** A validated batch: `rows * dim` finite float32 values, row-major. */
export interface Matrix {
  readonly data: Float32Array;
  readonly rows: number;
}

/** What a batch holds, for messages: "vector 3 has ...", "query 0 has ...". */
export type RowNoun = "vector" | "query";

/**
 * Checks a batch against the index dimension and converts it to one Float32Array. Every value is
 * checked after rounding to float32, since that is what faiss stores: 1e39 is finite as a JS
 * number but infinite as a float32 and would poison every distance it touches.
 *
 * @example
 * toMatrix([[1, 2], [3, 4]], 2, "vector"); // { data: Float32Array [1, 2, 3, 4], rows: 2 }
 */
export function toMatrix(batch: VectorBatch, dim: number, noun: RowNoun): Matrix {
  if (batch instanceof Float32Array) {
    if (batch.length % dim !== 0) {
      throw new VectorIndexError(
        "dimension_mismatch",
        `Float32Array of ${batch.length} values is not a whole number of ${dim}-dimensional ` +
          `${noun === "query" ? "queries" : "vectors"} (${batch.length} % ${dim} = ${batch.length % dim})`,
      );
    }
    const rows = batch.length / dim;
    for (let i = 0; i < batch.length; i++) {
      if (!Number.isFinite(batch[i])) throw nonFinite(noun, i, dim, batch[i]);
    }
    return { data: batch, rows };
  }
  if (!Array.isArray(batch)) {
    throw new VectorIndexError(
      "invalid_argument",
      `expected a Float32Array or an array of ${noun === "query" ? "queries" : "vectors"}, got ${describe(batch)}`,
    );
  }
  const data = new Float32Array(batch.length * dim);
  for (let row = 0; row < batch.length; row++) {
    const vector: unknown = batch[row];
    if (!Array.isArray(vector) && !isNumericView(vector)) {
      throw new VectorIndexError(
        "invalid_argument",
        `${noun} ${row} is ${describe(vector)}, expected an array of ${dim} numbers`,
        { row },
      );
    }
    if (vector.length !== dim) {
      throw new VectorIndexError(
        "dimension_mismatch",
        `${noun} ${row} has ${vector.length} values, expected ${dim} (the index dimension)`,
        { row },
      );
    }
    for (let c = 0; c < dim; c++) {
      const value: unknown = vector[c];
      if (typeof value !== "number") {
        throw new VectorIndexError(
          "invalid_argument",
          `${noun} ${row}, component ${c} is ${describe(value)}, expected a number`,
          { row, component: c },
        );
      }
      data[row * dim + c] = value;
      if (!Number.isFinite(data[row * dim + c])) throw nonFinite(noun, row * dim + c, dim, value);
    }
  }
  return { data, rows: batch.length };
}

function nonFinite(noun: RowNoun, offset: number, dim: number, value: number | undefined) {
  const row = Math.floor(offset / dim);
  const component = offset % dim;
  const what = Number.isFinite(value) ? `${value} (beyond float32 range)` : String(value);
  return new VectorIndexError(
    "non_finite_value",
    `${noun} ${row}, component ${component} is ${what}; vectors must be finite`,
    { row, component },
  );
}

function isNumericView(value: unknown): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) && !isBigIntArray(value);
}

function isBigIntArray(value: unknown): boolean {
  return value instanceof BigInt64Array || value instanceof BigUint64Array;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "object") return `a ${value.constructor?.name ?? "object"}`;
  if (typeof value === "string") return `the string ${JSON.stringify(value.slice(0, 20))}`;
  return `${typeof value} ${String(value)}`;
}
