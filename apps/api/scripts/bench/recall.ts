/**
 * HNSW recall@k against exact search on the served catalog: the same normalised vectors and the
 * same cached index file the server loaded, queried with real MANN queries (random references
 * from the catalog, stepped through 0 to 3 random manipulations, as sessions are).
 */
import { type Catalog, cachedCatalogFeatures } from "@atelier/catalog";
import { normalizedRows } from "@atelier/eval";
import { createFlatIndex, recallAtK } from "@atelier/index";
import type { Tf } from "@atelier/ml";
import { loadEncoderWeights, loadWeights, readWeights } from "@atelier/models";
import { manipulationIndicator } from "@atelier/schema";
import { loadServedIndex, type ServedIndexOptions } from "../../src/runtime.ts";
import { nextManipulation } from "./shopper.ts";

export interface RecallOptions {
  readonly tf: Tf;
  readonly catalog: Catalog;
  readonly modelsDir: string;
  readonly index: ServedIndexOptions;
  readonly queries: number;
  readonly k: number;
  readonly random: () => number;
}

export interface RecallReport {
  readonly recall: number;
  readonly queries: number;
  readonly k: number;
  /** ms per query of each index on this batch (one call each). */
  readonly exactMs: number;
  readonly servedMs: number;
}

/** MANN query vectors [queries, dim] of sessions after 0..3 manipulations each. */
async function mannQueries(
  tf: Tf,
  catalog: Catalog,
  modelsDir: string,
  features: Float32Array,
  count: number,
  random: () => number,
): Promise<Float32Array> {
  const { manifest, bytes } = await readWeights(`${modelsDir}/mann`);
  const mann = loadWeights(tf, catalog.schema, manifest, bytes, { kind: "mann" });
  const dim = mann.vectorSize;
  const total = catalog.schema.total;
  const references = new Float32Array(count * dim);
  const steps: Float32Array[][] = [];
  for (let q = 0; q < count; q++) {
    const p = Math.floor(random() * catalog.count);
    references.set(features.subarray(p * dim, (p + 1) * dim), q * dim);
    const labels = { ...catalog.labelsOf(p) };
    steps.push(
      Array.from({ length: q % 4 }, () =>
        manipulationIndicator(catalog.schema, nextManipulation(catalog, labels, random)),
      ),
    );
  }
  try {
    let state = mann.init(tf.tensor2d(references, [count, dim]));
    for (let t = 0; t < 3; t++) {
      const indicators = new Float32Array(count * total);
      const mask = new Float32Array(count);
      steps.forEach((s, q) => {
        const indicator = s[t];
        if (indicator === undefined) return;
        indicators.set(indicator, q * total);
        mask[q] = 1;
      });
      state = mann.step(state, tf.tensor2d(indicators, [count, total]), tf.tensor1d(mask));
    }
    return (await mann.query(state).data()) as Float32Array;
  } finally {
    mann.dispose();
  }
}

/**
 * Recall@k of the served index against a flat index over the same rows.
 *
 * @example
 * const { recall } = await servedRecall({ tf, catalog, modelsDir, index: { kind: "hnsw" }, queries: 500, k: 50, random });
 */
export async function servedRecall(options: RecallOptions): Promise<RecallReport> {
  const { tf, catalog, modelsDir } = options;
  const encoderDir = `${modelsDir}/encoder`;
  const { manifest, bytes } = await readWeights(encoderDir);
  const encoder = loadEncoderWeights(tf, catalog.schema, manifest, bytes);
  let features: Float32Array;
  try {
    features = (await cachedCatalogFeatures(tf, encoder, encoderDir, bytes, catalog)).vectors;
  } finally {
    encoder.dispose();
  }
  const dim = features.length / catalog.count;
  const rows = normalizedRows(features, dim);
  const vectors = await mannQueries(
    tf,
    catalog,
    modelsDir,
    features,
    options.queries,
    options.random,
  );
  const served = await loadServedIndex(
    rows,
    dim,
    `${modelsDir}/encoder/features`,
    catalog,
    options.index,
  );
  const exact = createFlatIndex(dim, "ip");
  await exact.add(rows);
  let began = performance.now();
  const truth = await exact.search(vectors, options.k);
  const exactMs = (performance.now() - began) / options.queries;
  began = performance.now();
  const found = await served.search(vectors, options.k);
  const servedMs = (performance.now() - began) / options.queries;
  return {
    recall: recallAtK(truth, found),
    queries: options.queries,
    k: options.k,
    exactMs,
    servedMs,
  };
}
