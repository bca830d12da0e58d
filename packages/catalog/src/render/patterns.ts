/**
 * Patterns as mid-scale overlay shapes (tiles of 8 to 26 units, bigger than any fabric texture)
 * in a colour that contrasts with the garment, so that the garment's colour stays the dominant
 * one and a fabric's fine texture stays visible between the shapes. Photo and Print are single
 * motifs on the chest or front (see `patternMotif`); Plain draws nothing.
 */
import type { Palette } from "./colours.ts";
import { el, fmt, type Pt } from "./svg.ts";

type Tile = (ink: string, p: Palette) => { w: number; h: number; body: string };

const path = (d: string, fill: string, opacity = 1, extra = "") =>
  `<path d="${d}" fill="${fill}" fill-opacity="${opacity}"${extra}/>`;
const stroke = (d: string, color: string, width: number, opacity = 1) =>
  `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-opacity="${opacity}"/>`;
const disc = (x: number, y: number, r: number, fill: string, opacity = 1) =>
  el("circle", { cx: x, cy: y, r, fill, "fill-opacity": opacity });

// A five-petal flower: petals in `petal`, a yellow heart.
const flower = (x: number, y: number, r: number, petal: string) => {
  let out = "";
  for (let k = 0; k < 5; k++) {
    const a = (k * 2 * Math.PI) / 5;
    out += disc(x + Math.cos(a) * r, y + Math.sin(a) * r, r * 0.75, petal);
  }
  return out + disc(x, y, r * 0.55, "#f4c430");
};

const TILES: Readonly<Record<string, Tile>> = {
  Striped: (ink) => ({
    w: 10,
    h: 8,
    body: el("rect", { width: 10, height: 3.4, fill: ink, "fill-opacity": 0.85 }),
  }),
  Pinstriped: (ink) => ({
    w: 7,
    h: 10,
    body: el("rect", { width: 1.5, height: 10, fill: ink, "fill-opacity": 1 }),
  }),
  Checked: (ink) => ({
    w: 12,
    h: 12,
    body:
      el("rect", { width: 12, height: 4.5, fill: ink, "fill-opacity": 0.35 }) +
      el("rect", { width: 4.5, height: 12, fill: ink, "fill-opacity": 0.35 }) +
      el("rect", { y: 8, width: 12, height: 0.6, fill: ink, "fill-opacity": 0.7 }),
  }),
  // Columns of slanted strokes alternating direction: a herringbone twill at 64-96 px.
  Herringbone: (ink) => ({
    w: 7,
    h: 4,
    body: stroke("M0 4L3.5 0L7 4M0 0L3.5 -4L7 0M0 8L3.5 4L7 8", ink, 1.7, 0.9),
  }),
  "Polka dot": (ink) => ({
    w: 9,
    h: 9,
    body: disc(2.2, 2.2, 1.8, ink, 0.95) + disc(6.7, 6.7, 1.8, ink, 0.95),
  }),
  Floral: (_ink, p) => ({
    w: 16,
    h: 16,
    body:
      path("M10 11q3 -3 5 0q-3 2 -5 0Z", "#2f7d3a", 0.9) +
      flower(4.5, 4.5, 2, p.luminance > 0.6 ? "#d64575" : "#ffffff") +
      flower(12, 12.5, 1.6, p.luminance > 0.6 ? "#8e44ad" : "#f7a8c4"),
  }),
  // Bold teardrops with a gold eye, so that a paisley reads as shapes, not as a tint.
  Paisley: (ink) => ({
    w: 16,
    h: 16,
    body:
      path(
        "M4 11c-3 -2 -2 -8 3 -8c4 0 5 5 1 6c-2 0.5 -1 3 -4 2Z",
        ink,
        0.85,
        ` stroke="${ink}" stroke-width="0.6"`,
      ) +
      disc(6.5, 6, 1.3, "#e0a030") +
      path(
        "M12 15c-2 -1.5 -1.5 -5 1.5 -5c2.5 0 3 3 0.6 3.6c-1.2 0.3 -0.6 1.9 -2.1 1.4Z",
        ink,
        0.85,
      ) +
      disc(13.3, 12, 0.8, "#e0a030"),
  }),
  // Leopard: broken black rings around a tan centre, large enough to stay rings at 64 px.
  Animal: () => ({
    w: 14,
    h: 14,
    body: [
      [3.5, 3.5],
      [10.5, 5.5],
      [6, 11],
      [13, 12.5],
    ]
      .map(
        ([x = 0, y = 0]) =>
          disc(x, y, 1.7, "#c8913a", 0.95) +
          el("circle", {
            cx: x,
            cy: y,
            r: 2.2,
            fill: "none",
            stroke: "#140d08",
            "stroke-width": 1.3,
            "stroke-dasharray": "2.4 0.9",
          }),
      )
      .join(""),
  }),
  Camouflage: () => ({
    w: 26,
    h: 26,
    body:
      path("M0 4c4 -3 9 -2 10 2c1 4 -4 7 -8 6c-3 -1 -4 -5 -2 -8Z", "#000", 0.38) +
      path("M13 12c5 -3 11 0 11 4c0 5 -7 6 -10 4c-3 -2 -4 -6 -1 -8Z", "#000", 0.58) +
      path("M14 0c3 1 6 3 4 6c-2 2 -6 1 -6 -2Z", "#fff", 0.32) +
      path("M3 17c3 -1 6 1 5 4c-1 3 -5 4 -7 2c-1 -2 0 -5 2 -6Z", "#fff", 0.25),
  }),
  // Devoré: translucent burnt-out shapes show lighter through the garment.
  Burnout: () => ({
    w: 20,
    h: 20,
    body:
      path("M2 3c4 -2 8 1 6 5c-2 3 -7 3 -7 0Z", "#fff", 0.5) +
      path("M11 10c4 -1 7 2 6 5c-1 4 -6 4 -8 2c-2 -2 -1 -6 2 -7Z", "#fff", 0.45) +
      path("M3 14c2 0 3 2 2 3c-1 1 -3 0 -3 -1Z", "#fff", 0.5),
  }),
  // Heather: light and dark flecks of uneven length at uneven places, so that the repeat
  // never lines up into the grid of a check.
  Marl: () => ({
    w: 17,
    h: 11,
    body: [
      [0.5, 0.6, 3.2, "#fff"],
      [6.5, 1.4, 2.0, "#000"],
      [11.5, 0.2, 4.0, "#fff"],
      [3.2, 3.1, 2.4, "#000"],
      [9.0, 3.8, 3.4, "#fff"],
      [14.2, 4.6, 2.2, "#000"],
      [0.8, 6.2, 2.8, "#fff"],
      [5.6, 7.0, 3.6, "#fff"],
      [11.0, 7.9, 2.4, "#000"],
      [2.9, 9.4, 2.0, "#000"],
      [8.1, 9.9, 3.0, "#fff"],
      [14.0, 9.2, 2.6, "#fff"],
    ]
      .map(([x, y, w, c]) =>
        el("rect", {
          x,
          y,
          width: w,
          height: 0.9,
          fill: c,
          "fill-opacity": c === "#fff" ? 0.75 : 0.6,
        }),
      )
      .join(""),
  }),
  // Confetti of small bright shapes (unlike Multi's large colour blocks).
  Colourful: () => ({
    w: 15,
    h: 15,
    body:
      path("M1 1h3.5v3.5h-3.5Z", "#e63946") +
      path("M9 2l3 5h-6Z", "#2a9d8f") +
      disc(4, 10, 1.9, "#f4a261") +
      path("M10 10h3.5v3.5h-3.5Z", "#6a4c93") +
      disc(13, 5.5, 1.3, "#ffd60a"),
  }),
};

