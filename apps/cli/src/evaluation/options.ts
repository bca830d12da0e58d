/**
 * `atelier eval`'s options, parsed and checked before any work: a wrong folder or value fails at
 * once with a message naming the option, not after minutes of encoding and search.
 */
import { statSync } from "node:fs";
import { SIMILARITIES, type Similarity } from "@atelier/eval";
import { oneOf, parseOptions, positiveInt, required } from "../options.ts";
import { checkEncoderDir, DEFAULT_CATALOG } from "../training/encoder-features.ts";
import { GALLERIES, type GalleryChoice } from "./tasks.ts";

export interface EvalOptions {
  readonly encoder: string;
  /** ADDE-M weights (both modes share them), if given. */
  readonly memory?: string;
  readonly manns: readonly string[];
  readonly catalog: { readonly seed: number; readonly count: number };
  readonly similarity: Similarity;
  readonly gallery: GalleryChoice;
  /** JSON file for the run record. */
  readonly out?: string;
  /** Folder for the report (results.json, README.md, SVG plots). */
  readonly report?: string;
}

/** The command line's help: every option with its default. */
export const EVAL_USAGE =
  "--encoder DIR [--memory DIR] [--mann DIR]... [--products 20000] [--catalog-seed 42] " +
  `[--similarity ${SIMILARITIES.join("|")}] [--gallery ${GALLERIES.join("|")}] [--out FILE.json] [--report DIR]`;

/**
 * @example
 * parseEvalOptions("eval", ["--encoder", "models/encoder", "--gallery", "all"]).gallery; // "all"
 */
export function parseEvalOptions(command: string, args: string[]): EvalOptions {
  const { values } = parseOptions(command, args, {
    encoder: { type: "string" },
    memory: { type: "string" },
    mann: { type: "string", multiple: true },
    products: { type: "string", default: String(DEFAULT_CATALOG.count) },
    "catalog-seed": { type: "string", default: String(DEFAULT_CATALOG.seed) },
    similarity: { type: "string", default: "l2-normalized" },
    gallery: { type: "string", default: "test" },
    out: { type: "string" },
    report: { type: "string" },
  });
  const options: EvalOptions = {
    encoder: required("encoder", values.encoder),
    ...(values.memory === undefined ? {} : { memory: values.memory }),
    manns: values.mann ?? [],
    catalog: {
      seed: positiveInt("catalog-seed", values["catalog-seed"]),
      count: positiveInt("products", values.products),
    },
    similarity: oneOf("similarity", values.similarity, SIMILARITIES),
    gallery: oneOf("gallery", values.gallery, GALLERIES),
    ...(values.out === undefined ? {} : { out: required("out", values.out) }),
    ...(values.report === undefined ? {} : { report: required("report", values.report) }),
  };
  checkEncoderDir("encoder", options.encoder);
  if (options.memory !== undefined) checkWeightsDir("memory", options.memory);
  for (const dir of options.manns) checkWeightsDir("mann", dir);
  if (options.out !== undefined) checkNotFolder("out", options.out);
  if (options.report !== undefined) checkFolder("report", options.report);
  return options;
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
