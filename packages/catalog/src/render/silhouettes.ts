/**
 * The 16 categories as pieces on the page: a top, a bottom, a one-piece (jumpsuit) or a set of a
 * top and a bottom laid side by side (suit, pyjamas, tracksuit), each with its place and scale in
 * the 100 x 100 frame. Which outline a category has is decided here; how an outline is traced is
 * in tops.ts and bottoms.ts.
 */

import { type BottomShape, bottomShape } from "./bottom-shape.ts";
import { type BottomOutline, bottomOutline } from "./bottoms.ts";
import { collarRise } from "./collars.ts";
import type { GarmentSpec } from "./spec.ts";
import { NECK_SCALE, type TopShape, topShape } from "./top-shape.ts";
import { defaultSleeve, type TopOutline, topOutline } from "./tops.ts";

/** Where a piece goes: `translate(x y) scale(k)` of its own 100 x 100 frame. */
export interface Placement {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export type Piece =
  | { readonly kind: "top"; readonly top: TopOutline; readonly at: Placement }
  | { readonly kind: "bottom"; readonly bottom: BottomOutline; readonly at: Placement }
  | {
      readonly kind: "onepiece";
      readonly top: TopOutline;
      readonly bottom: BottomOutline;
      readonly at: Placement;
    };

const BOTTOM_CATEGORIES = new Set(["Shorts", "Trouser", "Jean", "Tracksuit Bottoms", "Skirt"]);
const SETS = new Set(["Suit", "Pyjamas", "Tracksuit"]);
const HOME: Placement = { x: 0, y: 0, k: 1 };

/**
 * The pieces of a garment, back to front. `tilt` is the seeded sleeve pose in degrees.
 *
 * @example
 * pieces(garmentSpec({ category: "Suit" }), 0).map((p) => p.kind); // ["bottom", "top"]
 */
export function pieces(spec: GarmentSpec, tilt: number): Piece[] {
  const { category, fit, gender } = spec;
  const sleevelen = spec.sleevelen ?? defaultSleeve(category);
  if (category !== null && BOTTOM_CATEGORIES.has(category)) {
    return [
      { kind: "bottom", bottom: bottomOutline(bottomShape(category, fit, gender)), at: HOME },
    ];
  }
  const top = topOutline(topShape(category, fit, gender), sleevelen, spec.neckline, tilt);
  if (category === "Jumpsuit") {
    return [
      {
        kind: "onepiece",
        top,
        bottom: bottomOutline(jumpsuitLegs(top.shape, fit, gender)),
        at: HOME,
      },
    ];
  }
  if (category !== null && SETS.has(category)) {
    // The set's bottoms lie behind and to the right of its top, both a little smaller.
    const bottoms = bottomOutline(
      bottomShape(category === "Tracksuit" ? "Tracksuit Bottoms" : "Trouser", fit, gender),
    );
    return [
      { kind: "bottom", bottom: bottoms, at: { x: 37, y: 25, k: 0.7 } },
      { kind: "top", top, at: { x: -3, y: 4, k: 0.8 } },
    ];
  }
  return [{ kind: "top", top, at: framed(top, spec.collar) }];
}

// A single top whose hood or chin collar would leave the frame is moved down, and shrunk if it
// then reaches past the bottom.
function framed(top: TopOutline, collar: string | null): Placement {
  const s = top.shape;
  const high = s.neckY - collarRise(collar) * NECK_SCALE;
  const low = s.hemY + 1;
  const k = Math.min(1, 95 / (low - high));
  const y = Math.max(0, 2.5 - high * k);
  return high >= 2.5 ? HOME : { x: 50 - 50 * k, y, k: Math.round(k * 1000) / 1000 };
}

// A jumpsuit's legs: trouser measurements hung from the bodice's waist, the rise and legs
// shortened so that the whole garment fits the frame.
function jumpsuitLegs(top: TopShape, fit: string | null, gender: string | null): BottomShape {
  const legs = bottomShape("Trouser", fit, gender);
  const y = (v: number) => top.waistY + (v - legs.waistY) * 0.6;
  return {
    ...legs,
    waistY: top.waistY - 1,
    waistHalf: top.waistHalf,
    hipHalf: Math.min(legs.hipHalf, top.waistHalf + 3.5),
    band: 0,
    hipY: y(legs.hipY),
    crotchY: legs.crotchY === null ? null : y(legs.crotchY),
    kneeY: y(legs.kneeY),
    hemY: Math.min(97, y(legs.hemY)),
  };
}
