import type { AttributeSchema } from "@atelier/schema";
import { ManipulatorError } from "../errors.ts";
import { type ManipulatorSizes, manipulatorSizes } from "../sizes.ts";

/**
 * How several manipulations combine (DESIGN.md, "ADDE-M memory block"). `thesis`: the query
 * is normalised after every step, as the thesis ran ADDE-M. `fair`: one normalisation of
 * f + W · (sum of indicators), what ADDE-M's linear memory allows.
 */
export type AddeMMode = "thesis" | "fair";

/** What a caller chooses; the memory's other sizes come from the attribute schema. */
export interface AddeMOptions {
  /** D, the width of one attribute's chunk of the feature (340 for ADDE on Shopping100k). */
  dim: number;
}

/**
 * A resolved memory block: the sizes it checks its inputs against. W is
 * [vectorSize, indicatorSize].
 */
export type AddeMConfig = ManipulatorSizes;

/**
 * Sizes the memory block W [attributes * dim, total] on `schema`.
 *
 * @example
 * resolveAddeMConfig(shopping100k, { dim: 340 }).vectorSize; // 4080
 */
export function resolveAddeMConfig(schema: AttributeSchema, options: AddeMOptions): AddeMConfig {
  if (!Number.isInteger(options.dim) || options.dim < 1) {
    throw new ManipulatorError("bad-config", `dim must be a positive integer, got ${options.dim}`);
  }
  return manipulatorSizes(schema, options.dim);
}

/**
 * [vectorSize, total]: 1 where row (a chunk of attribute a) meets a column of a value of
 * attribute a, 0 elsewhere. The prototype initialisation keeps only these entries and the
 * off-block penalty charges every other one (ADDE's get_non_diagonal_elements is 1 - this).
 */
export function blockDiagonalMask(schema: AttributeSchema, dim: number): Float32Array {
  const columns = schema.total;
  const mask = new Float32Array(schema.attributes.length * dim * columns);
  for (const attribute of schema.attributes) {
    for (let r = attribute.index * dim; r < (attribute.index + 1) * dim; r++) {
      mask.fill(1, r * columns + attribute.offset, r * columns + attribute.offset + attribute.size);
    }
  }
  return mask;
}
