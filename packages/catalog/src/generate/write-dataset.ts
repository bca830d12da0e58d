import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type IntMatrix, writeAddeDataset, writeShopping100kAttributes } from "@atelier/datasets";
import { MULTI_FILE, multiPairsJson, toAddeQueries } from "../queries/adde-queries.ts";
import { testGallery, trainGallery } from "../queries/gallery.ts";
import { type MultiPairOptions, multiManipulationPairs } from "../queries/multi.ts";
import { type SingleQueryOptions, singleManipulationQueries } from "../queries/single.ts";
import { manipulationTriplets } from "../queries/triplets.ts";
import type { Catalog } from "./catalog.ts";
import { MANIFEST_FILE, manifestOf } from "./manifest.ts";

/** One rendered image of catalog item `index`, PNG-encoded. */
export interface ImageFile {
  readonly index: number;
  readonly png: Uint8Array;
}

export interface WriteDatasetOptions {
  /** Image side in pixels, recorded in the manifest (default 96). */
  readonly size?: number;
  /** The images to write, any order; without them only labels, splits and queries are written. */
  readonly images?: AsyncIterable<ImageFile> | Iterable<ImageFile>;
  /** Called after every image written, with the number written so far. */
  readonly onImage?: (done: number) => void;
  readonly singleQueries?: SingleQueryOptions;
  readonly multiPairs?: MultiPairOptions;
}

/** What was written, for the CLI to print. */
export interface DatasetSummary {
  readonly images: number;
  readonly train: number;
  readonly test: number;
  readonly singleQueries: number;
  readonly multiPairs: Readonly<Record<string, number>>;
  readonly triplets: number;
}

/** Folder of ADDE's split files inside a dataset folder. */
export const SPLITS_DIR = "splits";

/**
 * Writes a catalog as a dataset folder that the real-data loaders read like Shopping100k:
 * `{Male|Female}/{k}_{Category}/{n}_1.png` images, `Attributes/<attr>.txt` (`<path> <value>`),
 * ADDE's split files under `splits/` (labels, image lists, single-manipulation queries, training
 * triplets), `splits/multi_test.json` and `catalog.json`. The same catalog gives byte-identical
 * files.
 *
 * @example
 * await writeCatalogDataset(catalog, "data/catalog", { images: renderCatalogPngs(catalog) });
 */
export async function writeCatalogDataset(
  catalog: Catalog,
  dir: string,
  options: WriteDatasetOptions = {},
): Promise<DatasetSummary> {
  const { schema } = catalog;
  const splits = join(dir, SPLITS_DIR);
  await mkdir(splits, { recursive: true });
  const images = options.images === undefined ? 0 : await writeImages(catalog, dir, options);

  const paths = Array.from({ length: catalog.count }, (_, i) => catalog.product(i).imagePath);
  // Shopping100k's per-attribute label files (`<image path> <value position or -1>`).
  await writeShopping100kAttributes(dir, catalog.schema, {
    images: paths,
    valueIndices: paths.map((_, i) => catalog.indicesOf(i)),
  });

  const gallery = testGallery(catalog);
  const queries = singleManipulationQueries(gallery, options.singleQueries);
  const triplets = manipulationTriplets(trainGallery(catalog), { seed: catalog.seed });
  const multi = multiManipulationPairs(gallery, options.multiPairs);
  const matrix = (rows: number, width: number, data: Int8Array): IntMatrix => ({
    rows,
    width,
    data,
  });
  const labelsOf = (items: Int32Array) => {
    const data = new Int8Array(items.length * schema.total);
    items.forEach((item, k) => {
      data.set(catalog.labelVectorOf(item), k * schema.total);
    });
    return matrix(items.length, schema.total, data);
  };
  await writeAddeDataset(
    splits,
    {
      train: {
        images: Array.from(catalog.train, (i) => paths[i] ?? ""),
        labels: labelsOf(catalog.train),
      },
      test: {
        images: Array.from(catalog.test, (i) => paths[i] ?? ""),
        labels: labelsOf(catalog.test),
      },
      queries: toAddeQueries(gallery, queries),
      triplets: {
        triplets: { rows: triplets.count, width: 3, data: triplets.triplets },
        indicators: matrix(triplets.count, schema.total, triplets.indicators),
      },
    },
    schema,
  );
  await writeFile(join(splits, MULTI_FILE), multiPairsJson(multi));
  await writeFile(
    join(dir, MANIFEST_FILE),
    `${JSON.stringify(manifestOf(catalog, options.size ?? 96), null, 2)}\n`,
  );
  return {
    images,
    train: catalog.train.length,
    test: catalog.test.length,
    singleQueries: queries.count,
    multiPairs: multi.histogram,
    triplets: triplets.count,
  };
}

async function writeImages(
  catalog: Catalog,
  dir: string,
  options: WriteDatasetOptions,
): Promise<number> {
  const made = new Set<string>();
  let done = 0;
  for await (const { index, png } of options.images ?? []) {
    const file = join(dir, catalog.product(index).imagePath);
    const folder = dirname(file);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(file, png);
    done++;
    options.onImage?.(done);
  }
  return done;
}
