import { SchemaError } from "./errors.ts";
import { nearMatches, normalizeName, quoteList } from "./suggest.ts";
import type { Attribute, AttributeSchema } from "./types.ts";

// Built lazily per schema object: schemas stay plain frozen data, lookups stay O(1).
const attributeMaps = new WeakMap<AttributeSchema, ReadonlyMap<string, Attribute>>();

function attributeMap(schema: AttributeSchema): ReadonlyMap<string, Attribute> {
  let map = attributeMaps.get(schema);
  if (!map) {
    const byName = new Map<string, Attribute>();
    for (const attribute of schema.attributes) {
      byName.set(normalizeName(attribute.name), attribute);
      byName.set(normalizeName(attribute.key), attribute);
    }
    map = byName;
    attributeMaps.set(schema, map);
  }
  return map;
}

/**
 * The attribute named by key or display name, ignoring case and surrounding spaces.
 * Throws `unknown_attribute` listing near matches, or every key when none is near.
 *
 * @example
 * getAttribute(shopping100k, "Sleeve length").key; // "sleevelen"
 */
export function getAttribute(schema: AttributeSchema, name: string): Attribute {
  const attribute = attributeMap(schema).get(normalizeName(name));
  if (attribute) return attribute;
  const keys = schema.attributes.map((a) => a.key);
  const near = nearMatches(name, [...keys, ...schema.attributes.map((a) => a.name)]).map(
    (n) => getAttribute(schema, n).key,
  );
  const suggestions = near.length > 0 ? [...new Set(near)] : keys;
  const hint =
    near.length > 0
      ? `did you mean ${quoteList(suggestions)}?`
      : `attributes are ${quoteList(keys)}`;
  throw new SchemaError(
    "unknown_attribute",
    `Unknown attribute "${name}" in ${schema.dataset}: ${hint}`,
    {
      attribute: name,
      suggestions,
    },
  );
}

/**
 * Position (0-based, within the attribute's block) of a value, ignoring case and surrounding
 * spaces. Throws `unknown_value` listing near matches, or the attribute's allowed values.
 *
 * @example
 * const color = getAttribute(shopping100k, "color");
 * color.offset + getValueIndex(color, "navy"); // 38: its entry in a label vector
 */
export function getValueIndex(attribute: Attribute, value: string): number {
  const index = valueMap(attribute).get(normalizeName(value));
  if (index !== undefined) return index;
  const near = nearMatches(value, attribute.values);
  const hint =
    near.length > 0
      ? `did you mean ${quoteList(near)}?`
      : `allowed values are ${quoteList(attribute.values)}`;
  throw new SchemaError(
    "unknown_value",
    `Unknown value "${value}" for attribute "${attribute.key}": ${hint}`,
    {
      attribute: attribute.key,
      value,
      suggestions: near.length > 0 ? near : attribute.values,
    },
  );
}

/** Canonical spelling of a value (`"navy"` -> `"Navy"`); throws like `getValueIndex`. */
export function canonicalValue(attribute: Attribute, value: string): string {
  return attribute.values[getValueIndex(attribute, value)] ?? value;
}

// Attributes carry no back-reference to their schema, so value maps are cached per attribute.
const valueMaps = new WeakMap<Attribute, ReadonlyMap<string, number>>();

function valueMap(attribute: Attribute): ReadonlyMap<string, number> {
  let map = valueMaps.get(attribute);
  if (!map) {
    map = new Map(attribute.values.map((v, i) => [normalizeName(v), i] as const));
    valueMaps.set(attribute, map);
  }
  return map;
}
