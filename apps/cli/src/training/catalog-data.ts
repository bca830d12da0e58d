/**
 * The catalog's train split as training data for the manipulators: ADDE's manipulation triplets
 * for ADDE-M, and (query, manipulations, target) sequences at distance 1..8 drawn on the fly for
 * the MANN, the manipulations in a random order each time.
 */
import {
  type Catalog,
  galleryRow,
  manipulationTriplets,
  multiManipulationPairs,
  trainGallery,
} from "@atelier/catalog";
import type { AddeMTrainingData, MannSequence, MannTrainingData } from "@atelier/models";
import { shuffled } from "@atelier/random";
import { fromValueIndices, splitIndicators } from "@atelier/schema";
import { type CatalogFeatures, featureRows } from "./catalog-features.ts";

/** Triplets per reference item: four targets for each train item where the gallery has them. */
const TRIPLETS_PER_REFERENCE = 4;

/**
 * @example
 * await trainAddeMRun(tf, shopping100k, args, addeMDataOf(catalog, features, 42));
 */
export function addeMDataOf(
  catalog: Catalog,
  features: CatalogFeatures,
  seed: number,
): AddeMTrainingData {
  return {
    name: `catalog seed ${catalog.seed}, ${catalog.count} products: train split, ${TRIPLETS_PER_REFERENCE} triplets per reference`,
    ...trainItems(catalog, features),
    triplets: manipulationTriplets(trainGallery(catalog), {
      perReference: TRIPLETS_PER_REFERENCE,
      seed,
    }),
  };
}

/** The train split's features and 0/1 label vectors, in split order. */
function trainItems(catalog: Catalog, features: CatalogFeatures) {
  const total = catalog.schema.total;
  const labels = new Float32Array(catalog.train.length * total);
  catalog.train.forEach((item, k) => {
    labels.set(catalog.labelVectorOf(item), k * total);
  });
  return { count: catalog.train.length, features: featureRows(features, catalog.train), labels };
}

/**
 * Pairs of train items at distance 1..maxDistance, the same number at each distance.
 *
 * @example
 * await trainMannRun(tf, shopping100k, args, mannDataOf(catalog, features, 8));
 */
export function mannDataOf(
  catalog: Catalog,
  features: CatalogFeatures,
  maxDistance: number,
): MannTrainingData {
  const gallery = trainGallery(catalog);
  const items = trainItems(catalog, features);
  const vectors = items.features;
  const size = features.vectorSize;
  const row = (k: number) => vectors.subarray(k * size, (k + 1) * size);
  const labels = (k: number) => fromValueIndices(catalog.schema, galleryRow(gallery, k));
  return {
    name: `catalog seed ${catalog.seed}, ${catalog.count} products: train split, pairs at distance 1..${maxDistance} (balanced)`,
    vectorSize: size,
    prototypes: items,
    sequences(random, count): MannSequence[] {
      const pairs = multiManipulationPairs(gallery, {
        count,
        seed: Math.floor(random() * 2 ** 31),
        maxDistance,
      });
      return Array.from(pairs.query, (q, k) => {
        const t = pairs.target[k] as number;
        const indicators = splitIndicators(catalog.schema, labels(q), labels(t));
        return {
          query: row(q),
          indicators: shuffled(indicators, random),
          target: row(t),
          targetValues: galleryRow(gallery, t),
        };
      });
    },
  };
}
