// The generator's door to the garment renderer (../render): SVG, pixels, and PNG files with the
// same pixels (resvg, same options as `rasterize`, no system fonts: garments draw no text and
// loading fonts costs ~4 ms per image).

import type { Labels } from "@atelier/schema";
import { Resvg } from "@resvg/resvg-js";
import { renderGarmentSvg } from "../render/garment.ts";
import { rasterize } from "../render/rasterize.ts";

/** The shop SVG of a garment (the renderer's, with the item's seeded variation). */
export function garmentSvg(labels: Labels, seed: number): string {
  return renderGarmentSvg(labels, { seed });
}

/** PNG file bytes of `svg` at `size` x `size`. */
export function garmentPng(svg: string, size: number): Uint8Array {
  const options = {
    fitTo: { mode: "width", value: size },
    font: { loadSystemFonts: false },
  } as const;
  return new Resvg(svg, options).render().asPng();
}

/** `[size, size, 3]` RGB in [0, 1] (HWC), as the renderer's `rasterize` gives it. */
export function garmentPixels(svg: string, size: number): Float32Array {
  return rasterize(svg, size);
}
