/**
 * The 10 fastenings down the centre front of a top, or at the waist and fly of a bottom. Each
 * has hardware of its own: a zip's metal track and pull, a row of buttons, a concealed placket
 * (a band, no buttons), hooks and eyes (short black bars), criss-cross laces with a bow, an open
 * front (the lining shows), snaps (metal rings on a storm flap), toggles, a belt with its
 * buckle; a back closure shows as a bow at the back neck (a side zip on bottoms).
 */
import type { BottomOutline } from "./bottoms.ts";
import type { Palette } from "./colours.ts";
import { dot, el, fill, fmt, line, type Pt, poly } from "./svg.ts";
import type { TopOutline } from "./tops.ts";

const METAL = "#b9bfc6";
const METAL_DARK = "#4a4e54";
const LEATHER = "#3b2a1e";

function zipTrack(x: number, y0: number, y1: number): string {
  const d = `M${fmt(x)} ${fmt(y0)}V${fmt(y1)}`;
  return (
    line(d, METAL_DARK, 2.2) +
    line(d, METAL, 1.2, { "stroke-dasharray": "0.5 0.4" }) +
    el("rect", {
      x: x - 1.3,
      y: y0,
      width: 2.6,
      height: 4.4,
      rx: 0.7,
      fill: METAL,
      stroke: METAL_DARK,
      "stroke-width": 0.4,
    })
  );
}

function buttons(x: number, ys: readonly number[], p: Palette, r = 1.4): string {
  return ys.map((y) => dot([x, y], r, p.ink, { stroke: p.line, "stroke-width": 0.3 })).join("");
}

function belt(x0: number, x1: number, y: number, h: number): string {
  const cx = (x0 + x1) / 2;
  return (
    el("rect", { x: x0, y: y - h / 2, width: x1 - x0, height: h, fill: LEATHER }) +
    el("rect", {
      x: cx - 2.6,
      y: y - h / 2 - 0.8,
      width: 5.2,
      height: h + 1.6,
      rx: 0.6,
      fill: "none",
      stroke: "#d4b04a",
      "stroke-width": 1,
    }) +
    line(`M${fmt(cx)} ${fmt(y)}H${fmt(cx + 2)}`, "#d4b04a", 0.6)
  );
}

// A bow of ribbon: two loops and two tails.
function bow(at: Pt, color: string, size: number): string {
  const [x, y] = at;
  const k = size / 4;
  return (
    fill(
      `M${fmt(x)} ${fmt(y)}l${fmt(-4 * k)} ${fmt(-2.5 * k)}v${fmt(5 * k)}ZM${fmt(x)} ${fmt(y)}l${fmt(4 * k)} ${fmt(-2.5 * k)}v${fmt(5 * k)}Z`,
      color,
    ) +
    line(
      `M${fmt(x)} ${fmt(y)}l${fmt(-2 * k)} ${fmt(5 * k)}M${fmt(x)} ${fmt(y)}l${fmt(2 * k)} ${fmt(5 * k)}`,
      color,
      0.9 * k,
    ) +
    dot(at, 1.1 * k, color)
  );
}

function laces(x: number, y0: number, y1: number, color: string): string {
  let d = "";
  const steps = 4;
  for (let k = 0; k < steps; k++) {
    const a = y0 + ((y1 - y0) * k) / steps;
    const b = y0 + ((y1 - y0) * (k + 1)) / steps;
    d += `M${fmt(x - 3.4)} ${fmt(a)}L${fmt(x + 3.4)} ${fmt(b)}M${fmt(x + 3.4)} ${fmt(a)}L${fmt(x - 3.4)} ${fmt(b)}`;
  }
  return (
    line(`M${fmt(x)} ${fmt(y0)}V${fmt(y1)}`, "#222", 2) +
    line(d, color, 1.1) +
    bow([x, y1], color, 4)
  );
}

/**
 * `fastening` down the front of a top, from `neckBottom` (below the neck opening) to the hem.
 *
 * @example
 * topFastening("Zip", outline, 20, palette); // a metal zip from the neck to the hem
 */
export function topFastening(
  fastening: string | null,
  top: TopOutline,
  neckBottom: number,
  p: Palette,
): string {
  const s = top.shape;
  const x = s.cx;
  const y0 = Math.max(neckBottom, top.bodiceTop ?? 0);
  const y1 = s.hem === "leotard" || s.hem === "shorty" ? s.waistY + 4 : s.hemY - 1;
  const span = y1 - y0;
  const spread = (n: number) =>
    Array.from({ length: n }, (_, k) => y0 + 2.5 + ((span - 6) * k) / (n - 1));
  switch (fastening) {
    case "Zip":
      return zipTrack(x, y0, y1);
    case "Button":
      return line(`M${fmt(x + 1.6)} ${fmt(y0)}V${fmt(y1)}`, p.line, 0.5) + buttons(x, spread(5), p);
    case "Covered":
      // A wide fly placket in a lighter shade, stitched, with nothing showing.
      return (
        el("rect", {
          x: x - 3,
          y: y0,
          width: 6,
          height: span,
          fill: p.light,
          stroke: p.line,
          "stroke-width": 0.6,
        }) +
        line(`M${fmt(x + 1.5)} ${fmt(y0)}V${fmt(y1)}`, p.line, 0.6, { "stroke-dasharray": "1 0.7" })
      );
    case "Hook":
      return (
        line(`M${fmt(x)} ${fmt(y0)}V${fmt(y1)}`, p.line, 0.6) +
        [0, 4, 8, 12]
          .map((k) => line(`M${fmt(x - 3)} ${fmt(y0 + 1.5 + k)}H${fmt(x + 3)}`, p.ink, 1.7))
          .join("")
      );
    case "Laces":
      return laces(x, y0, y0 + 14, p.ink);
    case "No closure": {
      // Open front: the edges part from the neck and the inside shows.
      const w = Math.min(7, span * 0.12);
      return fill(
        poly([
          [x - 0.8, y0],
          [x + 0.8, y0],
          [x + w, y1],
          [x - w, y1],
        ]),
        p.inner,
        { stroke: p.line, "stroke-width": 0.6 },
      );
    }
    case "Front":
      // Snaps on a dark storm flap.
      return (
        el("rect", {
          x: x - 3,
          y: y0,
          width: 6,
          height: span,
          fill: p.dark,
          stroke: p.line,
          "stroke-width": 0.6,
        }) +
        spread(4)
          .map((y) =>
            el("circle", {
              cx: x,
              cy: y,
              r: 2,
              fill: METAL,
              stroke: METAL_DARK,
              "stroke-width": 0.8,
            }),
          )
          .join("")
      );
    case "Others":
      // Toggles on cord loops (a duffle coat).
      return spread(3)
        .map((y) => toggle(x, y))
        .join("");
    case "Belt":
      return belt(s.cx - s.waistHalf - 0.6, s.cx + s.waistHalf + 0.6, s.waistY, 3.6);
    case "Back closure":
      return bow([x, s.neckY - 0.5], p.ink, 6);
    default:
      return "";
  }
}

