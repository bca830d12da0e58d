import { SchemaError } from "./errors.ts";
import { normalizeLabels } from "./labels.ts";
import { getAttribute, getValueIndex } from "./lookup.ts";
import { validateManipulation } from "./manipulation.ts";
import type { AttributeSchema, LabelInput, Labels, Manipulation } from "./types.ts";

/**
 * The manipulation that sets `attribute` to `value` (`null` clears it), given current labels:
 * what a chat turn like "navy instead" becomes. Throws `no_op_manipulation` if nothing changes.
 *
 * @example
 * manipulationTo(shopping100k, { color: "Red" }, "color", "Navy");
 * // { attribute: "color", remove: "Red", add: "Navy" }
 */
export function manipulationTo(
  schema: AttributeSchema,
  labels: LabelInput,
  attribute: string,
  value: string | null,
): Manipulation {
  const target = getAttribute(schema, attribute);
  const current = normalizeLabels(schema, labels)[target.key] ?? null;
  const next = value === null ? null : (target.values[getValueIndex(target, value)] ?? null);
  if (next === current) {
    throw new SchemaError(
      "no_op_manipulation",
      `Attribute "${target.key}" is already ${next === null ? "missing" : `"${next}"`}`,
      { attribute: target.key, ...(next === null ? {} : { value: next }) },
    );
  }
  return Object.freeze({
    attribute: target.key,
    ...(current === null ? {} : { remove: current }),
    ...(next === null ? {} : { add: next }),
  });
}

/**
 * Labels after one manipulation (validated against them first).
 *
 * @example
 * applyManipulation(shopping100k, { collar: "Polo" }, { attribute: "collar", remove: "Polo" }).collar; // null
 */
export function applyManipulation(
  schema: AttributeSchema,
  labels: LabelInput,
  manipulation: Manipulation,
): Labels {
  const { attribute, add } = validateManipulation(schema, labels, manipulation);
  return Object.freeze({ ...normalizeLabels(schema, labels), [attribute]: add ?? null });
}

/**
 * Labels after several manipulations in order; each is validated against the labels it meets.
 *
 * @example
 * applyManipulations(shopping100k, start, splitDifference(shopping100k, start, target)); // = target
 */
export function applyManipulations(
  schema: AttributeSchema,
  labels: LabelInput,
  manipulations: readonly Manipulation[],
): Labels {
  return manipulations.reduce<Labels>(
    (current, m) => applyManipulation(schema, current, m),
    normalizeLabels(schema, labels),
  );
}
