/** Fixtures for the tests and the benchmark: the committed MANN and a small random index. */
import { fileURLToPath } from "node:url";
import { createFlatIndex, createHnswIndex, type VectorIndex } from "@atelier/index";
import { loadTfjsWasm, type Tf } from "@atelier/ml";
import { loadWeights, type Manipulator, readWeights } from "@atelier/models";
import { seededRandom, uniformArray } from "@atelier/random";
import { shopping100k } from "@atelier/schema";

/** tfjs on the wasm backend, as the service runs it on CPU machines. */
export async function wasmTf(): Promise<Tf> {
  const tf = await loadTfjsWasm();
  await tf.setBackend("wasm");
  return tf;
}

/** The default MANN committed under models/mann. */
export async function loadDefaultMann(tf: Tf): Promise<Manipulator> {
  const dir = fileURLToPath(new URL("../../../models/mann", import.meta.url));
  const { manifest, bytes } = await readWeights(dir);
  return loadWeights(tf, shopping100k, manifest, bytes, { kind: "mann" });
}

/** `count` random vectors of `dim` floats in [-1, 1), row-major, reproducible from `seed`. */
export function randomVectors(count: number, dim: number, seed: number): Float32Array {
  return uniformArray(seededRandom(seed), count * dim, -1, 1);
}

/** Row `i` of row-major `vectors`. */
export function row(vectors: Float32Array, dim: number, i: number): Float32Array {
  return vectors.slice(i * dim, (i + 1) * dim);
}

/**
 * An inner-product index of `count` random unit vectors (cosine scores): exact (flat), or HNSW
 * for the benchmark's comparison.
 */
export async function randomIndex(
  count: number,
  dim: number,
  seed: number,
  kind: "flat" | "hnsw" = "flat",
): Promise<VectorIndex> {
  const vectors = randomVectors(count, dim, seed);
  for (let i = 0; i < count; i++) {
    const v = vectors.subarray(i * dim, (i + 1) * dim);
    const norm = Math.hypot(...v);
    for (let j = 0; j < dim; j++) v[j] = (v[j] ?? 0) / norm;
  }
  const index =
    kind === "flat" ? createFlatIndex(dim, "ip") : createHnswIndex(dim, "ip", { efSearch: 64 });
  await index.add(vectors);
  return index;
}
