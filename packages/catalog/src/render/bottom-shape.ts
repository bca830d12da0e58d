/**
 * The measurements of a bottom (trousers, jeans, shorts, skirts, the legs of sets and
 * jumpsuits): waist, hips, rise, knee and hem. Fit sets the leg line (skinny, tapered, bootcut,
 * flared...), which is why knee and hem widths are separate measurements.
 */
import type { Category } from "./spec.ts";

/** Measurements of anything worn on the legs (the lower half of sets and jumpsuits too). */
export interface BottomShape {
  cx: number;
  waistY: number;
  waistHalf: number;
  /** Height of the waistband. */
  band: number;
  hipY: number;
  hipHalf: number;
  /** y where the legs part; a skirt has no crotch (null). */
  crotchY: number | null;
  kneeY: number;
  /** Half-width of one leg at knee and hem; for a skirt, hemHalf is the whole hem's half width. */
  kneeHalf: number;
  hemHalf: number;
  hemY: number;
  /** How far each leg's hem centre moves outwards from straight down. */
  splay: number;
}

const BOTTOMS: Record<string, Omit<BottomShape, "cx">> = {
  Trouser: bottom(7, 15, 18, 58, 7.5, 6.5, 95),
  Jean: bottom(7, 15, 18, 58, 7.5, 6.5, 95),
  "Tracksuit Bottoms": bottom(7, 16, 19, 58, 8, 5, 95),
  Shorts: bottom(16, 21, 24.5, 0, 11.5, 11.5, 72),
  Skirt: bottom(12, 17, 20, 0, 0, 27, 84),
};

function bottom(
  waistY: number,
  waistHalf: number,
  hipHalf: number,
  kneeY: number,
  kneeHalf: number,
  hemHalf: number,
  hemY: number,
): Omit<BottomShape, "cx"> {
  return {
    waistY,
    waistHalf,
    band: 4,
    hipY: waistY + 13,
    hipHalf,
    crotchY: kneeY === 0 && hemHalf > 20 ? null : waistY + 27,
    kneeY: kneeY === 0 ? (hemY + waistY + 27) / 2 : kneeY,
    kneeHalf: kneeHalf === 0 ? hipHalf : kneeHalf,
    hemHalf,
    hemY,
    splay: kneeY === 0 ? 3 : 2.5,
  };
}

/**
 * Measurements of a bottom of `category` (sets and jumpsuits use trousers).
 *
 * @example
 * bottomShape("Jean", "Flared", "Female").hemHalf; // wide: the legs flare from the knee
 */
export function bottomShape(
  category: Category | null,
  fit: string | null,
  gender: string | null,
): BottomShape {
  const key = category !== null && category in BOTTOMS ? category : "Trouser";
  const s: BottomShape = { cx: 50, ...(BOTTOMS[key] as Omit<BottomShape, "cx">) };
  if (gender === "Female") {
    s.waistHalf -= 2.5;
    s.hipHalf += 1;
  } else if (gender === "Male") {
    s.waistHalf += 1;
    s.hipHalf -= 1;
  }
  applyBottomFit(s, fit, s.crotchY === null);
  return s;
}

function applyBottomFit(s: BottomShape, fit: string | null, skirt: boolean): void {
  const legs = (knee: number, hem: number) => {
    s.kneeHalf = skirt ? s.kneeHalf : knee;
    s.hemHalf = hem;
  };
  switch (fit) {
    case "Skinny":
      s.hipHalf -= 2;
      legs(5, 4);
      break;
    case "Jeggings":
      s.hipHalf -= 2.5;
      s.band = 2;
      legs(4.5, 3.5);
      break;
    case "Slim":
      s.hipHalf -= 1;
      legs(6.2, 5.2);
      if (skirt) s.hemHalf = s.hipHalf - 1;
      break;
    case "Loose":
      s.hipHalf += 2;
      legs(10, 10);
      if (skirt) s.hemHalf += 5;
      break;
    case "Oversize":
      s.hipHalf += 4;
      s.waistHalf += 2;
      legs(12, 12.5);
      if (skirt) s.hemHalf += 9;
      break;
    case "Straight":
      legs(8.5, 8.5);
      if (skirt) s.hemHalf = s.hipHalf;
      break;
    case "Tapered":
      s.hipHalf += 2;
      legs(8.5, 3.8);
      break;
    case "Bootcut":
      legs(6, 10);
      break;
    case "Flared":
      legs(6.5, 14);
      if (skirt) s.hemHalf += 14;
      break;
    case "High waist":
      s.waistY -= 5;
      s.band = 8;
      s.waistHalf -= 1.5;
      break;
    case "Low":
      s.waistY += 5;
      s.waistHalf += 2;
      s.band = 3;
      break;
    case "Tailered":
      legs(7, 6.8);
      break;
    default:
      break;
  }
}
