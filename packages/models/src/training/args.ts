/**
 * `atelier train encoder|memory|mann` options, checked at the edge: an unknown option, a size
 * that is not a positive integer, a missing data or encoder folder or feature file, or options
 * that do not go together stop the command before any model is built, with a message naming the
 * option and what it accepts.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { RESIDUALS, type Residual, type WriteBy } from "../mann/config.ts";
import { MANN_LOSS_DEFAULTS, type MannLossWeights, parseMannLoss } from "../mann/loss.ts";

export const TRAIN_KINDS = ["encoder", "memory", "mann"] as const;
export type TrainKind = (typeof TRAIN_KINDS)[number];

/** What every kind takes. */
export interface TrainArgs {
  kind: TrainKind;
  out: string;
  steps: number;
  seed: number;
  batch: number;
  dim: number;
  /** Checkpoint every this many steps (and after the last). */
  checkpointEvery: number;
  /** Checkpoints kept, newest first. */
  keep: number;
  resume: boolean;
  /** A dataset folder (catalog generate's output); without it, the procedural catalog. */
  data: string | undefined;
  /**
   * Memory and MANN: a trained encoder's folder (with manifest.json) whose features they train
   * on; required by memory, and a MANN without it is a smoke run on synthetic sequences.
   */
  encoder: string | undefined;
  /**
   * Memory and MANN with `--data`: a float32 `.npy` of precomputed features, one row per line of
   * the folder's `splits/imgs_train.txt`, attributes x `dim` wide; replaces `--encoder`.
   */
  features: string | undefined;
  /** MANN only: manipulations per sequence, 1..this. */
  maxManipulations: number;
  /** MANN only: how a step picks the memory row it writes (default `content`, the thesis's). */
  writeBy: WriteBy;
  /** MANN only: `prototypes` or `replace` adds a prototype edit to each step (default `none`). */
  residual: Residual;
  /** MANN only: the loss terms and weights, `--loss smooth-l1,triplet=0.5` (default Smooth L1). */
  loss: MannLossWeights;
  /** Memory and MANN: the procedural catalog whose train split they learn from. */
  catalog: { count: number; seed: number };
  /** Encoder only: image side in px. */
  imageSize: number;
  /** Encoder only: held-out items scored at each checkpoint and at the end. */
  heldOut: number;
}

/**
 * Defaults per kind, the default models' (DESIGN.md, issue 4): `dim` is the encoder's, which
 * the memory and the MANN must match.
 */
const DEFAULTS: Record<TrainKind, { steps: string; batch: string; dim: string }> = {
  encoder: { steps: "6000", batch: "64", dim: "32" },
  memory: { steps: "3000", batch: "64", dim: "32" },
  mann: { steps: "3000", batch: "32", dim: "32" },
};

const WRITE_BY: readonly WriteBy[] = ["content", "attribute"];

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON = {
  out: { type: "string" },
  steps: { type: "string" },
  seed: { type: "string", default: "42" },
  batch: { type: "string" },
  dim: { type: "string" },
  "checkpoint-every": { type: "string" },
  keep: { type: "string", default: "3" },
  resume: { type: "boolean", default: false },
  data: { type: "string" },
} as const satisfies Options;

/**
 * Memory and MANN train on features: of a procedural catalog or a dataset folder encoded by a
 * trained encoder, or precomputed for a dataset folder. The catalog's options have no parser
 * default, so that giving them with `--data` (where they mean nothing) can be refused.
 */
const ENCODER_DIR = {
  encoder: { type: "string" },
  features: { type: "string" },
  products: { type: "string" },
  "catalog-seed": { type: "string" },
} as const;
const MANN_ONLY = {
  ...ENCODER_DIR,
  "max-manipulations": { type: "string", default: "8" },
  "write-by": { type: "string", default: "content" },
  residual: { type: "string", default: "none" },
  loss: { type: "string", default: "smooth-l1" },
} as const;
const ENCODER_ONLY = {
  size: { type: "string", default: "64" },
  "held-out": { type: "string", default: "2000" },
} as const;

const OPTIONS: Record<TrainKind, Options> = {
  encoder: { ...COMMON, ...ENCODER_ONLY },
  memory: { ...COMMON, ...ENCODER_DIR },
  mann: { ...COMMON, ...MANN_ONLY },
};

function positive(name: string, raw: string, min = 1): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isSafeInteger(value) || value < min) {
    const what =
      min === 0
        ? "a non-negative integer"
        : min === 1
          ? "a positive integer"
          : `an integer >= ${min}`;
    throw new Error(`--${name} must be ${what}, got "${raw}"`);
  }
  return value;
}

function checkDataDir(dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    throw new Error(
      `--data must be a dataset folder (atelier catalog generate --out), got "${dir}"`,
    );
  }
}

