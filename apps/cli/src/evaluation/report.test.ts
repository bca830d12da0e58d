import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWellFormed } from "@atelier/charts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_FILES, writeReport } from "./report.ts";
import { manipulationsTable, reportMarkdown, scoresTable } from "./report-markdown.ts";
import { fakeRun, fakeScores } from "./test-support.ts";

const single = [
  fakeScores("ADDE-M (thesis)", "single", 14_361, [5912, 7601, 8589, 9205, 9663]),
  fakeScores("MANN (thesis)", "single", 14_361, [4822, 6457, 7468, 8146, 8642]),
];
const multi = [
  fakeScores("ADDE-M (thesis)", "multi", 1000, [20, 40, 50, 60, 70]),
  fakeScores("MANN (thesis)", "multi", 1000, [330, 450, 520, 560, 600]),
  fakeScores(
    "MANN (write by attribute | prototype replace)",
    "multi",
    1000,
    [400, 500, 600, 700, 800],
  ),
];
const run = fakeRun([...single, ...multi]);

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "atelier-report-test-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("scoresTable", () => {
  it("prints the thesis's layout: top-10..50 from hits with two decimals, then the NDCGs", () => {
    const lines = scoresTable(single).split("\n");
    expect(lines[0]).toBe(
      "| model | top-10 | top-20 | top-30 | top-40 | top-50 | NDCG@30 | NDCG_t@30 | NDCG_o@30 |",
    );
    // The thesis's MANN line: 4822 hits out of 14,361 queries is 33.58.
    expect(lines[3]).toBe(
      "| MANN (thesis) | 33.58 | 44.96 | 52.00 | 56.72 | 60.18 | 0.7448 | 0.3259 | 0.7987 |",
    );
  });
});

describe("scoresTable with an approximate index", () => {
  it("adds recall@10 and recall@50 columns, and the README says how the index searched", () => {
    const approximate = single.map((s, i) => ({
      ...s,
      recallAt10: 0.99 - i / 100,
      recallAt50: 0.951234,
      indexSeconds: 0.5,
      exactSeconds: 2,
      paddedSlots: 0,
    }));
    const lines = scoresTable(approximate).split("\n");
    expect(lines[0]).toBe(
      "| model | top-10 | top-20 | top-30 | top-40 | top-50 | NDCG@30 | NDCG_t@30 | NDCG_o@30 | recall@10 | recall@50 |",
    );
    expect(lines[1]?.split("---:")).toHaveLength(11);
    expect(lines[3]).toBe(
      "| MANN (thesis) | 33.58 | 44.96 | 52.00 | 56.72 | 60.18 | 0.7448 | 0.3259 | 0.7987 | 0.9800 | 0.9512 |",
    );
    const hnsw = {
      ...fakeRun(approximate),
      search: {
        kind: "hnsw",
        k: 50,
        queryChunk: 256,
        scanChunk: 64,
        neighbours: 32,
        efSearch: 16,
        metric: "l2",
        normalized: true,
        buildSeconds: 12.34,
      },
    } as const;
    const plots = { file: "x.svg", title: "x" };
    const readme = reportMarkdown(hnsw, { single: plots, multi: plots, byManipulations: plots });
    expect(readme).toContain(
      "| search | hnsw (faiss, M = 32, efSearch 16), `l2` on L2-normalised vectors, top-50; built in 12.3 s; 256 queries per chunk, each also searched exactly for recall |",
    );
    expect(readme).toContain("Scores come from the hnsw index's ranking; recall@k is the share");
    // Exact search: no recall column, no note.
    expect(scoresTable(single)).not.toContain("recall");
    expect(
      reportMarkdown(run, { single: plots, multi: plots, byManipulations: plots }),
    ).not.toContain("recall");
  });
});

describe("manipulationsTable", () => {
  it("has one column per number of manipulations with its query count", () => {
    const lines = manipulationsTable(multi, 10).split("\n");
    expect(lines[0]).toBe(
      `| model | ${Array.from({ length: 8 }, (_, d) => `${d + 1} (n = 125)`).join(" | ")} |`,
    );
    // MANN: round(330 / 8) + d hits out of 125 at d + 1 manipulations.
    expect(lines[3]).toBe(
      `| MANN (thesis) | ${[41, 42, 43, 44, 45, 46, 47, 48].map((h) => ((h / 125) * 100).toFixed(2)).join(" | ")} |`,
    );
    expect(lines[4]).toContain("| MANN (write by attribute \\| prototype replace) |");
  });
});

describe("writeReport", () => {
  it("writes results.json, README.md and three well-formed SVG plots", async () => {
    const out = join(dir, "report");
    const written = await writeReport(out, run);
    expect(written).toHaveLength(5);
    expect((await readdir(out)).sort()).toEqual(Object.values(REPORT_FILES).sort());
    expect(JSON.parse(await readFile(join(out, REPORT_FILES.results), "utf8"))).toEqual(run);
  });

  it("states the settings, cost and how to reproduce in the README", async () => {
    const readme = await readFile(join(dir, "report", REPORT_FILES.readme), "utf8");
    expect(readme).toContain("## Single manipulation (14,361 queries)");
    expect(readme).toContain("## Multi manipulation (1,000 pairs at 1..8 manipulations)");
    expect(readme).toContain(scoresTable(single));
    expect(readme).toContain(manipulationsTable(multi, 10));
    expect(readme).toContain(manipulationsTable(multi, 50));
    expect(readme).toContain(
      "| gallery | every catalog item (train and test): 20,000 items (`--gallery all`) |",
    );
    expect(readme).toContain("183.3 s in all, 150.5 s for the models on the queries");
    expect(readme).toContain("| peak memory | 812 MiB resident");
    expect(readme).toContain("| machine | 2 cores (Test CPU)");
    expect(readme).toContain(
      "npx tsx apps/cli/src/main.ts eval --encoder models/encoder --mann models/mann --report 'out dir'",
    );
    for (const file of [REPORT_FILES.single, REPORT_FILES.multi, REPORT_FILES.byManipulations]) {
      expect(readme).toContain(`](${file})`);
    }
  });

  it("draws one line and legend entry per model in each plot", async () => {
    const read = (file: string) => readFile(join(dir, "report", file), "utf8");
    const plots: [string, number][] = [
      [REPORT_FILES.single, single.length],
      [REPORT_FILES.multi, multi.length],
      [REPORT_FILES.byManipulations, multi.length],
    ];
    for (const [file, models] of plots) {
      const svg = await read(file);
      checkWellFormed(svg);
      expect(svg.match(/<polyline /g), file).toHaveLength(models);
      expect(svg.match(/<g class="legend-entry">/g), file).toHaveLength(models);
    }
    const byCount = await read(REPORT_FILES.byManipulations);
    // Eight points per line: one per number of manipulations.
    const points = byCount.match(/<polyline points="([^"]*)"/)?.[1]?.split(" ");
    expect(points).toHaveLength(8);
    expect(byCount).toContain(">number of manipulations</text>");
  });
});
