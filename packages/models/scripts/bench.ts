/**
 * `npm run bench:models`: encoder inference and training images per second, and MANN
 * manipulation steps per second at batch 1 and 64, at D = `--dim` (default: the encoder's) and
 * at D = 340 (the Shopping100k profile). Prints the figures and writes them to
 * docs/benchmarks/models.md (or `--out`).
 *
 * @example
 *   npm run bench:models                         # full run, a few minutes on 2 cores
 *   npm run bench:models -- --quick --out /tmp/models.md   # smoke run, under a minute
 *   npx tsx scripts/bench.ts --dim 64            # from packages/models
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadTf } from "@atelier/ml";
import { ENCODER_DEFAULTS } from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import {
  type CaseCounts,
  encoderInferenceCase,
  encoderTrainingCase,
  mannStepCase,
} from "./bench/cases.ts";
import { type BenchCase, type Measurement, measure } from "./bench/measure.ts";
import { machineLines, report, resultTable } from "./bench/report.ts";

const { values } = parseArgs({
  options: {
    dim: { type: "string", default: String(ENCODER_DEFAULTS.dim) },
    quick: { type: "boolean", default: false },
    out: { type: "string" },
  },
});

const dim = Number(values.dim);
if (!Number.isInteger(dim) || dim < 1) {
  console.error(`--dim must be a positive integer, got ${values.dim}`);
  process.exit(2);
}
/** The Shopping100k profile's D (ADDE), always measured beside `--dim`. */
const PROFILE_DIM = 340;
const BATCH = 64;

// npm runs workspace scripts in the package folder: resolve --out from where npm was called.
const reportPath = values.out
  ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
  : fileURLToPath(new URL("../../../docs/benchmarks/models.md", import.meta.url));

/** Warm-up and timed calls per kind of case: a full run takes about 1.5 minutes on 2 cores. */
const COUNTS: Record<"infer" | "train" | "mann1" | "mann64", CaseCounts> = values.quick
  ? {
      infer: { warmup: 1, calls: 2 },
      train: { warmup: 1, calls: 2 },
      mann1: { warmup: 2, calls: 10 },
      mann64: { warmup: 1, calls: 3 },
    }
  : {
      infer: { warmup: 3, calls: 60 },
      train: { warmup: 2, calls: 15 },
      mann1: { warmup: 50, calls: 5000 },
      mann64: { warmup: 20, calls: 1000 },
    };

function cases(tf: Awaited<ReturnType<typeof loadTf>>): BenchCase[] {
  const dims = [...new Set([dim, PROFILE_DIM])];
  return dims.flatMap((d) => [
    encoderInferenceCase(tf, shopping100k, d, BATCH, COUNTS.infer),
    encoderTrainingCase(tf, shopping100k, d, BATCH, COUNTS.train),
    mannStepCase(tf, shopping100k, d, 1, COUNTS.mann1),
    mannStepCase(tf, shopping100k, d, BATCH, COUNTS.mann64),
  ]);
}

const startLoad = loadavg()[0] ?? 0;
const tf = await loadTf();
console.log(machineLines(tf, startLoad).join("\n"));
if (values.quick) console.log("--quick: a smoke run, too few calls for figures to quote");

const tensorsAtStart = tf.memory().numTensors;
const results: Measurement[] = [];
for (const c of cases(tf)) {
  const m = measure(tf, c);
  results.push(m);
  console.log(
    `${m.name} D=${m.dim} B=${m.batch}: ${m.perSecond.toFixed(1)} ${m.unit}/s ` +
      `(median ${m.medianMs.toFixed(2)} ms/call, ${m.calls} calls), tensors leaked ${m.leaked}`,
  );
}
const leakedOverall = tf.memory().numTensors - tensorsAtStart;

const markdown = report({
  quick: values.quick,
  imageSize: ENCODER_DEFAULTS.imageSize,
  machine: machineLines(tf, startLoad),
  results,
});
mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(reportPath, markdown);
console.log(`\n${resultTable(results).join("\n")}\n`);
console.log(
  `tensors: ${tensorsAtStart} before, ${tf.memory().numTensors} after (leaked ${leakedOverall})`,
);
console.log(`written to ${reportPath}`);
if (leakedOverall !== 0 || results.some((m) => m.leaked !== 0)) {
  console.error("bench: tensors leaked (see above)");
  process.exitCode = 1;
}
