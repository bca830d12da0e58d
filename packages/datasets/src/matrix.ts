import { DatasetError } from "./errors.ts";

/**
 * `rows` x `width` integers, row-major in one typed array: how readers return label, indicator and
 * triplet files (100k x 151 labels are 15 MB as an `Int8Array`, not 100k small arrays).
 */
export interface IntMatrix<T extends Int8Array | Int32Array = Int8Array | Int32Array> {
  readonly rows: number;
  readonly width: number;
  readonly data: T;
}

/**
 * Rows as writers accept them: an `IntMatrix`, or an array of rows of any numeric kind
 * (`number[]`, `Float32Array` from `fromValueIndices`, `Int8Array`, `[ref, pos, neg]` tuples).
 */
export type IntRows = IntMatrix | readonly ArrayLike<number>[];

/**
 * Row `i` of a matrix, as a view (no copy).
 *
 * @example
 * const labels = await readLabels("splits/labels_test.txt", shopping100k);
 * valueIndices(shopping100k, matrixRow(labels, 0));
 */
export function matrixRow<T extends Int8Array | Int32Array>(matrix: IntMatrix<T>, i: number): T {
  if (!Number.isInteger(i) || i < 0 || i >= matrix.rows) {
    throw new DatasetError(
      "index_out_of_range",
      `row ${i} is out of range (matrix has ${matrix.rows} rows)`,
    );
  }
  return matrix.data.subarray(i * matrix.width, (i + 1) * matrix.width) as T;
}

/** Number of rows of writer input. */
export function rowCount(rows: IntRows): number {
  return Array.isArray(rows) ? rows.length : (rows as IntMatrix).rows;
}

/** Row `i` of writer input (an array element or a matrix view). */
export function rowAt(rows: IntRows, i: number): ArrayLike<number> | undefined {
  if (Array.isArray(rows)) return (rows as readonly ArrayLike<number>[])[i];
  const matrix = rows as IntMatrix;
  return i >= 0 && i < matrix.rows ? matrixRow(matrix, i) : undefined;
}

/** The rows of writer input one by one, checking that a matrix's data fits its shape. */
export function* eachRow(rows: IntRows): Generator<ArrayLike<number>> {
  if (Array.isArray(rows)) {
    yield* rows as readonly ArrayLike<number>[];
    return;
  }
  const matrix = rows as IntMatrix;
  if (matrix.data.length !== matrix.rows * matrix.width) {
    throw new DatasetError(
      "invalid_argument",
      `matrix data has ${matrix.data.length} entries, expected rows x width = ${matrix.rows} x ${matrix.width}`,
    );
  }
  for (let i = 0; i < matrix.rows; i++) yield matrixRow(matrix, i);
}

/** A growable row-major buffer: readers do not know a file's row count before the end. */
export class RowBuffer<T extends Int8Array | Int32Array> {
  private data: T;
  private count = 0;

  constructor(
    private readonly width: number,
    private readonly make: (length: number) => T,
  ) {
    this.data = make(width * 1024);
  }

  push(values: ArrayLike<number>): void {
    if ((this.count + 1) * this.width > this.data.length) {
      const grown = this.make(Math.max(this.data.length * 2, this.width));
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(values, this.count * this.width);
    this.count++;
  }

  finish(): IntMatrix<T> {
    return {
      rows: this.count,
      width: this.width,
      data: this.data.slice(0, this.count * this.width) as T,
    };
  }
}
