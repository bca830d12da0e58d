/**
 * One CNN training step (forward + backward + optimizer) on the wasm backend vs the cpu backend,
 * timed in the same process, written to docs/benchmarks/ml.md.
 *
 *   npm run bench:ml                                   (from the repo root)
 *   npx tsx bench/train-step.ts --batch 16 --cpu-steps 2   (from packages/ml)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Sequential, Tensor } from "@tensorflow/tfjs";
import { getThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import { loadTfjsWasm, type Tf } from "../src/index.ts";

const { values: args } = parseArgs({
  options: {
    batch: { type: "string", default: "32" },
    "wasm-steps": { type: "string", default: "10" },
    "cpu-steps": { type: "string", default: "3" },
  },
});
function count(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be >= 1, got ${raw}`);
  return value;
}
const config = {
  input: [64, 64, 3] as const,
  batch: count("batch", args.batch),
  filters: [16, 32, 64],
  classes: 10,
  warmup: 1,
  steps: {
    wasm: count("wasm-steps", args["wasm-steps"]),
    cpu: count("cpu-steps", args["cpu-steps"]),
  },
};
const reportPath = fileURLToPath(new URL("../../../docs/benchmarks/ml.md", import.meta.url));

function buildModel(tf: Tf): Sequential {
  const model = tf.sequential();
  for (const [i, filters] of config.filters.entries()) {
    const inputShape = i === 0 ? { inputShape: [...config.input] } : {};
    model.add(
      tf.layers.conv2d({ ...inputShape, filters, kernelSize: 3, strides: 2, padding: "same" }),
    );
    model.add(tf.layers.reLU());
  }
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: config.classes, activation: "softmax" }));
  model.compile({ optimizer: tf.train.adam(1e-3), loss: "categoricalCrossentropy" });
  return model;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// The cpu backend takes tens of seconds per step: show where we are and how long is left.
function progress(label: string, done: number, total: number, times: number[]): void {
  const avg = times.length > 0 ? mean(times) / 1000 : Number.NaN;
  const speed = Number.isNaN(avg)
    ? ""
    : `, ${avg.toFixed(2)} s/step, ETA ${(avg * (total - done)).toFixed(0)} s`;
  const line = `[${label}] step ${done}/${total}${speed}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}\x1b[K${done === total ? "\n" : ""}`);
  else process.stderr.write(`${line}\n`);
}

interface Timing {
  backend: "wasm" | "cpu";
  times: number[];
  leakedTensors: number;
  params: number;
}

async function timeBackend(tf: Tf, backend: "wasm" | "cpu"): Promise<Timing> {
  await tf.setBackend(backend);
  const model = buildModel(tf);
  const x = tf.randomNormal([config.batch, ...config.input], 0, 1, "float32", 1);
  const labels = tf.randomUniform([config.batch], 0, config.classes, "int32", 2);
  const y = tf.oneHot(labels as Tensor, config.classes);
  const total = config.warmup + config.steps[backend];
  const times: number[] = [];
  let tensorsAfterWarmup = 0;
  progress(backend, 0, total, times);
  for (let step = 1; step <= total; step++) {
    const start = performance.now();
    await model.trainOnBatch(x, y); // resolves once the loss is read back: the step is done
    const elapsed = performance.now() - start;
    if (step > config.warmup) times.push(elapsed);
    if (step === config.warmup) tensorsAfterWarmup = tf.memory().numTensors;
    progress(backend, step, total, step > config.warmup ? times : [elapsed]);
  }
  const leakedTensors = tf.memory().numTensors - tensorsAfterWarmup;
  const params = model.countParams();
  model.dispose();
  tf.dispose([x, labels, y]);
  return { backend, times, leakedTensors, params };
}

function report(tf: Tf, results: Timing[]): string {
  const [wasm, cpu] = results as [Timing, Timing];
  const ratio = mean(cpu.times) / mean(wasm.times);
  const cpuInfo = cpus();
  const layers = config.filters.map((f) => `conv2d ${f}@3x3/2 same + relu`).join(" -> ");
  const row = (t: Timing) => {
    const ms = mean(t.times);
    const cells = [ms, Math.min(...t.times), Math.max(...t.times)].map((v) => v.toFixed(1));
    const samples = ((config.batch * 1000) / ms).toFixed(1);
    return `| ${t.backend} | ${cells.join(" | ")} | ${samples} | ${t.times.length} | ${t.leakedTensors} |`;
  };
  return [
    "# ML benchmark: one CNN training step, wasm vs cpu backend",
    "",
    "Written by `npm run bench:ml` (`packages/ml/bench/train-step.ts`); rerun it to refresh.",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Node ${process.version}, tfjs ${tf.version_core}, ${process.platform}/${process.arch}`,
    `- CPU: ${cpuInfo[0]?.model ?? "unknown"} x ${cpuInfo.length}`,
    `- wasm: ${tf.env().getBool("WASM_HAS_SIMD_SUPPORT") ? "simd" : "no simd"}, ${getThreadsCount()} thread(s); cpu: plain JS`,
    "",
    "## Config",
    "",
    `- Input ${config.input.join("x")}, batch ${config.batch}, ${config.classes} classes, random data`,
    `- Model: ${layers} -> flatten -> dense ${config.classes} softmax (${wasm.params} parameters)`,
    "- Step: `model.trainOnBatch` (forward, backward, Adam 1e-3 update, loss read back)",
    `- ${config.warmup} warm-up step per backend, then ${config.steps.wasm} timed steps on wasm and ${config.steps.cpu} on cpu`,
    "",
    "## Results",
    "",
    "| backend | mean ms/step | min ms | max ms | samples/s | timed steps | tensors leaked |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    row(wasm),
    row(cpu),
    "",
    `**cpu / wasm = ${ratio.toFixed(1)}x** (mean ms/step, measured in the same run)`,
    "",
  ].join("\n");
}

const tf = await loadTfjsWasm();
console.log(
  `config: input ${config.input.join("x")}, batch ${config.batch}, conv filters ${config.filters.join("/")} ` +
    `(3x3, stride 2), dense ${config.classes}; warm-up ${config.warmup}, ` +
    `timed steps wasm ${config.steps.wasm}, cpu ${config.steps.cpu}`,
);
const results: Timing[] = [];
for (const backend of ["wasm", "cpu"] as const) results.push(await timeBackend(tf, backend));
const markdown = report(tf, results);
mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(reportPath, markdown);
console.log(markdown);
console.log(`written to ${reportPath}`);
