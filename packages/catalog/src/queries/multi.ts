import { seededRandom } from "@atelier/random";
import { type Gallery, galleryRow } from "./gallery.ts";

export interface MultiPairOptions {
  /** Number of pairs (default 1,000). */
  readonly count?: number;
  /** Seed (default 0: the fixed evaluation set). */
  readonly seed?: number;
  readonly minDistance?: number;
  /** Largest distance (default 8). */
  readonly maxDistance?: number;
  /**
   * `natural`: random gallery pairs whose distance is in range, kept as they come (few at 1-2);
   * `balanced` (default): the same number of pairs at every distance, for per-distance figures.
   */
  readonly distribution?: "natural" | "balanced";
}

/** Multi-manipulation (query, target) pairs of gallery positions, and how distances fall. */
export interface MultiPairs {
  readonly query: Int32Array;
  readonly target: Int32Array;
  readonly distance: Int8Array;
  /** Pairs per distance, e.g. `{ "1": 12, ..., "8": 301 }`. */
  readonly histogram: Readonly<Record<string, number>>;
  readonly options: Required<MultiPairOptions>;
}

/**
 * Draws (query, target) pairs from the gallery at distance `minDistance..maxDistance` (number of
 * differing attribute blocks); a pair's multi-manipulation is `splitDifference(query, target)`.
 *
 * @example
 * const pairs = multiManipulationPairs(testGallery(catalog)); // 1,000 pairs, seed 0
 * pairs.histogram; // { "1": ..., "8": ... }
 */
export function multiManipulationPairs(
  gallery: Gallery,
  options: MultiPairOptions = {},
): MultiPairs {
  const o: Required<MultiPairOptions> = {
    count: options.count ?? 1000,
    seed: options.seed ?? 0,
    minDistance: options.minDistance ?? 1,
    maxDistance: options.maxDistance ?? 8,
    distribution: options.distribution ?? "balanced",
  };
  if (!(o.minDistance >= 1 && o.minDistance <= o.maxDistance)) {
    throw new RangeError(
      `minDistance must be in 1..maxDistance, got ${o.minDistance}..${o.maxDistance}`,
    );
  }
  if (gallery.count < 2) throw new RangeError("the gallery needs at least 2 items to draw pairs");
  const random = seededRandom(o.seed);
  const span = o.maxDistance - o.minDistance + 1;
  const quota = (d: number) =>
    o.distribution === "natural"
      ? o.count
      : Math.floor(o.count / span) + (d - o.minDistance < o.count % span ? 1 : 0);
  const made = new Map<number, number>();
  const query: number[] = [];
  const target: number[] = [];
  const distance: number[] = [];
  const attempts = o.count * 2000;
  for (let tries = 0; query.length < o.count; tries++) {
    if (tries > attempts) {
      throw new Error(
        `found only ${query.length} of ${o.count} pairs at distance ${o.minDistance}..${o.maxDistance}`,
      );
    }
    const q = Math.floor(random() * gallery.count);
    const wanted = o.distribution === "balanced" ? pickWanted(made, quota, o, random) : -1;
    const t =
      o.distribution === "balanced"
        ? nearestAt(gallery, q, wanted, random)
        : randomOther(gallery, q, random);
    if (t < 0) continue;
    const d = rowDistance(galleryRow(gallery, q), galleryRow(gallery, t));
    if (d < o.minDistance || d > o.maxDistance || (made.get(d) ?? 0) >= quota(d)) continue;
    made.set(d, (made.get(d) ?? 0) + 1);
    query.push(q);
    target.push(t);
    distance.push(d);
  }
  const histogram: Record<string, number> = {};
  for (let d = o.minDistance; d <= o.maxDistance; d++) histogram[String(d)] = made.get(d) ?? 0;
  return {
    query: Int32Array.from(query),
    target: Int32Array.from(target),
    distance: Int8Array.from(distance),
    histogram,
    options: o,
  };
}

function randomOther(gallery: Gallery, q: number, random: () => number): number {
  const t = Math.floor(random() * (gallery.count - 1));
  return t >= q ? t + 1 : t;
}

/** A distance whose quota is not yet met, uniformly. */
function pickWanted(
  made: Map<number, number>,
  quota: (d: number) => number,
  o: Required<MultiPairOptions>,
  random: () => number,
): number {
  const open: number[] = [];
  for (let d = o.minDistance; d <= o.maxDistance; d++)
    if ((made.get(d) ?? 0) < quota(d)) open.push(d);
  return open[Math.floor(random() * open.length)] ?? o.minDistance;
}

/** A random gallery item at exactly distance `d` from item `q`, or -1 when there is none. */
function nearestAt(gallery: Gallery, q: number, d: number, random: () => number): number {
  const row = galleryRow(gallery, q);
  const found: number[] = [];
  for (let t = 0; t < gallery.count; t++) {
    if (rowDistance(row, galleryRow(gallery, t)) === d) found.push(t);
  }
  return found[Math.floor(random() * found.length)] ?? -1;
}

function rowDistance(a: Int8Array, b: Int8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d;
}
