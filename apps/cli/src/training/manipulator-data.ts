/**
 * The one place that turns a train split (per item its value positions and its encoder
 * features) into what the manipulators train on: ADDE's manipulation triplets for ADDE-M, and
 * (query, manipulations, target) sequences at distance 1..8 drawn on the fly for the MANN, the
 * manipulations in a random order each time. The procedural catalog (catalog-data.ts) and a
 * dataset folder (dataset-data.ts) both feed it, so both train on the same kind of data.
 */
import {
  type Gallery,
  galleryRow,
  manipulationTriplets,
  multiManipulationPairs,
} from "@atelier/catalog";
import type { AddeMTrainingData, MannSequence, MannTrainingData } from "@atelier/models";
import { shuffled } from "@atelier/random";
import { fromValueIndices, splitIndicators } from "@atelier/schema";

/** A train split: item k is row k of `gallery` and of `features`. */
export interface TrainSplit {
  /** Where the items come from, e.g. `catalog seed 42, 20000 products`, for the run's config. */
  readonly source: string;
  /** Value positions per item (-1 = missing). */
  readonly gallery: Gallery;
  /** [gallery.count, vectorSize] encoder features, not normalised. */
  readonly features: Float32Array;
  readonly vectorSize: number;
}

/** Triplets as ADDE-M reads them: [reference, positive, negative] rows and their indicators. */
export type Triplets = AddeMTrainingData["triplets"];

/** Triplets per reference item when drawn from labels: four where the split has them. */
const TRIPLETS_PER_REFERENCE = 4;

/**
 * ADDE-M's data: `given` triplets (a dataset's `triplet_train.txt`, described by `from`), or
 * else triplets drawn from the split's labels with `seed`.
 *
 * @example
 * await trainAddeMRun(tf, shopping100k, args, addeMData(split, 42));
 */
export function addeMData(
  split: TrainSplit,
  seed: number,
  given?: { triplets: Triplets; from: string },
): AddeMTrainingData {
  const triplets =
    given?.triplets ??
    manipulationTriplets(split.gallery, { perReference: TRIPLETS_PER_REFERENCE, seed });
  if (triplets.count === 0) {
    // Caught here: the training loop's own check could only say "0 triplets".
    throw new Error(
      `train memory: ${split.source}: no manipulation triplets (${given ? `${given.from} is empty` : "no two train items differ in exactly one attribute"}); ADDE-M needs at least one`,
    );
  }
  const how = given
    ? `${triplets.count} triplets from ${given.from}`
    : `${TRIPLETS_PER_REFERENCE} triplets per reference`;
  return {
    name: `${split.source}: train split, ${how}`,
    count: split.gallery.count,
    features: split.features,
    labels: labelVectors(split.gallery),
    triplets,
  };
}

/**
 * The MANN's data: pairs of train items at distance 1..maxDistance, the same number at each
 * distance, drawn anew for every step. Throws before training when the split lacks pairs at
 * some distance (a small dataset), rather than at the first step that asks for one.
 *
 * @example
 * await trainMannRun(tf, shopping100k, args, mannData(split, 8));
 */
export function mannData(split: TrainSplit, maxDistance: number): MannTrainingData {
  const { gallery, vectorSize } = split;
  checkDistances(split, maxDistance);
  const row = (k: number) => split.features.subarray(k * vectorSize, (k + 1) * vectorSize);
  const labels = (k: number) => fromValueIndices(gallery.schema, galleryRow(gallery, k));
  return {
    name: `${split.source}: train split, pairs at distance 1..${maxDistance} (balanced)`,
    vectorSize,
    prototypes: {
      count: gallery.count,
      features: split.features,
      labels: labelVectors(gallery),
    },
    sequences(random, count): MannSequence[] {
      const pairs = multiManipulationPairs(gallery, {
        count,
        seed: Math.floor(random() * 2 ** 31),
        maxDistance,
      });
      return Array.from(pairs.query, (q, k) => {
        const t = pairs.target[k] as number;
        const indicators = splitIndicators(gallery.schema, labels(q), labels(t));
        return {
          query: row(q),
          indicators: shuffled(indicators, random),
          target: row(t),
          targetValues: galleryRow(gallery, t),
        };
      });
    },
  };
}

/** One pair at each distance 1..maxDistance, drawn once: what every step will ask for. */
function checkDistances(split: TrainSplit, maxDistance: number): void {
  try {
    multiManipulationPairs(split.gallery, { count: maxDistance, maxDistance, seed: 0 });
  } catch (error) {
    throw new Error(
      `train mann: ${split.source}: the train split (${split.gallery.count} items) lacks pairs at some distance in 1..${maxDistance} (${(error as Error).message}); lower --max-manipulations or train on more items`,
    );
  }
}

/** [count, total] 0/1 label vectors of the gallery's items, in gallery order. */
export function labelVectors(gallery: Gallery): Float32Array {
  const total = gallery.schema.total;
  const out = new Float32Array(gallery.count * total);
  for (let k = 0; k < gallery.count; k++) {
    out.set(fromValueIndices(gallery.schema, galleryRow(gallery, k)), k * total);
  }
  return out;
}
