/**
 * GPU check: the committed default MANN's batched turn (what the API runs per batch of chat
 * turns: state bytes + one manipulation indicator per session -> new state bytes and a query
 * vector) on wasm and on webgpu, at several batch sizes. Checks that webgpu's outputs equal
 * wasm's within a tolerance, times both, prints a table and writes it as markdown.
 *
 *   npx tsx scripts/gpu-check.ts                       (from packages/ml)
 *   npx tsx scripts/gpu-check.ts --batches 1,32,256 --runs 15 --out /tmp/gpu.md
 *
 * `@atelier/models` and `@atelier/schema` depend on this package, so they are not declared as
 * its dependencies (a cycle); this script reaches them through the workspace's node_modules.
 * It exits with process.exit: Dawn's GPU instance would keep Node running.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  disposeManipulatorState,
  loadWeights,
  type Manipulator,
  type ManipulatorState,
  readWeights,
} from "@atelier/models";
import { seededRandom, uniformArray } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import type { Tensor } from "@tensorflow/tfjs";
import { getBackendInfo, loadTf, loadTfjsWasm, loadTfjsWebGpu, type Tf } from "../src/index.ts";
import { type CheckReport, type Row, renderMarkdown, renderTable } from "./gpu-check-report.ts";

const { values: args } = parseArgs({
  options: {
    batches: { type: "string", default: "1,32,256" },
    runs: { type: "string", default: "15" },
    warmup: { type: "string", default: "5" },
    tolerance: { type: "string", default: "1e-4" },
    models: {
      type: "string",
      default: fileURLToPath(new URL("../../../models/mann", import.meta.url)),
    },
    out: { type: "string" },
  },
});
const batches = args.batches.split(",").map(Number);
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const tolerance = Number(args.tolerance);

/** One turn's inputs for B sessions: stored state blobs and one indicator row per session. */
interface TurnInputs {
  states: Uint8Array[];
  indicators: Float32Array;
}

/** What a turn gives back, plus the new state's raw floats for the comparison. */
interface TurnOutputs {
  query: Float32Array;
  states: Uint8Array[];
  stateFloats: Float32Array[];
}

/**
 * The API's per-batch model step (packages/sessions/src/model-step.ts, one manipulation per
 * session): decode the batch's states, step, query, read the queries, encode the new states.
 */
async function turn(tf: Tf, mann: Manipulator, input: TurnInputs, capture: boolean) {
  const b = input.states.length;
  const state = mann.stateFromBytes(input.states);
  let next: ManipulatorState | undefined;
  let queries: Tensor | undefined;
  try {
    next = tf.tidy(() => {
      const indicators = tf.tensor2d(input.indicators, [b, mann.indicatorSize]);
      return mann.step(state, indicators);
    }) as ManipulatorState;
    queries = mann.query(next);
    const query = (await queries.data()) as Float32Array;
    const states = await mann.sessionsToBytes(next);
    const stateFloats: Float32Array[] = [];
    if (capture) {
      for (const t of Object.values(next.tensors as Record<string, Tensor>)) {
        stateFloats.push((await t.data()) as Float32Array);
      }
    }
    return { query, states, stateFloats } satisfies TurnOutputs;
  } finally {
    disposeManipulatorState(state);
    if (next !== undefined) disposeManipulatorState(next);
    queries?.dispose();
  }
}

/** B sessions started from random reference vectors (on wasm), each with one manipulation. */
async function makeInputs(tf: Tf, mann: Manipulator, b: number, seed: number) {
  const random = seededRandom(seed);
  const reference = uniformArray(random, b * mann.vectorSize, -1, 1);
  const initial = tf.tidy(() => mann.init(tf.tensor2d(reference, [b, mann.vectorSize])));
  const states = await mann.sessionsToBytes(initial);
  disposeManipulatorState(initial);
  const indicators = new Float32Array(b * mann.indicatorSize);
  for (let i = 0; i < b; i++) {
    const from = Math.floor(random() * mann.indicatorSize);
    const to = (from + 1 + Math.floor(random() * (mann.indicatorSize - 1))) % mann.indicatorSize;
    indicators[i * mann.indicatorSize + from] = -1;
    indicators[i * mann.indicatorSize + to] = 1;
  }
  return { states, indicators } satisfies TurnInputs;
}

