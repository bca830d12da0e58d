import { SchemaError } from "./errors.ts";
import type { AttributeSchema, LabelVectorLike } from "./types.ts";

/**
 * Per attribute, the position of its value within its block, or -1 when the block is all zero
 * (missing). Validates the vector on the way: wrong length (`invalid_vector_length`), an entry
 * other than 0/1 (`invalid_vector_entry`), two ones in a block (`multiple_values`).
 * These are the class targets of per-attribute classifiers.
 *
 * @example
 * valueIndices(shopping100k, labelsRow); // Int32Array [3, -1, 5, ...] one per attribute
 */
export function valueIndices(schema: AttributeSchema, vector: LabelVectorLike): Int32Array {
  validateLength(schema, vector);
  const indices = new Int32Array(schema.attributes.length).fill(-1);
  for (const attribute of schema.attributes) {
    for (let j = 0; j < attribute.size; j++) {
      const at = attribute.offset + j;
      const entry = vector[at];
      if (entry === 0) continue;
      if (entry !== 1) {
        throw new SchemaError(
          "invalid_vector_entry",
          `Label vector entry ${at} (attribute "${attribute.key}", value "${attribute.values[j]}") is ${entry}; entries must be 0 or 1`,
          { attribute: attribute.key, value: attribute.values[j], index: at },
        );
      }
      const first = indices[attribute.index] ?? -1;
      if (first >= 0) {
        throw new SchemaError(
          "multiple_values",
          `Label vector block of attribute "${attribute.key}" (entries ${attribute.offset}-${attribute.offset + attribute.size - 1}) has two ones: "${attribute.values[first]}" at ${attribute.offset + first} and "${attribute.values[j]}" at ${at}`,
          { attribute: attribute.key, value: attribute.values[j], index: at },
        );
      }
      indices[attribute.index] = j;
    }
  }
  return indices;
}

/**
 * Checks that `vector` is a label vector of `schema`; throws a `SchemaError` naming the entry
 * and attribute block that is wrong (see `valueIndices`).
 *
 * @example
 * validateLabelVector(shopping100k, new Float32Array(151)); // ok: every attribute missing
 */
export function validateLabelVector(schema: AttributeSchema, vector: LabelVectorLike): void {
  valueIndices(schema, vector);
}

/**
 * Label vector from per-attribute value positions (-1 = missing), the layout of Shopping100k's
 * `Attributes/<attr>.txt` files.
 *
 * @example
 * fromValueIndices(shopping100k, [3, -1, 5, -1, -1, -1, 0, -1, 12, -1, 6, -1]);
 */
export function fromValueIndices(
  schema: AttributeSchema,
  indices: ArrayLike<number>,
): Float32Array {
  if (indices.length !== schema.attributes.length) {
    throw new SchemaError(
      "invalid_vector_length",
      `Value index list has ${indices.length} entries, expected ${schema.attributes.length} (one per attribute of ${schema.dataset})`,
      { index: indices.length },
    );
  }
  const vector = new Float32Array(schema.total);
  for (const attribute of schema.attributes) {
    const j = indices[attribute.index] ?? -1;
    if (j === -1) continue;
    if (!Number.isInteger(j) || j < 0 || j >= attribute.size) {
      throw new SchemaError(
        "unknown_value",
        `Value index ${j} is out of range for attribute "${attribute.key}" (0 to ${attribute.size - 1}, or -1 for missing)`,
        { attribute: attribute.key, index: attribute.index },
      );
    }
    vector[attribute.offset + j] = 1;
  }
  return vector;
}

function validateLength(schema: AttributeSchema, vector: LabelVectorLike): void {
  if (vector.length !== schema.total) {
    throw new SchemaError(
      "invalid_vector_length",
      `Label vector has ${vector.length} entries, expected ${schema.total} (${schema.dataset})`,
      { index: vector.length },
    );
  }
}
