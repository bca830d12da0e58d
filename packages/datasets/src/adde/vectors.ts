import type { AttributeSchema } from "@atelier/schema";
import { readRows, streamRows, writeRows } from "../int-rows.ts";
import type { IntMatrix, IntRows } from "../matrix.ts";
import { indicatorSpec, labelSpec } from "./specs.ts";

/** One checked line of a label or indicator file, streamed. */
export interface VectorLine {
  /** 1-based line number, = item (or query) index + 1. */
  readonly line: number;
  readonly values: Int8Array;
}

const int8 = (length: number) => new Int8Array(length);

/**
 * Writes label vectors (`labels_train.txt`, `labels_test.txt`, and `gt_test.txt`, whose lines are
 * the target label vectors of the queries): one line per row, `schema.total` space-separated 0/1.
 * Rows are checked against the schema first (length, 0/1, one-hot blocks).
 *
 * @example
 * await writeLabels("out/labels_test.txt", items.map((item) => item.labels), shopping100k);
 */
export async function writeLabels(
  file: string,
  rows: IntRows,
  schema: AttributeSchema,
): Promise<void> {
  await writeRows(file, rows, labelSpec(schema));
}

/**
 * Reads a label vector file (see `writeLabels`) into an `n x schema.total` Int8 matrix.
 *
 * @example
 * const labels = await readLabels("splits/Shopping100k/labels_test.txt", shopping100k);
 * labels.rows; // 20000
 */
export async function readLabels(
  file: string,
  schema: AttributeSchema,
): Promise<IntMatrix<Int8Array>> {
  return readRows(file, labelSpec(schema), int8);
}

/**
 * Streams the label vectors of a file line by line, for files too large to hold.
 *
 * @example
 * for await (const { line, values } of streamLabels("labels_train.txt", shopping100k)) count(values);
 */
export async function* streamLabels(
  file: string,
  schema: AttributeSchema,
): AsyncGenerator<VectorLine> {
  for await (const { line, values } of streamRows(file, labelSpec(schema))) {
    yield { line, values: Int8Array.from(values) };
  }
}

/**
 * Writes indicator vectors (`indfull_test.txt`, `triplet_train_ind.txt`): one line per query or
 * triplet, `schema.total` entries of -1 (the reference's old value), 0, or +1 (the new value).
 *
 * @example
 * await writeIndicators("out/indfull_test.txt", queries.map((q) => q.indicator), shopping100k);
 */
export async function writeIndicators(
  file: string,
  rows: IntRows,
  schema: AttributeSchema,
): Promise<void> {
  await writeRows(file, rows, indicatorSpec(schema));
}

/**
 * Reads an indicator file (see `writeIndicators`) into an `n x schema.total` Int8 matrix.
 *
 * @example
 * const indicators = await readIndicators("splits/Shopping100k/indfull_test.txt", shopping100k);
 */
export async function readIndicators(
  file: string,
  schema: AttributeSchema,
): Promise<IntMatrix<Int8Array>> {
  return readRows(file, indicatorSpec(schema), int8);
}

/**
 * Streams the indicator vectors of a file line by line (`triplet_train_ind.txt` is 36 MB).
 *
 * @example
 * for await (const { values } of streamIndicators("triplet_train_ind.txt", shopping100k)) use(values);
 */
export async function* streamIndicators(
  file: string,
  schema: AttributeSchema,
): AsyncGenerator<VectorLine> {
  for await (const { line, values } of streamRows(file, indicatorSpec(schema))) {
    yield { line, values: Int8Array.from(values) };
  }
}
