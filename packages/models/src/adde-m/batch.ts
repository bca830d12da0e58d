/** Training batches of ADDE-M: (reference, manipulation, target[, negative]) feature triples. */
import type { Tensor2D } from "@tensorflow/tfjs";
import { ManipulatorError } from "../errors.ts";
import { checkVectors } from "../sizes.ts";
import type { AddeMConfig } from "./config.ts";
import { checkIndicators } from "./validate.ts";

/** Label vectors [B, total] of a batch's items, for ADDE's prototype consistency loss. */
export interface AddeMBatchLabels {
  references: Tensor2D;
  targets: Tensor2D;
  negatives?: Tensor2D;
}

/**
 * B manipulations, features as the encoder gives them (not normalised). The encoder is
 * trained apart, so these are data: only W learns.
 */
export interface AddeMBatch {
  /** [B, vectorSize]: the features of the items manipulated. */
  references: Tensor2D;
  /** [B, total]: one manipulation each (or the sum of several, the fair way). */
  indicators: Tensor2D;
  /** [B, vectorSize]: the features of items with the labels asked for. */
  targets: Tensor2D;
  /** [B, vectorSize]: the triplet's negatives; default the references (see manipulationTriplet). */
  negatives?: Tensor2D;
  /** Needed by the `prototype` consistency loss (ADDE's). */
  labels?: AddeMBatchLabels;
}

/** Throws a `ManipulatorError` naming the first tensor of `batch` whose shape does not fit. */
export function checkAddeMBatch(config: AddeMConfig, batch: AddeMBatch): number {
  const size = checkVectors(config, "batch references", batch.references);
  checkIndicators(config, "batch indicators", batch.indicators, size);
  const features = { targets: batch.targets, negatives: batch.negatives };
  for (const [name, x] of Object.entries(features)) {
    if (x !== undefined && checkVectors(config, `batch ${name}`, x) !== size) {
      throw new ManipulatorError("bad-input", `batch ${name} has ${x.shape[0]} rows, not ${size}`);
    }
  }
  if (batch.labels !== undefined) {
    for (const [name, x] of Object.entries(batch.labels)) {
      if (x !== undefined) checkIndicators(config, `batch labels.${name}`, x, size);
    }
  }
  return size;
}

/** Frees every tensor of `batch`. */
export function disposeAddeMBatch(batch: AddeMBatch): void {
  const { labels, ...features } = batch;
  for (const t of [...Object.values(features), ...Object.values(labels ?? {})]) t?.dispose();
}
