import { type RowSpec, readRows, writeRows } from "../int-rows.ts";
import type { IntMatrix, IntRows } from "../matrix.ts";
import { indexSpec } from "./specs.ts";

/** Options of the index files: how many items the indices point into, when known. */
export interface IndexOptions {
  /**
   * Number of items (lines of the image list the indices point into); every index must be below
   * it. Without it, only non-negative values are checked.
   */
  readonly limit?: number;
}

const int32 = (length: number) => new Int32Array(length);

/**
 * Writes `ref_test.txt`: one query per line, the index of its reference item in the test split
 * (a line of `imgs_test.txt` / `labels_test.txt`, counted from 0).
 *
 * @example
 * await writeRefs("out/ref_test.txt", [0, 0, 17], { limit: 20000 });
 */
export async function writeRefs(
  file: string,
  refs: ArrayLike<number>,
  options: IndexOptions = {},
): Promise<void> {
  const rows = Array.from(refs, (ref) => [ref]);
  await writeRows(file, rows, refSpec(options.limit));
}

/**
 * Reads `ref_test.txt` (see `writeRefs`).
 *
 * @example
 * const refs = await readRefs("splits/Shopping100k/ref_test.txt", { limit: 20000 }); // Int32Array
 */
export async function readRefs(file: string, options: IndexOptions = {}): Promise<Int32Array> {
  return (await readRows(file, refSpec(options.limit), int32)).data;
}

/**
 * Writes `triplet_train.txt`: one triplet per line, `reference positive negative` as indices into
 * the train split. The positive has the reference's labels changed as the triplet's indicator
 * line says; the negative does not have those target labels.
 *
 * @example
 * await writeTriplets("out/triplet_train.txt", [[4, 81, 9], [4, 12, 3]], { limit: 80000 });
 */
export async function writeTriplets(
  file: string,
  triplets: IntRows,
  options: IndexOptions = {},
): Promise<void> {
  await writeRows(file, triplets, tripletSpec(options.limit));
}

/**
 * Reads `triplet_train.txt` (see `writeTriplets`) into an `n x 3` Int32 matrix.
 *
 * @example
 * const triplets = await readTriplets("splits/Shopping100k/triplet_train.txt", { limit: 80586 });
 */
export async function readTriplets(
  file: string,
  options: IndexOptions = {},
): Promise<IntMatrix<Int32Array>> {
  return readRows(file, tripletSpec(options.limit), int32);
}

/** A `ref_test.txt` line: one index into the test split (`limit` items, when known). */
export function refSpec(limit: number | undefined): RowSpec {
  return indexSpec("reference index", ["reference"], limit, itemsText(limit, "test"));
}

/** A `triplet_train.txt` line: three indices into the train split (`limit` items, when known). */
export function tripletSpec(limit: number | undefined): RowSpec {
  return indexSpec(
    "triplet",
    ["reference", "positive", "negative"],
    limit,
    itemsText(limit, "train"),
  );
}

function itemsText(limit: number | undefined, split: string): string {
  return limit === undefined ? `an item of the ${split} split` : `${limit} ${split} items`;
}
