/**
 * A dataset folder's images as the encoder trains on them: the train split read for several
 * epochs, each in its own shuffled order, decoded chunk by chunk (the next chunk decodes on
 * sharp's threads while the current one trains), and a fixed held-out slice of the test split.
 * A finite set, unlike the procedural stream, so epochs repeat it.
 */
import { join } from "node:path";
import { galleryRow } from "@atelier/catalog";
import { decodeImages } from "@atelier/datasets/images";
import type { EncoderTrainingData, LabelledImageSource, LabelledImages } from "@atelier/models";
import { seededRandom, shuffled } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import { checkImagesExist, type DatasetSplit, readDatasetSplit } from "./dataset-folder.ts";

/**
 * Items `positions` of `split` at `size` px, pixels as bytes like the procedural renders'.
 * Throws naming the first image that cannot be decoded.
 */
async function decodeItems(
  split: DatasetSplit,
  positions: readonly number[],
  size: number,
): Promise<LabelledImages> {
  const paths = positions.map((k) => split.images[k] as string);
  const { batches, report } = decodeImages(paths, size, {
    root: split.dir,
    batchSize: Math.max(positions.length, 1),
  });
  const width = split.gallery.schema.attributes.length;
  const pixels = new Uint8Array(positions.length * size * size * 3);
  const rows = new Int8Array(positions.length * width);
  let filled = 0;
  for await (const batch of batches) {
    for (const x of batch.data) pixels[filled++] = Math.round(x * 255);
  }
  const failed = report.failed[0];
  if (failed !== undefined) {
    const line = (positions[failed.index] as number) + 1;
    throw new Error(
      `--data ${split.dir}: cannot decode ${join(split.dir, failed.path)} (line ${line} of ${split.imagesFile}): ${failed.reason}`,
    );
  }
  positions.forEach((k, i) => {
    rows.set(galleryRow(split.gallery, k), i * width);
  });
  return { n: positions.length, size, pixels, rows };
}

/**
 * Chunks of `chunk` train items, epoch after epoch, each epoch in an order drawn from `seed`;
 * a chunk may straddle two epochs, so no batch is ever short.
 */
function epochSource(
  split: DatasetSplit,
  size: number,
  seed: number,
  chunk: number,
): LabelledImageSource {
  const random = seededRandom(seed);
  const all = Array.from(split.images, (_, k) => k);
  let order: number[] = [];
  let at = 0;
  const nextPositions = () => {
    const positions: number[] = [];
    while (positions.length < chunk) {
      if (at === order.length) {
        order = shuffled(all, random);
        at = 0;
      }
      positions.push(order[at++] as number);
    }
    return positions;
  };
  const decodeNext = () => {
    const pending = decodeItems(split, nextPositions(), size);
    // Handled when awaited in next(); this keeps an abandoned one from an unhandled rejection.
    pending.catch(() => {});
    return pending;
  };
  let ahead = decodeNext();
  return {
    next() {
      const current = ahead;
      ahead = decodeNext();
      return current;
    },
    async close() {
      await ahead.catch(() => {});
    },
  };
}

/**
 * At most `count` test items, evenly spaced through the split (a dataset listed by category
 * still gives every category), decoded once.
 */
function heldOutSlice(test: DatasetSplit, size: number, count: number): Promise<LabelledImages> {
  const n = test.gallery.count;
  const take = Math.min(count, n);
  const positions = Array.from({ length: take }, (_, i) => Math.floor((i * n) / take));
  return decodeItems(test, positions, size);
}

/**
 * The train and test splits of `dir`, every image of both checked to be there: read before
 * tfjs loads, so a bad folder stops the command at once.
 *
 * @example
 * const { train, test } = await readEncoderFolder("data/catalog", shopping100k);
 */
export async function readEncoderFolder(
  dir: string,
  schema: AttributeSchema,
): Promise<{ train: DatasetSplit; test: DatasetSplit }> {
  const train = await readDatasetSplit(dir, "train", schema);
  const test = await readDatasetSplit(dir, "test", schema);
  await checkImagesExist(train);
  await checkImagesExist(test);
  return { train, test };
}

/**
 * The encoder's training data from a dataset folder's train and test splits.
 *
 * @example
 * const data = await datasetEncoderData(train, test, { size: 64, heldOut: 2000 });
 * await trainEncoderRun(tf, shopping100k, args, data);
 */
export async function datasetEncoderData(
  train: DatasetSplit,
  test: DatasetSplit,
  options: { size: number; heldOut: number },
): Promise<EncoderTrainingData> {
  const heldOut = await heldOutSlice(test, options.size, options.heldOut);
  return {
    name: `dataset ${train.dir}: ${train.gallery.count} train images, shuffled each epoch; held out ${heldOut.n} of ${test.gallery.count} test images`,
    heldOut,
    open: (seed, chunk) => epochSource(train, options.size, seed, chunk),
  };
}
