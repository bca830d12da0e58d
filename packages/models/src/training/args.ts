/**
 * `atelier train encoder|memory|mann` options, checked at the edge: an unknown option, a size
 * that is not a positive integer or a missing data folder stops the command before any model is
 * built, with a message naming the option and what it accepts.
 */
import { statSync } from "node:fs";
import { type ParseArgsConfig, parseArgs } from "node:util";

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
  /** A dataset folder (catalog generate's output); required by encoder and memory. */
  data: string | undefined;
  /** MANN only: manipulations per synthetic sequence, 1..this. */
  maxManipulations: number;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const COMMON = {
  out: { type: "string" },
  steps: { type: "string", default: "20" },
  seed: { type: "string", default: "42" },
  batch: { type: "string", default: "4" },
  dim: { type: "string", default: "8" },
  "checkpoint-every": { type: "string" },
  keep: { type: "string", default: "3" },
  resume: { type: "boolean", default: false },
  data: { type: "string" },
} as const satisfies Options;

const MANN_ONLY = { "max-manipulations": { type: "string", default: "3" } } as const;

const OPTIONS: Record<TrainKind, Options> = {
  encoder: COMMON,
  memory: COMMON,
  mann: { ...COMMON, ...MANN_ONLY },
};

function positive(name: string, raw: string, min = 1): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isSafeInteger(value) || value < min) {
    const what = min === 0 ? "a non-negative integer" : "a positive integer";
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

/**
 * `argv` (after `train <kind>`) as checked options; throws an Error naming the bad option.
 *
 * @example
 * parseTrainArgs("mann", ["--steps", "3", "--out", "runs/mann"]); // { steps: 3, dim: 8, ... }
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
  else if (k !== "mann") {
    throw new Error(`train ${k}: --data is required (a folder from atelier catalog generate)`);
  }
  const steps = positive("steps", str("steps") as string);
  const every = str("checkpoint-every");
  return {
    kind: k,
    out,
    steps,
    seed: positive("seed", str("seed") as string, 0),
    batch: positive("batch", str("batch") as string),
    dim: positive("dim", str("dim") as string),
    checkpointEvery: every === undefined ? steps : positive("checkpoint-every", every),
    keep: positive("keep", str("keep") as string),
    resume: values.resume === true,
    data,
    maxManipulations: positive("max-manipulations", str("max-manipulations") ?? "3"),
  };
}
