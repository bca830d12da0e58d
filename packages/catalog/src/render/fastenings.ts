/**
 * The 10 fastenings down the centre front of a top, or at the waist and fly of a bottom. Each
 * has hardware of its own: a zip's metal track and pull, a row of buttons, a concealed placket
 * (a slanted band, no buttons), hooks and eyes (a brass ladder), criss-cross laces with a bow, an open
 * front (the lining shows), two rows of press studs on a wide front panel, wooden toggles,
 * a belt with its buckle; a back closure shows as a big bow at the back neck or waist. The
 * concealed placket runs on the bias, and hooks and eyes form a ladder, unlike any straight strip.
 */
import type { BottomOutline } from "./bottoms.ts";
import type { Palette } from "./colours.ts";
import { dot, el, fill, fmt, line, type Pt, poly } from "./svg.ts";
import type { TopOutline } from "./tops.ts";

const METAL = "#c3c9d0";
const METAL_DARK = "#3f434a";
const LEATHER = "#3b2a1e";
const BRASS = "#d9b23c";
const WOOD = "#b5742f";

// Hardware is drawn several units wide: at 64 px one unit is 0.64 px, and a pattern lies beneath.
function zipTrack(x: number, y0: number, y1: number): string {
  const d = `M${fmt(x)} ${fmt(y0)}V${fmt(y1)}`;
  return (
    line(d, METAL_DARK, 3.4) +
    line(d, METAL, 1.8, { "stroke-dasharray": "0.7 0.5" }) +
    el("rect", {
      x: x - 2,
      y: y0,
      width: 4,
      height: 6.5,
      rx: 1,
      fill: METAL,
      stroke: METAL_DARK,
      "stroke-width": 0.8,
    })
  );
}

function buttons(x: number, ys: readonly number[], p: Palette, r = 2.1): string {
  return ys.map((y) => dot([x, y], r, p.ink, { stroke: p.line, "stroke-width": 0.6 })).join("");
}

// Metal press studs: a silver disc with a dark ring.
function studs(points: readonly Pt[]): string {
  return points
    .map(([cx, cy]) =>
      el("circle", { cx, cy, r: 2.1, fill: METAL, stroke: METAL_DARK, "stroke-width": 1 }),
    )
    .join("");
}

// A strip down the centre front: a placket or a fly, opaque over any pattern.
function strip(x: number, y0: number, y1: number, w: number, color: string, p: Palette): string {
  return el("rect", {
    x: x - w / 2,
    y: y0,
    width: w,
    height: y1 - y0,
    fill: color,
    stroke: p.line,
    "stroke-width": 1,
  });
}

// Hooks and eyes: a corset busk, two brass rails joined by dark rungs (a ladder), so that it
// reads as vertical hardware even where it is short, unlike a belt's horizontal strap.
function hooks(x: number, y0: number, y1: number): string {
  let rungs = "";
  for (let y = y0 + 2; y < y1 - 1; y += 3.2) rungs += `M${fmt(x - 3.6)} ${fmt(y)}H${fmt(x + 3.6)}`;
  const rails = `M${fmt(x - 3.6)} ${fmt(y0)}V${fmt(y1)}M${fmt(x + 3.6)} ${fmt(y0)}V${fmt(y1)}`;
  return line(rails, BRASS, 2.2) + line(rungs, METAL_DARK, 1.4);
}

// A concealed placket that runs on the bias from the neck to one side of the hem: a wide,
// stitched band with nothing showing, slanted so that it reads unlike any straight placket.
function coveredPlacket(x: number, y0: number, y1: number, slant: number, p: Palette): string {
  const band = poly([
    [x - 2.5, y0],
    [x + 2.5, y0],
    [x + slant + 2.5, y1],
    [x + slant - 2.5, y1],
  ]);
  return (
    fill(band, p.light, { stroke: p.line, "stroke-width": 1.3 }) +
    line(`M${fmt(x)} ${fmt(y0)}L${fmt(x + slant)} ${fmt(y1)}`, p.line, 0.8, {
      "stroke-dasharray": "1.2 0.8",
    })
  );
}

