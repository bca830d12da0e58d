import type { Catalog } from "./catalog.ts";
import { garmentPixels, garmentPng, garmentSvg } from "./garment-image.ts";

/** What to produce per item. */
export interface RenderOutputs {
  readonly svg?: boolean;
  readonly png?: boolean;
  readonly pixels?: boolean;
}

/** A batch of items for one worker. */
export interface RenderJob extends RenderOutputs {
  readonly id: number;
  /** Catalog positions to render. */
  readonly items: readonly number[];
  readonly size: number;
}

/** One rendered catalog item; fields are present as requested. */
export interface RenderedItem {
  readonly index: number;
  readonly svg?: string;
  /** PNG file bytes at `size` x `size`. */
  readonly png?: Uint8Array;
  /** `[size, size, 3]` RGB in [0, 1], row-major (HWC). */
  readonly pixels?: Float32Array;
}

/**
 * Renders the items of a job in the calling thread (workers call this too).
 *
 * @example
 * renderRange(catalog, { id: 0, items: [0, 1, 2], size: 96, pixels: true });
 */
export function renderRange(catalog: Catalog, job: RenderJob): RenderedItem[] {
  return job.items.map((index) => {
    const product = catalog.product(index);
    const svg = garmentSvg(product.labels, product.imageSeed);
    return {
      index,
      ...(job.svg ? { svg } : {}),
      ...(job.png ? { png: garmentPng(svg, job.size) } : {}),
      ...(job.pixels ? { pixels: garmentPixels(svg, job.size) } : {}),
    };
  });
}

/**
 * The shop SVG of catalog item `index` (the same garment its PNG and tensor show).
 *
 * @example
 * catalogItemSvg(catalog, 0); // "<svg ...>"
 */
export function catalogItemSvg(catalog: Catalog, index: number): string {
  const product = catalog.product(index);
  return garmentSvg(product.labels, product.imageSeed);
}
