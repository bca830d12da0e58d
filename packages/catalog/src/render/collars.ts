/**
 * The 17 collars, drawn at the neck in a local frame whose origin is the back-neck centre and
 * whose unit is the garment's (x right, y down). Shirt-type collars differ by the spread and
 * length of their points (cutaway nearly horizontal, kent medium, shirt long and steep,
 * buttondown with big buttons on the points, polo short and tipped over a buttoned placket), all
 * opaque with thick outlines so that the spread reads at 64 px; the others by height
 * (mandarin < high < chin), by shape (lapel's notch, shawl's smooth roll, peter pan's round lobes,
 * a volant's frill) or by colour (a lined collar shows its cream lining).
 */
import type { Palette } from "./colours.ts";
import { dot, el, fill, fmt, line, mirror, type Pt, poly } from "./svg.ts";

/** A collar: `behind` is drawn before the body (a hood), `front` over it. */
export interface CollarSvg {
  readonly behind: string;
  readonly front: string;
}

const NECK = 6.5;

/** Both halves of a left-side polygon (mirrored about x = 0). */
function pair(points: readonly Pt[]): string {
  return poly(points) + poly(points.map((p) => mirror(p, 0)));
}

/**
 * A pointed shirt collar: a stand across the back neck and two leaves lying on the front, opaque
 * and light with a thick dark outline so that their spread reads at 64 px over any pattern. The
 * left leaf runs from the neck edge out to `tip` and back to `meet` near the centre front (the
 * right one mirrors it); between the leaves the garment's inside shows, wide when they spread.
 */
function pointed(tip: Pt, meet: Pt, p: Palette, extra = ""): string {
  const [mx, my] = meet;
  const gap = fill(poly([[-NECK + 2, 0], meet, [0, my + 1.5], [-mx, my], [NECK - 2, 0]]), p.inner);
  const stand = `M${-NECK - 1.2} 0.8V-3H${NECK + 1.2}V0.8Z`;
  const leaf: Pt[] = [[-NECK - 1.6, -1.4], tip, meet, [-NECK + 2, 0.4]];
  const style = { fill: p.light, stroke: p.line, "stroke-width": 1.3, "stroke-linejoin": "round" };
  return gap + el("g", style, el("path", { d: stand + pair(leaf) }) + extra);
}

function vOpening(depth: number, half: number, p: Palette): string {
  return fill(`M${-half} 0L0 ${depth}L${half} 0Z`, p.inner);
}

const bandStyle = (color: string, width: number) => ({
  fill: "none",
  stroke: color,
  "stroke-width": width,
  "stroke-linejoin": "round",
});

type Draw = (p: Palette) => CollarSvg;
const front = (svg: string): CollarSvg => ({ behind: "", front: svg });