function belt(x0: number, x1: number, y: number, h: number): string {
  const cx = (x0 + x1) / 2;
  return (
    el("rect", { x: x0, y: y - h / 2, width: x1 - x0, height: h, fill: LEATHER }) +
    el("rect", {
      x: cx - 3,
      y: y - h / 2 - 1,
      width: 6,
      height: h + 2,
      rx: 0.6,
      fill: "none",
      stroke: BRASS,
      "stroke-width": 1.4,
    }) +
    line(`M${fmt(cx)} ${fmt(y)}H${fmt(cx + 2.4)}`, BRASS, 0.9)
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
    d += `M${fmt(x - 4.2)} ${fmt(a)}L${fmt(x + 4.2)} ${fmt(b)}M${fmt(x + 4.2)} ${fmt(a)}L${fmt(x - 4.2)} ${fmt(b)}`;
  }
  return (
    line(`M${fmt(x)} ${fmt(y0)}V${fmt(y1)}`, "#222", 3) +
    line(d, color, 1.6) +
    bow([x, y1], color, 5)
  );
}

/** A duffle-coat toggle: a wooden peg on a dark cord loop, centred at (x, y). */
function toggle(x: number, y: number): string {
  return (
    line(`M${fmt(x - 6)} ${fmt(y)}H${fmt(x + 6)}`, "#1b1b1b", 1.4) +
    el("rect", {
      x: x - 4.5,
      y: y - 1.9,
      width: 9,
      height: 3.8,
      rx: 1.9,
      fill: WOOD,
      stroke: "#4a2e12",
      "stroke-width": 0.7,
    })
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
      return strip(x, y0, y1, 5, p.light, p) + buttons(x, spread(5), p);
    case "Covered":
      return coveredPlacket(x, y0, y1, Math.min(12, s.waistHalf * 0.8), p);
    case "Hook":
      return hooks(x, y0, Math.min(y1, y0 + 26));
    case "Laces":
      return laces(x, y0, y0 + 16, p.ink);
    case "No closure": {
      // Open front: the edges part from the neck over a contrasting top worn beneath.
      const w = Math.min(10, span * 0.18);
      const under = p.luminance > 0.7 ? "#2c2d33" : "#f3efe4";
      return fill(
        poly([
          [x - 1.5, y0],
          [x + 1.5, y0],
          [x + w, y1],
          [x - w, y1],
        ]),
        under,
        { stroke: p.line, "stroke-width": 1.2 },
      );
    }
    case "Front":
      // Double-breasted: two rows of big metal press studs on a wide, dark front panel.
      return (
        strip(x + 1.5, y0, y1, 14, p.dark, p) +
        studs(
          spread(4).flatMap((y): Pt[] => [
            [x - 3, y],
            [x + 6, y],
          ]),
        )
      );
    case "Others":
      // Toggles on cord loops (a duffle coat).
      return spread(3)
        .map((y) => toggle(x, y))
        .join("");
    case "Belt":
      return belt(s.cx - s.waistHalf - 0.6, s.cx + s.waistHalf + 0.6, s.waistY, 4.4);
    case "Back closure":
      // Seen from the front, the ties of a back closure: a big bow above the back neck.
      return bow([x, s.neckY - 1.5], p.ink, 11);
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
          [bandY, top + 3.5, top + 8, top + 12.5].filter((y) => y < fly),
          p,
        )
      );
    case "Covered":
      return coveredPlacket(x, s.waistY, fly + 2, Math.min(9, s.hipHalf * 0.6), p);
    case "Hook":
      // Hooks and eyes from the waistband down the fly.
      return hooks(x, s.waistY, fly + 2);
    case "Laces":
      return laces(x, top + 1, fly, p.ink);
    case "No closure": {
      // Pull-on: an elasticated, gathered waistband.
      let d = "";
      for (let k = x - s.waistHalf + 1.5; k < x + s.waistHalf - 1; k += 2)
        d += `M${fmt(k)} ${fmt(s.waistY + 0.3)}V${fmt(top - 0.3)}`;
      return line(d, p.line, 1.1);
    }
    case "Front":
      // A front flap (sailor's falls) held by metal press studs at its corners.
      return (
        strip(x, top, fly, 14, p.dark, p) +
        studs([
          [x - 4.5, top + 3],
          [x + 4.5, top + 3],
          [x - 4.5, fly - 3],
          [x + 4.5, fly - 3],
        ])
      );
    case "Others":
      // Toggles on cord loops down the fly.
      return [top + 3, top + 10]
        .filter((y) => y < fly)
        .map((y) => toggle(x, y))
        .join("");
    case "Belt":
      return belt(x - s.waistHalf, x + s.waistHalf, bandY, Math.min(4, s.band));
    case "Back closure":
      // Seen from the front, the ties of a back closure: a big bow above the back waistband.
      return bow([x, s.waistY - 1], p.ink, 10);
    default:
      return "";
  }
}
