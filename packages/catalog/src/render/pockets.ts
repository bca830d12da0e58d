/**
 * The 7 pockets, where they sit on a top (hips, chest, sleeve) or a bottom (hips, thighs,
 * waistband). Each has its own construction: a slanted welt (side), a bellows patch with a flap
 * (cargo), a flap alone (flap), a vertical chest zip (napoleon), a pouch on the belt line (belt),
 * a zipped patch on the upper arm (sleeve), horizontal zips (zip).
 */
import type { BottomOutline } from "./bottoms.ts";
import type { Palette } from "./colours.ts";
import { dot, el, fill, fmt, line, mirror, type Pt, poly, pt } from "./svg.ts";
import type { TopOutline } from "./tops.ts";

const ZIP = "#b4bac1";

// A zip between two points, with its pull at the first.
function zip(a: Pt, b: Pt): string {
  return (
    line(`M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}`, "#3a3d42", 2.2) +
    line(`M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}`, ZIP, 1.1, {
      "stroke-dasharray": "0.5 0.4",
    }) +
    dot(a, 1.4, ZIP, { stroke: "#3a3d42", "stroke-width": 0.4 })
  );
}

// A patch pocket with a flap and a button, `w` x `h`, top-centre at `at`.
function patch(at: Pt, w: number, h: number, p: Palette, withFlap = true): string {
  const [x, y] = at;
  const body = el("rect", {
    x: x - w / 2,
    y,
    width: w,
    height: h,
    rx: 0.8,
    fill: p.light,
    stroke: p.line,
    "stroke-width": 0.6,
  });
  if (!withFlap) return body;
  const flap = fill(
    poly([
      [x - w / 2 - 0.3, y - 0.5],
      [x + w / 2 + 0.3, y - 0.5],
      [x + w / 2 + 0.3, y + h * 0.3],
      [x, y + h * 0.42],
      [x - w / 2 - 0.3, y + h * 0.3],
    ]),
    p.dark,
    { stroke: p.line, "stroke-width": 0.5 },
  );
  return body + flap + dot([x, y + h * 0.3], 0.8, p.ink);
}

function flapOnly(at: Pt, w: number, p: Palette): string {
  const [x, y] = at;
  return (
    line(`M${fmt(x - w / 2)} ${fmt(y)}H${fmt(x + w / 2)}`, p.line, 0.8) +
    el("rect", {
      x: x - w / 2 - 0.3,
      y: y - 0.2,
      width: w + 0.6,
      height: 3.4,
      fill: p.dark,
      stroke: p.line,
      "stroke-width": 0.5,
    })
  );
}

/** The same pocket on the left and the right. */
const both = (draw: (side: -1 | 1) => string) => draw(-1) + draw(1);

/**
 * `pocket` on a top; "" when the pocket belongs on the legs only.
 *
 * @example
 * topPocket("Napoleon", outline, palette); // a vertical zip on the left chest
 */
export function topPocket(pocket: string | null, top: TopOutline, p: Palette): string {
  const s = top.shape;
  const { cx } = s;
  const hipY = s.hemY > s.waistY + 6 ? s.waistY + (s.hemY - s.waistY) * 0.42 : s.waistY - 6;
  const hipX = (s.waistHalf + s.hemHalf) * 0.3;
  switch (pocket) {
    case "Side":
      return both((side) =>
        line(
          `M${fmt(cx + side * (hipX - 3))} ${fmt(hipY - 5)}L${fmt(cx + side * (hipX + 3))} ${fmt(hipY + 5)}`,
          p.line,
          2,
        ),
      );
    case "Cargo":
      return both((side) => patch([cx + side * (hipX + 1), hipY - 3], 10, 11, p));
    case "Flap":
      return both((side) => flapOnly([cx + side * (hipX + 0.5), hipY - 2], 10, p));
    case "Zip":
      // Slanted zips across the hips.
      return both((side) =>
        zip([cx + side * (hipX - 5), hipY - 2.5], [cx + side * (hipX + 5), hipY + 2.5]),
      );
    case "Napoleon": {
      const x = cx - s.chestHalf * 0.5;
      return zip([x + 1, s.armholeY - 7], [x - 1, s.armholeY + 11]);
    }
    case "Belt": {
      const x = cx - s.waistHalf * 0.5;
      return (
        line(`M${fmt(x - 8)} ${fmt(s.waistY)}H${fmt(x + 8)}`, "#2b2b2b", 2.2) +
        patch([x, s.waistY - 1.5], 9, 8, p, false) +
        line(`M${fmt(x - 3.5)} ${fmt(s.waistY + 0.8)}H${fmt(x + 3.5)}`, ZIP, 1.2)
      );
    }
    case "Sleeve": {
      const sleeve = top.sleeves[0];
      const at: Pt = sleeve ? sleeve.upper : [cx - s.chestHalf + 4, s.armholeY - 2];
      const angle = sleeve ? (Math.atan2(sleeve.axis[0], sleeve.axis[1]) * -180) / Math.PI : 0;
      return el(
        "g",
        { transform: `translate(${fmt(at[0])} ${fmt(at[1])}) rotate(${fmt(angle)})` },
        patch([0, -4.5], 8, 10, p, false) + zip([-3, -2.5], [3, -2.5]),
      );
    }
    default:
      return "";
  }
}

/**
 * `pocket` on a bottom; "" when the pocket belongs on a top only.
 *
 * @example
 * bottomPocket("Cargo", outline, palette); // bellows pockets on both thighs
 */
export function bottomPocket(pocket: string | null, bottom: BottomOutline, p: Palette): string {
  const s = bottom.shape;
  const { cx } = s;
  const top = s.waistY + s.band;
  const thighY = s.crotchY === null ? s.hipY + 10 : s.crotchY + (s.crotchY + 30 < s.hemY ? 6 : -2);
  switch (pocket) {
    case "Side": {
      const a: Pt = [cx - s.waistHalf + 4, top];
      const b: Pt = [cx - s.hipHalf + 0.8, s.hipY + 3];
      const slant = (a: Pt, b: Pt, c: Pt) => `M${pt(a)}Q${pt(c)} ${pt(b)}`;
      const c: Pt = [a[0] - 0.5, b[1] - 1];
      return line(slant(a, b, c) + slant(mirror(a, cx), mirror(b, cx), mirror(c, cx)), p.line, 1.8);
    }
    case "Cargo":
      return both((g) => patch([cx + g * (s.hipHalf - 3.5), thighY], 9, 11, p));
    case "Flap":
      return both((g) => flapOnly([cx + g * s.hipHalf * 0.5, s.hipY], 8, p));
    case "Zip":
      // Slanted zips below the waistband.
      return both((g) =>
        zip(
          [cx + g * (s.hipHalf * 0.5 - 4.5), s.hipY - 2],
          [cx + g * (s.hipHalf * 0.5 + 4.5), s.hipY + 3],
        ),
      );
    case "Belt": {
      const x = cx - s.waistHalf * 0.5;
      return (
        line(`M${fmt(x - 6)} ${fmt(s.waistY + 1)}H${fmt(x + 6)}`, "#2b2b2b", 2.2) +
        patch([x, s.waistY + 0.5], 8.5, 8.5, p)
      );
    }
    default:
      return "";
  }
}
