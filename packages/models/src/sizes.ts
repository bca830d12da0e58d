/** The sizes every manipulator shares, from the attribute schema and D. */
import type { AttributeSchema } from "@atelier/schema";
import type { Tensor } from "@tensorflow/tfjs";
import { badInput, type ErrorMaker } from "./errors.ts";

export interface ManipulatorSizes {
  /** Number of attributes: memory rows of the MANN, diagonal blocks of ADDE-M's W. */
  attributes: number;
  /** D, the width of one attribute's chunk of a feature or query vector. */
  dim: number;
  /** Manipulation indicator width = the schema's label vector length (151 for Shopping100k). */
  indicatorSize: number;
  /** attributes * dim, the width of features and query vectors. */
  vectorSize: number;
}

/**
 * The sizes of a manipulator of width `dim` on `schema` (`dim` checked by the caller).
 *
 * @example
 * manipulatorSizes(shopping100k, 340).vectorSize; // 4080
 */
export function manipulatorSizes(schema: AttributeSchema, dim: number): ManipulatorSizes {
  const attributes = schema.attributes.length;
  return { attributes, dim, indicatorSize: schema.total, vectorSize: attributes * dim };
}

/** `x` must be [B, attributes * D] with B >= 1; returns B. */
export function checkVectors(
  sizes: ManipulatorSizes,
  what: string,
  x: Tensor,
  makeError: ErrorMaker = badInput,
): number {
  const [batch = 0, width] = x.shape;
  if (x.rank !== 2 || width !== sizes.vectorSize || batch < 1) {
    throw makeError(
      `${what} must have shape [batch >= 1, ${sizes.vectorSize}] ` +
        `(${sizes.attributes} attributes x ${sizes.dim}), got [${x.shape.join(", ")}]`,
    );
  }
  return batch;
}
