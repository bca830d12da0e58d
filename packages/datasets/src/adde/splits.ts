import { join } from "node:path";
import type { AttributeSchema } from "@atelier/schema";
import { DatasetError } from "../errors.ts";
import { type PlannedFile, writeFilesTogether } from "../files.ts";
import { rowLines } from "../int-rows.ts";
import { type IntMatrix, type IntRows, rowCount } from "../matrix.ts";
import { checkPath, readImageList } from "./image-list.ts";
import { readTriplets, tripletSpec } from "./indices.ts";
import { type AddeSplitName, addeFiles } from "./names.ts";
import { indicatorSpec, labelSpec } from "./specs.ts";
import { readIndicators, readLabels } from "./vectors.ts";

/** One split: item i is image `images[i]` with label vector `labels[i]`. */
export interface AddeSplit {
  readonly images: readonly string[];
  readonly labels: IntRows;
}

/** A split as read back. */
export interface LoadedAddeSplit {
  readonly images: string[];
  readonly labels: IntMatrix<Int8Array>;
}

/**
 * Training triplets, paired by position: `triplets[i]` is `[reference, positive, negative]` (train
 * item indices) and `indicators[i]` the manipulation that turns the reference into the positive.
 */
export interface AddeTriplets {
  readonly triplets: IntRows;
  readonly indicators: IntRows;
}

/** Triplets as read back. */
export interface LoadedAddeTriplets {
  readonly triplets: IntMatrix<Int32Array>;
  readonly indicators: IntMatrix<Int8Array>;
}

/** The train split's size, when known: every triplet index must be below it. */
export interface TripletCheckOptions {
  readonly trainCount?: number;
}

/**
 * Writes `imgs_<split>.txt` and `labels_<split>.txt` into `dir`, both or neither.
 *
 * @example
 * await writeAddeSplit("out", "train", { images: paths, labels: vectors }, shopping100k);
 */
export async function writeAddeSplit(
  dir: string,
  split: AddeSplitName,
  data: AddeSplit,
  schema: AttributeSchema,
): Promise<void> {
  await writeFilesTogether(planAddeSplit(dir, split, data, schema));
}

/** The files `writeAddeSplit` writes, after its up-front checks (for all-or-none writes). */
export function planAddeSplit(
  dir: string,
  split: AddeSplitName,
  data: AddeSplit,
  schema: AttributeSchema,
): PlannedFile[] {
  const images = join(dir, addeFiles.images(split));
  const labels = join(dir, addeFiles.labels(split));
  if (rowCount(data.labels) !== data.images.length) {
    throw new DatasetError(
      "count_mismatch",
      `${data.images.length} images but ${rowCount(data.labels)} label vectors; they pair by position`,
      { file: labels },
    );
  }
  return [
    {
      file: images,
      lines: data.images.map((path, i) => checkPath(path, { file: images, line: i + 1 })),
    },
    { file: labels, lines: rowLines(labels, data.labels, labelSpec(schema)) },
  ];
}

/**
 * Reads `imgs_<split>.txt` and `labels_<split>.txt` of `dir` and checks that they pair up.
 *
 * @example
 * const test = await readAddeSplit("splits/Shopping100k", "test", shopping100k);
 * test.images.length === test.labels.rows; // true (20000)
 */
export async function readAddeSplit(
  dir: string,
  split: AddeSplitName,
  schema: AttributeSchema,
): Promise<LoadedAddeSplit> {
  const imagesFile = join(dir, addeFiles.images(split));
  const labelsFile = join(dir, addeFiles.labels(split));
  const images = await readImageList(imagesFile);
  const labels = await readLabels(labelsFile, schema);
  if (labels.rows !== images.length) {
    throw new DatasetError(
      "count_mismatch",
      `${labels.rows} label vectors, but ${imagesFile} has ${images.length} lines; they pair line by line`,
      { file: labelsFile },
    );
  }
  return { images, labels };
}

/**
 * Writes `triplet_train.txt` and `triplet_train_ind.txt` into `dir`, both or neither. With
 * `trainCount`, every index must be a train item.
 *
 * @example
 * await writeAddeTriplets("out", { triplets: [[0, 5, 9]], indicators: [indicator] }, shopping100k);
 */
export async function writeAddeTriplets(
  dir: string,
  data: AddeTriplets,
  schema: AttributeSchema,
  { trainCount }: TripletCheckOptions = {},
): Promise<void> {
  await writeFilesTogether(planAddeTriplets(dir, data, schema, trainCount));
}

/** The files `writeAddeTriplets` writes, after its up-front checks (for all-or-none writes). */
export function planAddeTriplets(
  dir: string,
  data: AddeTriplets,
  schema: AttributeSchema,
  trainCount: number | undefined,
): PlannedFile[] {
  const triplets = join(dir, addeFiles.triplets);
  const indicators = join(dir, addeFiles.tripletIndicators);
  if (rowCount(data.indicators) !== rowCount(data.triplets)) {
    throw new DatasetError(
      "count_mismatch",
      `${rowCount(data.triplets)} triplets but ${rowCount(data.indicators)} indicators; they pair by position`,
      { file: indicators },
    );
  }
  return [
    { file: triplets, lines: rowLines(triplets, data.triplets, tripletSpec(trainCount)) },
    { file: indicators, lines: rowLines(indicators, data.indicators, indicatorSpec(schema)) },
  ];
}

/**
 * Reads `triplet_train.txt` and `triplet_train_ind.txt` of `dir` and checks that they pair up.
 *
 * @example
 * const { triplets, indicators } = await readAddeTriplets("splits/Shopping100k", shopping100k);
 */
export async function readAddeTriplets(
  dir: string,
  schema: AttributeSchema,
  { trainCount }: TripletCheckOptions = {},
): Promise<LoadedAddeTriplets> {
  const tripletFile = join(dir, addeFiles.triplets);
  const indicatorFile = join(dir, addeFiles.tripletIndicators);
  const triplets = await readTriplets(
    tripletFile,
    trainCount === undefined ? {} : { limit: trainCount },
  );
  const indicators = await readIndicators(indicatorFile, schema);
  if (indicators.rows !== triplets.rows) {
    throw new DatasetError(
      "count_mismatch",
      `${indicators.rows} indicator lines, but ${tripletFile} has ${triplets.rows}; they pair line by line`,
      { file: indicatorFile },
    );
  }
  return { triplets, indicators };
}
