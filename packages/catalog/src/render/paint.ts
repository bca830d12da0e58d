/**
 * Painting a garment piece: the base colour under the pattern overlay, the fabric texture and a
 * soft light, clipped to the piece's outline, with a seam-coloured outline and a drop shadow so
 * that it reads as a product shot on a light background. Overlays are clipped rectangles (one
 * each), not repeated per part: overlapping parts (sleeve over body) get one coat, not two.
 */
import type { Random } from "@atelier/random";
import type { Palette } from "./colours.ts";
import type { GarmentSpec } from "./spec.ts";
import { el, fill } from "./svg.ts";

/** State shared by the drawing modules while one garment is drawn. */
export interface DrawContext {
  readonly spec: GarmentSpec;
  readonly palette: Palette;
  /** Prefix of every id in the SVG, so that several garments can share one document. */
  readonly id: string;
  /** Background colour, for cut-outs that show the background (backless). */
  readonly background: string;
  /** Fill of the pattern overlay (`url(#...)`), or null when the garment is plain. */
  readonly patternFill: string | null;
  /** Fills of the fabric texture overlays (none when the fabric is not labelled). */
  readonly fabricFills: readonly string[];
  /** Fill of the light/shade overlay. */
  readonly shadeFill: string;
  /** `<defs>` content collected while drawing. */
  readonly defs: string[];
  /** Running count of clip paths, one per piece. */
  clips: number;
}

/**
 * The parts of one piece (back to front) painted as fabric: shadow, base colour, pattern, fabric
 * texture, light, outline. Returns the SVG and the clip id, so that later details (pocket
 * textures, bands) can be clipped to the same outline.
 */
export function paintPiece(
  ctx: DrawContext,
  parts: readonly string[],
): { svg: string; clip: string } {
  const { palette } = ctx;
  const clip = `${ctx.id}c${ctx.clips++}`;
  ctx.defs.push(el("clipPath", { id: clip }, parts.map((d) => el("path", { d })).join("")));
  const shadow = parts.map((d) => fill(d, "#000", { "fill-opacity": 0.09 })).join("");
  const base = parts.map((d) => fill(d, palette.base)).join("");
  // The pattern fills each part itself: a colour gradient then spans the part's own height.
  const pattern =
    ctx.patternFill === null ? "" : parts.map((d) => fill(d, ctx.patternFill as string)).join("");
  const overlays = [...ctx.fabricFills, ctx.shadeFill]
    .map((f) => el("rect", { width: 100, height: 100, fill: f }))
    .join("");
  const outline = parts
    .map((d) =>
      el("path", {
        d,
        fill: "none",
        stroke: palette.line,
        "stroke-width": 0.6,
        "stroke-linejoin": "round",
      }),
    )
    .join("");
  const svg =
    el("g", { transform: "translate(1.2 1.6)" }, shadow) +
    base +
    pattern +
    el("g", { "clip-path": `url(#${clip})` }, overlays) +
    outline;
  return { svg, clip };
}

/**
 * The light on the garment: a diagonal gradient from a soft highlight to a soft shade, with a
 * seeded direction and strength (the "shading" variation between equal items).
 */
export function shadeGradient(id: string, random: Random): string {
  const dx = 10 + random() * 25;
  const strength = 0.14 + random() * 0.08;
  return el(
    "linearGradient",
    { id, gradientUnits: "userSpaceOnUse", x1: 50 - dx, y1: 0, x2: 50 + dx, y2: 100 },
    el("stop", { offset: 0, "stop-color": "#fff", "stop-opacity": strength }) +
      el("stop", { offset: 0.45, "stop-color": "#fff", "stop-opacity": 0 }) +
      el("stop", { offset: 1, "stop-color": "#000", "stop-opacity": strength * 1.3 }),
  );
}
