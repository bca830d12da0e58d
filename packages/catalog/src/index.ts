export type { CatalogFeatures } from "./features/catalog-features.ts";
export { cachedCatalogFeatures, encodeCatalog, featureRows } from "./features/catalog-features.ts";
export { cachedFeatures, featureCacheFile } from "./features/feature-cache.ts";
export type { Catalog, CatalogOptions, CatalogProduct } from "./generate/catalog.ts";
export { generateCatalog } from "./generate/catalog.ts";
export { designCount, designOf, designPool, sampleVariant } from "./generate/designs.ts";
export type { CatalogManifest } from "./generate/manifest.ts";
export { MANIFEST_FILE, readCatalogManifest } from "./generate/manifest.ts";
export { productDescription, productTitle } from "./generate/product-text.ts";
export type { Progress } from "./generate/progress.ts";
export { progressBar } from "./generate/progress.ts";
export type { RenderImagesOptions } from "./generate/render-pool.ts";
export { renderCatalogImages } from "./generate/render-pool.ts";
export type { RenderedItem, RenderOutputs } from "./generate/render-range.ts";
export { catalogItemSvg } from "./generate/render-range.ts";
export { redrawValue, sampleLabels, sampleValueIndices } from "./generate/sample-labels.ts";
export type { DatasetSummary, ImageFile, WriteDatasetOptions } from "./generate/write-dataset.ts";
export { SPLITS_DIR, writeCatalogDataset } from "./generate/write-dataset.ts";
export type { QuerySetOptions } from "./queries/adde-queries.ts";
export {
  MULTI_FILE,
  multiPairsJson,
  toAddeQueries,
  writeQuerySets,
} from "./queries/adde-queries.ts";
export type { Gallery } from "./queries/gallery.ts";
export {
  galleryFromIndices,
  galleryRow,
  indexByLabels,
  labelKey,
  testGallery,
  trainGallery,
} from "./queries/gallery.ts";
export type { MultiPairOptions, MultiPairs } from "./queries/multi.ts";
export { multiManipulationPairs } from "./queries/multi.ts";
export type { SingleQueries, SingleQueryOptions } from "./queries/single.ts";
export {
  singleManipulationQueries,
  singleQueryIndicator,
  singleQueryTarget,
} from "./queries/single.ts";
export type { ManipulationTriplets, TripletOptions } from "./queries/triplets.ts";
export { manipulationTriplets } from "./queries/triplets.ts";
export type { ContactSheetOptions, ValueExample } from "./render/contact-sheet.ts";
export { contactSheetSvg, valueExamples, writeContactSheet } from "./render/contact-sheet.ts";
export type { GarmentSvgOptions } from "./render/garment.ts";
export { renderGarmentSvg } from "./render/garment.ts";
export { rasterize } from "./render/rasterize.ts";
export type { RenderedGarment, RenderGarmentOptions } from "./render/render.ts";
export { renderGarment } from "./render/render.ts";
export type { DatasetProducts } from "./seed/dataset-products.ts";
export { datasetProducts } from "./seed/dataset-products.ts";
export type { SeedOptions } from "./seed/seed-products.ts";
export { catalogProductInputs, seedProducts } from "./seed/seed-products.ts";
export type { TrainingItems } from "./stream/training-items.ts";
export {
  renderTrainingItems,
  renderTrainingSet,
  trainingItemRow,
} from "./stream/training-items.ts";
export type { TrainingStream, TrainingStreamOptions } from "./stream/training-stream.ts";
export { trainingItemStream } from "./stream/training-stream.ts";
export { allowedValues, appliesTo, BOTTOMS, CATEGORIES } from "./structure/applicability.ts";
