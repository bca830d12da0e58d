/**
 * SVG to pixels with resvg: RGB, row-major (HWC), values in [0, 1], the layout a tfjs image
 * tensor of shape [size, size, 3] takes without copying.
 */
import { Resvg } from "@resvg/resvg-js";

/**
 * Rasterises `svg` (square viewBox) at `size` x `size` pixels; alpha is composited over white
 * (garment SVGs paint their own opaque background, so alpha is 1 everywhere in practice).
 *
 * @example
 * rasterize(renderGarmentSvg({ category: "Dress" }, { seed: 1 }), 64).length; // 64 * 64 * 3
 */
export function rasterize(svg: string, size: number): Float32Array {
  if (!Number.isInteger(size) || size < 1 || size > 4096) {
    throw new RangeError(`rasterize: size must be an integer from 1 to 4096, got ${size}`);
  }
  // No fonts: garments draw no text, and loading system fonts would dominate the render time.
  const image = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
    font: { loadSystemFonts: false },
  }).render();
  if (image.width !== size || image.height !== size) {
    throw new RangeError(
      `rasterize: the SVG is not square (rendered ${image.width} x ${image.height} at width ${size})`,
    );
  }
  const rgba = image.pixels;
  const out = new Float32Array(size * size * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    const a = (rgba[i + 3] ?? 255) / 255;
    // resvg returns straight (not premultiplied) RGBA; blend over white.
    out[j] = ((rgba[i] ?? 0) * a) / 255 + (1 - a);
    out[j + 1] = ((rgba[i + 1] ?? 0) * a) / 255 + (1 - a);
    out[j + 2] = ((rgba[i + 2] ?? 0) * a) / 255 + (1 - a);
  }
  return out;
}
