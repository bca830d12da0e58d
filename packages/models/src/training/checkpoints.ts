/**
 * Checkpoint folders `checkpoints/step-N/`: the weights in the package's manifest + bin format
 * (weights/files.ts), optionally the optimiser's in the same format, and `checkpoint.json` with
 * the step and the RNG state.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { readWeights, writeWeights } from "../weights/files.ts";

export const CHECKPOINTS_DIR = "checkpoints";
export const CHECKPOINT_FILE = "checkpoint.json";
const OPTIMIZER_DIR = "optimizer";

/** What a folder's manifest + bin files hold: any JSON manifest and its bytes. */
export interface WeightFiles {
  manifest: object;
  bytes: Uint8Array;
}

/** `checkpoint.json`: the step it was taken after and the state to resume the data RNG from. */
export interface CheckpointInfo {
  step: number;
  rng: unknown;
  wallTime: number;
}

/** A checkpoint read back for resume. */
export interface Checkpoint extends CheckpointInfo {
  dir: string;
  weights: { manifest: unknown; bytes: Uint8Array };
  optimizer?: { manifest: unknown; bytes: Uint8Array };
}

const STEP_DIR = /^step-(\d+)$/;

/** The steps that have a complete checkpoint under `root`, ascending. */
export async function checkpointSteps(root: string): Promise<number[]> {
  const names = await readdir(join(root, CHECKPOINTS_DIR)).catch(() => [] as string[]);
  const steps: number[] = [];
  for (const name of names) {
    const match = STEP_DIR.exec(name);
    // checkpoint.json is written last, so a folder without it is an interrupted write.
    const info = await readFile(join(root, CHECKPOINTS_DIR, name, CHECKPOINT_FILE), "utf8").catch(
      () => null,
    );
    if (match && info !== null) steps.push(Number(match[1]));
  }
  return steps.sort((a, b) => a - b);
}

/**
 * Writes `checkpoints/step-<step>/` under `root`, then deletes all but the newest `keep`.
 *
 * @example
 * await writeCheckpoint("runs/mann", 100, await saveWeights(m), undefined, { seed: 1 }, 3);
 */
export async function writeCheckpoint(
  root: string,
  info: CheckpointInfo,
  weights: WeightFiles,
  optimizer: WeightFiles | undefined,
  keep: number,
): Promise<string> {
  const dir = join(root, CHECKPOINTS_DIR, `step-${info.step}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeWeights(dir, weights);
  if (optimizer) await writeWeights(join(dir, OPTIMIZER_DIR), optimizer);
  await writeFile(join(dir, CHECKPOINT_FILE), `${JSON.stringify(info, null, 2)}\n`);
  const steps = await checkpointSteps(root);
  for (const old of steps.slice(0, Math.max(0, steps.length - keep))) {
    await rm(join(root, CHECKPOINTS_DIR, `step-${old}`), { recursive: true, force: true });
  }
  return dir;
}

/** The newest complete checkpoint under `root`, or null when there is none. */
export async function readLatestCheckpoint(root: string): Promise<Checkpoint | null> {
  const step = (await checkpointSteps(root)).at(-1);
  if (step === undefined) return null;
  const dir = join(root, CHECKPOINTS_DIR, `step-${step}`);
  const info = JSON.parse(await readFile(join(dir, CHECKPOINT_FILE), "utf8")) as CheckpointInfo;
  const weights = await readWeights(dir);
  const optimizer = await readWeights(join(dir, OPTIMIZER_DIR)).catch(() => undefined);
  return { ...info, dir, weights, ...(optimizer ? { optimizer } : {}) };
}
