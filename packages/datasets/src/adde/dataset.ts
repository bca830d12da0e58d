import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { AttributeSchema } from "@atelier/schema";
import { writeFilesTogether } from "../files.ts";
import { attrNumLines, readAttrNum } from "./attr-num.ts";
import { addeFiles } from "./names.ts";
import {
  type AddeQueries,
  type LoadedAddeQueries,
  planAddeQueries,
  readAddeQueries,
} from "./queries.ts";
import {
  type AddeSplit,
  type AddeTriplets,
  type LoadedAddeSplit,
  type LoadedAddeTriplets,
  planAddeSplit,
  planAddeTriplets,
  readAddeSplit,
  readAddeTriplets,
} from "./splits.ts";

/** Everything ADDE's scripts read from a split folder; queries and triplets are optional. */
export interface AddeDataset {
  readonly train: AddeSplit;
  readonly test: AddeSplit;
  readonly queries?: AddeQueries;
  readonly triplets?: AddeTriplets;
}

/** A split folder as read back; `queries` / `triplets` are undefined when their files are absent. */
export interface LoadedAddeDataset {
  readonly attrNum: number[];
  readonly train: LoadedAddeSplit;
  readonly test: LoadedAddeSplit;
  readonly queries: LoadedAddeQueries | undefined;
  readonly triplets: LoadedAddeTriplets | undefined;
}

/**
 * Writes a complete ADDE split folder (created if needed): `attr_num.txt`, `imgs_*.txt`,
 * `labels_*.txt`, and when given the query files (checked against the test labels) and the
 * triplet files (checked against the train size). Every file is written or none is; the same
 * input gives byte-identical files.
 *
 * @example
 * await writeAddeDataset("data/catalog/splits", { train, test, queries }, shopping100k);
 */
export async function writeAddeDataset(
  dir: string,
  data: AddeDataset,
  schema: AttributeSchema,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFilesTogether([
    { file: join(dir, addeFiles.attrNum), lines: attrNumLines(schema) },
    ...planAddeSplit(dir, "train", data.train, schema),
    ...planAddeSplit(dir, "test", data.test, schema),
    ...(data.queries === undefined
      ? []
      : planAddeQueries(dir, data.queries, schema, data.test.labels)),
    ...(data.triplets === undefined
      ? []
      : planAddeTriplets(dir, data.triplets, schema, data.train.images.length)),
  ]);
}

/**
 * Reads a split folder written by `writeAddeDataset` or shipped with ADDE, with every cross-check:
 * `attr_num.txt` matches the schema, images and labels pair up, references are test items and
 * targets are reference + indicator, triplet indices are train items.
 *
 * @example
 * const data = await readAddeDataset("splits/Shopping100k", shopping100k);
 * data.test.labels.rows; // 20000
 */
export async function readAddeDataset(
  dir: string,
  schema: AttributeSchema,
): Promise<LoadedAddeDataset> {
  const attrNum = await readAttrNum(join(dir, addeFiles.attrNum), schema);
  const train = await readAddeSplit(dir, "train", schema);
  const test = await readAddeSplit(dir, "test", schema);
  const queries = (await exists(join(dir, addeFiles.refs)))
    ? await readAddeQueries(dir, schema, { gallery: test.labels })
    : undefined;
  const triplets = (await exists(join(dir, addeFiles.triplets)))
    ? await readAddeTriplets(dir, schema, { trainCount: train.images.length })
    : undefined;
  return { attrNum, train, test, queries, triplets };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
