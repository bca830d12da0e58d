/**
 * The 11 necklines (and the plain neck of a top without one), drawn like collars in a local frame
 * at the back-neck centre. A neckline is an opening: the garment's inside shows through it, edged
 * by a binding. Depth and width separate round / low round / v-neck / low v-neck / square / boat;
 * henley adds a buttoned placket, cache-coeur a wrap line across the body, envelope lapped
 * shoulders, off-the-shoulder an elasticated band, backless a halter and the bare back.
 */
import type { Palette } from "./colours.ts";
import { dot, el, fill, fmt, line, type Pt } from "./svg.ts";

const W = 6.5;

/** What a neckline needs to know about the garment beyond its palette. */
export interface NecklineContext {
  readonly palette: Palette;
  /** Half-width at the shoulders (an off-the-shoulder band runs between them). */
  readonly shoulderHalf: number;
  /** The background colour (a backless garment shows it). */
  readonly background: string;
}

type Draw = (c: NecklineContext) => string;

const binding = (d: string, p: Palette) => line(d, p.dark, 1.5, { "stroke-linejoin": "round" });

function opening(d: string, p: Palette): string {
  return fill(`${d}Z`, p.inner) + binding(d, p);
}

const NECKLINES: Readonly<Record<string, Draw>> = {
  Round: ({ palette: p }) => opening(`M${-W} 0Q0 13 ${W} 0`, p),
  "Low round": ({ palette: p }) =>
    opening(`M${-W - 2.5} 0.4C${-W - 2.5} 24 ${W + 2.5} 24 ${W + 2.5} 0.4`, p),
  "V-neck": ({ palette: p }) => opening(`M${-W} 0L0 11L${W} 0`, p),
  "Low v-neck": ({ palette: p }) => opening(`M${-W - 1} 0L0 22L${W + 1} 0`, p),
  Square: ({ palette: p }) => opening(`M${-W - 0.5} 0V10H${W + 0.5}V0`, p),
  Boat: ({ palette: p }) => opening(`M${-W - 6} 1.4Q0 11 ${W + 6} 1.4`, p),
  Henley: ({ palette: p }) =>
    opening(`M${-W} 0Q0 10 ${W} 0`, p) +
    el("rect", {
      x: -2.2,
      y: 4,
      width: 4.4,
      height: 13,
      fill: p.dark,
      stroke: p.line,
      "stroke-width": 0.6,
    }) +
    [7, 10.5, 14].map((y) => dot([0, y], 1.3, p.ink)).join(""),
  // A wrap front: an off-centre V whose right edge carries on across the body to the waist.
  "Cache-coeur": ({ palette: p }) =>
    opening(`M${-W} 0L3 17L${W} 0`, p) +
    line("M3 17Q-4 24 -13 31", p.line, 0.9) +
    line("M4 19Q-3 26 -12 33", p.dark, 1.4, { "stroke-opacity": 0.6 }),
  // A wide neck whose front and back overlap at the shoulders.
  Envelope: ({ palette: p }) =>
    opening(`M${-W - 5} 1.2Q0 9 ${W + 5} 1.2`, p) +
    line(`M${-W - 3} 0.6L${-W - 7.5} 9M${W + 3} 0.6L${W + 7.5} 9`, p.line, 1.1) +
    line(`M${-W - 2} 1L${-W - 6.5} 9.5M${W + 2} 1L${W + 6.5} 9.5`, p.dark, 1.6, {
      "stroke-opacity": 0.7,
    }),
  // An elasticated band straight across, below the shoulders.
  "Off-the-shoulder": ({ palette: p, shoulderHalf }) => {
    const x = shoulderHalf + 1;
    let gathers = "";
    for (let k = -x + 2; k < x - 1; k += 2.5) gathers += `M${fmt(k)} 7.4V9.8`;
    return (
      el("rect", {
        x: -x,
        y: 7,
        width: 2 * x,
        height: 3,
        fill: p.light,
        stroke: p.line,
        "stroke-width": 0.5,
      }) + line(gathers, p.dark, 0.5)
    );
  },
  // Seen from the back: a halter band at the neck and the back bare to the waist.
  Backless: ({ palette: p, background }) =>
    fill(`M${-W - 1} 1.5Q${-W - 3} 30 0 31Q${W + 3} 30 ${W + 1} 1.5Z`, background, {
      stroke: p.line,
      "stroke-width": 0.7,
    }) +
    el("rect", {
      x: -W - 0.5,
      y: -2.5,
      width: 2 * W + 1,
      height: 3.3,
      rx: 1.2,
      fill: p.light,
      stroke: p.line,
      "stroke-width": 0.5,
    }),
};

/** The plain neck of a top with neither collar nor neckline: small and unbound. */
const PLAIN_NECK = (p: Palette) => fill(`M${-W} 0Q0 8 ${W} 0Z`, p.inner);

/**
 * `neckline` drawn at the back-neck centre `at`; with `plain` (no collar either) and a null
 * neckline, the plain neck.
 *
 * @example
 * necklineSvg("Low v-neck", [50, 14], 1, ctx, false); // a deep V opening
 */
export function necklineSvg(
  neckline: string | null,
  at: Pt,
  scale: number,
  c: NecklineContext,
  plain: boolean,
): string {
  const draw = neckline === null ? undefined : NECKLINES[neckline];
  const svg = draw ? draw(c) : plain ? PLAIN_NECK(c.palette) : "";
  if (svg === "") return "";
  const transform = `translate(${fmt(at[0])} ${fmt(at[1])})${scale === 1 ? "" : ` scale(${scale})`}`;
  return el("g", { transform }, svg);
}

/** How far below the back-neck centre a neckline opens (a fastening starts below it). */
export function necklineDepth(neckline: string | null): number {
  const depths: Record<string, number> = {
    Round: 7,
    "Low round": 18,
    "V-neck": 11,
    "Low v-neck": 22,
    Square: 10,
    Henley: 15,
    "Cache-coeur": 17,
    Backless: 31,
  };
  return neckline === null ? 4 : (depths[neckline] ?? 5);
}
