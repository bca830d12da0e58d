/**
 * Trains the NTM on the copy task and prints the bit error as it goes.
 *
 *   npm run copy-task -w @atelier/models -- --seed 3 --steps 1500 --units 100 --lr 0.003
 *
 * Prints the final result as one JSON line on stdout; progress goes to stderr.
 */
import { parseArgs } from "node:util";
import { loadTf } from "@atelier/ml";
import { COPY_TRAIN_DEFAULTS, type CopyProgress, trainCopyTask } from "@atelier/models";
import cliProgress from "cli-progress";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: String(COPY_TRAIN_DEFAULTS.seed) },
    steps: { type: "string", default: String(COPY_TRAIN_DEFAULTS.maxSteps) },
    batch: { type: "string", default: String(COPY_TRAIN_DEFAULTS.batchSize) },
    lr: { type: "string", default: String(COPY_TRAIN_DEFAULTS.learningRate) },
    units: { type: "string", default: String(COPY_TRAIN_DEFAULTS.ntm.controllerUnits) },
    rows: { type: "string", default: String(COPY_TRAIN_DEFAULTS.ntm.memoryRows) },
    width: { type: "string", default: String(COPY_TRAIN_DEFAULTS.ntm.memoryWidth) },
    addressing: { type: "string", default: COPY_TRAIN_DEFAULTS.ntm.addressing },
    optimizer: { type: "string", default: COPY_TRAIN_DEFAULTS.optimizer },
  },
});

/** A flag as a positive number, or exit naming the flag. */
function positive(name: keyof typeof values): number {
  const value = Number(values[name]);
  if (!(value > 0)) {
    console.error(`--${name} must be a positive number, got ${values[name]}`);
    process.exit(2);
  }
  return value;
}

const addressing = values.addressing;
const optimizer = values.optimizer;
if (addressing !== "content" && addressing !== "full") {
  console.error(`--addressing must be content or full, got ${addressing}`);
  process.exit(2);
}
if (optimizer !== "adam" && optimizer !== "rmsprop") {
  console.error(`--optimizer must be adam or rmsprop, got ${optimizer}`);
  process.exit(2);
}

const maxSteps = positive("steps");
const tf = await loadTf();
const bar = new cliProgress.SingleBar(
  {
    format:
      "copy task [{bar}] {value}/{total} | loss {loss} | bit error {bitError} % | {duration}s",
    stream: process.stderr,
    // Off a terminal (logs, CI), print a line every 5 s instead of redrawing.
    noTTYOutput: true,
    notTTYSchedule: 5000,
  },
  cliProgress.Presets.shades_classic,
);
bar.start(maxSteps, 0, { loss: "-", bitError: "-" });
const result = await trainCopyTask(
  tf,
  {
    seed: positive("seed"),
    maxSteps,
    batchSize: positive("batch"),
    learningRate: positive("lr"),
    optimizer,
    ntm: {
      controllerUnits: positive("units"),
      memoryRows: positive("rows"),
      memoryWidth: positive("width"),
      addressing,
    },
  },
  (p: CopyProgress) =>
    bar.update(p.step, { loss: p.loss.toFixed(4), bitError: (100 * p.bitError).toFixed(2) }),
);
bar.stop();
console.log(JSON.stringify({ backend: tf.getBackend(), ...result }));
