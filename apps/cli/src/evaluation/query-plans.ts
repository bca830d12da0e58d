/**
 * The one place that turns a test split into the thesis's two protocols: from its labels only
 * (value positions per item) the queries of each protocol as gallery positions, then, once
 * features exist, the `RetrievalTask` a model runs on. The procedural catalog and a dataset
 * folder both feed it, so both are scored on the same kind of queries; planning needs no
 * features, so a split without multi-manipulation pairs stops the command before any encoding.
 */
import {
  type Gallery,
  galleryRow,
  indexByLabels,
  labelKey,
  multiManipulationPairs,
  singleManipulationQueries,
  singleQueryIndicator,
} from "@atelier/catalog";
import { seededRandom, shuffled } from "@atelier/random";
import { fromValueIndices, splitIndicators } from "@atelier/schema";
import type { RetrievalTask } from "./tasks.ts";

/** Single-manipulation queries: each starts from a gallery item and changes one attribute. */
export interface SingleQuerySet {
  readonly count: number;
  /** Gallery position of each query's reference item. */
  readonly reference: Int32Array;
  /** Per query, its indicator (-1 at the old value, +1 at the new one), schema.total wide. */
  readonly indicators: readonly Float32Array[];
  /** [count, attributes] target value positions (-1 = missing). */
  readonly targets: Int8Array;
}

/** A protocol's queries over a gallery of labels: positions, not yet features. */
export interface QueryPlan {
  readonly name: RetrievalTask["name"];
  readonly count: number;
  /** Items in the gallery the positions point into. */
  readonly galleryCount: number;
  /** Gallery position of each query's reference item. */
  readonly references: Int32Array;
  /** Gallery position of an item with the target's labels (the oracle searches with it). */
  readonly oracles: Int32Array;
  readonly manipulations: readonly Float32Array[][];
  readonly manipulated: readonly number[][];
  readonly targets: Int8Array;
}

const changed = (from: ArrayLike<number>, to: ArrayLike<number>) =>
  Array.from({ length: from.length }, (_, a) => a).filter((a) => from[a] !== to[a]);

/**
 * ADDE's single-manipulation queries generated from the gallery's labels: every reference,
 * attribute and new value whose target labels some gallery item has.
 *
 * @example
 * generatedSingleQueries(testGallery(catalog)).count; // 14,361 on Shopping100k's test split
 */
export function generatedSingleQueries(gallery: Gallery): SingleQuerySet {
  const queries = singleManipulationQueries(gallery);
  return {
    count: queries.count,
    reference: queries.reference,
    indicators: Array.from({ length: queries.count }, (_, q) =>
      Float32Array.from(singleQueryIndicator(gallery, queries, q)),
    ),
    targets: queries.targets,
  };
}

/**
 * The single protocol over `gallery`: one manipulation per query. A target whose labels no
 * gallery item has (possible in hand-made query files) gets its reference as the oracle.
 *
 * @example
 * singlePlan(gallery, generatedSingleQueries(gallery)).oracles; // Int32Array of positions
 */
export function singlePlan(gallery: Gallery, queries: SingleQuerySet): QueryPlan {
  const index = indexByLabels(gallery);
  const width = gallery.schema.attributes.length;
  const oracles = new Int32Array(queries.count);
  const manipulated: number[][] = [];
  for (let q = 0; q < queries.count; q++) {
    const reference = queries.reference[q] as number;
    const target = queries.targets.subarray(q * width, (q + 1) * width);
    oracles[q] = index.get(labelKey(target))?.[0] ?? reference;
    manipulated.push(changed(galleryRow(gallery, reference), target));
  }
  return {
    name: "single",
    count: queries.count,
    galleryCount: gallery.count,
    references: queries.reference,
    oracles,
    manipulations: queries.indicators.map((indicator) => [indicator]),
    manipulated,
    targets: queries.targets,
  };
}

/**
 * The multi protocol over `gallery`: the 1,000 pairs at distance 1..8 (seed 0), each pair's
 * manipulations in a shuffled order (seed 1, drawn pair after pair). Throws, saying how many
 * items the gallery has, when it lacks pairs at some distance.
 *
 * @example
 * multiPlan(testGallery(catalog)).count; // 1000
 */
export function multiPlan(gallery: Gallery): QueryPlan {
  const pairs = drawPairs(gallery);
  const random = seededRandom(1);
  const { schema } = gallery;
  const width = schema.attributes.length;
  const targets = new Int8Array(pairs.query.length * width);
  const manipulations: Float32Array[][] = [];
  const manipulated: number[][] = [];
  pairs.query.forEach((q, k) => {
    const from = galleryRow(gallery, q);
    const to = galleryRow(gallery, pairs.target[k] as number);
    targets.set(to, k * width);
    const indicators = splitIndicators(
      schema,
      fromValueIndices(schema, from),
      fromValueIndices(schema, to),
    );
    manipulations.push(shuffled(indicators, random));
    manipulated.push(changed(from, to));
  });
  return {
    name: "multi",
    count: pairs.query.length,
    galleryCount: gallery.count,
    references: pairs.query,
    oracles: pairs.target,
    manipulations,
    manipulated,
    targets,
  };
}

function drawPairs(gallery: Gallery): ReturnType<typeof multiManipulationPairs> {
  try {
    return multiManipulationPairs(gallery);
  } catch (error) {
    throw new Error(
      `the test split (${gallery.count} items) lacks multi-manipulation pairs at some distance in 1..8: ${(error as Error).message}`,
    );
  }
}

/**
 * `plan` with features: `vectors` holds one row per item of the gallery it was planned on,
 * [gallery count, vectorSize].
 *
 * @example
 * const task = retrievalTask(multiPlan(gallery), testVectors);
 */
export function retrievalTask(plan: QueryPlan, vectors: Float32Array): RetrievalTask {
  const size = vectors.length / plan.galleryCount;
  // A caller's bug, not a user's: features are checked against the split where they are read.
  if (!Number.isInteger(size) || size === 0) {
    throw new RangeError(
      `${vectors.length} feature values do not make one row per gallery item (${plan.galleryCount})`,
    );
  }
  return {
    name: plan.name,
    count: plan.count,
    references: gatherRows(vectors, plan.references, size),
    manipulations: plan.manipulations,
    manipulated: plan.manipulated,
    targets: plan.targets,
    oracle: gatherRows(vectors, plan.oracles, size),
  };
}

function gatherRows(vectors: Float32Array, positions: Int32Array, size: number): Float32Array {
  const out = new Float32Array(positions.length * size);
  positions.forEach((p, k) => {
    out.set(vectors.subarray(p * size, (p + 1) * size), k * size);
  });
  return out;
}
