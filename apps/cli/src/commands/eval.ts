import { mkdir, writeFile } from "node:fs/promises";
import { loadTf } from "@atelier/ml";
import { loadWeights, type Manipulator, type ManipulatorKind, readWeights } from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import { EVAL_USAGE, type EvalOptions, parseEvalOptions } from "../evaluation/options.ts";
import { writeReport } from "../evaluation/report.ts";
import { manipulationsTable, scoresTable } from "../evaluation/report-markdown.ts";
import type { QueryModel } from "../evaluation/retrieval.ts";
import {
  machineOf,
  peakRssMiB,
  type RunRecord,
  runModels,
  searchSettings,
} from "../evaluation/run.ts";
import { galleryOf, multiTask, singleTask } from "../evaluation/tasks.ts";
import type { Command } from "../options.ts";
import { defaultCatalog, encodeCatalogWith } from "../training/encoder-features.ts";

const NAME = "eval";

type Tf = Awaited<ReturnType<typeof loadTf>>;

/** The manipulators in a weights folder: both ADDE-M modes share one W. */
async function manipulatorsIn(
  tf: Tf,
  dir: string,
  kinds: readonly { name: string; kind: ManipulatorKind }[],
  dim: number,
): Promise<QueryModel[]> {
  const { manifest, bytes } = await readWeights(dir);
  return kinds.map(({ name, kind }) => ({
    name,
    kind: "manipulator" as const,
    manipulator: loadWeights(tf, shopping100k, manifest, bytes, { kind, dim }),
  }));
}

/** "MANN" for the thesis's, with what differs from it: "MANN (write by attribute, prototype residual)". */
function mannName(m: Manipulator): string {
  const options = m.options as { writeBy?: string; residual?: string };
  const changes = [
    ...(options.writeBy === "attribute" ? ["write by attribute"] : []),
    ...(options.residual === "prototypes" ? ["prototype residual"] : []),
    ...(options.residual === "replace" ? ["prototype replace"] : []),
  ];
  return changes.length === 0 ? "MANN (thesis)" : `MANN (${changes.join(", ")})`;
}

/** The two references, then ADDE-M in both modes, then every MANN, in the order given. */
async function loadModels(tf: Tf, options: EvalOptions, dim: number): Promise<QueryModel[]> {
  const models: QueryModel[] = [
    { name: "query only", kind: "query-only" },
    { name: "oracle (target's features)", kind: "oracle" },
  ];
  if (options.memory !== undefined) {
    const kinds = [
      { name: "ADDE-M (thesis)", kind: "adde-m-thesis" as const },
      { name: "ADDE-M (fair)", kind: "adde-m-fair" as const },
    ];
    models.push(...(await manipulatorsIn(tf, options.memory, kinds, dim)));
  }
  for (const dir of options.manns) {
    const [mann] = await manipulatorsIn(tf, dir, [{ name: "MANN", kind: "mann" }], dim);
    if (mann?.kind === "manipulator") models.push({ ...mann, name: mannName(mann.manipulator) });
  }
  return models;
}

function printTables(run: RunRecord): void {
  for (const task of run.tasks) {
    const scores = run.results.filter((r) => r.task === task.name);
    console.log(
      `\n${task.name} manipulation (${task.queries} queries, gallery ${run.gallery.count}, ${run.similarity})\n`,
    );
    console.log(scoresTable(scores));
    if (task.name === "multi") {
      console.log("\ntop-10 by number of manipulations\n");
      console.log(manipulationsTable(scores, 10));
    }
  }
}

/**
 * `atelier eval --encoder DIR [--memory DIR] [--mann DIR]...`: the thesis's single and multi
 * manipulation protocols on the default catalog's test split, every model on the same queries;
 * `--report DIR` writes results.json, README.md and SVG plots.
 */
export const evaluate: Command = {
  name: NAME,
  summary: `score retrieval models on the catalog's test split: ${EVAL_USAGE}`,
  async run(args) {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const options = parseEvalOptions(NAME, args);
    // Made now, so that a folder that cannot be created fails before minutes of work.
    if (options.report !== undefined) await mkdir(options.report, { recursive: true });
    const tf = await loadTf();
    const catalog = defaultCatalog(options.catalog);
    const { features, dim } = await encodeCatalogWith(tf, options.encoder, catalog);
    const models = await loadModels(tf, options, dim);
    const tasks = [singleTask(catalog, features), multiTask(catalog, features)];
    const gallery = galleryOf(catalog, features, options.gallery);
    const searchStarted = performance.now();
    let results: RunRecord["results"];
    try {
      results = runModels(tf, models, tasks, gallery, options.similarity);
    } finally {
      for (const model of models) if (model.kind === "manipulator") model.manipulator.dispose();
    }
    const now = performance.now();
    const run: RunRecord = {
      args,
      startedAt,
      seconds: (now - started) / 1000,
      searchSeconds: (now - searchStarted) / 1000,
      peakRssMiB: peakRssMiB(),
      machine: machineOf(tf),
      catalog: options.catalog,
      encoder: { dir: options.encoder, dim },
      gallery: { which: options.gallery, count: gallery.count },
      search: searchSettings(),
      similarity: options.similarity,
      tasks: tasks.map((t) => ({ name: t.name, queries: t.count })),
      results,
    };
    printTables(run);
    console.log(
      `\n${run.seconds.toFixed(1)} s (models on the queries ${run.searchSeconds.toFixed(1)} s), peak RSS ${run.peakRssMiB} MiB`,
    );
    if (options.out !== undefined)
      await writeFile(options.out, `${JSON.stringify(run, null, 2)}\n`);
    if (options.report !== undefined) {
      const written = await writeReport(options.report, run);
      console.log(`report: ${written.join(", ")}`);
    }
  },
};
