/**
 * What a model is run on: a protocol's queries as arrays (`RetrievalTask`, built from a test
 * split's labels and features in query-plans.ts) and the gallery searched (the test split, or
 * for the catalog every item).
 */
import { type Catalog, type CatalogFeatures, featureRows, testGallery } from "@atelier/catalog";
import { generatedSingleQueries, multiPlan, retrievalTask, singlePlan } from "./query-plans.ts";

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

/** ADDE's single-manipulation queries on the catalog's test split (for scripts; eval plans first). */
export function singleTask(catalog: Catalog, features: CatalogFeatures): RetrievalTask {
  const gallery = testGallery(catalog);
  const plan = singlePlan(gallery, generatedSingleQueries(gallery));
  return retrievalTask(plan, featureRows(features, catalog.test));
}

/** The 1,000 multi-manipulation pairs of the catalog's test split. */
export function multiTask(catalog: Catalog, features: CatalogFeatures): RetrievalTask {
  return retrievalTask(multiPlan(testGallery(catalog)), featureRows(features, catalog.test));
}
