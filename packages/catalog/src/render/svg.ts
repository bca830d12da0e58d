/**
 * Small SVG string helpers shared by every drawing module. Coordinates are in the garment frame
 * (viewBox 0 0 100 100) and printed with one decimal: at 96 px a tenth of a unit is a tenth of a
 * pixel, and short numbers keep 20,000 SVGs small.
 */

/** A point in the 100 x 100 garment frame. */
export type Pt = readonly [number, number];

/** A number with at most one decimal and no trailing zeros: `12.34` -> `"12.3"`. */
export function fmt(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** `"x y"` of a point. */
export function pt(p: Pt): string {
  return `${fmt(p[0])} ${fmt(p[1])}`;
}

/**
 * Path data through straight segments.
 *
 * @example
 * poly([[0, 0], [10, 0], [10, 10]]); // "M0 0L10 0L10 10Z"
 */
export function poly(points: readonly Pt[], close = true): string {
  const [first, ...rest] = points;
  if (first === undefined) return "";
  return `M${pt(first)}${rest.map((p) => `L${pt(p)}`).join("")}${close ? "Z" : ""}`;
}

/** Point mirrored about the vertical line x = cx (garments are drawn left half first). */
export function mirror(p: Pt, cx: number): Pt {
  return [2 * cx - p[0], p[1]];
}

/** Linear interpolation between two points. */
export function lerp(a: Pt, b: Pt, t: number): Pt {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/**
 * An element with attributes; `undefined` attributes are left out, children are concatenated.
 *
 * @example
 * el("circle", { cx: 5, cy: 5, r: 2, fill: "#fff" }); // '<circle cx="5" cy="5" r="2" fill="#fff"/>'
 */
export function el(
  tag: string,
  attrs: Readonly<Record<string, string | number | undefined>>,
  children = "",
): string {
  let out = `<${tag}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === "number" ? fmt(value) : value}"`;
  }
  return children === "" ? `${out}/>` : `${out}>${children}</${tag}>`;
}

/** A filled path (the most common element). */
export function fill(
  d: string,
  color: string,
  extra: Record<string, string | number> = {},
): string {
  return el("path", { d, fill: color, ...extra });
}

/** A stroked, unfilled path: seams, stitching, straps. */
export function line(
  d: string,
  color: string,
  width: number,
  extra: Record<string, string | number> = {},
): string {
  return el("path", { d, fill: "none", stroke: color, "stroke-width": width, ...extra });
}

/** A circle. */
export function dot(
  c: Pt,
  r: number,
  color: string,
  extra: Record<string, string | number> = {},
): string {
  return el("circle", { cx: c[0], cy: c[1], r, fill: color, ...extra });
}
