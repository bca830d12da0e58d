/**
 * Fabrics as textures: mostly fine tiles under 7 units, finer than any pattern (patterns.ts), so
 * that a striped denim keeps both its stripes and its twill; tiles mix white and black ink so they
 * show on every colour. Open fabrics (crochet, mesh) are coarser, with holes that show the
 * background, because see-through holes are what tells them apart at 64 px. Each fabric also has
 * an edge finish or panels of its own (fabric-trims.ts).
 */
import { el } from "./svg.ts";

/** White or black ink at an opacity: textures must show on white and on black garments. */
type Ink = readonly [color: string, opacity: number];
const W = (o: number): Ink => ["#fff", o];
const K = (o: number): Ink => ["#000", o];
const rect = (
  x: number,
  y: number,
  w: number,
  h: number,
  [f, o]: Ink | readonly [string, number],
) => el("rect", { x, y, width: w, height: h, fill: f, "fill-opacity": o });
const circle = (x: number, y: number, r: number, [f, o]: Ink) =>
  el("circle", { cx: x, cy: y, r, fill: f, "fill-opacity": o });

/** The picture's background (garment.ts): open fabrics' holes show it, as see-through holes do. */
export const SEE_THROUGH = "#f1efeb";
/** A see-through hole with a dark rim, so that it also reads on a white garment. */
const hole = (x: number, y: number, r: number) =>
  el("circle", {
    cx: x,
    cy: y,
    r,
    fill: SEE_THROUGH,
    stroke: "#000",
    "stroke-opacity": 0.45,
    "stroke-width": 0.5,
  });

/** Tile size and content of each texture. */
const TILES: Readonly<Record<string, { w: number; h: number; body: string }>> = {
  // A plain weave: small alternating squares with thread lines between them.
  Canvas: {
    w: 5,
    h: 5,
    body:
      rect(0, 0, 2.5, 2.5, W(0.3)) +
      rect(2.5, 2.5, 2.5, 2.5, W(0.3)) +
      rect(0, 0, 5, 0.6, K(0.3)) +
      rect(0, 0, 0.6, 5, K(0.3)),
  },
  // Granny squares: a square of light yarn round a big open hole, squares joined by dark seams;
  // 9 units, so that each square and its hole stay a few pixels wide at 64 px.
  Crocheted: {
    w: 9,
    h: 9,
    body:
      rect(0, 0, 9, 9, K(0.22)) +
      el("rect", {
        x: 1.6,
        y: 1.6,
        width: 5.8,
        height: 5.8,
        fill: "none",
        stroke: "#fff",
        "stroke-opacity": 0.6,
        "stroke-width": 1.6,
      }) +
      rect(0, 0, 9, 0.9, K(0.45)) +
      rect(0, 0, 0.9, 9, K(0.45)) +
      hole(4.5, 4.5, 1.8),
  },
  // Twill: diagonal ridges, light over dark.
  Denim: {
    w: 4,
    h: 4,
    body: `<path d="M-1 1L1 -1M0 4L4 0M3 5L5 3" stroke="#fff" stroke-opacity="0.38" stroke-width="1"/><path d="M-1 3L3 -1M1 5L5 1" stroke="#000" stroke-opacity="0.3" stroke-width="0.8"/>`,
  },
  // Soft irregular tufts.
  Fleece: {
    w: 7,
    h: 7,
    body:
      circle(1.5, 1.5, 1.4, W(0.32)) +
      circle(5, 3, 1.6, W(0.26)) +
      circle(3, 5.5, 1.3, K(0.22)) +
      circle(6, 6.2, 1, W(0.28)),
  },
  // Fine knit wales: faint vertical lines.
  Jersey: { w: 3.5, h: 3.5, body: rect(0, 0, 1.4, 3.5, W(0.2)) + rect(1.9, 0, 0.7, 3.5, K(0.16)) },
  // Lace: a light veil with a diamond trellis of thread and a flower in each diamond: lines,
  // not dots, so that it does not read as mesh holes or crochet squares.
  Lace: {
    w: 8,
    h: 8,
    body:
      rect(0, 0, 8, 8, W(0.14)) +
      `<path d="M0 0L8 8M8 0L0 8" stroke="#fff" stroke-opacity="0.6" stroke-width="0.9"/>` +
      `<circle cx="4" cy="0" r="1.6" fill="none" stroke="#fff" stroke-opacity="0.8" stroke-width="1.1"/>` +
      `<circle cx="4" cy="8" r="1.6" fill="none" stroke="#fff" stroke-opacity="0.8" stroke-width="1.1"/>`,
  },
  // Mesh: a staggered grid of round see-through holes, about half of the cloth open.
  Mesh: { w: 5.6, h: 5.6, body: hole(1.4, 1.4, 1.55) + hole(4.2, 4.2, 1.55) },
  // Rib: bold vertical ridges with a lit and a shaded side.
  Rib: { w: 5, h: 5, body: rect(0, 0, 2.2, 5, K(0.45)) + rect(2.7, 0, 1.6, 5, W(0.38)) },
  // Brushed sweat fabric: soft horizontal streaks.
  Sweat: { w: 7, h: 3.5, body: rect(0, 0, 7, 1.2, W(0.22)) + rect(2, 2, 4, 0.8, K(0.16)) },
  // Leather: a grain of short creases.
  Leather: {
    w: 9,
    h: 9,
    body: `<path d="M1 2q2 -1.5 4 0M5 6q2 1.5 3.5 0M1 7.5q1 -1 2.5 -0.5" fill="none" stroke="#000" stroke-opacity="0.3" stroke-width="0.5"/>`,
  },
};

