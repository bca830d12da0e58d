/**
 * The 11 necklines (and the plain neck of a top without one), drawn like collars in a local frame
 * at the back-neck centre. A neckline is an opening: the garment's inside shows through it, edged
 * by a thick binding (a light band between dark edges, so that it reads on light and dark
 * garments and over any pattern at 64 px). Each value has its own silhouette, not a one-unit
 * detail: round a small U, low round a deep wide U, v-neck a short V, low v-neck a V to mid-chest,
 * square a rectangle, boat a flat slot from shoulder to shoulder; henley adds a buttoned placket,
 * cache-coeur a wrap edge across the body to a tie, envelope lapped flaps at both shoulders,
 * off-the-shoulder a broad gathered band, backless a halter and the bare back.
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

const ROUND = { "stroke-linejoin": "round", "stroke-linecap": "round" };
const MITRE = { "stroke-linejoin": "miter", "stroke-linecap": "butt" };

/** A binding along `d`: a light band `width` wide between dark edges. */
function band(d: string, p: Palette, width = 3, join: Record<string, string> = ROUND): string {
  return line(d, p.line, width + 1.6, join) + line(d, p.light, width, join);
}

/** The opening under `d` (closed back to its start) in the inside colour, then its binding. */
function opening(d: string, p: Palette, width = 3, join: Record<string, string> = ROUND): string {
  return fill(`${d}Z`, p.inner) + band(d, p, width, join);
}

const button = (at: Pt, p: Palette) => dot(at, 1.5, p.ink, { stroke: p.line, "stroke-width": 0.6 });

// Envelope: the back's flap lapped over the front's at one shoulder (s = -1 left, 1 right):
// two stacked light tongues with dark edges, running out along the shoulder from the neck.
function lap(s: number, p: Palette): string {
  const x = (v: number) => fmt(s * v);
  const flap = (y: number, color: string) =>
    fill(
      `M${x(W + 1)} ${fmt(y)}L${x(W + 9)} ${fmt(y + 1.6)}L${x(W + 8)} ${fmt(y + 5)}L${x(W + 2)} ${fmt(y + 5.5)}Z`,
      color,
      {
        stroke: p.line,
        "stroke-width": 1,
        "stroke-linejoin": "round",
      },
    );
  return flap(3.5, p.dark) + flap(-0.5, p.light);
}

// Cache-coeur: a tie bow where the wrap edge ends at the waist.
function bow(at: Pt, p: Palette): string {
  const [x, y] = at;
  const loops = `M${fmt(x)} ${fmt(y)}l-4 -2.5v5ZM${fmt(x)} ${fmt(y)}l4 -2.5v5Z`;
  return (
    fill(loops, p.light, { stroke: p.line, "stroke-width": 0.9, "stroke-linejoin": "round" }) +
    line(`M${fmt(x - 0.5)} ${fmt(y)}l-2 6M${fmt(x + 0.5)} ${fmt(y)}l1.5 6.5`, p.line, 1.4) +
    dot(at, 1.4, p.light, { stroke: p.line, "stroke-width": 0.8 })
  );
}

const NECKLINES: Readonly<Record<string, Draw>> = {
  Round: ({ palette: p }) => opening(`M${-W} 0Q0 14 ${W} 0`, p),
  // Wider and three times as deep as round: a big U to the chest.
  "Low round": ({ palette: p }) => opening(`M${-W - 3} 0C${-W - 3} 27 ${W + 3} 27 ${W + 3} 0`, p),
  // A short, narrow V, not much deeper than round.
  "V-neck": ({ palette: p }) => opening(`M${-W + 0.5} 0L0 11L${W - 0.5} 0`, p, 3, MITRE),
  // A wide V plunging to mid-chest.
  "Low v-neck": ({ palette: p }) => opening(`M${-W - 2.5} 0L0 26L${W + 2.5} 0`, p, 3, MITRE),
  Square: ({ palette: p }) => opening(`M${-W - 1.5} 0V12H${W + 1.5}V0`, p, 3, MITRE),
  // A flat slot from shoulder to shoulder (clipped where the garment ends): the inside shows
  // between a thin back edge and a broad band set just below the front edge.
  Boat: ({ palette: p, shoulderHalf }) => {
    const x = fmt(shoulderHalf);
    return (
      fill(`M-${x} 0.6Q0 10.5 ${x} 0.6Z`, p.inner) +
      band(`M-${x} 2.6Q0 12.5 ${x} 2.6`, p, 3.6) +
      band(`M-${x} 0.6H${x}`, p, 0.8)
    );
  },
  // A round neck over a long placket with three big buttons.
  Henley: ({ palette: p }) =>
    el("rect", {
      x: -2.8,
      y: 3,
      width: 5.6,
      height: 17,
      fill: p.light,
      stroke: p.line,
      "stroke-width": 1,
    }) +
    opening(`M${-W} 0Q0 12 ${W} 0`, p) +
    [9, 13.3, 17.6].map((y) => button([0, y], p)).join(""),
  // A wrap front: an off-centre V whose edge carries on across the body to a tie at the waist.
  "Cache-coeur": ({ palette: p }) =>
    fill(`M${-W} 0L3 18L${W} 0Z`, p.inner) +
    band(`M${-W} 0L3 18`, p, 2) +
    band(`M${W} 0L3 18Q-4 25 -12 31`, p, 3) +
    bow([-12, 31], p),
  // A wide neck whose back laps over the front at both shoulders.
  Envelope: ({ palette: p }) =>
    opening(`M${-W - 1} 0.5Q0 13 ${W + 1} 0.5`, p) + lap(-1, p) + lap(1, p),
  // A broad gathered band straight across, below the shoulders (the top's outline is already cut
  // there, bare above): light, dark-edged, with dark gathers.
  "Off-the-shoulder": ({ palette: p, shoulderHalf }) => {
    const x = shoulderHalf + 12;
    let gathers = "";
    for (let k = -x + 1; k < x; k += 2.2) gathers += `M${fmt(k)} 6.6V10`;
    return (
      el("rect", {
        x: -x,
        y: 5.2,
        width: 2 * x,
        height: 6,
        fill: p.light,
        stroke: p.line,
        "stroke-width": 1.4,
      }) + line(gathers, p.dark, 0.9)
    );
  },
  // Seen from the back: a halter band at the neck and the back bare to the waist.
  Backless: ({ palette: p, background }) =>
    fill(`M${-W - 1} 1.5Q${-W - 3} 30 0 31Q${W + 3} 30 ${W + 1} 1.5Z`, background) +
    band(`M${-W - 1} 1.5Q${-W - 3} 30 0 31Q${W + 3} 30 ${W + 1} 1.5`, p, 1.6) +
    el("rect", {
      x: -W - 1,
      y: -3,
      width: 2 * W + 2,
      height: 4.5,
      rx: 1.5,
      fill: p.light,
      stroke: p.line,
      "stroke-width": 1,
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
    Round: 8,
    "Low round": 22,
    "V-neck": 12,
    "Low v-neck": 27,
    Square: 13,
    Boat: 9,
    Henley: 20,
    "Cache-coeur": 19,
    Envelope: 9,
    "Off-the-shoulder": 10,
    Backless: 31,
  };
  return neckline === null ? 4 : (depths[neckline] ?? 5);
}
