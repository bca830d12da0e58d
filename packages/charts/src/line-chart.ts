/**
 * A line chart as a standalone SVG string: axes with ticks, light grid, one polyline with point
 * markers per series, and a legend to the right. Written by hand because the workspace has no
 * plotting library and the report needs only this one chart type; the output is plain SVG 1.1
 * that browsers, GitHub and resvg render alike.
 */

export interface LineSeries {
  readonly name: string;
  /** [x, y] points in drawing order; points with a non-finite coordinate are left out. */
  readonly points: readonly (readonly [number, number])[];
}

export interface LineChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly LineSeries[];
  /** x values that get a tick and a label (default: every x in the data). */
  readonly xTicks?: readonly number[];
  /** The y axis's range (default: 0 to a round number at or above the largest y). */
  readonly yRange?: readonly [number, number];
}

/**
 * Okabe-Ito's colour-blind-safe palette (yellow left out: unreadable on white). Series beyond
 * its length repeat the colours dashed, so every line stays distinguishable.
 */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#000000",
  "#999999",
] as const;

const PLOT = { width: 480, height: 300 } as const;
const MARGIN = { top: 44, right: 24, bottom: 52, left: 64 } as const;
/** Rough width of one legend character at font-size 12, to size the legend without a font. */
const CHAR_WIDTH = 6.8;

/**
 * @example
 * const svg = lineChart({
 *   title: "Top-k accuracy, single manipulation",
 *   xLabel: "k",
 *   yLabel: "top-k accuracy (%)",
 *   series: [{ name: "MANN", points: [[10, 33.6], [20, 45.0]] }],
 *   yRange: [0, 100],
 * });
 */
export function lineChart(spec: LineChartSpec): string {
  if (spec.series.length === 0) throw new Error(`lineChart "${spec.title}": no series to draw`);
  const xs = spec.xTicks ?? uniqueSorted(spec.series.flatMap((s) => s.points.map((p) => p[0])));
  if (xs.length === 0) throw new Error(`lineChart "${spec.title}": no finite x to draw`);
  const ys = spec.series.flatMap((s) => s.points.map((p) => p[1])).filter(Number.isFinite);
  const [yLow, yHigh] = spec.yRange ?? [0, niceCeiling(Math.max(0, ...ys))];
  const yTicks = niceTicks(yLow, yHigh);
  const xLow = Math.min(...xs);
  const xHigh = Math.max(...xs) === xLow ? xLow + 1 : Math.max(...xs);
  const sx = (x: number) => MARGIN.left + ((x - xLow) / (xHigh - xLow)) * PLOT.width;
  const sy = (y: number) => MARGIN.top + (1 - (y - yLow) / (yHigh - yLow)) * PLOT.height;
  const legendWidth = 48 + CHAR_WIDTH * Math.max(...spec.series.map((s) => s.name.length));
  const width = Math.ceil(MARGIN.left + PLOT.width + MARGIN.right + legendWidth);
  const height = MARGIN.top + PLOT.height + MARGIN.bottom;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, DejaVu Sans, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    text(
      MARGIN.left + PLOT.width / 2,
      26,
      spec.title,
      'text-anchor="middle" font-size="15" font-weight="bold"',
    ),
    ...yAxis(yTicks, sy, spec.yLabel),
    ...xAxis(xs, sx, spec.xLabel),
    ...spec.series.map((s, i) => seriesLine(s, i, sx, sy)),
    legend(spec.series, MARGIN.left + PLOT.width + MARGIN.right),
    "</svg>",
    "",
  ].join("\n");
}

