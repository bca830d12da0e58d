/**
 * The 7 pockets, where they sit on a top (hips, chest, sleeve) or a bottom (hips, thighs,
 * waistband). Each has its own construction: a slanted welt (side), a bellows patch with a flap
 * (cargo), a flap alone (flap), a vertical chest zip (napoleon), a pouch on the belt line (belt),
 * a zipped patch on the upper arm (sleeve), horizontal zips (zip).
 *
 * Drawn bold for a 64 px picture, where one unit is 0.64 px: opaque fills that cover the
 * pattern beneath, outlines over a unit thick, and each value told apart by shape, position and
 * orientation rather than by a small detail (zip vs napoleon vs sleeve: hips, chest, arm; flap vs
 * cargo: whether a patch body shows under the flap).
 */
import type { BottomOutline } from "./bottoms.ts";
import type { Palette } from "./colours.ts";
import { el, fill, fmt, line, type Pt, poly, pt } from "./svg.ts";
import type { TopOutline } from "./tops.ts";

/** Metal zip track, its dark tape, and the near-black of an opening or a nylon pouch. */
const ZIP = "#d3d7dc";
const TAPE = "#1d1f22";
const HOLE = "#141518";

const seg = (a: Pt, b: Pt) => `M${pt(a)}L${pt(b)}`;

// A welt opening: a near-black slash with a rim in the outline colour, or in light grey piping
// on a dark garment, where a black slash alone would not show.
function welt(d: string, p: Palette, width: number): string {
  const rim = p.luminance < 0.25 ? "#a3a8ae" : p.line;
  return (
    line(d, rim, width + 2, { "stroke-linecap": "round" }) +
    line(d, HOLE, width, { "stroke-linecap": "round" })
  );
}

// A metal zip from `a` to `b` on a dark tape, with a large pull hanging from `a`: light grey
// track with a dark border, readable on any garment colour.
function zip(a: Pt, b: Pt, tape = 4.4): string {
  const pull = el("rect", {
    x: a[0] - 1.6,
    y: a[1] - 0.6,
    width: 3.2,
    height: 5.2,
    rx: 1,
    fill: ZIP,
    stroke: TAPE,
    "stroke-width": 0.8,
  });
  return (
    line(seg(a, b), TAPE, tape, { "stroke-linecap": "round" }) +
    line(seg(a, b), ZIP, tape * 0.45) +
    pull
  );
}

// A patch pocket `w` x `h`, top-centre at `at`, in the light shade with a heavy outline.
function patch(at: Pt, w: number, h: number, p: Palette): string {
  return el("rect", {
    x: at[0] - w / 2,
    y: at[1],
    width: w,
    height: h,
    rx: 1,
    fill: p.light,
    stroke: p.line,
    "stroke-width": 1.2,
  });
}

// A straight dark flap `w` wide and `h` deep, top-centre at `at`, with a snap in the ink colour.
function flap(at: Pt, w: number, h: number, p: Palette): string {
  const [x, y] = at;
  const body = fill(
    poly([
      [x - w / 2, y],
      [x + w / 2, y],
      [x + w / 2 - 0.6, y + h],
      [x - w / 2 + 0.6, y + h],
    ]),
    p.dark,
    { stroke: p.line, "stroke-width": 1.2, "stroke-linejoin": "round" },
  );
  return body + el("circle", { cx: x, cy: y + h * 0.55, r: 1.1, fill: p.ink });
}

// A cargo pocket: a big patch with bellows (pleat lines down both sides) under a pointed flap.
function cargo(at: Pt, w: number, h: number, p: Palette): string {
  const [x, y] = at;
  const pleats = line(
    `M${fmt(x - w / 2 + 1.6)} ${fmt(y + 3)}V${fmt(y + h - 0.8)}M${fmt(x + w / 2 - 1.6)} ${fmt(y + 3)}V${fmt(y + h - 0.8)}`,
    p.line,
    0.8,
  );
  const cover = fill(
    poly([
      [x - w / 2 - 0.5, y - 0.8],
      [x + w / 2 + 0.5, y - 0.8],
      [x + w / 2 + 0.5, y + h * 0.3],
      [x, y + h * 0.42],
      [x - w / 2 - 0.5, y + h * 0.3],
    ]),
    p.dark,
    { stroke: p.line, "stroke-width": 1.1, "stroke-linejoin": "round" },
  );
  return (
    patch(at, w, h, p) +
    pleats +
    cover +
    el("circle", { cx: x, cy: y + h * 0.28, r: 1.1, fill: p.ink })
  );
}