/** The texture tile(s) behind each fabric; combined fabrics stack two tiles. */
const LAYERS: Readonly<Record<string, readonly string[]>> = {
  "Jersey Lace": ["Jersey"],
  "Mesh Jersey": ["Jersey"],
};

/**
 * `<defs>` for `fabric` and the fills that paint it over a piece, bottom first: a texture tile
 * and, for hardshell and leather, a glossy highlight; softshell is a matte veil (its signature is
 * its dark bonded panels, drawn by `fabricTrims`).
 *
 * @example
 * fabricDefs("Denim", "g0f").fills; // ["url(#g0f)"]
 */
export function fabricDefs(fabric: string | null, id: string): { defs: string; fills: string[] } {
  if (fabric === null) return { defs: "", fills: [] };
  if (fabric === "Softshell") return { defs: "", fills: ["rgba(0,0,0,0.1)"] };
  if (fabric === "Hardshell" || fabric === "Leather") {
    // Hardshell: two hard streaks of light; leather: one soft sheen over a creased grain.
    const stops =
      fabric === "Hardshell"
        ? [
            [0.3, 0],
            [0.36, 0.42],
            [0.42, 0],
            [0.55, 0],
            [0.6, 0.3],
            [0.64, 0],
          ]
        : [
            [0.2, 0],
            [0.4, 0.32],
            [0.6, 0],
          ];
    const gradient = el(
      "linearGradient",
      { id: `${id}g`, gradientUnits: "userSpaceOnUse", x1: 20, y1: 10, x2: 80, y2: 70 },
      stops
        .map(([o, a]) => el("stop", { offset: o, "stop-color": "#fff", "stop-opacity": a }))
        .join(""),
    );
    if (fabric === "Hardshell") return { defs: gradient, fills: [`url(#${id}g)`] };
    return { defs: gradient + tile(id, "Leather"), fills: [`url(#${id})`, `url(#${id}g)`] };
  }
  const name = LAYERS[fabric]?.[0] ?? fabric;
  return { defs: tile(id, name), fills: [`url(#${id})`] };
}

/** A `<pattern>` of the texture `name` (a key of the tile table) with id `id`. */
export function tile(id: string, name: string): string {
  const t = TILES[name];
  if (t === undefined) return "";
  return el("pattern", { id, patternUnits: "userSpaceOnUse", width: t.w, height: t.h }, t.body);
}
