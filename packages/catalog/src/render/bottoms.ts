/**
 * The outline of anything worn on the legs: trousers, jeans, tracksuit bottoms, shorts, the legs
 * of jumpsuits and sets, and skirts. Fit sets the leg line (skinny, tapered, bootcut, flared...),
 * which is why the knee and hem widths are separate measurements.
 */
import type { BottomShape } from "./bottom-shape.ts";
import { type Pt, poly } from "./svg.ts";
import { symmetric } from "./tops.ts";

/** A bottom's outline and the points its details hang on. */
export interface BottomOutline {
  readonly shape: BottomShape;
  readonly d: string;
  /** Hem edges, outer point first, one per leg (one for a skirt). */
  readonly hems: readonly (readonly [Pt, Pt])[];
  /** Outer side seam of each leg, top to bottom (where side stripes run). */
  readonly outseams: readonly (readonly Pt[])[];
}

/**
 * The outline of a bottom. `top` (default the waist) lets a jumpsuit start its legs at its waist.
 *
 * @example
 * bottomOutline(bottomShape("Jean", "Skinny", "Female")).hems.length; // 2
 */
export function bottomOutline(s: BottomShape): BottomOutline {
  return s.crotchY === null ? skirt(s) : trousers(s, s.crotchY);
}

function trousers(s: BottomShape, crotchY: number): BottomOutline {
  const { cx } = s;
  const waist: Pt = [cx - s.waistHalf, s.waistY];
  const hip: Pt = [cx - s.hipHalf, s.hipY];
  // Each leg hangs from its half of the hips and opens slightly outwards (a flat-lay pose).
  const thighHalf = s.hipHalf / 2;
  const legTop = cx - thighHalf;
  const kneeC = legTop - s.splay * ((s.kneeY - crotchY) / (s.hemY - crotchY));
  const hemC = legTop - s.splay;
  const kneeOut: Pt = [kneeC - s.kneeHalf, s.kneeY];
  const kneeIn: Pt = [Math.min(kneeC + s.kneeHalf, cx - 0.8), s.kneeY];
  const hemOut: Pt = [hemC - s.hemHalf, s.hemY];
  const hemIn: Pt = [Math.min(hemC + s.hemHalf, cx - 0.6), s.hemY];
  const crotch: Pt = [cx, crotchY];
  const d = symmetric(cx, waist, [
    { to: hip, c: [cx - s.hipHalf, s.waistY + 3] },
    { to: kneeOut, c: [legTop - thighHalf - s.splay * 0.3, (s.hipY + s.kneeY) / 2] },
    { to: hemOut },
    { to: hemIn },
    { to: kneeIn },
    { to: crotch, c: [kneeIn[0] + 0.5, crotchY + 3] },
  ]);
  const mirrorX = (p: Pt): Pt => [2 * cx - p[0], p[1]];
  return {
    shape: s,
    d,
    hems: [
      [hemOut, hemIn],
      [mirrorX(hemOut), mirrorX(hemIn)],
    ],
    outseams: [
      [hip, kneeOut, hemOut],
      [mirrorX(hip), mirrorX(kneeOut), mirrorX(hemOut)],
    ],
  };
}

function skirt(s: BottomShape): BottomOutline {
  const { cx } = s;
  const waist: Pt = [cx - s.waistHalf, s.waistY];
  const hip: Pt = [cx - s.hipHalf, s.hipY];
  const hemOut: Pt = [cx - s.hemHalf, s.hemY - 2];
  const d = symmetric(cx, waist, [
    { to: hip, c: [cx - s.hipHalf, s.waistY + 3] },
    { to: hemOut, c: [cx - (s.hipHalf + s.hemHalf) / 2 + 1, (s.hipY + s.hemY) / 2] },
    { to: [cx, s.hemY], c: [cx - s.hemHalf / 2, s.hemY + 1] },
  ]);
  return {
    shape: s,
    d,
    hems: [[hemOut, [2 * cx - hemOut[0], hemOut[1]]]],
    outseams: [
      [hip, hemOut],
      [
        [2 * cx - hip[0], hip[1]],
        [2 * cx - hemOut[0], hemOut[1]],
      ],
    ],
  };
}

/** The waistband as a filled band under the waist line (its own path, drawn over the body). */
export function waistband(s: BottomShape): string {
  const { cx } = s;
  const a: Pt = [cx - s.waistHalf, s.waistY];
  const b: Pt = [cx - s.waistHalf - 0.4, s.waistY + s.band];
  return poly([a, b, [2 * cx - b[0], b[1]], [2 * cx - a[0], a[1]]]);
}
