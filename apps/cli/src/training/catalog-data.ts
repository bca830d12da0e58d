/**
 * The procedural catalog's train split as a `TrainSplit`, the input of the one builder of the
 * manipulators' data (manipulator-data.ts) that dataset folders feed as well.
 */
import { type Catalog, type CatalogFeatures, featureRows, trainGallery } from "@atelier/catalog";
import type { TrainSplit } from "./manipulator-data.ts";

/**
 * The train split's value positions and features, in split order.
 *
 * @example
 * const split = catalogTrainSplit(catalog, features); // split.gallery.count = catalog.train.length
 */
export function catalogTrainSplit(catalog: Catalog, features: CatalogFeatures): TrainSplit {
  return {
    source: `catalog seed ${catalog.seed}, ${catalog.count} products`,
    gallery: trainGallery(catalog),
    features: featureRows(features, catalog.train),
    vectorSize: features.vectorSize,
  };
}
