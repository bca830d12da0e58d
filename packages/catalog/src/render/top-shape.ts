/**
 * The measurements of a top before it is drawn: where the neck, shoulders, waist and hem sit in
 * the 100 x 100 frame. Category sets the base cut; fit and gender change widths, lengths and the
 * waist (fit as cut and width, gender as silhouette). Kept apart from the path code so that the
 * numbers that make values distinct can be read and tuned in one place.
 */
import type { Category } from "./spec.ts";

/** Measurements of anything worn on the torso (tops, dresses, the upper half of sets). */
export interface TopShape {
  cx: number;
  /** y of the neck point (where the shoulder seam meets the neckline). */
  neckY: number;
  neckHalf: number;
  shoulderHalf: number;
  /** How far the shoulder tip sits below the neck point. */
  shoulderDrop: number;
  armholeY: number;
  chestHalf: number;
  waistY: number;
  waistHalf: number;
  hemY: number;
  hemHalf: number;
  hem: "straight" | "shirttail" | "curved" | "leotard" | "shorty";
}

/**
 * Half-width of the neck opening. Collars and necklines are drawn at NECK_SCALE times their
 * 6.5-unit design size, large enough for a 64 px image to show their shapes.
 */
export const NECK_SCALE = 1.3;
const NECK_HALF = 6.5 * NECK_SCALE;

const TOPS: Record<string, Omit<TopShape, "cx">> = {
  Coat: top(12, 20, 18.5, 44, 18, 95, 21.5, "straight"),
  Jacket: top(16, 21, 19.5, 48, 19, 72, 19, "straight"),
  Suit: top(12, 20.5, 19, 45, 16.5, 78, 19, "curved"),
  Shirt: top(13, 20, 19, 48, 18.5, 83, 19.5, "shirttail"),
  "T-shirt": top(17, 21, 20, 50, 20, 82, 20, "straight"),
  Jumper: top(15, 21.5, 20.5, 50, 20, 80, 18.5, "straight"),
  Pyjamas: top(14, 20.5, 20, 48, 20, 80, 20.5, "straight"),
  Tracksuit: top(14, 21, 20, 48, 19.5, 78, 18.5, "straight"),
  Dress: top(9, 17, 16.5, 40, 14, 95, 28, "curved"),
  Swimming: top(16, 16.5, 16.5, 48, 15, 82, 17.5, "leotard"),
  Jumpsuit: top(9, 17, 16.5, 44, 15.5, 44, 15.5, "straight"),
};

function top(
  neckY: number,
  shoulderHalf: number,
  chestHalf: number,
  waistY: number,
  waistHalf: number,
  hemY: number,
  hemHalf: number,
  hem: TopShape["hem"],
): Omit<TopShape, "cx"> {
  return {
    neckY,
    neckHalf: NECK_HALF,
    shoulderHalf,
    shoulderDrop: 3,
    armholeY: neckY + 15,
    chestHalf,
    waistY,
    waistHalf,
    hemY,
    hemHalf,
    hem,
  };
}

/**
 * Measurements of a top of `category` (`null`: a generic T-shirt-like top).
 *
 * @example
 * topShape("Coat", "Oversize", "Male").hemY; // longer than a regular coat
 */
export function topShape(
  category: Category | null,
  fit: string | null,
  gender: string | null,
): TopShape {
  const base = TOPS[category ?? "T-shirt"] ?? TOPS["T-shirt"];
  const s: TopShape = { cx: 50, ...(base as Omit<TopShape, "cx">) };
  applyTopGender(s, gender, category);
  applyTopFit(s, fit);
  if (category === "Jumpsuit") {
    // The bodice ends at the waist, where the legs begin.
    s.hemY = s.waistY;
    s.hemHalf = s.waistHalf;
  }
  return s;
}

// Men: broad shoulders, straight sides. Women: narrow shoulders, a waist and a fuller hem.
function applyTopGender(s: TopShape, gender: string | null, category: Category | null): void {
  const dressy = category === "Dress" || category === "Swimming" || category === "Jumpsuit";
  if (gender === "Male") {
    s.shoulderHalf += 2.5;
    s.chestHalf += 1;
    s.waistHalf += dressy ? 1.5 : 1;
    s.shoulderDrop = 2;
  } else if (gender === "Female") {
    s.shoulderHalf -= 2.5;
    s.chestHalf -= 0.5;
    s.waistHalf -= dressy ? 2 : 4;
    s.hemHalf += dressy ? 1 : 1.5;
    s.shoulderDrop = 4.5;
  }
}

function widen(s: TopShape, k: number): void {
  s.shoulderHalf *= k;
  s.chestHalf *= k;
  s.waistHalf *= k;
  s.hemHalf *= k;
}

function applyTopFit(s: TopShape, fit: string | null): void {
  switch (fit) {
    case "Skinny":
      widen(s, 0.8);
      s.waistHalf -= 1.5;
      break;
    case "Slim":
      widen(s, 0.9);
      s.waistHalf -= 1;
      break;
    case "Loose":
      widen(s, 1.15);
      s.waistHalf = s.chestHalf;
      break;
    case "Oversize":
      widen(s, 1.22);
      s.shoulderHalf += 3;
      s.shoulderDrop += 5;
      s.armholeY += 6;
      s.waistHalf = s.chestHalf;
      s.hemY = Math.min(97, s.hemY + 6);
      break;
    case "Tailered":
      s.shoulderHalf += 1.5;
      s.shoulderDrop = 1.5;
      s.waistHalf -= 3.5;
      break;
    case "Straight":
      s.waistHalf = s.chestHalf;
      s.hemHalf = s.chestHalf;
      break;
    case "Flared":
      s.hemHalf += 11;
      break;
    case "High waist":
      s.waistY = s.armholeY + 5;
      break;
    case "Low":
      s.waistY += 12;
      break;
    // Large, Small and Regular keep the cut; Large and Small scale the whole garment instead.
    default:
      break;
  }
}

/** Whole-garment scale of a fit: Large fills more of the frame, Small less (cropped). */
export function fitScale(fit: string | null): number {
  return fit === "Large" ? 1.12 : fit === "Small" ? 0.82 : 1;
}
