/**
 * `atelier eval`'s options, parsed and checked before any work: a wrong folder or value fails at
 * once with a message naming the option, not after minutes of encoding and search.
 */
import { statSync } from "node:fs";
import { SIMILARITIES, type Similarity } from "@atelier/eval";
import { intOption, oneOf, parseOptions, positiveInt, required } from "../options.ts";
import { checkEncoderDir, DEFAULT_CATALOG } from "../training/encoder-features.ts";
import { INDEX_KINDS, type IndexChoice } from "./gallery-index.ts";
import { GALLERIES, type GalleryChoice } from "./tasks.ts";

/**
 * What is evaluated on: the procedural catalog generated in memory, or a dataset folder's test
 * split with its features precomputed (`features`) or made by the encoder.
 */
export type EvalDataOption =
  | { readonly kind: "catalog"; readonly seed: number; readonly count: number }
  | { readonly kind: "folder"; readonly dir: string; readonly features?: string };

export interface EvalOptions {
  /** The encoder's weights; absent only with `--data --features`, where features are given. */
  readonly encoder?: string;
  readonly data: EvalDataOption;
  /** ADDE-M weights (both modes share them), if given. */
  readonly memory?: string;
  readonly manns: readonly string[];
  readonly similarity: Similarity;
  readonly gallery: GalleryChoice;
  /** How the gallery is searched: exactly, or through an HNSW index with its recall reported. */
  readonly index: IndexChoice;
  /** `--index hnsw` only: faiss's efSearch (HNSW_EF_SEARCH when absent). */
  readonly efSearch?: number;
  /** JSON file for the run record. */
  readonly out?: string;
  /** Folder for the report (results.json, README.md, SVG plots). */
  readonly report?: string;
}

/** The command line's help: every option with its default. */
export const EVAL_USAGE =
  "(--encoder DIR [--products 20000] [--catalog-seed 42] | --data DIR (--encoder DIR | --features FILE.npy)) " +
  "[--memory DIR] [--mann DIR]... " +
  `[--similarity ${SIMILARITIES.join("|")}] [--gallery ${GALLERIES.join("|")}] [--index ${INDEX_KINDS.join("|")}] [--ef-search 16] [--out FILE.json] [--report DIR]`;

/**
 * @example
 * parseEvalOptions("eval", ["--encoder", "models/encoder", "--gallery", "all"]).gallery; // "all"
 * parseEvalOptions("eval", ["--data", "data/x", "--features", "x.npy"]).data; // { kind: "folder", ... }
 */
export function parseEvalOptions(command: string, args: string[]): EvalOptions {
  const { values } = parseOptions(command, args, {
    encoder: { type: "string" },
    data: { type: "string" },
    features: { type: "string" },
    memory: { type: "string" },
    mann: { type: "string", multiple: true },
    // No parser defaults: given with --data (where they mean nothing) they are refused.
    products: { type: "string" },
    "catalog-seed": { type: "string" },
    similarity: { type: "string", default: "l2-normalized" },
    gallery: { type: "string", default: "test" },
    index: { type: "string", default: "exact" },
    "ef-search": { type: "string" },
    out: { type: "string" },
    report: { type: "string" },
  });
  // Given but empty ("--out ''") is refused as missing, not taken as the current folder.
  const given = (name: string, value: string | undefined) =>
    value === undefined ? undefined : required(name, value);
  const encoder = given("encoder", values.encoder);
  const memory = given("memory", values.memory);
  const out = given("out", values.out);
  const report = given("report", values.report);
  const options: EvalOptions = {
    ...(encoder === undefined ? {} : { encoder }),
    data: dataOption(command, values),
    ...(memory === undefined ? {} : { memory }),
    manns: values.mann ?? [],
    similarity: oneOf("similarity", values.similarity, SIMILARITIES),
    gallery: oneOf("gallery", values.gallery, GALLERIES),
    index: oneOf("index", values.index, INDEX_KINDS),
    ...(values["ef-search"] !== undefined && {
      efSearch: intOption("ef-search", values["ef-search"], 1, 4096),
    }),
    ...(out === undefined ? {} : { out }),
    ...(report === undefined ? {} : { report }),
  };
  checkCombination(command, options);
  if (options.encoder !== undefined) checkEncoderDir("encoder", options.encoder);
  if (options.memory !== undefined) checkWeightsDir("memory", options.memory);
  for (const dir of options.manns) checkWeightsDir("mann", dir);
  if (options.out !== undefined) checkNotFolder("out", options.out);
  if (options.report !== undefined) checkFolder("report", options.report);
  return options;
}

/** The data of the run: `--data`'s folder, or else the catalog of `--products`/`--catalog-seed`. */
function dataOption(
  command: string,
  values: { data?: string; features?: string; products?: string; "catalog-seed"?: string },
): EvalDataOption {
  const { data, features } = values;
  if (data === undefined) {
    if (features !== undefined) {
      throw new Error(
        `${command}: --features needs --data (the dataset folder whose test images its rows are)`,
      );
    }
    return {
      kind: "catalog",
      seed: positiveInt("catalog-seed", values["catalog-seed"] ?? String(DEFAULT_CATALOG.seed)),
      count: positiveInt("products", values.products ?? String(DEFAULT_CATALOG.count)),
    };
  }
  const catalog = ["products", "catalog-seed"].find(
    (name) => values[name as "products" | "catalog-seed"] !== undefined,
  );
  if (catalog !== undefined) {
    throw new Error(
      `${command}: --${catalog} picks the procedural catalog; with --data the folder is the data, drop it`,
    );
  }
  if (!statSync(data, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(
      `--data must be a dataset folder (atelier catalog generate --out writes one), got "${data}"`,
    );
  }
  if (features === undefined) return { kind: "folder", dir: data };
  if (!statSync(features, { throwIfNoEntry: false })?.isFile()) {
    throw new Error(
      `--features must be a feature file (float32 .npy, one row per line of the test image list), got "${features}"`,
    );
  }
  return { kind: "folder", dir: data, features };
}

/** Where features come from: exactly one of `--encoder` and `--features`. */
function checkCombination(command: string, options: EvalOptions): void {
  const { data, encoder } = options;
  if (options.efSearch !== undefined && options.index !== "hnsw") {
    throw new Error(`${command}: --ef-search applies to --index hnsw only`);
  }
  if (data.kind === "catalog") {
    if (encoder === undefined) throw new Error("--encoder is required");
    return;
  }
  if (data.features !== undefined && encoder !== undefined) {
    throw new Error(`${command}: --features and --encoder both give features; pass one`);
  }
  if (data.features === undefined && encoder === undefined) {
    throw new Error(
      `${command}: --data needs features: --encoder DIR (a trained encoder, to encode its test images) or --features FILE.npy (precomputed)`,
    );
  }
  if (options.gallery === "all") {
    throw new Error(
      `${command}: --gallery all searches every catalog item; with --data the gallery is the folder's test split`,
    );
  }
}

function checkWeightsDir(option: string, dir: string): void {
  if (!statSync(`${dir}/manifest.json`, { throwIfNoEntry: false })?.isFile()) {
    throw new Error(
      `--${option} must be a folder of weights with a manifest.json (atelier train ${option} writes one), got "${dir}"`,
    );
  }
}

function checkNotFolder(option: string, path: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`--${option} must be a file to write, got the folder "${path}"`);
  }
}

function checkFolder(option: string, path: string): void {
  const found = statSync(path, { throwIfNoEntry: false });
  if (found !== undefined && !found.isDirectory()) {
    throw new Error(
      `--${option} must be a folder (created if missing), got "${path}", which is a file`,
    );
  }
}
