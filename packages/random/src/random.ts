/** A source of uniform numbers in [0, 1), like `Math.random` but reproducible. */
export type Random = () => number;

/**
 * A seeded PRNG (mulberry32): the same seed gives the same sequence on every machine, so
 * generated catalogs, training pairs and property-style tests reproduce exactly.
 *
 * @example
 * const random = seededRandom(7);
 * random(); // in [0, 1), the same first value for seed 7 everywhere
 */
export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` uniform values in [low, high).
 *
 * @example
 * uniformArray(seededRandom(1), 4096, -1, 1); // Float32Array of 4096 values in [-1, 1)
 */
export function uniformArray(random: Random, length: number, low = 0, high = 1): Float32Array {
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) out[i] = low + random() * (high - low);
  return out;
}

/**
 * One element of `items`, uniformly.
 *
 * @example
 * pick(seededRandom(3), ["Navy", "Black", "Red"]);
 */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError("pick: no items to choose from");
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * A shuffled copy of `items` (Fisher-Yates).
 *
 * @example
 * shuffled(["a", "b", "c"], seededRandom(5));
 */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
