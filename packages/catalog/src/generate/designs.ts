import { type Random, seededRandom } from "@atelier/random";
import type { AttributeSchema } from "@atelier/schema";
import { itemSeed, Stream } from "./item-seed.ts";
import { VARIANTS } from "./priors.ts";
import { redrawValue, sampleValueIndices } from "./sample-labels.ts";

/**
 * The catalog's designs: `count` label rows drawn from the priors (`sampleValueIndices`), one
 * seeded stream per design.
 *
 * @example
 * const pool = designPool(shopping100k, 42, 2_500); // 2,500 x 12 value positions
 */
export function designPool(schema: AttributeSchema, seed: number, count: number): Int8Array {
  const width = schema.attributes.length;
  const pool = new Int8Array(count * width);
  for (let d = 0; d < count; d++) {
    const random = seededRandom(itemSeed(seed, d, Stream.Design));
    pool.set(sampleValueIndices(schema, random), d * width);
  }
  return pool;
}

/**
 * The design of catalog item `item`: mostly the design of its block of `VARIANTS.perDesign` items
 * (a product line), sometimes (`VARIANTS.revisit`) an earlier one (basics sold again and again).
 * Depends on the item's position alone, so a catalog of 2,000 items is the first 2,000 items of a
 * catalog of 3,000 with the same seed, and product ids mean the same product in both.
 *
 * @example
 * designOf(17, random); // 2, or any of 0..2
 */
export function designOf(item: number, random: Random): number {
  const block = Math.floor(item / VARIANTS.perDesign);
  return random() < VARIANTS.revisit ? Math.floor(random() * (block + 1)) : block;
}

/** Number of designs the first `count` items use. */
export function designCount(count: number): number {
  return Math.floor((count - 1) / VARIANTS.perDesign) + 1;
}

/**
 * Labels of one item: design `design` of `pool`, in its own colour with probability
 * `VARIANTS.colour`, and with one other attribute redrawn with probability `VARIANTS.mutation`
 * (category and gender stay: a variant is the same garment).
 *
 * @example
 * const random = seededRandom(itemSeed(42, i, Stream.Labels));
 * const row = sampleVariant(shopping100k, pool, designOf(i, random), random);
 */
export function sampleVariant(
  schema: AttributeSchema,
  pool: Int8Array,
  design: number,
  random: Random,
): Int8Array {
  const width = schema.attributes.length;
  if (!(design >= 0 && (design + 1) * width <= pool.length)) {
    throw new RangeError(`design ${design} is not in the pool of ${pool.length / width}`);
  }
  const row = pool.slice(design * width, (design + 1) * width);
  const colour = indexOf(schema, "color");
  if (colour >= 0 && random() < VARIANTS.colour)
    row[colour] = redrawValue(schema, row, colour, random);
  if (random() < VARIANTS.mutation) {
    const fixed = new Set([indexOf(schema, "category"), indexOf(schema, "gender"), colour]);
    const open = schema.attributes.filter((a) => !fixed.has(a.index)).map((a) => a.index);
    const a = open[Math.floor(random() * open.length)];
    if (a !== undefined) row[a] = redrawValue(schema, row, a, random);
  }
  return row;
}

function indexOf(schema: AttributeSchema, key: string): number {
  return schema.attributes.find((a) => a.key === key)?.index ?? -1;
}
