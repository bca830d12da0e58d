/** The machine line and the markdown report of `npm run bench:models`. */
import { cpus, loadavg } from "node:os";
import { getBackendInfo, type Tf } from "@atelier/ml";
import type { Measurement } from "./measure.ts";

/** Backend, Node, CPU and date, one per line, for the console and the report. */
export function machineLines(tf: Tf, startLoad: number): string[] {
  const info = getBackendInfo();
  const flags = info
    ? Object.entries(info.flags)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")
    : "";
  const cores = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Backend: ${tf.getBackend()}${flags ? ` (${flags})` : ""}, tfjs ${tf.version_core}`,
    `- Node ${process.version}, ${process.platform}/${process.arch}`,
    `- CPU: ${cores[0]?.model ?? "unknown"} x ${cores.length}; load average ${startLoad.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end`,
  ];
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** The results as a markdown table, one row per measurement. */
export function resultTable(results: readonly Measurement[]): string[] {
  return [
    "| case | D | batch | per second | ms/call (median) | ms/call (min) | timed calls | warm-up | tensors leaked |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...results.map(
      (m) =>
        `| ${m.name} | ${m.dim} | ${m.batch} | **${fixed(m.perSecond)}** ${m.unit} | ${fixed(m.medianMs, 2)} | ${fixed(m.minMs, 2)} | ${m.calls} | ${m.warmup} | ${m.leaked} |`,
    ),
  ];
}

export interface ReportInput {
  quick: boolean;
  imageSize: number;
  machine: string[];
  results: readonly Measurement[];
}

/** The whole of docs/benchmarks/models.md. */
export function report({ quick, imageSize, machine, results }: ReportInput): string {
  const leaked = results.reduce((sum, m) => sum + m.leaked, 0);
  return [
    "# Models benchmark: encoder images/s, MANN session-steps/s",
    "",
    "Written by `npm run bench:models` (`packages/models/scripts/bench.ts`); rerun it to refresh.",
    "",
    ...(quick ? ["**Smoke run (`--quick`): too few calls for figures to quote.**", ""] : []),
    ...machine,
    "",
    "## Cases",
    "",
    `- Encoder (ADDE, \`createEncoder\` on Shopping100k's 12 attributes, its defaults otherwise: ${imageSize} px): ` +
      "`encode(images, 64)` on 64 random images per call; " +
      "`createEncoderTrainer(...).trainStep` on 64 random images with random valid value indices (20 % missing), " +
      "Adam 1e-3, losses read back.",
    "- MANN (`createMann(tf, shopping100k, { dim }, seed)`, content addressing, 100 LSTM units): `init` on random " +
      "L2-normalised query vectors, then `step` with indicator rows [B, 151] (-1 at a removed value, +1 at an added one, " +
      "one attribute per row). Per second counts session-steps: one call at batch 64 is 64.",
    "- Per case: warm-up calls first, then the timed calls, in one process; per second = timed calls x batch / " +
      "their wall time. Tensors leaked = `tf.memory().numTensors` after the case has disposed everything minus " +
      "before it built its model.",
    "",
    "## Results",
    "",
    ...resultTable(results),
    "",
    leaked === 0
      ? "No tensor leaked."
      : `**${leaked} tensor(s) leaked** (see the table): a bug to fix.`,
    "",
  ].join("\n");
}
