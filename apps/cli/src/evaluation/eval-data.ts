/**
 * What `atelier eval` scores on, the procedural catalog or a dataset folder, opened in two
 * halves as training's data is: the labels side first (test split, both protocols' queries),
 * before tfjs loads, so that a bad folder or a split without pairs stops the command at once;
 * the features after, made by the encoder or read from `--features`.
 */
import { type Catalog, featureRows, type Gallery, testGallery } from "@atelier/catalog";
import type { Tf } from "@atelier/ml";
import { shopping100k } from "@atelier/schema";
import { encodeSplitWith } from "../training/dataset-features.ts";
import { defaultCatalog, encodeCatalogWith } from "../training/encoder-features.ts";
import { type EvalFolder, openEvalFolder } from "./folder-data.ts";
import type { ModelsDim } from "./model-dims.ts";
import type { EvalDataOption, EvalOptions } from "./options.ts";
import {
  generatedSingleQueries,
  multiPlan,
  type QueryPlan,
  type SingleQuerySet,
  singlePlan,
} from "./query-plans.ts";
import { galleryOf, type TestGallery } from "./tasks.ts";

/** Which data a run used, as its record and report state it. */
export type DataRecord =
  | { readonly kind: "catalog"; readonly seed: number; readonly count: number }
  | {
      readonly kind: "folder";
      readonly dir: string;
      /** Where the single-manipulation queries came from. */
      readonly singleQueries: string;
      /** The precomputed features, when `--features` gave them. */
      readonly features?: { readonly file: string; readonly dim: number };
    };

/** The features of a run, once tfjs is there. */
export interface EvalFeatures {
  /** [test items, 12 x D]: the queries' references and oracles are rows of it. */
  readonly test: Float32Array;
  /** The items searched, with their features. */
  readonly gallery: TestGallery;
  readonly dim: number;
  /** The encoder that made them, when one did. */
  readonly encoder?: { readonly dir: string; readonly dim: number };
}

/** The data of a run: its record, both protocols' queries, and how to get the features. */
export interface EvalData {
  readonly record: DataRecord;
  /** Single then multi, over the test split's labels. */
  readonly plans: readonly QueryPlan[];
  /** Items in the gallery searched, known before the features. */
  readonly galleryCount: number;
  features(tf: Tf): Promise<EvalFeatures>;
}

/**
 * Opens `options.data` and plans both protocols on its test split; `models` (the models' D)
 * checks a `--features` file's width.
 *
 * @example
 * const data = await openEvalData(options, await modelsDim(dirs));
 * const features = await data.features(tf);
 */
export async function openEvalData(
  options: EvalOptions,
  models: ModelsDim | undefined,
): Promise<EvalData> {
  const { data } = options;
  switch (data.kind) {
    case "catalog":
      return catalogData(data, options);
    case "folder":
      return folderData(data, options, models);
    default: {
      const unknown: never = data;
      throw new Error(`no data of kind ${String(unknown)}`);
    }
  }
}

/** Single (given or generated) and multi queries over `gallery`, failures prefixed by `where`. */
function plansOf(where: string, gallery: Gallery, single: SingleQuerySet): QueryPlan[] {
  try {
    return [singlePlan(gallery, single), multiPlan(gallery)];
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`);
  }
}

/** The catalog generated in memory; its items rendered and encoded (cached) by `--encoder`. */
function catalogData(
  data: Extract<EvalDataOption, { kind: "catalog" }>,
  options: EvalOptions,
): EvalData {
  const catalog: Catalog = defaultCatalog({ seed: data.seed, count: data.count });
  const test = testGallery(catalog);
  const where = `catalog seed ${data.seed}, ${data.count} products`;
  return {
    record: { kind: "catalog", seed: data.seed, count: data.count },
    plans: plansOf(where, test, generatedSingleQueries(test)),
    galleryCount: options.gallery === "all" ? catalog.count : test.count,
    async features(tf) {
      const dir = options.encoder as string;
      const { features, dim } = await encodeCatalogWith(tf, dir, catalog);
      return {
        test: featureRows(features, catalog.test),
        gallery: galleryOf(catalog, features, options.gallery),
        dim,
        encoder: { dir, dim },
      };
    },
  };
}

/** A dataset folder's test split, its features from `--features` or its images encoded. */
async function folderData(
  data: Extract<EvalDataOption, { kind: "folder" }>,
  options: EvalOptions,
  models: ModelsDim | undefined,
): Promise<EvalData> {
  const folder = await openEvalFolder(data.dir, data.features, models, shopping100k);
  const { gallery } = folder.test;
  const dimOf = (vectors: Float32Array) =>
    vectors.length / gallery.count / gallery.schema.attributes.length;
  const given =
    data.features === undefined || folder.features === undefined
      ? {}
      : { features: { file: data.features, dim: dimOf(folder.features) } };
  return {
    record: { kind: "folder", dir: data.dir, singleQueries: folder.singleQueriesFrom, ...given },
    plans: plansOf(`--data ${data.dir}`, gallery, folder.singleQueries),
    galleryCount: gallery.count,
    async features(tf) {
      const vectors = folder.features ?? (await encodedTestSplit(tf, folder, options));
      const dim = dimOf(vectors);
      return {
        test: vectors,
        gallery: { count: gallery.count, rows: gallery.rows, vectors },
        dim,
        ...(options.encoder === undefined ? {} : { encoder: { dir: options.encoder, dim } }),
      };
    },
  };
}

/** The test images encoded by `--encoder` (cached beside it); its D was checked up front. */
function encodedTestSplit(tf: Tf, folder: EvalFolder, options: EvalOptions): Promise<Float32Array> {
  return encodeSplitWith(tf, options.encoder as string, folder.test, { command: "eval" });
}
