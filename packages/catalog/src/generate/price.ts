import type { Random } from "@atelier/random";
import type { Labels } from "@atelier/schema";

/** Price range in cents per category, low to high (log-uniform between them). */
const RANGE: Readonly<Record<string, readonly [number, number]>> = {
  Coat: [7_900, 25_000],
  Jacket: [5_900, 20_000],
  Suit: [14_900, 45_000],
  Shirt: [2_500, 8_000],
  "T-shirt": [900, 3_500],
  Jumper: [2_900, 9_000],
  Shorts: [1_500, 4_500],
  Trouser: [2_900, 9_000],
  Jean: [3_500, 12_000],
  Swimming: [1_500, 6_000],
  Jumpsuit: [3_900, 12_000],
  Pyjamas: [1_900, 6_000],
  "Tracksuit Bottoms": [1_900, 6_000],
  Tracksuit: [3_900, 12_000],
  Skirt: [2_500, 8_000],
  Dress: [2_900, 15_000],
};
const DEFAULT_RANGE: readonly [number, number] = [1_900, 9_000];

/** Fabrics that cost more (or less) than the category's usual one. */
const FABRIC_FACTOR: Readonly<Record<string, number>> = {
  Leather: 1.8,
  Hardshell: 1.4,
  Softshell: 1.2,
  Lace: 1.2,
  Jersey: 0.9,
};

/**
 * A plausible shop price in cents for a garment: log-uniform in its category's range, scaled by
 * costly fabrics, ending in .99.
 *
 * @example
 * priceCents({ category: "Suit", fabric: null }, seededRandom(1)); // e.g. 23_999
 */
export function priceCents(labels: Labels, random: Random): number {
  const [low, high] = (labels.category && RANGE[labels.category]) || DEFAULT_RANGE;
  const factor = (labels.fabric && FABRIC_FACTOR[labels.fabric]) || 1;
  const raw = Math.exp(Math.log(low) + random() * Math.log(high / low)) * factor;
  return Math.max(1, Math.floor(raw / 100)) * 100 - 1;
}

/**
 * Units in stock: mostly tens, some sold out (8 %).
 *
 * @example
 * stockLevel(seededRandom(1)); // an integer in 0..200
 */
export function stockLevel(random: Random): number {
  if (random() < 0.08) return 0;
  return 1 + Math.floor(random() * random() * 200);
}
