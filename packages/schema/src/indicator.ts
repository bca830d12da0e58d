import { getAttribute, getValueIndex } from "./lookup.ts";
import { normalizeManipulation } from "./manipulation.ts";
import type { AttributeSchema, Manipulation } from "./types.ts";

/**
 * The manipulation as the models read it: `schema.total` entries, -1 at the removed value and
 * +1 at the added one (only +1 when adding to a missing attribute, only -1 when removing).
 * Labels vector + indicator = labels vector after the manipulation.
 *
 * @example
 * const ind = manipulationIndicator(shopping100k, { attribute: "color", remove: "Red", add: "Navy" });
 * ind[45] === -1 && ind[38] === 1; // true
 */
export function manipulationIndicator(
  schema: AttributeSchema,
  manipulation: Manipulation,
): Float32Array {
  const { attribute: key, remove, add } = normalizeManipulation(schema, manipulation);
  const attribute = getAttribute(schema, key);
  const indicator = new Float32Array(schema.total);
  if (remove !== undefined) indicator[attribute.offset + getValueIndex(attribute, remove)] = -1;
  if (add !== undefined) indicator[attribute.offset + getValueIndex(attribute, add)] = 1;
  return indicator;
}
