/**
 * Turns per second and turn latency of the retrieval engine at 1 and 32 concurrent sessions:
 * the committed MANN, a flat (or HNSW) index of random unit vectors, random references. Not a
 * test: numbers depend on the machine.
 *
 *   npx tsx packages/sessions/scripts/bench-turns.ts [products] [turns] [flat|hnsw] [INDEX FEATURES]
 *
 * With INDEX (a saved index, e.g. the API's cached catalog-...-hnsw32-....faiss) and FEATURES
 * (the encoder features it was built from, a raw .f32 file) the engine runs on them instead:
 * references are catalog products, as in the API (EF_SEARCH in the environment overrides the
 * file's efSearch; WINDOW_MS the batching window).
 */
import { readFile } from "node:fs/promises";
import { loadIndex, type VectorIndex } from "@atelier/index";
import type { Manipulation } from "@atelier/schema";
import { createRetrievalEngine, type RetrievalEngine } from "../src/index.ts";
import { loadDefaultMann, randomIndex, randomVectors, row, wasmTf } from "../src/test-support.ts";

const PRODUCTS = Number(process.argv[2] ?? 10_000);
const TURNS_PER_SESSION = Number(process.argv[3] ?? 20);
const KIND = process.argv[4] === "hnsw" ? "hnsw" : "flat";
const INDEX_FILE = process.argv[5];
const FEATURES_FILE = process.argv[6];
const K = 50;
const MANIPULATIONS: Manipulation[] = [
  { attribute: "color", remove: "Red", add: "Navy" },
  { attribute: "color", remove: "Navy", add: "Red" },
];

/** One session: a start, then turns one after another; each turn's latency in ms. */
async function session(engine: RetrievalEngine, reference: Float32Array): Promise<number[]> {
  let { state } = await engine.start(reference, { k: K });
  const latencies: number[] = [];
  for (let t = 0; t < TURNS_PER_SESSION; t++) {
    const began = performance.now();
    const manipulation = MANIPULATIONS[t % MANIPULATIONS.length] as Manipulation;
    ({ state } = await engine.turn(state, [manipulation], { k: K }));
    latencies.push(performance.now() - began);
  }
  return latencies;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

async function main(): Promise<void> {
  const tf = await wasmTf();
  const manipulator = await loadDefaultMann(tf);
  const dim = manipulator.vectorSize;
  let index: VectorIndex;
  let references: Float32Array;
  if (INDEX_FILE !== undefined && FEATURES_FILE !== undefined) {
    const efSearch =
      process.env.EF_SEARCH === undefined ? undefined : Number(process.env.EF_SEARCH);
    index = await loadIndex(INDEX_FILE, { efSearch });
    const bytes = await readFile(FEATURES_FILE);
    const features = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    references = new Float32Array(32 * dim);
    for (let s = 0; s < 32; s++) {
      const p = (s * 3_001) % index.size; // spread over the catalog
      references.set(features.subarray(p * dim, (p + 1) * dim), s * dim);
    }
  } else {
    index = await randomIndex(PRODUCTS, dim, 1, KIND);
    references = randomVectors(32, dim, 2);
  }
  // WINDOW_MS in the environment: the batcher's window (0, the default, batches per event-loop turn).
  const windowMs = Number(process.env.WINDOW_MS ?? 0);
  const engine = createRetrievalEngine({ tf, manipulator, index, batching: { windowMs } });
  await session(engine, row(references, dim, 0)); // warm-up: wasm kernels, faiss pages
  const source = INDEX_FILE === undefined ? "random vectors" : INDEX_FILE;
  console.log(
    `backend ${tf.getBackend()}, ${index.size} products x ${dim}, k ${K}, ${index.kind} ip (${source})`,
  );
  for (const concurrency of [1, 32]) {
    const began = performance.now();
    const all = await Promise.all(
      Array.from({ length: concurrency }, (_, s) => session(engine, row(references, dim, s))),
    );
    const seconds = (performance.now() - began) / 1000;
    const sorted = all.flat().sort((a, b) => a - b);
    console.log(
      `${String(concurrency).padStart(2)} sessions: ${(sorted.length / seconds).toFixed(0)} turns/s, ` +
        `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`,
    );
  }
  manipulator.dispose();
}

await main();
