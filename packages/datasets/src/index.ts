// Image decoding (sharp, a native library) is on its own subpath, `@atelier/datasets/images`, so
// that reading and writing split files never loads libvips.
export { readAttrNum, writeAttrNum } from "./adde/attr-num.ts";
export type { AddeDataset, LoadedAddeDataset } from "./adde/dataset.ts";
export { readAddeDataset, writeAddeDataset } from "./adde/dataset.ts";
export { readImageList, writeImageList } from "./adde/image-list.ts";
export type { IndexOptions } from "./adde/indices.ts";
export { readRefs, readTriplets, writeRefs, writeTriplets } from "./adde/indices.ts";
export type { AddeSplitName } from "./adde/names.ts";
export { addeFiles } from "./adde/names.ts";
export type { AddeQueries, LoadedAddeQueries, QueryCheckOptions } from "./adde/queries.ts";
export { readAddeQueries, writeAddeQueries } from "./adde/queries.ts";
export type {
  AddeSplit,
  AddeTriplets,
  LoadedAddeSplit,
  LoadedAddeTriplets,
  TripletCheckOptions,
} from "./adde/splits.ts";
export {
  readAddeSplit,
  readAddeTriplets,
  writeAddeSplit,
  writeAddeTriplets,
} from "./adde/splits.ts";
export type { VectorLine } from "./adde/vectors.ts";
export {
  readIndicators,
  readLabels,
  streamIndicators,
  streamLabels,
  writeIndicators,
  writeLabels,
} from "./adde/vectors.ts";
export type { DatasetErrorCode, DatasetErrorDetails, FileLocation } from "./errors.ts";
export { DatasetError, isDatasetError } from "./errors.ts";
export type { FeatureChunk, FeatureFileInfo, FeatureMatrix, FeatureOptions } from "./features.ts";
export { inspectFeatures, readFeatureRows, readFeatures, writeNpy } from "./features.ts";
export type { IntMatrix, IntRows } from "./matrix.ts";
export { matrixRow } from "./matrix.ts";
export type { NpyHeader } from "./npy.ts";
export { encodeNpyHeader, parseNpyHeader } from "./npy.ts";
export type { Shopping100kItems, Shopping100kOptions } from "./shopping100k.ts";
export { loadShopping100k, writeShopping100kAttributes } from "./shopping100k.ts";