function yAxis(ticks: readonly number[], sy: (y: number) => number, label: string): string[] {
  const left = MARGIN.left;
  const right = MARGIN.left + PLOT.width;
  const middle = MARGIN.top + PLOT.height / 2;
  return [
    ...ticks.map(
      (t) =>
        `<line x1="${left}" y1="${n(sy(t))}" x2="${right}" y2="${n(sy(t))}" stroke="#e5e5e5"/>` +
        text(left - 8, sy(t) + 4, tickLabel(t), 'text-anchor="end"'),
    ),
    `<line x1="${left}" y1="${MARGIN.top}" x2="${left}" y2="${MARGIN.top + PLOT.height}" stroke="#333333"/>`,
    text(18, middle, label, `text-anchor="middle" transform="rotate(-90 18 ${n(middle)})"`),
  ];
}

function xAxis(ticks: readonly number[], sx: (x: number) => number, label: string): string[] {
  const bottom = MARGIN.top + PLOT.height;
  return [
    `<line x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + PLOT.width}" y2="${bottom}" stroke="#333333"/>`,
    ...ticks.map(
      (t) =>
        `<line x1="${n(sx(t))}" y1="${bottom}" x2="${n(sx(t))}" y2="${bottom + 5}" stroke="#333333"/>` +
        text(sx(t), bottom + 19, tickLabel(t), 'text-anchor="middle"'),
    ),
    text(MARGIN.left + PLOT.width / 2, bottom + 42, label, 'text-anchor="middle"'),
  ];
}

function seriesLine(
  series: LineSeries,
  index: number,
  sx: (x: number) => number,
  sy: (y: number) => number,
): string {
  const points = series.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  const coords = points.map(([x, y]) => `${n(sx(x))},${n(sy(y))}`).join(" ");
  const { colour, dash } = styleOf(index);
  const markers = points.map(
    ([x, y]) => `<circle cx="${n(sx(x))}" cy="${n(sy(y))}" r="3" fill="${colour}"/>`,
  );
  return [
    `<g class="series">`,
    `<polyline points="${coords}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`,
    ...markers,
    "</g>",
  ].join("\n");
}

function legend(series: readonly LineSeries[], left: number): string {
  const entries = series.map((s, i) => {
    const y = MARGIN.top + 10 + i * 20;
    const { colour, dash } = styleOf(i);
    return [
      `<g class="legend-entry">`,
      `<line x1="${left}" y1="${y}" x2="${left + 28}" y2="${y}" stroke="${colour}" stroke-width="2"${dash}/>`,
      `<circle cx="${left + 14}" cy="${y}" r="3" fill="${colour}"/>`,
      text(left + 36, y + 4, s.name, ""),
      "</g>",
    ].join("");
  });
  return [`<g class="legend">`, ...entries, "</g>"].join("\n");
}

function styleOf(index: number): { colour: string; dash: string } {
  const colour = PALETTE[index % PALETTE.length] as string;
  return { colour, dash: index >= PALETTE.length ? ' stroke-dasharray="6 3"' : "" };
}

function text(x: number, y: number, content: string, attributes: string): string {
  const extra = attributes === "" ? "" : ` ${attributes}`;
  return `<text x="${n(x)}" y="${n(y)}"${extra}>${escapeXml(content)}</text>`;
}

/** Escapes text for SVG content and attribute values (model names may hold `&`, `<`, quotes). */
export function escapeXml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * Ticks at a round step (1, 2, 2.5 or 5 times a power of ten) giving about `count` intervals.
 *
 * @example
 * niceTicks(0, 100); // [0, 20, 40, 60, 80, 100]
 */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!(Number.isFinite(low) && Number.isFinite(high) && high > low)) {
    throw new RangeError(`niceTicks: need finite low < high, got ${low} .. ${high}`);
  }
  const step = niceStep((high - low) / count);
  const ticks: number[] = [];
  for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) {
    ticks.push(Number(t.toPrecision(12)));
  }
  return ticks;
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

/** The smallest round number (a multiple of a nice step) at or above `value`; 1 for 0. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const step = niceStep(value / 5);
  return Math.ceil(value / step) * step;
}

function uniqueSorted(values: readonly number[]): number[] {
  return [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
}

const n = (value: number) => Number(value.toFixed(1)).toString();
const tickLabel = (value: number) => Number(value.toPrecision(6)).toString();
