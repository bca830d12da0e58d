/**
 * A dataset folder for `atelier train --data DIR`, laid out as `atelier catalog generate --out
 * DIR` writes it and as Shopping100k with ADDE's split files is: ADDE's split files under
 * `DIR/splits/` (`imgs_*.txt`, `labels_*.txt`, optionally `attr_num.txt` and the triplet files),
 * image paths in them relative to DIR. Everything here is read and cross-checked before a model
 * loads, so a bad folder stops the command at once, naming the file.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { type Gallery, galleryFromIndices, SPLITS_DIR } from "@atelier/catalog";
import {
  type AddeSplitName,
  addeFiles,
  matrixRow,
  readAddeSplit,
  readAddeTriplets,
  readAttrNum,
} from "@atelier/datasets";
import { type AttributeSchema, valueIndices } from "@atelier/schema";
import type { Triplets } from "./manipulator-data.ts";

/** One split of a dataset folder: item k is image `images[k]` with labels `gallery` row k. */
export interface DatasetSplit {
  /** The dataset folder (the image root). */
  readonly dir: string;
  readonly name: AddeSplitName;
  /** Image paths relative to `dir`, in the order of `imagesFile`. */
  readonly images: readonly string[];
  readonly imagesFile: string;
  readonly gallery: Gallery;
}

/** Where the folder's files are, for messages. */
const LAYOUT =
  "a dataset folder holds ADDE's split files under splits/, image paths relative to the folder (atelier catalog generate --out DIR writes one)";

/** Whether `file` is a regular file (a missing one is `false`, not an error). */
export const exists = (file: string) =>
  stat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * Split `name` of the folder `dir`, its labels as value positions. Throws naming the missing
 * file, or (through @atelier/datasets) the file and line that is wrong.
 *
 * @example
 * const train = await readDatasetSplit("data/catalog", "train", shopping100k); // 16,000 items
 */
export async function readDatasetSplit(
  dir: string,
  name: AddeSplitName,
  schema: AttributeSchema,
): Promise<DatasetSplit> {
  const splits = join(dir, SPLITS_DIR);
  for (const file of [addeFiles.images(name), addeFiles.labels(name)]) {
    if (!(await exists(join(splits, file)))) {
      throw new Error(`--data ${dir}: no ${SPLITS_DIR}/${file}; ${LAYOUT}`);
    }
  }
  // attr_num.txt is optional (ADDE ships it; a hand-made folder may not), but when present it
  // must be this schema's: labels of another vocabulary would be cut into the wrong blocks.
  const attrNum = join(splits, addeFiles.attrNum);
  if (await exists(attrNum)) await readAttrNum(attrNum, schema);
  const split = await readAddeSplit(splits, name, schema);
  if (split.images.length === 0) {
    throw new Error(`--data ${dir}: ${SPLITS_DIR}/${addeFiles.images(name)} lists no images`);
  }
  return {
    dir,
    name,
    images: split.images,
    imagesFile: join(splits, addeFiles.images(name)),
    // The reader has checked every row (0/1, one value per block), so this cannot throw.
    gallery: galleryFromIndices(
      schema,
      Array.from({ length: split.labels.rows }, (_, k) =>
        valueIndices(schema, matrixRow(split.labels, k)),
      ),
    ),
  };
}

/**
 * The folder's training triplets (`triplet_train.txt` with `triplet_train_ind.txt`, item
 * positions checked against the train split), or `undefined` when it has none.
 *
 * @example
 * const given = await readDatasetTriplets(train, shopping100k); // { triplets, from } | undefined
 */
export async function readDatasetTriplets(
  train: DatasetSplit,
  schema: AttributeSchema,
): Promise<{ triplets: Triplets; from: string } | undefined> {
  const splits = join(train.dir, SPLITS_DIR);
  const from = join(splits, addeFiles.triplets);
  if (!(await exists(from))) return undefined;
  const read = await readAddeTriplets(splits, schema, { trainCount: train.gallery.count });
  return {
    from,
    triplets: {
      triplets: read.triplets.data,
      indicators: read.indicators.data,
      count: read.triplets.rows,
    },
  };
}

/** Missing images named in a message, at most. */
const NAMED = 3;

/**
 * Throws unless every image of `split` is a file, naming how many are missing and the first
 * few: checked before encoding or training, which would otherwise stop at the first one.
 *
 * @example
 * await checkImagesExist(train); // Error: --data data/x: 2 of 48 images listed in ... are missing
 */
export async function checkImagesExist(split: DatasetSplit): Promise<void> {
  const missing: string[] = [];
  // A few at a time: 80,000 stat calls at once would exhaust file handles.
  for (let start = 0; start < split.images.length; start += 64) {
    const paths = split.images.slice(start, start + 64);
    const found = await Promise.all(paths.map((path) => exists(join(split.dir, path))));
    found.forEach((ok, k) => {
      if (!ok) missing.push(paths[k] as string);
    });
  }
  if (missing.length > 0) {
    throw new Error(
      `--data ${split.dir}: ${missing.length} of ${split.images.length} images listed in ${split.imagesFile} are missing, e.g. ${missing
        .slice(0, NAMED)
        .map((path) => join(split.dir, path))
        .join(", ")}`,
    );
  }
}
