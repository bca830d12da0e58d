/** The check every feature-trained run makes before it opens its folder. */
import type { AttributeSchema } from "@atelier/schema";

/**
 * Throws unless the data's vectors are `attributes x dim` wide, naming both sizes: features of
 * an encoder of another `--dim` must not reach a model of this one.
 *
 * @example
 * checkVectorSize("train mann", data.vectorSize, shopping100k, args.dim);
 */
export function checkVectorSize(
  what: string,
  vectorSize: number,
  schema: AttributeSchema,
  dim: number,
): void {
  const attributes = schema.attributes.length;
  if (vectorSize !== attributes * dim) {
    throw new Error(
      `${what}: the data's vectors have ${vectorSize} entries, but --dim ${dim} needs ` +
        `${attributes} attributes x ${dim} = ${attributes * dim} (train with the encoder's --dim)`,
    );
  }
}