/**
 * `fastening` at the waist and fly of a bottom.
 *
 * @example
 * bottomFastening("Button", outline, palette); // a button fly and a waistband button
 */
export function bottomFastening(
  fastening: string | null,
  bottom: BottomOutline,
  p: Palette,
): string {
  const s = bottom.shape;
  const x = s.cx;
  const top = s.waistY + s.band;
  const fly = (s.crotchY ?? s.hipY + 6) - 3;
  const jStitch = line(
    `M${fmt(x + 2.6)} ${fmt(top)}V${fmt(fly - 2)}Q${fmt(x + 2.6)} ${fmt(fly)} ${fmt(x)} ${fmt(fly + 0.5)}`,
    p.line,
    0.6,
  );
  const bandY = s.waistY + s.band / 2;
  // The fly is small at 64 px: hardware is drawn as large as the waistband allows.
  switch (fastening) {
    case "Zip":
      return jStitch + zipTrack(x, s.waistY + 0.3, fly);
    case "Button":
      return (
        jStitch +
        buttons(
          x,
          [bandY, top + 3.5, top + 7.5, top + 11.5].filter((y) => y < fly),
          p,
        )
      );
    case "Covered":
      return (
        el("rect", {
          x: x - 3,
          y: top,
          width: 6,
          height: fly - top,
          fill: p.light,
          stroke: p.line,
          "stroke-width": 0.6,
        }) +
        line(`M${fmt(x + 1.5)} ${fmt(top)}V${fmt(fly)}`, p.line, 0.6, {
          "stroke-dasharray": "1 0.7",
        })
      );
    case "Hook":
      // An extended waistband tab closed by hooks, and hook-and-eye bars down the fly.
      return (
        el("rect", {
          x: x - 2,
          y: s.waistY - 0.3,
          width: 9,
          height: s.band + 0.6,
          rx: 0.8,
          fill: p.dark,
          stroke: p.line,
          "stroke-width": 0.6,
        }) +
        [top + 3, top + 7, top + 11]
          .map((y) => line(`M${fmt(x - 3)} ${fmt(y)}H${fmt(x + 3)}`, p.ink, 1.7))
          .join("")
      );
    case "Laces":
      return laces(x, top + 1, fly, p.ink);
    case "No closure": {
      // Pull-on: an elasticated, gathered waistband.
      let d = "";
      for (let k = x - s.waistHalf + 1.5; k < x + s.waistHalf - 1; k += 1.8)
        d += `M${fmt(k)} ${fmt(s.waistY + 0.4)}V${fmt(top - 0.4)}`;
      return line(d, p.line, 0.8);
    }
    case "Front":
      // Press studs down a dark fly flap.
      return (
        el("rect", {
          x: x - 3,
          y: top,
          width: 6,
          height: fly - top,
          fill: p.dark,
          stroke: p.line,
          "stroke-width": 0.6,
        }) +
        [top + 3, top + 8, top + 13]
          .filter((y) => y < fly)
          .map((y) =>
            el("circle", {
              cx: x,
              cy: y,
              r: 2,
              fill: METAL,
              stroke: METAL_DARK,
              "stroke-width": 0.8,
            }),
          )
          .join("")
      );
    case "Others":
      // Toggles on cord loops down the fly.
      return [top + 3, top + 10]
        .filter((y) => y < fly)
        .map((y) => toggle(x, y))
        .join("");
    case "Belt":
      return belt(x - s.waistHalf, x + s.waistHalf, bandY, Math.min(3.4, s.band));
    case "Back closure": {
      const a: Pt = [x + s.waistHalf - 0.5, s.waistY + 0.5];
      const b: Pt = [x + s.hipHalf - 1.2, s.hipY + 2];
      return (
        line(`M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}`, METAL_DARK, 2.4) +
        line(`M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}`, METAL, 1.2)
      );
    }
    default:
      return "";
  }
}

/** A duffle-coat toggle: a wooden peg on a cord loop, centred at (x, y). */
function toggle(x: number, y: number): string {
  return (
    line(`M${fmt(x - 5)} ${fmt(y)}H${fmt(x + 5)}`, "#222", 0.8) +
    el("rect", {
      x: x - 4,
      y: y - 1.3,
      width: 8,
      height: 2.6,
      rx: 1.3,
      fill: "#b07a3f",
      stroke: "#5a3a1a",
      "stroke-width": 0.4,
    })
  );
}
