import { assertNever, SchemaError } from "./errors.ts";
import { normalizeLabels } from "./labels.ts";
import { canonicalValue, getAttribute } from "./lookup.ts";
import type { AttributeSchema, LabelInput, Manipulation, ManipulationKind } from "./types.ts";

/**
 * `replace` (remove and add), `add` (attribute was missing) or `remove` (e.g. "no collar").
 * Throws `empty_manipulation` when it has neither.
 *
 * @example
 * manipulationKind({ attribute: "collar", remove: "Polo" }); // "remove"
 */
export function manipulationKind(manipulation: Manipulation): ManipulationKind {
  const { remove, add, attribute } = manipulation;
  if (remove != null && add != null) return "replace";
  if (add != null) return "add";
  if (remove != null) return "remove";
  throw new SchemaError(
    "empty_manipulation",
    `Manipulation of "${attribute}" has neither "remove" nor "add"`,
    { attribute },
  );
}

/**
 * The manipulation with canonical attribute key and value spellings, checked on its own:
 * known attribute and values, at least one of remove/add, and not removing what it adds.
 *
 * @example
 * normalizeManipulation(shopping100k, { attribute: "Color", add: "navy" });
 * // { attribute: "color", add: "Navy" }
 */
export function normalizeManipulation(
  schema: AttributeSchema,
  manipulation: Manipulation,
): Manipulation {
  const attribute = getAttribute(schema, manipulation.attribute);
  const kind = manipulationKind(manipulation);
  const remove =
    manipulation.remove == null ? undefined : canonicalValue(attribute, manipulation.remove);
  const add = manipulation.add == null ? undefined : canonicalValue(attribute, manipulation.add);
  switch (kind) {
    case "replace":
      if (remove === add) {
        throw new SchemaError(
          "no_op_manipulation",
          `Manipulation of "${attribute.key}" removes and adds the same value "${add}"`,
          { attribute: attribute.key, ...(add === undefined ? {} : { value: add }) },
        );
      }
      return Object.freeze({ attribute: attribute.key, remove, add });
    case "add":
      return Object.freeze({ attribute: attribute.key, add });
    case "remove":
      return Object.freeze({ attribute: attribute.key, remove });
    default:
      return assertNever(kind);
  }
}

/**
 * Checks a manipulation against the labels it applies to: on top of `normalizeManipulation`,
 * `remove` must be the current value, and a present value must be removed before another is
 * added (`remove_mismatch`), so that its indicator is -1 at the old value as the models expect.
 *
 * @example
 * validateManipulation(shopping100k, { color: "Red" }, { attribute: "color", remove: "Red", add: "Navy" });
 */
export function validateManipulation(
  schema: AttributeSchema,
  labels: LabelInput,
  manipulation: Manipulation,
): Manipulation {
  const checked = normalizeManipulation(schema, manipulation);
  const current = normalizeLabels(schema, labels)[checked.attribute] ?? null;
  const { attribute: key, remove, add } = checked;
  const problem = removeProblem(key, current, remove, add);
  if (problem !== undefined) {
    const what = remove === undefined ? `add "${add}" to` : `remove "${remove}" from`;
    throw new SchemaError("remove_mismatch", `Cannot ${what} "${key}": ${problem}`, {
      attribute: key,
      ...(remove === undefined ? {} : { value: remove }),
    });
  }
  return checked;
}

/** Why `remove` does not fit the current value, or undefined when it does. */
function removeProblem(
  key: string,
  current: string | null,
  remove: string | undefined,
  add: string | undefined,
): string | undefined {
  if (remove === undefined) {
    return current === null
      ? undefined
      : `its current value "${current}" must be removed before adding "${add}"`;
  }
  if (current === null) return `the item has no ${key}`;
  return remove === current ? undefined : `its current value is "${current}"`;
}
