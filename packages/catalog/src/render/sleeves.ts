/**
 * Sleeves by length. A sleeve leaves the body between shoulder tip and armpit and runs down and
 * out at a fixed angle (a flat-lay product shot), so that its length alone sets where the cuff
 * ends: the nine lengths end at clearly different heights. Sleeveless, spaghetti and strapless
 * have no sleeve: `tops.ts` cuts their armholes and bodice instead.
 */
import { fmt, type Pt, poly } from "./svg.ts";

/** Length along the arm and half-width of the cuff, per sleeve length with a sleeve. */
const SLEEVES: Readonly<Record<string, { length: number; cuff: number }>> = {
  "Extra Short": { length: 4, cuff: 7.6 },
  Short: { length: 11, cuff: 6.8 },
  Elbow: { length: 21, cuff: 5.6 },
  "3/4": { length: 30, cuff: 4.9 },
  Long: { length: 39, cuff: 4.2 },
  "Extra Long": { length: 50, cuff: 6 },
};

/** True for the sleeve lengths drawn as a sleeve (not an armhole or bodice). */
export function hasSleeve(sleevelen: string): boolean {
  return sleevelen in SLEEVES;
}

/** One drawn sleeve: its outline and the points details hang on (cuff, sleeve pocket). */
export interface Sleeve {
  readonly d: string;
  /** Cuff edge, outer point first. */
  readonly cuff: readonly [Pt, Pt];
  /** Unit vector along the arm, from shoulder to cuff. */
  readonly axis: Pt;
  /** Point on the upper arm, a third of the way down: where a sleeve pocket goes. */
  readonly upper: Pt;
  readonly length: number;
}

/**
 * The sleeve leaving the body between `shoulder` and `armpit`, on the side of `side` (-1 left).
 * `tilt` (degrees) is the seeded pose variation.
 *
 * @example
 * sleeve([30, 17], [31, 30], "Long", -1, 0).cuff; // near the bottom left of the frame
 */
export function sleeve(
  shoulder: Pt,
  armpit: Pt,
  length: string,
  side: -1 | 1,
  tilt: number,
): Sleeve | null {
  const spec = SLEEVES[length];
  if (spec === undefined) return null;
  const root: Pt = [(shoulder[0] + armpit[0]) / 2, (shoulder[1] + armpit[1]) / 2];
  // Open the arms less when the body is wide, so that long sleeves stay inside the frame.
  let angle = 27 + tilt;
  let cuff: readonly [Pt, Pt] = [root, root];
  let axis: Pt = [0, 1];
  for (; angle > 8; angle -= 3) {
    const a = (angle * Math.PI) / 180;
    axis = [side * Math.sin(a), Math.cos(a)];
    const end: Pt = [root[0] + axis[0] * spec.length, root[1] + axis[1] * spec.length];
    const out: Pt = [side * Math.cos(a), -Math.sin(a)];
    cuff = [
      [end[0] + out[0] * spec.cuff, end[1] + out[1] * spec.cuff],
      [end[0] - out[0] * spec.cuff, end[1] - out[1] * spec.cuff],
    ];
    const outerX = cuff[0][0];
    if (outerX > 2.5 && outerX < 97.5) break;
  }
  const upper: Pt = [root[0] + axis[0] * 9, root[1] + axis[1] * 9];
  return { d: poly([shoulder, cuff[0], cuff[1], armpit]), cuff, axis, upper, length: spec.length };
}

/** Folds drawn on a sleeve, by length: extra-long sleeves gather over the hand. */
export function sleeveFolds(s: Sleeve, color: string): string {
  const [o, i] = s.cuff;
  const along = (p: Pt, t: number): Pt => [p[0] - s.axis[0] * t, p[1] - s.axis[1] * t];
  const lines: string[] = [];
  const count = s.length > 45 ? 4 : s.length > 25 ? 1 : 0;
  for (let k = 1; k <= count; k++) {
    const a = along(o, 2.2 * k);
    const b = along(i, 2.2 * k + 1);
    lines.push(`M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}`);
  }
  return lines.length === 0
    ? ""
    : `<path d="${lines.join("")}" fill="none" stroke="${color}" stroke-width="0.7" opacity="0.7"/>`;
}