/** Tiles drawn larger than designed, so that their shapes survive at 64 px. */
const SCALE: Readonly<Record<string, number>> = {
  Animal: 2.1,
  Colourful: 1.4,
  Herringbone: 1.8,
  Marl: 1.6,
  Paisley: 1.8,
  Burnout: 1.3,
  Floral: 1.2,
};

/**
 * `<defs>` for `pattern` and the fill that paints it over a piece, or a null fill when the
 * pattern has no repeat (Plain, Photo, Print: see `patternMotif`).
 *
 * @example
 * patternDefs("Striped", "g0p", palette("Navy", seededRandom(1))).fill; // "url(#g0p)"
 */
export function patternDefs(
  pattern: string | null,
  id: string,
  p: Palette,
): { defs: string; fill: string | null } {
  if (pattern === null) return { defs: "", fill: null };
  if (pattern === "Colour gradient") {
    // An ombre from the garment's colour into a contrasting one towards the hem, over the
    // height of each piece (a cropped top fades as fully as a long dress).
    const to = p.luminance > 0.45 ? "#3a2a9a" : "#f0a030";
    const stops =
      el("stop", { offset: 0.1, "stop-color": to, "stop-opacity": 0 }) +
      el("stop", { offset: 0.85, "stop-color": to, "stop-opacity": 1 });
    return {
      defs: el("linearGradient", { id, x1: 0, y1: 0, x2: 0, y2: 1 }, stops),
      fill: `url(#${id})`,
    };
  }
  const tile = TILES[pattern];
  if (tile === undefined) return { defs: "", fill: null };
  const { w, h, body } = tile(p.ink, p);
  const k = SCALE[pattern] ?? 1;
  const transform = k === 1 ? undefined : `scale(${k})`;
  return {
    defs: el(
      "pattern",
      { id, patternUnits: "userSpaceOnUse", width: w, height: h, patternTransform: transform },
      body,
    ),
    fill: `url(#${id})`,
  };
}

/**
 * The single motif of a Photo (a framed landscape) or Print (a graphic) pattern, centred on `at`
 * and `size` units wide; "" for every other pattern.
 */
export function patternMotif(pattern: string | null, at: Pt, size: number, p: Palette): string {
  const [x, y] = at;
  const s = size / 20;
  const t = `translate(${fmt(x)} ${fmt(y)}) scale(${Math.round(s * 100) / 100})`;
  if (pattern === "Photo") {
    return el(
      "g",
      { transform: t },
      el("rect", { x: -10.5, y: -8, width: 21, height: 16, fill: "#fff" }) +
        el("rect", { x: -9.5, y: -7, width: 19, height: 14, fill: "#7ec8f0" }) +
        disc(4.5, -3, 2.2, "#ffd23f") +
        path("M-9.5 7L-4 -1L0 3L4 -2L9.5 7Z", "#2f6b3a") +
        path("M-9.5 7L-6 3L-2 7Z", "#1d4a28"),
    );
  }
  if (pattern === "Print") {
    // A bold graphic: a star in a ring over two slogan bars.
    const ink = p.ink;
    return el(
      "g",
      { transform: t },
      el("circle", { cx: 0, cy: -2.5, r: 6.5, fill: "none", stroke: ink, "stroke-width": 1.6 }) +
        path(
          "M0 -8l1.6 3.6l3.9 0.3l-3 2.5l1 3.8l-3.5 -2.1l-3.5 2.1l1 -3.8l-3 -2.5l3.9 -0.3Z",
          "#e63946",
        ) +
        el("rect", { x: -9, y: 5.5, width: 18, height: 2.4, rx: 1, fill: ink }) +
        el("rect", { x: -6, y: 9, width: 12, height: 1.8, rx: 0.9, fill: ink }),
    );
  }
  return "";
}
