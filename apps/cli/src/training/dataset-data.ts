/**
 * `atelier train memory|mann --data DIR`: a dataset folder's train split as a `TrainSplit`,
 * its features precomputed (`--features`) or encoded (`--encoder`), plus the folder's own
 * manipulation triplets for ADDE-M when it has them. Opened in two halves: what can be checked
 * without tfjs first (files, shapes, images present), the encoding after tfjs loads.
 */
import type { Tf } from "@atelier/ml";
import type { TrainArgs } from "@atelier/models";
import type { AttributeSchema } from "@atelier/schema";
import { encodeSplitWith, readSplitFeatures } from "./dataset-features.ts";
import {
  checkImagesExist,
  type DatasetSplit,
  readDatasetSplit,
  readDatasetTriplets,
} from "./dataset-folder.ts";
import type { TrainSplit, Triplets } from "./manipulator-data.ts";

/** A dataset folder read and checked; features are there when `--features` gave them. */
export interface TrainFolder {
  readonly train: DatasetSplit;
  /** The folder's `triplet_train.txt` (memory only), when it has one. */
  readonly triplets: { triplets: Triplets; from: string } | undefined;
  readonly features: Float32Array | undefined;
}

/**
 * Reads `options.data`'s train split and checks everything that needs no model: the split
 * files, the triplets (memory), the `--features` file's shape against the split and `--dim`,
 * or else that every image the encoder will read is there.
 *
 * @example
 * const folder = await openTrainFolder(parseTrainArgs("mann", argv), shopping100k);
 */
export async function openTrainFolder(
  options: TrainArgs,
  schema: AttributeSchema,
): Promise<TrainFolder> {
  if (options.data === undefined) throw new Error(`train ${options.kind}: --data is required`);
  const train = await readDatasetSplit(options.data, "train", schema);
  const triplets = options.kind === "memory" ? await readDatasetTriplets(train, schema) : undefined;
  if (options.features !== undefined) {
    const features = await readSplitFeatures(options.features, train, schema, options.dim);
    return { train, triplets, features };
  }
  await checkImagesExist(train);
  return { train, triplets, features: undefined };
}

/**
 * The folder's train split with its features: those of `--features`, or the images encoded by
 * `--encoder` (its D checked against `--dim` first).
 *
 * @example
 * const split = await folderTrainSplit(tf, folder, options, shopping100k);
 * await trainMannRun(tf, shopping100k, options, mannData(split, options.maxManipulations));
 */
export async function folderTrainSplit(
  tf: Tf,
  folder: TrainFolder,
  options: TrainArgs,
  schema: AttributeSchema,
): Promise<TrainSplit> {
  const { train } = folder;
  const features =
    folder.features ??
    (await encodeSplitWith(tf, options.encoder as string, train, {
      dim: options.dim,
      command: `train ${options.kind}`,
    }));
  const from = options.features === undefined ? "" : ` (features ${options.features})`;
  return {
    source: `dataset ${train.dir}${from}`,
    gallery: train.gallery,
    features,
    vectorSize: schema.attributes.length * options.dim,
  };
}
