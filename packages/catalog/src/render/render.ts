/**
 * One call for both forms of a garment: the SVG the chat shows and the pixels a model reads.
 */
import type { LabelInput } from "@atelier/schema";
import { renderGarmentSvg } from "./garment.ts";
import { rasterize } from "./rasterize.ts";

/** Options of `renderGarment`. */
export interface RenderGarmentOptions {
  readonly seed: number;
  /** Raster width and height in pixels (64 and 96 are the sizes models use). */
  readonly size: number;
}

/** A rendered garment: SVG and RGB pixels ([size, size, 3], HWC, in [0, 1]). */
export interface RenderedGarment {
  readonly svg: string;
  readonly pixels: Float32Array;
}

/**
 * The garment of `labels` as SVG and as pixels.
 *
 * @example
 * const { svg, pixels } = renderGarment({ category: "Jean", color: "Indigo" }, { seed: 3, size: 96 });
 */
export function renderGarment(labels: LabelInput, options: RenderGarmentOptions): RenderedGarment {
  const svg = renderGarmentSvg(labels, { seed: options.seed });
  return { svg, pixels: rasterize(svg, options.size) };
}