const COLLARS: Readonly<Record<string, Draw>> = {
  // Spread, not size, tells these apart: shirt points fall nearly straight down, long and
  // narrow; kent points spread to 45 degrees; cutaway points run out almost sideways.
  Shirt: (p) => front(pointed([-3.6, 16], [-0.6, 6.5], p)),
  Kent: (p) => front(pointed([-11, 10.5], [-1, 5.5], p)),
  Cutaway: (p) => front(pointed([-15, 4.5], [-2.6, 3.6], p)),
  // Medium points, each held down by a big contrasting button near its tip.
  Buttondown: (p) =>
    front(
      pointed(
        [-7, 13],
        [-0.6, 6],
        p,
        [dot([-5.6, 10.6], 2, p.ink), dot([5.6, 10.6], 2, p.ink)].join(""),
      ),
    ),
  // A knitted collar: short points with a contrasting tipping stripe along their edges, over a
  // dark placket with three buttons.
  Polo: (p) =>
    front(
      fill("M-2.8 2H2.8V18H-2.8Z", p.dark, { stroke: p.line, "stroke-width": 1 }) +
        pointed(
          [-10, 7.5],
          [-0.6, 4],
          p,
          line(`M${-NECK - 0.4} 0.6L-8.2 6.2L-2.5 3.6M${NECK + 0.4} 0.6L8.2 6.2L2.5 3.6`, p.ink, 1),
        ) +
        [6.5, 10.5, 14.5]
          .map((y) => dot([0, y], 1.5, p.ink, { stroke: p.line, "stroke-width": 0.5 }))
          .join(""),
    ),
  // Two broad, rounded wings without a stand (a shirt collar's points are narrow and sharp).
  Turndown: (p) =>
    front(
      el("path", {
        d: `M${-NECK - 3} -1.5Q${-NECK - 7} 6 -12 11.5Q-5 11.5 -0.3 5.2L${-NECK + 1} 0ZM${NECK + 3} -1.5Q${NECK + 7} 6 12 11.5Q5 11.5 0.3 5.2L${NECK - 1} 0Z`,
        fill: p.light,
        stroke: p.line,
        "stroke-width": 1.3,
      }),
    ),
  Lapel: (p) =>
    front(
      vOpening(27, NECK - 1, p) +
        el("path", {
          d: pair([
            [-NECK + 0.5, -0.5],
            [-NECK - 4, 6.5],
            [-NECK - 2, 8.4],
            [-NECK - 6.5, 11],
            [-0.6, 27],
            [-3, 12],
            [-NECK + 2.5, 1.5],
          ]),
          fill: p.light,
          stroke: p.line,
          "stroke-width": 0.8,
          "stroke-linejoin": "round",
        }),
    ),
  // One smooth rolled band from the neck to the V, no notch; lit along its roll.
  Shawl: (p) =>
    front(
      vOpening(25, NECK - 1, p) +
        el("path", {
          d: `M${-NECK + 0.5} -0.5Q${-NECK - 8} 9 -0.5 25L-3 12Q${-NECK + 1} 5 ${-NECK + 2.5} 1Z M${NECK - 0.5} -0.5Q${NECK + 8} 9 0.5 25L3 12Q${NECK - 1} 5 ${NECK - 2.5} 1Z`,
          fill: p.dark,
          stroke: p.line,
          "stroke-width": 0.8,
        }) +
        line(
          `M${-NECK - 1} 1Q${-NECK - 5.5} 9 -1.5 21M${NECK + 1} 1Q${NECK + 5.5} 9 1.5 21`,
          p.light,
          1.2,
        ),
    ),
  High: (p) =>
    front(
      el("path", {
        d: `M${-NECK - 0.6} 1.5V-6Q0 -7.5 ${NECK + 0.6} -6V1.5Q0 4 ${-NECK - 0.6} 1.5Z`,
        fill: p.light,
        stroke: p.line,
        "stroke-width": 0.8,
      }),
    ),
  // A funnel up to the chin, zipped.
  Chin: (p) =>
    front(
      el("path", {
        d: `M${-NECK - 0.6} 2L${-NECK - 2.4} -10.5Q0 -12 ${NECK + 2.4} -10.5L${NECK + 0.6} 2Q0 4.5 ${-NECK - 0.6} 2Z`,
        fill: p.light,
        stroke: p.line,
        "stroke-width": 0.8,
      }) +
        line("M0 -11V3.5", "#9aa0a6", 1.2) +
        el("rect", {
          x: -1,
          y: -11,
          width: 2,
          height: 3.5,
          rx: 0.6,
          fill: "#c9ced4",
          stroke: "#555",
          "stroke-width": 0.3,
        }),
    ),
  // A short stand that does not meet at the front: two rounded bands with a gap.
  Mandarin: (p) =>
    front(
      el("path", {
        d: `M-1.2 2.6H${-NECK - 0.6}V-2.4Q${-NECK} -4 -2.4 -3.8Q-1.2 -3.7 -1.2 -1.8ZM1.2 2.6H${NECK + 0.6}V-2.4Q${NECK} -4 2.4 -3.8Q1.2 -3.7 1.2 -1.8Z`,
        fill: p.dark,
        stroke: p.line,
        "stroke-width": 0.8,
      }) +
        // The knotted button that closes a mandarin stand, in the contrasting ink.
        dot([0, 0.6], 1.9, p.ink, { stroke: p.line, "stroke-width": 0.5 }),
    ),
  // A ribbed crew band: darker than the body, with a light rib line.
  Round: (p) =>
    front(
      fill(`M${-NECK} 0Q0 12 ${NECK} 0Z`, p.inner) +
        el("path", { d: `M${-NECK - 0.4} -0.3Q0 13 ${NECK + 0.4} -0.3`, ...bandStyle(p.dark, 3) }) +
        line(`M${-NECK - 0.2} -0.1Q0 12.6 ${NECK + 0.2} -0.1`, p.light, 0.5),
    ),
  "V-neck": (p) =>
    front(
      vOpening(13, NECK, p) +
        el("path", {
          d: `M${-NECK - 0.4} -0.3L0 13.5L${NECK + 0.4} -0.3`,
          ...bandStyle(p.dark, 3),
        }) +
        line(`M${-NECK - 0.2} -0.1L0 13.2L${NECK + 0.2} -0.1`, p.light, 0.5),
    ),
  "Peter Pan": (p) =>
    front(
      el("path", {
        d: `M-0.4 3C-0.4 10 ${-NECK - 6} 9 ${-NECK - 1} -0.8L${-NECK + 1} 0.5Q-3 5 -0.4 3ZM0.4 3C0.4 10 ${NECK + 6} 9 ${NECK + 1} -0.8L${NECK - 1} 0.5Q3 5 0.4 3Z`,
        fill: "#fbfbf8",
        stroke: p.line,
        "stroke-width": 0.8,
      }),
    ),
  // A frill: two rows of round flounces around the neck, each outlined and ringed in the outline
  // colour, so that the scalloped texture (not just a light patch) survives 64 px.
  Volant: (p) => {
    let d = "";
    let centres = "";
    for (const [r, y0] of [
      [2.4, 0.5],
      [2, 3.6],
    ] as const) {
      for (let k = -3; k <= 3; k++) {
        const x = k * 3;
        const y = y0 + (1 - (k / 3.4) ** 2) * 5;
        d += `M${fmt(x + r)} ${fmt(y)}a${r} ${r} 0 1 0 ${-2 * r} 0a${r} ${r} 0 1 0 ${2 * r} 0`;
        centres += `M${fmt(x + r / 2)} ${fmt(y)}a${r / 2} ${r / 2} 0 1 0 ${-r} 0a${r / 2} ${r / 2} 0 1 0 ${r} 0`;
      }
    }
    return front(
      el("path", { d, fill: p.light, stroke: p.line, "stroke-width": 1.1 }) +
        line(centres, p.line, 0.7),
    );
  },
  // A wide flat collar turned out to show its cream shearling lining.
  Lined: (p) =>
    front(
      el("path", {
        d: pair([
          [-NECK - 0.5, -1.5],
          [-NECK - 8, 5],
          [-NECK - 5, 9],
          [-0.5, 6],
          [-NECK + 1.5, 0.5],
        ]),
        fill: "#efe3cb",
        stroke: p.line,
        "stroke-width": 0.8,
        "stroke-linejoin": "round",
      }) +
        el("path", {
          d: "M-10 4.5h0.1M-8 6.5h0.1M-11.5 6h0.1M10 4.5h0.1M8 6.5h0.1M11.5 6h0.1",
          stroke: "#b9a98a",
          "stroke-width": 1.2,
          "stroke-linecap": "round",
        }),
    ),
  // A hood lying behind the shoulders, with its lining and drawstrings.
  Hood: (p) => ({
    behind: el("path", {
      d: `M${-NECK - 4} 3C${-NECK - 9} -16 ${NECK + 9} -16 ${NECK + 4} 3Z`,
      fill: p.dark,
      stroke: p.line,
      "stroke-width": 0.8,
    }),
    front:
      fill(`M${-NECK + 0.5} 0C${-NECK} -9 ${NECK} -9 ${NECK - 0.5} 0Z`, p.inner) +
      line("M-3 3V13M3 3V13", "#f2f2f2", 0.8) +
      dot([-3, 13.3], 0.9, "#d0d0d0") +
      dot([3, 13.3], 0.9, "#d0d0d0"),
  }),
};

