export { applyManipulation, applyManipulations, manipulationTo } from "./apply.ts";
export type { LabelSource } from "./difference.ts";
export { distance, splitDifference, splitIndicators } from "./difference.ts";
export type { SchemaErrorCode, SchemaErrorDetails, SchemaIssue } from "./errors.ts";
export { isSchemaError, SchemaError } from "./errors.ts";
export { manipulationIndicator } from "./indicator.ts";
export { decodeLabels, encodeLabels, normalizeLabels } from "./labels.ts";
export type { AttributeSchemaSource } from "./load.ts";
export { loadAttributeSchema } from "./load.ts";
export { canonicalValue, getAttribute, getValueIndex } from "./lookup.ts";
export { manipulationKind, normalizeManipulation, validateManipulation } from "./manipulation.ts";
export { shopping100k } from "./shopping100k.ts";
export type {
  Attribute,
  AttributeSchema,
  LabelInput,
  Labels,
  LabelVectorLike,
  Manipulation,
  ManipulationKind,
} from "./types.ts";
export { fromValueIndices, validateLabelVector, valueIndices } from "./vector.ts";
