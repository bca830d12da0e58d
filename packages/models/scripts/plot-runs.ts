/**
 * Training curves of `atelier train` runs as one SVG: one panel per run, the loss per step
 * (thin: raw, thick: moving average) and, where the run logged it, held-out accuracy on a
 * second axis. Reads each run's metrics.jsonl.
 *
 *   npx tsx scripts/plot-runs.ts --out ../../docs/models/training-curves.svg ../../runs/encoder ../../runs/mann
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { out: { type: "string" }, smooth: { type: "string", default: "50" } },
  allowPositionals: true,
});
if (!values.out || positionals.length === 0) {
  throw new Error("usage: plot-runs.ts --out FILE.svg RUN_DIR [RUN_DIR...]");
}
const smooth = Number(values.smooth);

interface Series {
  readonly name: string;
  readonly loss: [number, number][];
  readonly accuracy: [number, number][];
}

function readRun(dir: string): Series {
  const lines = readFileSync(`${dir}/metrics.jsonl`, "utf8").trim().split("\n");
  // A resumed run logs again from its checkpoint: the later line of a step wins.
  const loss = new Map<number, number>();
  const accuracy = new Map<number, number>();
  for (const line of lines) {
    const m = JSON.parse(line) as Record<string, number>;
    if (typeof m.loss === "number") loss.set(m.step as number, m.loss);
    if (typeof m.heldOutAccuracy === "number") accuracy.set(m.step as number, m.heldOutAccuracy);
  }
  const sorted = (m: Map<number, number>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
  return { name: basename(dir), loss: sorted(loss), accuracy: sorted(accuracy) };
}

function movingAverage(points: readonly [number, number][], window: number): [number, number][] {
  let sum = 0;
  return points.map(([x, y], i) => {
    sum += y - (i >= window ? (points[i - window]?.[1] ?? 0) : 0);
    return [x, sum / Math.min(i + 1, window)];
  });
}

const W = 520;
const H = 260;
const PAD = { left: 56, right: 56, top: 30, bottom: 36 };

function panel(series: Series, top: number): string {
  const xs = series.loss.map(([x]) => x);
  const ys = series.loss.map(([, y]) => y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const px = (x: number) =>
    PAD.left + ((x - x0) / Math.max(1, x1 - x0)) * (W - PAD.left - PAD.right);
  const py = (y: number, lo: number, hi: number) =>
    top + PAD.top + (1 - (y - lo) / Math.max(1e-12, hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = (points: readonly [number, number][], lo: number, hi: number) =>
    points
      .map(([x, y], i) => `${i === 0 ? "M" : "L"}${px(x).toFixed(1)} ${py(y, lo, hi).toFixed(1)}`)
      .join("");
  const bottom = top + H - PAD.bottom;
  let svg = `<text x="${PAD.left}" y="${top + 18}" font-size="14" font-weight="bold">${series.name}</text>`;
  svg += `<line x1="${PAD.left}" y1="${bottom}" x2="${W - PAD.right}" y2="${bottom}" stroke="#999"/>`;
  svg += `<text x="${PAD.left}" y="${bottom + 16}" font-size="11">step ${x0}</text>`;
  svg += `<text x="${W - PAD.right}" y="${bottom + 16}" font-size="11" text-anchor="end">${x1}</text>`;
  svg += `<text x="${PAD.left - 4}" y="${py(y1, y0, y1) + 4}" font-size="11" text-anchor="end">${y1.toPrecision(3)}</text>`;
  svg += `<text x="${PAD.left - 4}" y="${py(y0, y0, y1)}" font-size="11" text-anchor="end">${y0.toPrecision(3)}</text>`;
  svg += `<path d="${path(series.loss, y0, y1)}" fill="none" stroke="#9db7d6" stroke-width="0.6"/>`;
  svg += `<path d="${path(movingAverage(series.loss, smooth), y0, y1)}" fill="none" stroke="#1f4e8c" stroke-width="2"/>`;
  svg += `<text x="${W - PAD.right}" y="${top + 12}" font-size="11" fill="#1f4e8c" text-anchor="end">loss, moving average of ${smooth}</text>`;
  if (series.accuracy.length > 0) {
    svg += `<path d="${path(series.accuracy, 0, 1)}" fill="none" stroke="#c0392b" stroke-width="2"/>`;
    for (const [x, y] of series.accuracy) {
      svg += `<circle cx="${px(x)}" cy="${py(y, 0, 1)}" r="3" fill="#c0392b"/>`;
    }
    const last = series.accuracy.at(-1)?.[1] ?? 0;
    svg += `<text x="${W - PAD.right + 4}" y="${py(last, 0, 1) + 4}" font-size="11" fill="#c0392b">${(last * 100).toFixed(1)} %</text>`;
    svg += `<text x="${W - PAD.right}" y="${top + 25}" font-size="11" fill="#c0392b" text-anchor="end">mean held-out accuracy (axis 0-100 %)</text>`;
  }
  return svg;
}

const runs = positionals.map(readRun);
const height = runs.length * H;
const body = runs.map((s, i) => panel(s, i * H)).join("");
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="sans-serif"><rect width="${W}" height="${height}" fill="#fff"/>${body}</svg>\n`;
writeFileSync(values.out, svg);
console.log(`${runs.length} runs plotted to ${values.out}`);
