/** The GPU check's table and markdown (scripts/gpu-check.ts). */
import { cpus } from "node:os";
import type { WebGpuAdapterInfo } from "../src/index.ts";

/** One batch size: median ms per turn on each backend and webgpu's largest deviation. */
export interface Row {
  batch: number;
  wasmMs: number;
  webgpuMs?: number;
  /** Max |webgpu - wasm| over the batch's query vectors. */
  queryDiff?: number;
  /** Max |webgpu - wasm| over the new state's tensors. */
  stateDiff?: number;
}

export interface CheckReport {
  date: string;
  node: string;
  tolerance: number;
  runs: number;
  warmup: number;
  /** What loadTf() chose, its reason and flags. */
  auto: string;
  adapter: WebGpuAdapterInfo | null;
  webgpuError: string | null;
  rows: Row[];
}

const ms = (v: number | undefined) => (v === undefined ? "-" : v.toFixed(3));
const sci = (v: number | undefined) => (v === undefined ? "-" : v.toExponential(1));

/**
 * A markdown table of the rows.
 *
 * @example
 * renderTable([{ batch: 1, wasmMs: 0.8 }]); // "| batch | wasm ms | ..."
 */
export function renderTable(rows: readonly Row[]): string {
  const lines = [
    "| batch | wasm ms/turn | webgpu ms/turn | webgpu vs wasm | wasm us/session | webgpu us/session | max abs diff query | max abs diff state |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of rows) {
    const ratio = r.webgpuMs === undefined ? "-" : `${(r.wasmMs / r.webgpuMs).toFixed(2)}x`;
    const per = (v: number | undefined) =>
      v === undefined ? "-" : ((v * 1000) / r.batch).toFixed(1);
    lines.push(
      `| ${r.batch} | ${ms(r.wasmMs)} | ${ms(r.webgpuMs)} | ${ratio} | ${per(r.wasmMs)} | ${per(r.webgpuMs)} | ${sci(r.queryDiff)} | ${sci(r.stateDiff)} |`,
    );
  }
  return lines.join("\n");
}

/**
 * The whole report as a markdown section.
 *
 * @example
 * writeFileSync("gpu.md", renderMarkdown(report));
 */
export function renderMarkdown(report: CheckReport): string {
  const cpu = cpus();
  const adapter =
    report.adapter === null
      ? `webgpu unavailable: ${report.webgpuError}`
      : `webgpu adapter: vendor \`${report.adapter.vendor}\`, architecture \`${report.adapter.architecture}\`, device \`${report.adapter.device}\`, description \`${report.adapter.description}\``;
  return [
    `## GPU check (${report.date})`,
    "",
    `- Node ${report.node}; ${cpu.length} x ${cpu[0]?.model ?? "unknown CPU"}`,
    `- loadTf(): ${report.auto}`,
    `- ${adapter}`,
    `- one turn = stateFromBytes -> step (one manipulation per session) -> query -> data() -> sessionsToBytes; median of ${report.runs} after ${report.warmup} warm-up turns; tolerance ${report.tolerance}`,
    "",
    renderTable(report.rows),
    "",
  ].join("\n");
}
