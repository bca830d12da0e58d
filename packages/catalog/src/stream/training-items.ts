/**
 * Fresh labelled renders for training models on pixels: labels sampled the way the catalog
 * generator samples them (applicability respected), rendered at `size` px and kept as bytes
 * (4x smaller than floats), with each item's value positions (-1 = missing) like a gallery row.
 */
import { type Random, seededRandom } from "@atelier/random";
import { shopping100k } from "@atelier/schema";
import { sampleLabels } from "../generate/sample-labels.ts";
import { renderGarment } from "../render/render.ts";

/** `n` rendered items: pixels [n, size, size, 3] as bytes, value positions [n, attributes]. */
export interface TrainingItems {
  readonly n: number;
  readonly size: number;
  readonly pixels: Uint8Array;
  /** Row-major `n x attributes` value positions, -1 where the attribute is missing. */
  readonly rows: Int8Array;
}

const ATTRIBUTES = shopping100k.attributes;

/**
 * Samples and renders the next `n` items of `random`'s stream (synchronous: a worker thread
 * calls it to render ahead of training).
 *
 * @example
 * const items = renderTrainingItems(seededRandom(1), 64, 64); // 64 items at 64 px
 */
export function renderTrainingItems(random: Random, n: number, size: number): TrainingItems {
  const items = emptyItems(n, size);
  for (let i = 0; i < n; i++) renderInto(random, items, i);
  return items;
}

/**
 * Samples and renders `n` items from `seed`, yielding to the event loop every 100 items so that
 * progress bars redraw (a held-out set, rendered once).
 *
 * @example
 * const test = await renderTrainingSet(2000, 64, 7, (done) => bar.update(done));
 */
export async function renderTrainingSet(
  n: number,
  size: number,
  seed: number,
  onProgress: (done: number) => void = () => {},
): Promise<TrainingItems> {
  const random = seededRandom(seed);
  const items = emptyItems(n, size);
  for (let i = 0; i < n; i++) {
    renderInto(random, items, i);
    if ((i + 1) % 100 === 0 || i + 1 === n) {
      onProgress(i + 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return items;
}

/** Row `i` of `items.rows`: the value position of each attribute (-1 = missing). */
export function trainingItemRow(items: TrainingItems, i: number): Int8Array {
  return items.rows.subarray(i * ATTRIBUTES.length, (i + 1) * ATTRIBUTES.length);
}

function emptyItems(n: number, size: number): TrainingItems {
  if (!(Number.isInteger(n) && n > 0))
    throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!(Number.isInteger(size) && size >= 16)) {
    throw new RangeError(`size must be an integer of at least 16 px, got ${size}`);
  }
  return {
    n,
    size,
    pixels: new Uint8Array(n * size * size * 3),
    rows: new Int8Array(n * ATTRIBUTES.length),
  };
}

function renderInto(random: Random, items: TrainingItems, i: number): void {
  const labels = sampleLabels(shopping100k, random);
  const seed = Math.floor(random() * 2 ** 31);
  const image = renderGarment(labels, { seed, size: items.size }).pixels;
  const offset = i * image.length;
  for (let j = 0; j < image.length; j++)
    items.pixels[offset + j] = Math.round((image[j] ?? 0) * 255);
  ATTRIBUTES.forEach((a, k) => {
    const value = labels[a.key];
    items.rows[i * ATTRIBUTES.length + k] =
      value === null || value === undefined ? -1 : a.values.indexOf(value);
  });
}
