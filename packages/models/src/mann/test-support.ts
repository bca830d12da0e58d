// Shared by the MANN's *.test.ts files only; not exported from the package.
import type { Random } from "@atelier/random";
import { pick, uniformArray } from "@atelier/random";
import {
  type AttributeSchema,
  loadAttributeSchema,
  type Manipulation,
  manipulationIndicator,
} from "@atelier/schema";
import type { MannSequence } from "./batch.ts";

/** Builds a schema file from attribute keys and values, offsets following one another. */
export function schemaOf(dataset: string, blocks: Record<string, string[]>): AttributeSchema {
  let total = 0;
  const attributes = Object.entries(blocks).map(([key, values]) => {
    const attribute = { key, name: key, offset: total, values };
    total += values.length;
    return attribute;
  });
  return loadAttributeSchema({ dataset, total, attributes });
}

/**
 * Not Shopping100k's 12 attributes: 3 attributes, 7 values (DeepFashion's 3 attributes at a
 * tiny size), so the tests show that nothing assumes 12 x 151 and stay light.
 */
export const tinySchema: AttributeSchema = schemaOf("tiny", {
  shape: ["A-line", "Bodycon", "Wrap"],
  sleeve: ["Long", "Short"],
  texture: ["Knit", "Lace"],
});

/** A random one-attribute manipulation: an add, a replace or a remove. */
export function randomManipulation(schema: AttributeSchema, random: Random): Manipulation {
  const attribute = pick(random, schema.attributes);
  const add = pick(random, attribute.values);
  const remove = pick(
    random,
    attribute.values.filter((v) => v !== add),
  );
  const kind = random();
  if (kind < 1 / 3) return { attribute: attribute.key, add };
  if (kind < 2 / 3) return { attribute: attribute.key, remove };
  return { attribute: attribute.key, remove, add };
}

/** `count` random one-attribute indicators, `schema.total` wide each. */
export function randomIndicators(
  schema: AttributeSchema,
  random: Random,
  count: number,
): Float32Array[] {
  return Array.from({ length: count }, () =>
    manipulationIndicator(schema, randomManipulation(schema, random)),
  );
}

/** Random sequences of 1..`maxSteps` manipulations from random queries to random targets. */
export function randomSequences(
  schema: AttributeSchema,
  dim: number,
  random: Random,
  count: number,
  maxSteps: number,
): MannSequence[] {
  const width = schema.attributes.length * dim;
  return Array.from({ length: count }, () => ({
    query: uniformArray(random, width, -1, 1),
    indicators: randomIndicators(schema, random, 1 + Math.floor(random() * maxSteps)),
    target: uniformArray(random, width, -1, 1),
  }));
}

/** The largest |a_i - b_i|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = a.length === b.length ? 0 : Number.POSITIVE_INFINITY;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return max;
}
