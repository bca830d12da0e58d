/**
 * `atelier eval --report DIR`: the run as a folder a reader can open on GitHub: results.json
 * (the whole run record), README.md (tables and settings) and three SVG plots.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type LineSeries, lineChart } from "@atelier/charts";
import { type ReportPlots, reportMarkdown } from "./report-markdown.ts";
import type { RetrievalScores } from "./retrieval.ts";
import type { RunRecord } from "./run.ts";

export const REPORT_FILES = {
  results: "results.json",
  readme: "README.md",
  single: "top-k-single.svg",
  multi: "top-k-multi.svg",
  byManipulations: "top-10-by-manipulations.svg",
} as const;

/**
 * Writes the report of `run` into `dir` (created if missing) and returns the paths written.
 *
 * @example
 * await writeReport("docs/results", run); // [".../results.json", ".../README.md", ...]
 */
export async function writeReport(dir: string, run: RunRecord): Promise<string[]> {
  const plots: ReportPlots = {
    single: { file: REPORT_FILES.single, title: "Top-k accuracy, single manipulation" },
    multi: { file: REPORT_FILES.multi, title: "Top-k accuracy, multi manipulation" },
    byManipulations: {
      file: REPORT_FILES.byManipulations,
      title: "Top-10 accuracy by number of manipulations",
    },
  };
  const single = run.results.filter((r) => r.task === "single");
  const multi = run.results.filter((r) => r.task === "multi");
  const files: [string, string][] = [
    [REPORT_FILES.results, `${JSON.stringify(run, null, 2)}\n`],
    [REPORT_FILES.readme, reportMarkdown(run, plots)],
    [plots.single.file, topKPlot(plots.single.title, single)],
    [plots.multi.file, topKPlot(plots.multi.title, multi)],
    [plots.byManipulations.file, byManipulationsPlot(plots.byManipulations.title, multi)],
  ];
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of files) {
    await writeFile(join(dir, name), content);
    written.push(join(dir, name));
  }
  return written;
}

/** Top-k accuracy against k, one line per model. */
export function topKPlot(title: string, scores: readonly RetrievalScores[]): string {
  const series: LineSeries[] = scores.map((s) => ({
    name: s.model,
    points: Object.entries(s.topK).map(([key, value]) => [Number(key.replace("top", "")), value]),
  }));
  return lineChart({ title, xLabel: "k", yLabel: "top-k accuracy (%)", series, yRange: [0, 100] });
}

/** Top-10 accuracy against the number of manipulations, one line per model. */
export function byManipulationsPlot(title: string, scores: readonly RetrievalScores[]): string {
  const series: LineSeries[] = scores.map((s) => ({
    name: s.model,
    points: s.byManipulations.map((g) => [g.manipulations, g.topK.top10 ?? Number.NaN]),
  }));
  return lineChart({
    title,
    xLabel: "number of manipulations",
    yLabel: "top-10 accuracy (%)",
    series,
    yRange: [0, 100],
  });
}
