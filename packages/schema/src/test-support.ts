// Shared by the *.test.ts files only; not exported from the package.
export { seededRandom, shuffled } from "@atelier/random";

import type { Random } from "@atelier/random";
import { isSchemaError, type SchemaError } from "./errors.ts";
import type { AttributeSchema, Labels } from "./types.ts";

/** A DeepFashion-sized stand-in: 3 attributes, no per-attribute files, nothing like Shopping100k. */
export const tinySchemaJson = {
  dataset: "tiny",
  total: 7,
  attributes: [
    { key: "shape", name: "Shape", offset: 0, values: ["A-line", "Bodycon", "Wrap"] },
    { key: "sleeve", name: "Sleeve", offset: 3, values: ["Long", "Short"] },
    { key: "texture", name: "Texture", offset: 5, values: ["Knit", "Lace"] },
  ],
};

/** Random labels: each attribute missing with probability `missing`, else a uniform value. */
export function randomLabels(schema: AttributeSchema, random: Random, missing = 0.3): Labels {
  const labels: Record<string, string | null> = {};
  for (const attribute of schema.attributes) {
    labels[attribute.key] =
      random() < missing ? null : (attribute.values[Math.floor(random() * attribute.size)] ?? null);
  }
  return labels;
}

/** Copy of `labels` with about `changes` attributes redrawn (some may redraw the same value). */
export function perturb(
  schema: AttributeSchema,
  labels: Labels,
  changes: number,
  random: Random,
): Labels {
  const next: Record<string, string | null> = { ...labels };
  const fresh = randomLabels(schema, random);
  for (let i = 0; i < changes; i++) {
    const attribute = schema.attributes[Math.floor(random() * schema.attributes.length)];
    if (attribute) next[attribute.key] = fresh[attribute.key] ?? null;
  }
  return next;
}

/** Runs `fn` and returns the SchemaError it throws; fails the test on any other outcome. */
export function schemaErrorOf(fn: () => unknown): SchemaError {
  try {
    fn();
  } catch (error) {
    if (isSchemaError(error)) return error;
    throw error;
  }
  throw new Error("expected a SchemaError, nothing was thrown");
}
