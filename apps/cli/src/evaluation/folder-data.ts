/**
 * `atelier eval --data DIR`: a dataset folder's test split (ADDE's layout, as `atelier catalog
 * generate --out` writes it and as Shopping100k with ADDE's split files is) read and checked
 * before tfjs loads: the split files, ADDE's own single-manipulation queries when the folder
 * has them, and the `--features` file's shape or else every test image the encoder will read.
 */
import { join } from "node:path";
import { type Gallery, galleryRow, SPLITS_DIR } from "@atelier/catalog";
import { addeFiles, type LoadedAddeQueries, matrixRow, readAddeQueries } from "@atelier/datasets";
import { type AttributeSchema, fromValueIndices, valueIndices } from "@atelier/schema";
import { readSplitFeatures } from "../training/dataset-features.ts";
import {
  checkImagesExist,
  type DatasetSplit,
  exists,
  readDatasetSplit,
} from "../training/dataset-folder.ts";
import type { ModelsDim } from "./model-dims.ts";
import { generatedSingleQueries, type SingleQuerySet } from "./query-plans.ts";

/** A folder's test split and its single-manipulation queries, checked. */
export interface EvalFolder {
  readonly test: DatasetSplit;
  readonly singleQueries: SingleQuerySet;
  /** Where those queries came from, for the record: the query files, or the labels. */
  readonly singleQueriesFrom: string;
  /** [test items, 12 x D] from `--features`; undefined when the encoder will make them. */
  readonly features: Float32Array | undefined;
}

/** ADDE's three query files, paired line by line. */
const QUERY_FILES = [addeFiles.refs, addeFiles.queryIndicators, addeFiles.targets] as const;

/**
 * Reads `dir`'s test split and checks everything that needs no model. With `featuresFile`,
 * its rows must be the test image list's and its width 12 x the models' D (any D without
 * models); without it, every test image must be there for `--encoder`.
 *
 * @example
 * const folder = await openEvalFolder("data/catalog", "feats_test.npy", { dim: 32, from: "--memory m" }, shopping100k);
 */
export async function openEvalFolder(
  dir: string,
  featuresFile: string | undefined,
  models: ModelsDim | undefined,
  schema: AttributeSchema,
): Promise<EvalFolder> {
  const test = await readDatasetSplit(dir, "test", schema);
  const { queries, from } = await folderSingleQueries(test, schema);
  if (queries.count === 0) {
    throw new Error(
      `--data ${dir}: no single-manipulation queries (${from}); the test split needs two items that differ in one attribute`,
    );
  }
  if (featuresFile === undefined) {
    await checkImagesExist(test);
    return { test, singleQueries: queries, singleQueriesFrom: from, features: undefined };
  }
  const nameDim = (d: number) =>
    d === models?.dim ? `D = ${d}, that of ${models.from}` : `D = ${d}`;
  const features = await readSplitFeatures(featuresFile, test, schema, models?.dim, nameDim);
  return { test, singleQueries: queries, singleQueriesFrom: from, features };
}

/**
 * ADDE's queries from the folder's `ref_test.txt`, `indfull_test.txt` and `gt_test.txt`
 * (checked against the test labels: references in range, target = reference + indicator), or,
 * when it has none of them, queries generated from the test labels as for the catalog.
 */
async function folderSingleQueries(
  test: DatasetSplit,
  schema: AttributeSchema,
): Promise<{ queries: SingleQuerySet; from: string }> {
  const splits = join(test.dir, SPLITS_DIR);
  const present = await Promise.all(QUERY_FILES.map((file) => exists(join(splits, file))));
  if (!present.some(Boolean)) {
    return {
      queries: generatedSingleQueries(test.gallery),
      from: `generated from ${join(splits, addeFiles.labels("test"))}`,
    };
  }
  // One file of three is a broken folder, not one without queries: falling back to generated
  // queries would score a different protocol without saying so.
  const missing = QUERY_FILES.filter((_, k) => !present[k]);
  if (missing.length > 0) {
    throw new Error(
      `--data ${test.dir}: ${SPLITS_DIR}/ has some of ADDE's query files but not ${missing.join(", ")}; ADDE's single-manipulation queries need ${QUERY_FILES.join(", ")} (or none of them, to generate queries from the test labels)`,
    );
  }
  const read = await readAddeQueries(splits, schema, { gallery: labelRows(test.gallery) });
  return {
    queries: fromAddeQueries(read, schema),
    from: `ADDE's query files ${QUERY_FILES.map((file) => join(splits, file)).join(", ")}`,
  };
}

/** The gallery's items as 0/1 label vectors, as ADDE's query checks read them. */
function labelRows(gallery: Gallery): Float32Array[] {
  return Array.from({ length: gallery.count }, (_, k) =>
    fromValueIndices(gallery.schema, galleryRow(gallery, k)),
  );
}

/** ADDE's label-vector queries as value positions; the reader has checked every row. */
function fromAddeQueries(read: LoadedAddeQueries, schema: AttributeSchema): SingleQuerySet {
  const count = read.refs.length;
  const width = schema.attributes.length;
  const targets = new Int8Array(count * width);
  const indicators: Float32Array[] = [];
  for (let q = 0; q < count; q++) {
    targets.set(valueIndices(schema, matrixRow(read.targets, q)), q * width);
    indicators.push(Float32Array.from(matrixRow(read.indicators, q)));
  }
  return { count, reference: read.refs, indicators, targets };
}
