/**
 * The outline of anything worn on the torso: body, sleeves or armholes, straps. Category shapes
 * the hem (shirt tails, a swimsuit's leg openings), sleeve length the shoulders (armholes,
 * spaghetti straps, a strapless bodice), an off-the-shoulder neckline the top edge.
 */

import { hasSleeve, type Sleeve, sleeve } from "./sleeves.ts";
import { mirror, type Pt, pt } from "./svg.ts";
import type { TopShape } from "./top-shape.ts";

/** A top's outline and the places its details hang on. */
export interface TopOutline {
  readonly shape: TopShape;
  readonly body: string;
  readonly sleeves: readonly Sleeve[];
  /** Path data of thin spaghetti straps drawn over the background, or "". */
  readonly straps: string;
  /** y of the top edge when the garment has no shoulders (strapless, spaghetti, off-the-shoulder). */
  readonly bodiceTop: number | null;
  /** Outer end of the left shoulder (or strap) at the neck side: where collars meet the body. */
  readonly shoulder: Pt;
}

interface Seg {
  readonly to: Pt;
  /** Control point of a quadratic curve into `to`; absent for a straight segment. */
  readonly c?: Pt;
}

/**
 * A closed path symmetric about x = cx, given its left half: `start`, then segments down to a
 * point on the centre line. The right half is the mirror image walked back up; the path closes
 * straight from the mirror of `start` to `start` (the back neck or a bodice's top edge).
 */
export function symmetric(cx: number, start: Pt, left: readonly Seg[]): string {
  const points = [start, ...left.map((s) => s.to)];
  let d = `M${pt(start)}`;
  for (const s of left) d += s.c ? `Q${pt(s.c)} ${pt(s.to)}` : `L${pt(s.to)}`;
  for (let i = left.length - 1; i >= 0; i--) {
    const seg = left[i] as Seg;
    const to = mirror(points[i] as Pt, cx);
    d += seg.c ? `Q${pt(mirror(seg.c, cx))} ${pt(to)}` : `L${pt(to)}`;
  }
  return `${d}Z`;
}

/** The default sleeve of a category whose sleeve length is not labelled. */
export function defaultSleeve(category: string | null): string {
  if (category === "T-shirt" || category === null) return "Short";
  if (category === "Dress" || category === "Jumpsuit" || category === "Swimming")
    return "Sleeveless";
  return "Long";
}

/**
 * The outline of a top. `tilt` is the seeded sleeve pose in degrees.
 *
 * @example
 * topOutline(topShape("Shirt", null, "Male"), "Long", null, 0).sleeves.length; // 2
 */
export function topOutline(
  s: TopShape,
  sleevelen: string,
  neckline: string | null,
  tilt: number,
): TopOutline {
  const { cx } = s;
  const offShoulder = neckline === "Off-the-shoulder";
  const bare = sleevelen === "Strapless" || sleevelen === "Spaghetti";
  const withSleeve = hasSleeve(sleevelen);
  const armpit: Pt = [cx - s.chestHalf, s.armholeY + (offShoulder ? 3 : 0)];
  let start: Pt;
  const upper: Seg[] = [];
  let shoulder: Pt;
  let bodiceTop: number | null = null;
  if (bare) {
    bodiceTop = s.armholeY - 1;
    start = [cx - s.chestHalf + 0.5, bodiceTop];
    shoulder = start;
    upper.push({ to: [cx - s.chestHalf, s.armholeY + 2] });
  } else if (offShoulder) {
    bodiceTop = s.neckY + 7;
    start = [cx - s.shoulderHalf - 1, bodiceTop];
    shoulder = start;
    upper.push({ to: armpit });
  } else if (withSleeve) {
    start = [cx - s.neckHalf, s.neckY];
    shoulder = [cx - s.shoulderHalf, s.neckY + s.shoulderDrop];
    upper.push({ to: shoulder }, { to: armpit });
  } else {
    // Sleeveless: a narrow shoulder strap and an armhole curving in under it.
    start = [cx - s.neckHalf, s.neckY];
    shoulder = [cx - s.neckHalf - 5, s.neckY + 1.5];
    upper.push({ to: shoulder }, { to: armpit, c: [shoulder[0] - 0.5, armpit[1] - 1] });
  }
  const body = symmetric(cx, start, [...upper, ...sides(s), ...hem(s)]);
  const sleeves: Sleeve[] = [];
  if (withSleeve) {
    for (const side of [-1, 1] as const) {
      const root = side < 0 ? start : mirror(start, cx);
      const from = offShoulder ? root : side < 0 ? shoulder : mirror(shoulder, cx);
      const to = side < 0 ? armpit : mirror(armpit, cx);
      const made = sleeve(from, to, sleevelen, side, tilt * side);
      if (made) sleeves.push(made);
    }
  }
  return { shape: s, body, sleeves, straps: straps(s, sleevelen, bodiceTop), bodiceTop, shoulder };
}

// Chest to waist to hem: curves, so that a female waist reads as a waist, not a kink.
function sides(s: TopShape): Seg[] {
  const { cx } = s;
  const waist: Pt = [cx - s.waistHalf, s.waistY];
  const towardsWaist: Pt = [
    cx - (s.chestHalf * 0.6 + s.waistHalf * 0.4),
    (s.armholeY + s.waistY) / 2,
  ];
  if (s.hemY <= s.waistY + 1) return [{ to: waist, c: towardsWaist }];
  const flare = s.hemHalf - s.waistHalf;
  const hipControl: Pt = [cx - s.waistHalf - flare * 0.25, (s.waistY + s.hemY) / 2];
  const hemY = s.hem === "shirttail" ? s.hemY - 7 : s.hem === "curved" ? s.hemY - 2 : s.hemY;
  if (s.hem === "leotard" || s.hem === "shorty") {
    return [
      { to: waist, c: towardsWaist },
      { to: [cx - s.hemHalf, s.hemY - 12], c: [cx - s.waistHalf, s.waistY + 8] },
    ];
  }
  return [
    { to: waist, c: towardsWaist },
    { to: [cx - s.hemHalf, hemY], c: hipControl },
  ];
}

function hem(s: TopShape): Seg[] {
  const { cx, hemY } = s;
  switch (s.hem) {
    case "straight":
      return [{ to: [cx, hemY] }];
    case "shirttail":
      return [{ to: [cx, hemY], c: [cx - s.hemHalf * 0.75, hemY + 1] }];
    case "curved":
      return [{ to: [cx, hemY], c: [cx - s.hemHalf * 0.5, hemY + 1] }];
    case "leotard":
      // A high-cut leg opening rising to the hip.
      return [{ to: [cx - 4.5, hemY], c: [cx - 6, hemY - 9] }, { to: [cx, hemY] }];
    case "shorty":
      // Square-cut legs of a man's swimsuit.
      return [
        { to: [cx - s.hemHalf - 1, hemY + 2] },
        { to: [cx - 2, hemY + 2] },
        { to: [cx, hemY - 2] },
      ];
    default:
      return [{ to: [cx, hemY] }];
  }
}

// Spaghetti straps rise from the bodice to the neck; strapless has none.
function straps(s: TopShape, sleevelen: string, top: number | null): string {
  if (sleevelen !== "Spaghetti" || top === null) return "";
  const a: Pt = [s.cx - s.chestHalf + 4.5, top + 0.5];
  const b: Pt = [s.cx - s.neckHalf - 1, s.neckY - 1];
  return `M${pt(a)}L${pt(b)}M${pt(mirror(a, s.cx))}L${pt(mirror(b, s.cx))}`;
}
