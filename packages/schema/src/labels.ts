import { SchemaError } from "./errors.ts";
import { getAttribute, getValueIndex } from "./lookup.ts";
import type { AttributeSchema, LabelInput, Labels, LabelVectorLike } from "./types.ts";
import { fromValueIndices, valueIndices } from "./vector.ts";

/**
 * Canonical labels: every attribute key of the schema in schema order, values in their canonical
 * spelling or `null`. Attributes may be named by key or name and values written in any case;
 * omitted attributes are missing. Throws `unknown_attribute`, `unknown_value`, or
 * `duplicate_attribute` (two input keys for one attribute, e.g. `color` and `Color`).
 *
 * @example
 * normalizeLabels(shopping100k, { Color: "navy" }).color; // "Navy"
 */
export function normalizeLabels(schema: AttributeSchema, input: LabelInput): Labels {
  return labelsFromIndices(schema, labelIndices(schema, input));
}

/**
 * Label vector (length `schema.total`, one-hot per attribute block, all-zero = missing).
 *
 * @example
 * const v = encodeLabels(shopping100k, { category: "Shirt", color: "Navy" });
 * v[3] === 1 && v[38] === 1; // true
 */
export function encodeLabels(schema: AttributeSchema, labels: LabelInput): Float32Array {
  return fromValueIndices(schema, labelIndices(schema, labels));
}

/**
 * Readable labels of a label vector; validates it first (see `validateLabelVector`).
 *
 * @example
 * decodeLabels(shopping100k, encodeLabels(shopping100k, { gender: "Female" })).gender; // "Female"
 */
export function decodeLabels(schema: AttributeSchema, vector: LabelVectorLike): Labels {
  return labelsFromIndices(schema, valueIndices(schema, vector));
}

function labelsFromIndices(schema: AttributeSchema, indices: Int32Array): Labels {
  const labels: Record<string, string | null> = {};
  for (const attribute of schema.attributes) {
    const j = indices[attribute.index] ?? -1;
    labels[attribute.key] = j < 0 ? null : (attribute.values[j] ?? null);
  }
  return Object.freeze(labels);
}

/** Per attribute, the position of the input's value in its block (-1 = missing). */
export function labelIndices(schema: AttributeSchema, input: LabelInput): Int32Array {
  const indices = new Int32Array(schema.attributes.length).fill(-1);
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(input)) {
    const attribute = getAttribute(schema, name);
    const earlier = seen.get(attribute.key);
    if (earlier !== undefined) {
      throw new SchemaError(
        "duplicate_attribute",
        `Labels name attribute "${attribute.key}" twice: as "${earlier}" and as "${name}"`,
        { attribute: attribute.key },
      );
    }
    seen.set(attribute.key, name);
    if (value !== null && value !== undefined) {
      indices[attribute.index] = getValueIndex(attribute, value);
    }
  }
  return indices;
}
