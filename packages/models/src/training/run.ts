/**
 * A training run's output folder (issue 4, "Training CLI"): config.json, metrics.jsonl,
 * TensorBoard event files and checkpoints, so a run can be read, plotted and resumed.
 */
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import {
  type Checkpoint,
  readLatestCheckpoint,
  type WeightFiles,
  writeCheckpoint,
} from "./checkpoints.ts";
import { encodeEvent, eventFileName, FILE_VERSION, tfRecord } from "./tfevents.ts";

export const CONFIG_FILE = "config.json";
export const METRICS_FILE = "metrics.jsonl";

export interface TrainingRunOptions {
  /** Continue a run in `dir`: its config may differ (e.g. more steps), checkpoints are read. */
  resume?: boolean;
  /** How many checkpoints to keep (newest); default 3. */
  keep?: number;
  /** Clock in seconds, for tests; default `Date.now() / 1000`. */
  now?: () => number;
}

/** One metrics.jsonl line. */
export interface MetricsLine {
  step: number;
  wallTime: number;
  [name: string]: number;
}

function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The files of one training run. Open it with {@link TrainingRun.open}.
 *
 * @example
 * const run = await TrainingRun.open("runs/mann", { dim: 8, batch: 4 }, 42);
 * await run.log(1, { loss: 0.3 });
 * await run.checkpoint(1, await saveWeights(manipulator), undefined, { seed: 42, step: 1 });
 */
export class TrainingRun {
  private constructor(
    readonly dir: string,
    readonly config: Readonly<Record<string, unknown>>,
    readonly seed: number,
    private readonly eventsPath: string,
    private readonly keep: number,
    private readonly now: () => number,
  ) {}

  /**
   * Creates `dir` and writes config.json (`config` plus `seed`). Refuses, before writing
   * anything, a folder whose config.json differs unless `resume` is set: two runs' metrics
   * would otherwise mix in one file.
   */
  static async open(
    dir: string,
    config: Record<string, unknown>,
    seed: number,
    options: TrainingRunOptions = {},
  ): Promise<TrainingRun> {
    const keep = options.keep ?? 3;
    if (!Number.isInteger(keep) || keep < 1) throw new RangeError(`keep must be >= 1, got ${keep}`);
    const now = options.now ?? (() => Date.now() / 1000);
    const text = stableJson({ ...config, seed });
    const configPath = join(dir, CONFIG_FILE);
    const existing = await readFile(configPath, "utf8").catch(() => null);
    if (existing !== null && existing !== text && !options.resume) {
      throw new Error(
        `${configPath} holds another config; pass --resume to continue that run or choose another --out`,
      );
    }
    // Starting over on top of checkpoints would interleave two runs' metrics by step.
    const latest = options.resume ? null : await readLatestCheckpoint(dir);
    if (latest !== null) {
      throw new Error(
        `${dir} already holds a run at step ${latest.step}; pass --resume to continue it or choose another --out`,
      );
    }
    await mkdir(dir, { recursive: true });
    await writeFile(configPath, text);
    // A new events file per process: TensorBoard merges every file of the folder by step.
    const wallTime = now();
    const eventsPath = join(dir, eventFileName(wallTime, hostname(), process.pid));
    await appendFile(
      eventsPath,
      tfRecord(encodeEvent({ wallTime, step: 0, fileVersion: FILE_VERSION })),
    );
    return new TrainingRun(dir, config, seed, eventsPath, keep, now);
  }

  /** The event file this process appends to. */
  get eventsFile(): string {
    return this.eventsPath;
  }

  /** Appends `scalars` at `step` to metrics.jsonl and the event file. */
  async log(step: number, scalars: Readonly<Record<string, number>>): Promise<void> {
    const wallTime = this.now();
    const line: MetricsLine = { step, wallTime, ...scalars };
    await appendFile(join(this.dir, METRICS_FILE), `${JSON.stringify(line)}\n`);
    await appendFile(this.eventsPath, tfRecord(encodeEvent({ wallTime, step, scalars })));
  }

  /**
   * Writes `checkpoints/step-<step>/` (weights, optional optimiser weights, step and `rng`) and
   * keeps the newest `keep`.
   */
  checkpoint(
    step: number,
    savedWeights: WeightFiles,
    optimizerState?: WeightFiles,
    rng: unknown = null,
  ): Promise<string> {
    const info = { step, rng, wallTime: this.now() };
    return writeCheckpoint(this.dir, info, savedWeights, optimizerState, this.keep);
  }

  /** The newest checkpoint, to resume from; null when the run has none. */
  latestCheckpoint(): Promise<Checkpoint | null> {
    return readLatestCheckpoint(this.dir);
  }
}
