import { seededRandom } from "@atelier/random";
import { type Gallery, galleryRow, indexByLabels, labelKey } from "./gallery.ts";
import { singleManipulationQueries, singleQueryIndicator, singleQueryTarget } from "./single.ts";

export interface TripletOptions {
  /** Triplets per reference item at most (default 1). */
  readonly perReference?: number;
  readonly seed?: number;
}

/** ADDE's manipulation triplets over a split: `[reference, positive, negative]` and indicators. */
export interface ManipulationTriplets {
  /** `count x 3` item positions, row-major. */
  readonly triplets: Int32Array;
  /** `count x total` indicators (-1/0/1), row-major. */
  readonly indicators: Int8Array;
  readonly count: number;
}

/**
 * Training triplets for the manipulation loss (ADDE's `triplet_train.txt` and
 * `triplet_train_ind.txt`): a reference, a positive with the reference's labels changed as the
 * indicator says (a single-manipulation query's target, found through the label index), and a
 * negative drawn at random among items without those target labels.
 *
 * @example
 * const t = manipulationTriplets(trainGallery(catalog), { seed: 1 }); // t.count <= train size
 */
export function manipulationTriplets(
  gallery: Gallery,
  options: TripletOptions = {},
): ManipulationTriplets {
  const seed = options.seed ?? 0;
  const queries = singleManipulationQueries(gallery, {
    maxPerReference: options.perReference ?? 1,
    seed,
  });
  const index = indexByLabels(gallery);
  const random = seededRandom(seed + 1);
  const total = gallery.schema.total;
  const triplets = new Int32Array(queries.count * 3);
  const indicators = new Int8Array(queries.count * total);
  for (let q = 0; q < queries.count; q++) {
    const key = labelKey(singleQueryTarget(gallery, queries, q));
    const positives = index.get(key) ?? [];
    const positive = positives[Math.floor(random() * positives.length)] ?? 0;
    let negative = Math.floor(random() * gallery.count);
    while (labelKey(galleryRow(gallery, negative)) === key) {
      negative = Math.floor(random() * gallery.count);
    }
    triplets.set([queries.reference[q] ?? 0, positive, negative], q * 3);
    indicators.set(singleQueryIndicator(gallery, queries, q), q * total);
  }
  return { triplets, indicators, count: queries.count };
}