// A bum bag on the belt line: a rounded near-black nylon pouch with a curved zip, strap stubs
// and a side-release buckle; its silhouette, not its colour alone, sets it apart. Grey nylon on
// a dark garment, so that it does not vanish into it.
function pouch(at: Pt, w: number, h: number, p: Palette): string {
  const [x, y] = at;
  const dark = p.luminance < 0.25;
  const hw = w / 2;
  const body = `M${pt([x - hw, y])}L${pt([x + hw, y])}C${pt([x + hw + 1, y + h * 0.7])} ${pt([x + hw * 0.6, y + h])} ${pt([x, y + h])}C${pt([x - hw * 0.6, y + h])} ${pt([x - hw - 1, y + h * 0.7])} ${pt([x - hw, y])}Z`;
  const strap = line(`M${fmt(x - hw - 0.5)} ${fmt(y + 1)}H${fmt(x + hw + 5)}`, HOLE, 2.8);
  const buckle = el("rect", {
    x: x + hw + 1.2,
    y: y - 0.8,
    width: 3,
    height: 3.6,
    rx: 0.6,
    fill: ZIP,
    stroke: TAPE,
    "stroke-width": 0.6,
  });
  const zipLine = line(
    `M${pt([x - hw + 1.5, y + h * 0.35])}Q${pt([x, y + h * 0.6])} ${pt([x + hw - 1.5, y + h * 0.35])}`,
    dark ? TAPE : ZIP,
    1.2,
  );
  const nylon = dark ? "#8e949b" : HOLE;
  return strap + fill(body, nylon, { stroke: HOLE, "stroke-width": 1 }) + zipLine + buckle;
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
      // Hand-warmer welts: steep slashes, top edge towards the centre.
      return both((side) =>
        welt(
          seg([cx + side * (hipX - 2.5), hipY - 7], [cx + side * (hipX + 2.5), hipY + 6]),
          p,
          2.6,
        ),
      );
    case "Cargo":
      return both((side) => cargo([cx + side * (hipX + 1), hipY - 4], 11, 13, p));
    case "Flap":
      return both((side) => flap([cx + side * (hipX + 0.5), hipY - 2], 12, 4.6, p));
    case "Zip":
      // Horizontal zips across the hips (side pockets are slanted, napoleon is vertical).
      return both((side) =>
        zip([cx + side * (hipX - 5.5), hipY], [cx + side * (hipX + 5.5), hipY]),
      );
    case "Napoleon": {
      // One long vertical zip on the left chest; the badge, if any, sits on the right.
      const x = cx - s.chestHalf * 0.5;
      return zip([x + 0.8, s.armholeY - 8], [x - 0.8, s.armholeY + 11], 4.8);
    }
    case "Belt":
      // Worn towards the left hip, clear of the front fastening drawn over the centre.
      return pouch([cx - s.waistHalf + 6, s.waistY + 0.5], 13, 13, p);
    case "Sleeve": {
      const sleeve = top.sleeves[0];
      const at: Pt = sleeve ? sleeve.upper : [cx - s.chestHalf + 4, s.armholeY - 2];
      const angle = sleeve ? (Math.atan2(sleeve.axis[0], sleeve.axis[1]) * -180) / Math.PI : 0;
      // A patch along the upper arm with a zip across its top.
      return el(
        "g",
        { transform: `translate(${fmt(at[0])} ${fmt(at[1])}) rotate(${fmt(angle)})` },
        patch([0, -4.5], 9.5, 15, p) + zip([-3.4, -1.6], [3.4, -1.6], 4),
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
  const thighY = s.crotchY === null ? s.hipY + 8 : s.crotchY + (s.crotchY + 30 < s.hemY ? 4 : -3);
  switch (pocket) {
    case "Side":
      // Curved slant pockets from the waistband to the side seam, as thick dark openings.
      return both((g) => {
        const a: Pt = [cx + g * (s.waistHalf - 5), top + 0.5];
        const b: Pt = [cx + g * (s.hipHalf - 1.5), s.hipY + 5];
        const c: Pt = [a[0] + g * 0.5, b[1] - 1];
        return welt(`M${pt(a)}Q${pt(c)} ${pt(b)}`, p, 2.8);
      });
    case "Cargo":
      // Big bellows patches on the outer thighs.
      return both((g) => cargo([cx + g * (s.hipHalf - 5), thighY], 10, 14, p));
    case "Flap":
      // Wide flaps high on the hips, no patch under them.
      return both((g) => flap([cx + g * s.hipHalf * 0.5, s.hipY - 4], 11, 4.6, p));
    case "Zip":
      return both((g) =>
        zip([cx + g * (s.hipHalf * 0.5 - 5), s.hipY], [cx + g * (s.hipHalf * 0.5 + 5), s.hipY]),
      );
    case "Belt":
      // Worn towards the left hip, clear of the fly drawn over the centre.
      return pouch([cx - s.waistHalf + 4.5, s.waistY + 1.5], 12, 12, p);
    default:
      return "";
  }
}
