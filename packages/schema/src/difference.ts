import { manipulationIndicator } from "./indicator.ts";
import { labelIndices } from "./labels.ts";
import type { AttributeSchema, LabelInput, LabelVectorLike, Manipulation } from "./types.ts";
import { valueIndices } from "./vector.ts";

/** Readable labels or a label vector; vectors are told apart as arrays / typed arrays. */
export type LabelSource = LabelInput | LabelVectorLike;

/**
 * Number of attribute blocks in which two items differ (missing counts as a value of its own).
 * Symmetric, 0 exactly when the label vectors are equal. Accepts labels or vectors.
 *
 * @example
 * distance(shopping100k, { color: "Red", collar: "Polo" }, { color: "Navy" }); // 2
 */
export function distance(schema: AttributeSchema, a: LabelSource, b: LabelSource): number {
  const x = toIndices(schema, a);
  const y = toIndices(schema, b);
  let differing = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differing++;
  return differing;
}

/**
 * The multi-manipulation from `query` to `target`: one manipulation per differing attribute, in
 * schema order (shuffle it for training). Their indicators sum to `target - query`, and applying
 * them in any order turns the query's labels into the target's.
 *
 * @example
 * splitDifference(shopping100k, { color: "Red" }, { color: "Navy", collar: "Polo" });
 * // [{ attribute: "collar", add: "Polo" }, { attribute: "color", remove: "Red", add: "Navy" }]
 */
export function splitDifference(
  schema: AttributeSchema,
  query: LabelSource,
  target: LabelSource,
): Manipulation[] {
  const from = toIndices(schema, query);
  const to = toIndices(schema, target);
  const split: Manipulation[] = [];
  for (const attribute of schema.attributes) {
    const old = from[attribute.index] ?? -1;
    const next = to[attribute.index] ?? -1;
    if (old === next) continue;
    split.push(
      Object.freeze({
        attribute: attribute.key,
        ...(old < 0 ? {} : { remove: attribute.values[old] }),
        ...(next < 0 ? {} : { add: attribute.values[next] }),
      }),
    );
  }
  return split;
}

/**
 * `splitDifference` as indicator vectors, one `Float32Array` per differing attribute.
 *
 * @example
 * splitIndicators(shopping100k, queryLabels, targetLabels).length; // = distance
 */
export function splitIndicators(
  schema: AttributeSchema,
  query: LabelSource,
  target: LabelSource,
): Float32Array[] {
  return splitDifference(schema, query, target).map((m) => manipulationIndicator(schema, m));
}

function toIndices(schema: AttributeSchema, source: LabelSource): Int32Array {
  return Array.isArray(source) || ArrayBuffer.isView(source)
    ? valueIndices(schema, source as LabelVectorLike)
    : labelIndices(schema, source as LabelInput);
}