function maxAbsDiff(a: readonly Float32Array[], b: readonly Float32Array[]): number {
  let max = 0;
  a.forEach((x, k) => {
    const y = b[k] as Float32Array;
    if (x.length !== y.length) throw new Error(`length ${x.length} vs ${y.length}`);
    for (let i = 0; i < x.length; i++) {
      const d = Math.abs((x[i] as number) - (y[i] as number));
      max = Number.isNaN(d) ? Number.POSITIVE_INFINITY : Math.max(max, d);
    }
  });
  return max;
}

/** Median milliseconds of `runs` turns after `warmup` untimed ones; tensors must not leak. */
async function time(tf: Tf, mann: Manipulator, input: TurnInputs): Promise<number> {
  for (let i = 0; i < warmup; i++) await turn(tf, mann, input, false);
  const before = tf.memory().numTensors;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await turn(tf, mann, input, false);
    ms.push(performance.now() - start);
  }
  const leaked = tf.memory().numTensors - before;
  if (leaked !== 0)
    throw new Error(`${tf.getBackend()}: ${leaked} tensors leaked per ${runs} turns`);
  ms.sort((x, y) => x - y);
  return ms[Math.floor(ms.length / 2)] as number;
}

async function loadMann(tf: Tf): Promise<Manipulator> {
  const { manifest, bytes } = await readWeights(args.models);
  return loadWeights(tf, shopping100k, manifest, bytes, { kind: "mann" });
}

const report: CheckReport = {
  date: new Date().toISOString(),
  node: process.version,
  tolerance,
  runs,
  warmup,
  auto: "",
  adapter: null,
  webgpuError: null,
  rows: [],
};

// 1. What loadTf() picks here (the API's path: ATELIER_TF_BACKEND, else auto).
try {
  await loadTf();
  const info = getBackendInfo();
  report.auto = `${info?.name} [${info?.reason}] ${JSON.stringify(info?.flags)}`;
} catch (error) {
  report.auto = `loadTf() failed: ${(error as Error).message}`;
}
console.log(`loadTf(): ${report.auto}`);

// 2. The same MANN on each backend: weights are created on the backend active at load time.
const tf = await loadTfjsWasm();
await tf.setBackend("wasm");
const wasmMann = await loadMann(tf);
let gpuMann: Manipulator | null = null;
try {
  const webgpu = await loadTfjsWebGpu();
  report.adapter = webgpu.adapter;
  gpuMann = await loadMann(tf);
  console.log(`webgpu adapter: ${JSON.stringify(webgpu.adapter)}`);
} catch (error) {
  report.webgpuError = (error as Error).message;
  console.log(`webgpu unavailable: ${report.webgpuError}`);
}

// JIT and kernel caches: without this the first batch size's figures read high.
for (const [backend, mann] of [
  ["wasm", wasmMann],
  ["webgpu", gpuMann],
] as const) {
  if (mann === null) continue;
  await tf.setBackend("wasm");
  const input = await makeInputs(tf, wasmMann, 1, 1);
  await tf.setBackend(backend);
  for (let i = 0; i < 20; i++) await turn(tf, mann, input, false);
}

for (const b of batches) {
  await tf.setBackend("wasm");
  const input = await makeInputs(tf, wasmMann, b, 1000 + b);
  const expected = await turn(tf, wasmMann, input, true);
  const row: Row = { batch: b, wasmMs: await time(tf, wasmMann, input) };
  if (gpuMann !== null) {
    await tf.setBackend("webgpu");
    const got = await turn(tf, gpuMann, input, true);
    row.queryDiff = maxAbsDiff([expected.query], [got.query]);
    row.stateDiff = maxAbsDiff(expected.stateFloats, got.stateFloats);
    row.webgpuMs = await time(tf, gpuMann, input);
  }
  report.rows.push(row);
  console.log(renderTable([row]).split("\n").at(-1));
}

console.log(`\n${renderTable(report.rows)}`);
const markdown = renderMarkdown(report);
if (args.out !== undefined) {
  writeFileSync(args.out, markdown);
  console.log(`wrote ${args.out}`);
}
const bad = report.rows.filter(
  (r) => r.queryDiff !== undefined && Math.max(r.queryDiff, r.stateDiff ?? 0) > tolerance,
);
process.exit(bad.length > 0 ? 1 : 0);
