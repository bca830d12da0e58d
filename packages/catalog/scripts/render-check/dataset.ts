/**
 * The data of the render check: labels sampled the way the catalog generator samples them
 * (applicability respected), rendered at `size` px and stored as bytes (4x smaller than floats),
 * with one target class per attribute (the value's index, or `size` of the attribute = missing).
 */
import { type Random, seededRandom } from "@atelier/random";
import { type Labels, shopping100k } from "@atelier/schema";
import { sampleLabels } from "../../src/generate/sample-labels.ts";
import { renderGarment } from "../../src/render/render.ts";

/** Rendered items: pixels as bytes ([n, size, size, 3]) and per-attribute class indices. */
export interface RenderSet {
  readonly n: number;
  readonly size: number;
  readonly pixels: Uint8Array;
  /** targets[a][i]: class of item i for attribute a (attribute size = missing). */
  readonly targets: readonly Int32Array[];
}

/** Number of classes of each attribute head: its values plus "missing". */
export const HEAD_SIZES = shopping100k.attributes.map((a) => a.size + 1);

/** Class index of each attribute of `labels` (missing = the attribute's size). */
export function targetsOf(labels: Labels): number[] {
  return shopping100k.attributes.map((a) => {
    const value = labels[a.key];
    return value === null || value === undefined ? a.size : a.values.indexOf(value);
  });
}

/**
 * Samples and renders the next `n` items of `random`'s stream (synchronous: a worker thread
 * calls it to render ahead of training).
 */
export function renderItems(random: Random, n: number, size: number): RenderSet {
  const pixels = new Uint8Array(n * size * size * 3);
  const targets = shopping100k.attributes.map(() => new Int32Array(n));
  for (let i = 0; i < n; i++) renderInto(random, size, pixels, targets, i);
  return { n, size, pixels, targets };
}

function renderInto(
  random: Random,
  size: number,
  pixels: Uint8Array,
  targets: Int32Array[],
  i: number,
): void {
  const labels = sampleLabels(shopping100k, random);
  const image = renderGarment(labels, { seed: Math.floor(random() * 2 ** 31), size }).pixels;
  const offset = i * image.length;
  for (let j = 0; j < image.length; j++) pixels[offset + j] = Math.round((image[j] ?? 0) * 255);
  for (const [a, t] of targetsOf(labels).entries()) (targets[a] as Int32Array)[i] = t;
}

/**
 * Samples and renders `n` items from `seed`; `onProgress` is called every 100 items, between
 * which the event loop runs (progress bars redraw).
 *
 * @example
 * const test = await renderSet(2000, 64, 7, (done) => bar.update(done));
 */
export async function renderSet(
  n: number,
  size: number,
  seed: number,
  onProgress: (done: number) => void,
): Promise<RenderSet> {
  const random: Random = seededRandom(seed);
  const pixels = new Uint8Array(n * size * size * 3);
  const targets = shopping100k.attributes.map(() => new Int32Array(n));
  for (let i = 0; i < n; i++) {
    renderInto(random, size, pixels, targets, i);
    if ((i + 1) % 100 === 0 || i + 1 === n) {
      onProgress(i + 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { n, size, pixels, targets };
}
