/**
 * The 19 Shopping100k colours as fills, with the seeded shade variation that keeps two items of
 * equal labels from being pixel-identical. Hues are spaced so that neighbours that shoppers
 * confuse (Navy / Indigo / Black / Charcoal, Maroon / Red / Brown) stay apart after shading.
 */
import type { Random } from "@atelier/random";

/** sRGB of each colour value, tuned to read as fabric under the shading overlay. */
export const COLOURS: Readonly<Record<string, string>> = {
  Maroon: "#7b1e32",
  Black: "#1b1b1d",
  White: "#f6f5f1",
  Charcoal: "#45484e",
  Indigo: "#3d2c8d",
  Navy: "#1c2a52",
  Pink: "#f3a3c0",
  "Light blue": "#9ccaee",
  Blue: "#2769d3",
  Beige: "#d8c29c",
  Orange: "#f07a1a",
  Yellow: "#f5d22a",
  Red: "#d6262b",
  Purple: "#86389f",
  Brown: "#7a4a26",
  Olive: "#75772a",
  Green: "#258a45",
  Gray: "#9c9ea3",
};

/** "Multi" is three colour-block panels; the garment's own shades come from the first. */
const MULTI_PANELS = ["#d6262b", "#f5d22a", "#2769d3"] as const;
/** Colour of a garment whose colour is not labelled: an undyed ecru not used by any value. */
const UNLABELLED = "#cfc8b8";

/** Everything a drawing module needs to colour its shapes. */
export interface Palette {
  /** Fill of the garment body: a colour, or `url(#multi)` for Multi. */
  readonly base: string;
  /** Plain colour of the body (first panel for Multi), for details such as collars. */
  readonly solid: string;
  /** Lighter and darker shades of `solid`: trims, collars, pocket flaps, folds. */
  readonly light: string;
  readonly dark: string;
  /** Outline and seam colour. */
  readonly line: string;
  /** The visible inside of the garment (neck opening, open fronts). */
  readonly inner: string;
  /** A colour that contrasts with the body: pattern ink, stitches. White on dark garments. */
  readonly ink: string;
  /** Relative luminance of `solid`, 0..1. */
  readonly luminance: number;
  /** `<defs>` content the palette needs (the Multi gradient), or "". */
  readonly defs: string;
}

function parse(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(rgb: readonly number[]): string {
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return `#${rgb.map((v) => clamp(v).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Mixes a colour towards white (`t` > 0) or black (`t` < 0).
 *
 * @example
 * shade("#808080", 0.5); // "#c0c0c0"
 */
export function shade(color: string, t: number): string {
  const target = t >= 0 ? 255 : 0;
  const k = Math.abs(t);
  return hex(parse(color).map((v) => v + (target - v) * k));
}

/** Relative luminance (sRGB weights, no gamma: enough to choose contrasting ink). */
export function luminance(color: string): number {
  const [r, g, b] = parse(color);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * The palette of one garment. `random` varies the shade slightly (+-4 %), so that equal labels
 * give different pixels while a Navy stays nearer Navy than any other colour.
 *
 * @example
 * palette("Navy", seededRandom(1)).solid; // a shade of #1c2a52
 */
export function palette(color: string | null, random: Random): Palette {
  const jitter = (random() - 0.5) * 0.08;
  const isMulti = color === "Multi";
  const raw = isMulti
    ? MULTI_PANELS[0]
    : color === null
      ? UNLABELLED
      : (COLOURS[color] ?? UNLABELLED);
  const solid = shade(raw, jitter);
  const lum = luminance(solid);
  const defs = isMulti ? multiGradient(jitter) : "";
  return {
    base: isMulti ? "url(#multi)" : solid,
    solid,
    // Strong enough that a collar, placket or flap stands out from the body at 64 px, on a
    // white garment (light turns darker) and on a black one (dark turns lighter).
    light: shade(solid, lum > 0.7 ? -0.16 : 0.25),
    dark: shade(solid, lum < 0.2 ? 0.3 : -0.34),
    line: shade(solid, lum < 0.2 ? 0.35 : -0.5),
    inner: shade(solid, lum < 0.15 ? 0.12 : -0.4),
    ink: lum < 0.55 ? "#ffffff" : "#1a1a22",
    luminance: lum,
    defs,
  };
}

// Three hard-edged vertical bands across the frame: colour blocking, unlike the Colourful
// pattern's small confetti, so that Multi (a colour) and Colourful (a pattern) stay separable.
function multiGradient(jitter: number): string {
  const [a, b, c] = MULTI_PANELS.map((p) => shade(p, jitter));
  const stop = (offset: number, color: string | undefined) =>
    `<stop offset="${offset}" stop-color="${color}"/>`;
  return `<linearGradient id="multi" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="100" y2="0">${stop(0.38, a)}${stop(0.38, b)}${stop(0.62, b)}${stop(0.62, c)}</linearGradient>`;
}
