/**
 * What makes a category recognisable beyond its outline: ribbed bands on jumpers and tracksuits,
 * a jacket's hem band and cuffs, a shirt's cuffs, pyjama piping, jeans' orange topstitching,
 * rivets and coin pocket, tracksuit bottoms' side stripes and ankle cuffs, trouser creases,
 * waistbands with belt loops.
 */
import type { BottomOutline } from "./bottoms.ts";
import { waistband } from "./bottoms.ts";
import type { Palette } from "./colours.ts";
import type { Edge } from "./fabric-trims.ts";
import type { Category } from "./spec.ts";
import { dot, el, fill, fmt, line, type Pt, poly, pt } from "./svg.ts";
import type { TopOutline } from "./tops.ts";

const STITCH = "#e08a2c";
const PIPING = "#f7f3ea";

/** A band along an edge, `depth` deep, optionally ribbed (short lines across it). */
export function band(e: Edge, depth: number, color: string, p: Palette, ribbed: boolean): string {
  const [ix, iy] = e.inward;
  const a2: Pt = [e.a[0] + ix * depth, e.a[1] + iy * depth];
  const b2: Pt = [e.b[0] + ix * depth, e.b[1] + iy * depth];
  let out = fill(poly([e.a, e.b, b2, a2]), color, { stroke: p.line, "stroke-width": 0.5 });
  if (ribbed) {
    const n = Math.max(2, Math.round(Math.hypot(e.b[0] - e.a[0], e.b[1] - e.a[1]) / 1.7));
    let d = "";
    for (let k = 1; k < n; k++) {
      const t = k / n;
      const x = e.a[0] + (e.b[0] - e.a[0]) * t;
      const y = e.a[1] + (e.b[1] - e.a[1]) * t;
      d += `M${fmt(x)} ${fmt(y)}l${fmt(ix * depth)} ${fmt(iy * depth)}`;
    }
    out += line(d, p.line, 0.7, { "stroke-opacity": 0.85 });
  }
  return out;
}

/** Hem and cuff edges of a top (for bands, piping and fabric edges). */
export function topEdges(top: TopOutline): { hem: Edge | null; cuffs: Edge[] } {
  const s = top.shape;
  const cuffs = top.sleeves.map((sl) => ({
    a: sl.cuff[0],
    b: sl.cuff[1],
    inward: [-sl.axis[0], -sl.axis[1]] as Pt,
  }));
  if (s.hem === "leotard" || s.hem === "shorty" || s.hemY <= s.waistY + 1)
    return { hem: null, cuffs };
  const half = s.hem === "straight" ? s.hemHalf : s.hemHalf * 0.8;
  const y = s.hem === "straight" ? s.hemY : s.hemY - (s.hem === "shirttail" ? 3.5 : 1);
  return { hem: { a: [s.cx - half, y], b: [s.cx + half, y], inward: [0, -1] }, cuffs };
}

/** Hem edges of a bottom, one per leg. */
export function bottomEdges(bottom: BottomOutline): Edge[] {
  return bottom.hems.map(([a, b]) => ({ a, b, inward: [0, -1] as Pt }));
}

/**
 * Category details of a top piece.
 *
 * @example
 * topTrims("Jumper", outline, palette); // ribbed hem band and cuffs
 */
export function topTrims(category: Category | null, top: TopOutline, p: Palette): string {
  const { hem, cuffs } = topEdges(top);
  const s = top.shape;
  const edges = (depth: number, color: string, ribbed: boolean, withHem = true) =>
    [...(withHem && hem ? [hem] : []), ...cuffs]
      .map((e) => band(e, depth, color, p, ribbed))
      .join("");
  switch (category) {
    case "Jumper":
    case "Tracksuit":
      return edges(4.5, p.solid, true) + (category === "Tracksuit" ? sleeveStripes(top) : "");
    case "Jacket":
      return edges(4, p.dark, false);
    case "Shirt":
      return (
        edges(3.5, p.light, false, false) +
        cuffs.map((c) => dot(midInset(c, 1.7), 0.7, p.ink)).join("")
      );
    case "T-shirt":
    case null:
      return [...(hem ? [hem] : []), ...cuffs]
        .map((e) => inset(e, 1.6, p.line, 0.5) + inset(e, 2.4, p.line, 0.5))
        .join("");
    case "Pyjamas":
      return (
        [...(hem ? [hem] : []), ...cuffs].map((e) => inset(e, 1.4, PIPING, 1.1)).join("") +
        line(`M${fmt(s.cx)} ${fmt(s.neckY + 4)}V${fmt(s.hemY)}`, PIPING, 1.1)
      );
    case "Dress":
    case "Jumpsuit":
      return line(
        `M${fmt(s.cx - s.waistHalf)} ${fmt(s.waistY)}H${fmt(s.cx + s.waistHalf)}`,
        p.line,
        0.8,
      );
    case "Coat":
      return hem ? inset(hem, 2, p.line, 0.5) : "";
    case "Suit":
      return line(`M${fmt(s.cx - s.chestHalf * 0.55 - 3)} ${fmt(s.armholeY + 1)}h6`, p.line, 1);
    default:
      return "";
  }
}

/**
 * Category details of a bottom piece (`category` of the garment: a set's bottoms follow it).
 *
 * @example
 * bottomTrims("Jean", outline, palette); // topstitching, rivets, coin pocket, belt loops
 */
