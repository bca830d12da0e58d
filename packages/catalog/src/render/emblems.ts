/**
 * Sport as a chest (or thigh) badge: each of the 15 sports has its own badge shape, badge colour
 * and white pictogram, so that shape and colour tell sports apart even where the pictogram is a
 * few pixels wide. Drawn in a 20 x 20 box around (0, 0), then placed and scaled.
 */
import { el, fmt, type Pt } from "./svg.ts";

const SHAPES = {
  circle: '<circle r="9.5"/>',
  square: '<rect x="-9" y="-9" width="18" height="18" rx="2.5"/>',
  diamond: '<path d="M0 -10.5L10.5 0L0 10.5L-10.5 0Z"/>',
  triangle: '<path d="M0 -10L10.5 8.5L-10.5 8.5Z"/>',
  hexagon: '<path d="M-5 -9H5L10 0L5 9H-5L-10 0Z"/>',
  shield: '<path d="M-8.5 -9.5H8.5V1Q8.5 7 0 10.5Q-8.5 7 -8.5 1Z"/>',
  pill: '<rect x="-10.5" y="-6.5" width="21" height="13" rx="6.5"/>',
  star: '<path d="M0 -11L3 -4L10.5 -3.5L4.8 1.5L6.5 9L0 5L-6.5 9L-4.8 1.5L-10.5 -3.5L-3 -4Z"/>',
} as const;

type Shape = keyof typeof SHAPES;

const W = 'fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round"';
const K = 'fill="none" stroke="#1b1b1b" stroke-width="1.4"';

/** Per sport: badge shape, badge colour, pictogram. */
const EMBLEMS: Readonly<Record<string, readonly [Shape, string, string]>> = {
  Skii: ["square", "#2b6cb0", `<path d="M-6 6L6 -6M-6 -2L2 6M-3 -7l2 2" ${W}/>`],
  Basketball: [
    "circle",
    "#f07c1f",
    `<path d="M0 -9.5V9.5M-9.5 0H9.5M-6.5 -7Q-2 0 -6.5 7M6.5 -7Q2 0 6.5 7" ${K}/>`,
  ],
  Football: [
    "circle",
    "#ffffff",
    `<circle r="9" ${K}/><path d="M0 -3.5L3.3 -1.1L2 2.8H-2L-3.3 -1.1Z" fill="#1b1b1b"/><path d="M0 -3.5V-9M3.3 -1.1L8.5 -3M2 2.8L5.5 7.5M-2 2.8L-5.5 7.5M-3.3 -1.1L-8.5 -3" ${K}/>`,
  ],
  Golf: [
    "circle",
    "#2e9e4f",
    `<path d="M-2 7V-7" ${W}/><path d="M-1 -7L6 -4.5L-1 -2Z" fill="#fff"/><circle cx="4" cy="6" r="1.6" fill="#fff"/>`,
  ],
  Handball: [
    "hexagon",
    "#d3302f",
    `<circle r="5" ${W}/><path d="M-5 0Q0 -3 5 0M-2 -4.5Q1 0 -2 4.5" ${W}/>`,
  ],
  Hiking: ["triangle", "#8a5a2b", '<path d="M0 -10L4.5 -2L2 -3L0 -1L-2 -3L-4.5 -2Z" fill="#fff"/>'],
  Climbing: [
    "shield",
    "#5d636b",
    `<path d="M-3 -5.5Q-3 -7.5 -1 -7.5H2Q4 -7.5 4 -5.5V5Q4 7 2 7H-1Q-3 7 -3 5Z" ${W}/><path d="M-3 -2L-5 1" ${W}/>`,
  ],
  Running: [
    "pill",
    "#d6336c",
    `<path d="M-7 -3.5L-3 0L-7 3.5M-1 -3.5L3 0L-1 3.5M5 -3.5L8 0" ${W}/>`,
  ],
  Snowboard: [
    "diamond",
    "#5bc8ec",
    '<rect x="-2.2" y="-8" width="4.4" height="16" rx="2.2" fill="#fff" transform="rotate(40)"/>',
  ],
  Swim: [
    "circle",
    "#0f8b9c",
    `<path d="M-7 -2q1.75 -2 3.5 0t3.5 0t3.5 0t3.5 0M-7 3q1.75 -2 3.5 0t3.5 0t3.5 0t3.5 0" ${W}/>`,
  ],
  Tennis: ["circle", "#b5d334", `<path d="M-6 -6.5Q0 0 -6 6.5M6 -6.5Q0 0 6 6.5" ${W}/>`],
  Training: [
    "square",
    "#1d1d1f",
    `<path d="M-5 0H5" ${W}/><rect x="-8" y="-4" width="3" height="8" fill="#fff"/><rect x="5" y="-4" width="3" height="8" fill="#fff"/>`,
  ],
  Yoga: [
    "circle",
    "#7b4bb7",
    '<path d="M0 -7Q3.5 -2 0 4Q-3.5 -2 0 -7ZM-1 4Q-7 3 -7.5 -2Q-3 -1 -1 4ZM1 4Q7 3 7.5 -2Q3 -1 1 4Z" fill="#fff"/>',
  ],
  Urban: [
    "square",
    "#f0b429",
    '<path d="M-7 7V-1H-4V-5H-1V7ZM0 7V-7H3V7ZM4 7V-2H7V7Z" fill="#2a2a2a"/>',
  ],
  Dance: [
    "star",
    "#ff5fb2",
    `<path d="M1.5 4V-5L5 -3.5" ${W}/><circle cx="-0.5" cy="4" r="2" fill="#fff"/>`,
  ],
};

/**
 * The badge of `sport` centred on `at`, `size` units wide; "" for null or an unknown sport.
 *
 * @example
 * emblem("Swim", [62, 40], 11); // a teal disc with two white waves
 */
export function emblem(sport: string | null, at: Pt, size: number): string {
  const spec = sport === null ? undefined : EMBLEMS[sport];
  if (spec === undefined) return "";
  const [shape, color, icon] = spec;
  const scale = Math.round((size / 20) * 100) / 100;
  return el(
    "g",
    { transform: `translate(${fmt(at[0])} ${fmt(at[1])}) scale(${scale})` },
    el("g", { fill: color, stroke: "#fff", "stroke-width": 1.2 }, SHAPES[shape]) + icon,
  );
}