function checkFeatureFile(file: string): void {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
    throw new Error(
      `--features must be a feature file (float32 .npy, one row per train image), got "${file}"`,
    );
  }
}

/**
 * Where memory and MANN features come from: `--encoder` (catalog or `--data`) or `--features`
 * (`--data` only), never both; the catalog's options only without `--data`.
 */
function checkFeatureSource(k: TrainKind, str: (name: string) => string | undefined): void {
  const [data, encoder, features] = [str("data"), str("encoder"), str("features")];
  if (features !== undefined) {
    if (data === undefined) {
      throw new Error(
        `train ${k}: --features needs --data (the dataset folder whose train images its rows are)`,
      );
    }
    if (encoder !== undefined) {
      throw new Error(`train ${k}: --features and --encoder both give features; pass one`);
    }
    checkFeatureFile(features);
  } else if (encoder === undefined && data !== undefined) {
    throw new Error(
      `train ${k}: --data needs features: --encoder DIR (a trained encoder, to encode its train images) or --features FILE.npy (precomputed)`,
    );
  } else if (encoder === undefined && k === "memory") {
    throw new Error(
      `train ${k}: --encoder is required (a trained encoder's folder, atelier train encoder's <out>/encoder)`,
    );
  }
  const catalog = ["products", "catalog-seed"].filter((name) => str(name) !== undefined);
  if (data !== undefined && catalog.length > 0) {
    throw new Error(
      `train ${k}: --${catalog[0]} picks the procedural catalog; with --data the folder is the data, drop it`,
    );
  }
}

function checkEncoderDir(dir: string): void {
  const stat = statSync(join(dir, "manifest.json"), { throwIfNoEntry: false });
  if (!stat?.isFile()) {
    throw new Error(
      `--encoder must be a trained encoder's folder with manifest.json (atelier train encoder's <out>/encoder), got "${dir}"`,
    );
  }
}

function choice<T extends string>(name: string, raw: string, values: readonly T[]): T {
  const value = values.find((v) => v === raw);
  if (value === undefined) {
    throw new Error(`--${name} must be one of ${values.join(", ")}, got "${raw}"`);
  }
  return value;
}

/**
 * `argv` (after `train <kind>`) as checked options; throws an Error naming the bad option.
 *
 * @example
 * parseTrainArgs("mann", ["--steps", "3", "--out", "runs/mann"]); // { steps: 3, dim: 32, ... }
 * parseTrainArgs("mann", ["--dim", "0"]); // Error: --dim must be a positive integer, got "0"
 */
export function parseTrainArgs(kind: string, argv: readonly string[]): TrainArgs {
  if (!(TRAIN_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`train: kind must be one of ${TRAIN_KINDS.join(", ")}, got "${kind}"`);
  }
  const k = kind as TrainKind;
  const options = OPTIONS[k];
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }));
  } catch (error) {
    const allowed = Object.keys(options)
      .map((name) => `--${name}`)
      .join(", ");
    throw new Error(`train ${k}: ${(error as Error).message}; options: ${allowed}`);
  }
  const str = (name: string) => values[name] as string | undefined;
  const out = str("out");
  if (out === undefined || out === "") throw new Error(`train ${k}: --out is required (a folder)`);
  const data = str("data");
  if (data !== undefined) checkDataDir(data);
  const encoder = str("encoder");
  if (encoder !== undefined) checkEncoderDir(encoder);
  if (k !== "encoder") checkFeatureSource(k, str);
  const residual = choice("residual", str("residual") ?? "none", RESIDUALS);
  const writeBy = choice("write-by", str("write-by") ?? "content", WRITE_BY);
  if (residual === "replace" && writeBy !== "attribute") {
    throw new Error(
      `train ${k}: --residual replace needs --write-by attribute, got --write-by ${writeBy}`,
    );
  }
  const defaults = DEFAULTS[k];
  const steps = positive("steps", str("steps") ?? defaults.steps);
  const every = str("checkpoint-every");
  return {
    kind: k,
    out,
    steps,
    seed: positive("seed", str("seed") as string, 0),
    batch: positive("batch", str("batch") ?? defaults.batch),
    dim: positive("dim", str("dim") ?? defaults.dim),
    checkpointEvery: every === undefined ? steps : positive("checkpoint-every", every),
    keep: positive("keep", str("keep") as string),
    resume: values.resume === true,
    data,
    encoder,
    features: str("features"),
    maxManipulations: positive("max-manipulations", str("max-manipulations") ?? "8"),
    writeBy,
    residual,
    loss: str("loss") === undefined ? MANN_LOSS_DEFAULTS : parseMannLoss(str("loss") as string),
    imageSize: positive("size", str("size") ?? "64", 16),
    catalog: {
      count: positive("products", str("products") ?? "20000"),
      seed: positive("catalog-seed", str("catalog-seed") ?? "42", 0),
    },
    heldOut: positive("held-out", str("held-out") ?? "2000"),
  };
}
