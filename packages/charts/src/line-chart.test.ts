import { describe, expect, it } from "vitest";
import { escapeXml, lineChart, niceTicks, PALETTE } from "./line-chart.ts";
import { checkWellFormed } from "./well-formed.ts";

const series = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `model ${i}`,
    points: [10, 20, 30, 40, 50].map((k) => [k, 20 + i + k / 2] as [number, number]),
  }));

describe("lineChart", () => {
  it("draws one polyline and one legend entry per series, in distinct colours", () => {
    const svg = lineChart({ title: "t", xLabel: "k", yLabel: "%", series: series(5) });
    checkWellFormed(svg);
    expect(svg.match(/<polyline /g)).toHaveLength(5);
    expect(svg.match(/<g class="legend-entry">/g)).toHaveLength(5);
    const colours = [...svg.matchAll(/<polyline [^>]*stroke="(#[0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(new Set(colours).size).toBe(5);
    expect(svg.match(/<circle /g)).toHaveLength(5 * 5 + 5); // markers, and one per legend entry
  });

  it("labels every x tick and the y axis from 0 to a round top", () => {
    const svg = lineChart({ title: "t", xLabel: "k", yLabel: "%", series: series(1) });
    for (const k of ["10", "20", "30", "40", "50"]) expect(svg).toContain(`>${k}</text>`);
    const yTicks = [...svg.matchAll(/text-anchor="end">([^<]*)</g)].map((m) => m[1]);
    expect(yTicks).toEqual(["0", "10", "20", "30", "40", "50"]); // the largest y is 45
  });

  it("dashes the series beyond the palette, so none repeats another's look", () => {
    const svg = lineChart({ title: "t", xLabel: "k", yLabel: "%", series: series(10) });
    checkWellFormed(svg);
    expect(svg.match(/<polyline [^>]*stroke-dasharray/g)).toHaveLength(10 - PALETTE.length);
  });

  it("escapes names and titles and leaves out non-finite points", () => {
    const svg = lineChart({
      title: `A & B <"thesis">`,
      xLabel: "k",
      yLabel: "%",
      series: [
        {
          name: "oracle (target's features)",
          points: [
            [1, 2],
            [2, Number.NaN],
            [3, 4],
          ],
        },
      ],
    });
    checkWellFormed(svg);
    expect(svg).toContain("A &amp; B &lt;&quot;thesis&quot;&gt;");
    expect(svg).toContain("oracle (target&apos;s features)");
    expect(svg.match(/<polyline points="([^"]*)"/)?.[1]?.split(" ")).toHaveLength(2);
  });

  it("refuses a chart with nothing to draw, naming it", () => {
    expect(() => lineChart({ title: "empty", xLabel: "", yLabel: "", series: [] })).toThrow(
      'lineChart "empty": no series to draw',
    );
  });
});

describe("niceTicks", () => {
  it("steps by 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 12.5)).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });

  it("refuses an empty range", () => {
    expect(() => niceTicks(3, 3)).toThrow("niceTicks: need finite low < high, got 3 .. 3");
  });
});

describe("checkWellFormed", () => {
  it("catches what would break an SVG viewer", () => {
    expect(() => checkWellFormed("<svg><g></svg>")).toThrow("</svg> closes <g>");
    expect(() => checkWellFormed("<svg><text>a & b</text></svg>")).toThrow("a bare &");
    expect(() => checkWellFormed("<svg/><svg/>")).toThrow("2 root elements");
    expect(escapeXml("<&>")).toBe("&lt;&amp;&gt;");
  });
});