export function bottomTrims(category: Category | null, bottom: BottomOutline, p: Palette): string {
  const s = bottom.shape;
  const { cx } = s;
  const hems = bottomEdges(bottom);
  const wb = fill(waistband(s), p.solid, { stroke: p.line, "stroke-width": 0.6 });
  const loops = [-0.8, -0.35, 0.35, 0.8]
    .map((t) =>
      el("rect", {
        x: cx + t * s.waistHalf - 0.6,
        y: s.waistY - 0.3,
        width: 1.2,
        height: s.band + 0.8,
        fill: p.dark,
      }),
    )
    .join("");
  const crease = bottom.outseams
    .map((_, i) => {
      const [a, b] = bottom.hems[i] ?? [];
      if (!a || !b || s.crotchY === null) return "";
      const x = (a[0] + b[0]) / 2;
      return line(
        `M${fmt(x + (cx - x) * 0.25)} ${fmt(s.hipY + 2)}L${fmt(x)} ${fmt(s.hemY - 1)}`,
        p.light,
        0.9,
      );
    })
    .join("");
  switch (category) {
    case "Jean":
      return wb + loops + jeanStitching(bottom, hems);
    case "Trouser":
    case "Suit":
      return wb + loops + crease + pleats(s, p);
    case "Tracksuit Bottoms":
    case "Tracksuit":
      return (
        wb +
        drawcord(s.cx, s.waistY + s.band) +
        hems.map((e) => band(e, 5, p.solid, p, true)).join("") +
        sideStripes(bottom)
      );
    case "Pyjamas":
      return (
        wb +
        drawcord(s.cx, s.waistY + s.band) +
        hems.map((e) => inset(e, 1.4, PIPING, 1.1)).join("")
      );
    case "Shorts":
      return wb + loops + hems.map((e) => band(e, 3, p.solid, p, false)).join("");
    case "Skirt":
      return wb + hems.map((e) => inset(e, 1.6, p.line, 0.5)).join("");
    default:
      return "";
  }
}

// Front pleats: two short folds under the waistband on each side.
function pleats(s: BottomOutline["shape"], p: Palette): string {
  const y = s.waistY + s.band;
  const d = [-0.55, -0.35, 0.35, 0.55]
    .map((t) => `M${fmt(s.cx + t * s.hipHalf)} ${fmt(y)}v7`)
    .join("");
  return line(d, p.line, 0.7);
}

function inset(e: Edge, by: number, color: string, width: number): string {
  const [ix, iy] = e.inward;
  return line(
    `M${pt([e.a[0] + ix * by, e.a[1] + iy * by])}L${pt([e.b[0] + ix * by, e.b[1] + iy * by])}`,
    color,
    width,
  );
}

function midInset(e: Edge, by: number): Pt {
  return [(e.a[0] + e.b[0]) / 2 + e.inward[0] * by, (e.a[1] + e.b[1]) / 2 + e.inward[1] * by];
}

function drawcord(x: number, y: number): string {
  return line(`M${fmt(x - 1.5)} ${fmt(y - 1)}l-1 7M${fmt(x + 1.5)} ${fmt(y - 1)}l1 7`, PIPING, 0.8);
}

// Two white stripes down each outer leg.
function sideStripes(bottom: BottomOutline): string {
  return bottom.outseams
    .map((seam, i) => {
      const dir = i === 0 ? 1 : -1;
      const pts = (off: number) => seam.map(([x, y]) => [x + dir * off, y] as Pt);
      return line(poly(pts(1.3), false), "#fff", 0.9) + line(poly(pts(3), false), "#fff", 0.9);
    })
    .join("");
}

function sleeveStripes(top: TopOutline): string {
  return top.sleeves
    .map((sl) => {
      const [o] = sl.cuff;
      const from: Pt = [
        o[0] - sl.axis[0] * sl.length * 0.95 - sl.axis[1] * 1.5 * Math.sign(sl.axis[0]),
        o[1] - sl.axis[1] * sl.length * 0.95,
      ];
      return line(`M${pt(from)}L${pt(o)}`, "#fff", 1);
    })
    .join("");
}

function jeanStitching(bottom: BottomOutline, hems: readonly Edge[]): string {
  const s = bottom.shape;
  const { cx } = s;
  const top = s.waistY + s.band;
  const opening = (g: number) =>
    `M${fmt(cx + g * (s.waistHalf - 5))} ${fmt(top)}Q${fmt(cx + g * (s.waistHalf - 4.5))} ${fmt(s.hipY)} ${fmt(cx + g * (s.hipHalf - 0.5))} ${fmt(s.hipY + 1)}`;
  const coin = el("rect", {
    x: cx + s.waistHalf * 0.4,
    y: top + 1,
    width: 4.5,
    height: 4.5,
    fill: "none",
    stroke: STITCH,
    "stroke-width": 0.9,
  });
  const stitches = [
    `M${fmt(cx - s.waistHalf)} ${fmt(top - 0.8)}H${fmt(cx + s.waistHalf)}`,
    opening(-1),
    opening(1),
  ].join("");
  const rivets = [-1, 1]
    .map((g) =>
      dot([cx + g * (s.hipHalf - 1.4), s.hipY + 0.8], 1.3, "#c9a54a", {
        stroke: "#7a5a1a",
        "stroke-width": 0.3,
      }),
    )
    .join("");
  const hemStitch = hems.map((e) => inset(e, 1.8, STITCH, 0.9)).join("");
  return line(stitches, STITCH, 1) + coin + rivets + hemStitch;
}
