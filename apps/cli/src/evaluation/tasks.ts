/**
 * The thesis's two protocols on a catalog's test split, as arrays a model can be run on: single
 * manipulations (ADDE's queries) and the 1,000 multi-manipulation pairs at distance 1..8 (fixed
 * seed). Gallery = the test split, features from the encoder.
 */
import {
  type Catalog,
  galleryRow,
  indexByLabels,
  labelKey,
  multiManipulationPairs,
  singleManipulationQueries,
  singleQueryIndicator,
  testGallery,
} from "@atelier/catalog";
import { seededRandom, shuffled } from "@atelier/random";
import { fromValueIndices, splitIndicators } from "@atelier/schema";
import { type CatalogFeatures, featureRows } from "../training/catalog-features.ts";

/** Queries of one protocol: what a model starts from, the manipulations, what it must find. */
export interface RetrievalTask {
  readonly name: "single" | "multi";
  readonly count: number;
  /** [count, vectorSize]: the reference items' features. */
  readonly references: Float32Array;
  /** Per query, its indicators in the order they are applied. */
  readonly manipulations: readonly Float32Array[][];
  /** Per query, the attribute indices it changes (for NDCG_t / NDCG_o). */
  readonly manipulated: readonly number[][];
  /** [count, attributes] target value positions. */
  readonly targets: Int8Array;
  /** [count, vectorSize]: features of a gallery item with the target labels (the oracle). */
  readonly oracle: Float32Array;
}

/** Which items are searched: the test split (the thesis's protocol) or the whole catalog. */
export const GALLERIES = ["test", "all"] as const;
export type GalleryChoice = (typeof GALLERIES)[number];

/** The items searched: their labels [count, attributes] and features [count, vectorSize]. */
export interface TestGallery {
  readonly count: number;
  readonly rows: Int8Array;
  readonly vectors: Float32Array;
}

export function testGalleryOf(catalog: Catalog, features: CatalogFeatures): TestGallery {
  const gallery = testGallery(catalog);
  return { count: gallery.count, rows: gallery.rows, vectors: featureRows(features, catalog.test) };
}

/**
 * The gallery `which` names. `all` keeps the queries and targets of the test split but searches
 * every catalog item (train included), to measure time and memory at catalog scale; a target's
 * labels may then also be found on a train item.
 *
 * @example
 * galleryOf(catalog, features, "all").count; // 20,000 for the default catalog
 */
export function galleryOf(
  catalog: Catalog,
  features: CatalogFeatures,
  which: GalleryChoice,
): TestGallery {
  switch (which) {
    case "test":
      return testGalleryOf(catalog, features);
    case "all":
      return { count: catalog.count, rows: catalog.valueIndices, vectors: features.vectors };
    default: {
      const unknown: never = which;
      throw new Error(`no gallery named ${String(unknown)}`);
    }
  }
}

const changed = (from: ArrayLike<number>, to: ArrayLike<number>) =>
  Array.from({ length: from.length }, (_, a) => a).filter((a) => from[a] !== to[a]);

/** ADDE's single-manipulation queries on the test split. */
export function singleTask(catalog: Catalog, features: CatalogFeatures): RetrievalTask {
  const gallery = testGallery(catalog);
  const queries = singleManipulationQueries(gallery);
  const index = indexByLabels(gallery);
  const width = catalog.schema.attributes.length;
  const references: number[] = [];
  const oracles: number[] = [];
  const manipulations: Float32Array[][] = [];
  const manipulated: number[][] = [];
  for (let q = 0; q < queries.count; q++) {
    const reference = queries.reference[q] as number;
    const target = queries.targets.subarray(q * width, (q + 1) * width);
    references.push(catalog.test[reference] as number);
    oracles.push(catalog.test[index.get(labelKey(target))?.[0] ?? reference] as number);
    manipulations.push([Float32Array.from(singleQueryIndicator(gallery, queries, q))]);
    manipulated.push(changed(galleryRow(gallery, reference), target));
  }
  return {
    name: "single",
    count: queries.count,
    references: featureRows(features, references),
    manipulations,
    manipulated,
    targets: queries.targets,
    oracle: featureRows(features, oracles),
  };
}

/** The 1,000 multi-manipulation pairs (seed 0), manipulations in a seeded shuffled order. */
export function multiTask(catalog: Catalog, features: CatalogFeatures): RetrievalTask {
  const gallery = testGallery(catalog);
  const pairs = multiManipulationPairs(gallery);
  const random = seededRandom(1);
  const width = catalog.schema.attributes.length;
  const targets = new Int8Array(pairs.query.length * width);
  const manipulations: Float32Array[][] = [];
  const manipulated: number[][] = [];
  pairs.query.forEach((q, k) => {
    const from = galleryRow(gallery, q);
    const to = galleryRow(gallery, pairs.target[k] as number);
    targets.set(to, k * width);
    const indicators = splitIndicators(
      catalog.schema,
      fromValueIndices(catalog.schema, from),
      fromValueIndices(catalog.schema, to),
    );
    manipulations.push(shuffled(indicators, random));
    manipulated.push(changed(from, to));
  });
  const items = (positions: Int32Array) => Array.from(positions, (p) => catalog.test[p] as number);
  return {
    name: "multi",
    count: pairs.query.length,
    references: featureRows(features, items(pairs.query)),
    manipulations,
    manipulated,
    targets,
    oracle: featureRows(features, items(pairs.target)),
  };
}