/**
 * `collar` drawn at the neck centre `at` (the middle of the back neck), scaled by `scale`.
 *
 * @example
 * collarSvg("Kent", [50, 14], 1, palette("White", seededRandom(1))).front; // two spread points
 */
export function collarSvg(collar: string | null, at: Pt, scale: number, p: Palette): CollarSvg {
  const draw = collar === null ? undefined : COLLARS[collar];
  if (draw === undefined) return { behind: "", front: "" };
  const { behind, front: over } = draw(p);
  const transform = `translate(${fmt(at[0])} ${fmt(at[1])})${scale === 1 ? "" : ` scale(${scale})`}`;
  const wrap = (svg: string) => (svg === "" ? "" : el("g", { transform }, svg));
  return { behind: wrap(behind), front: wrap(over) };
}

/** How far below the back-neck centre a collar reaches down the front (a fastening starts there). */
export function collarDepth(collar: string | null): number {
  switch (collar) {
    case "Lapel":
      return 27;
    case "Shawl":
      return 25;
    case "Polo":
      return 18;
    case "Shirt":
    case "Buttondown":
      return 7;
    case "Kent":
      return 6;
    case "V-neck":
      return 13.5;
    case "Volant":
      return 8.5;
    case "Lined":
    case "Turndown":
    case "Peter Pan":
    case "Round":
      return 7;
    default:
      return 5;
  }
}

/** How far above the back-neck centre a collar rises (a hood most, a chin collar next). */
export function collarRise(collar: string | null): number {
  return collar === "Hood" ? 13.5 : collar === "Chin" ? 12 : collar === "High" ? 7.5 : 3;
}
