/**
 * Independent seeds per catalog item and purpose (labels, text, image, ...), derived from the
 * catalog seed by an integer hash (murmur3's finaliser). Any item can then be regenerated alone,
 * in any order or worker, and come out the same.
 *
 * @example
 * seededRandom(itemSeed(42, 17, Stream.Text)); // the text stream of item 17 of catalog 42
 */
export function itemSeed(seed: number, item: number, stream: number): number {
  let h = mix(seed ^ 0x9e3779b9);
  h = mix(h ^ item);
  return mix(h ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
}

/** The purposes an item draws random numbers for; each has a stream of its own. */
export const Stream = {
  Labels: 0,
  Text: 1,
  Image: 2,
  Split: 3,
  Design: 4,
} as const;

function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
