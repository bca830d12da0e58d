import { mkdir, writeFile } from "node:fs/promises";
import { loadTf } from "@atelier/ml";
import { openEvalData } from "../evaluation/eval-data.ts";
import {
  buildGalleryIndex,
  checkIndexFits,
  type GalleryIndex,
} from "../evaluation/gallery-index.ts";
import { modelsDim } from "../evaluation/model-dims.ts";
import { loadModels, modelDirs } from "../evaluation/models.ts";
import { EVAL_USAGE, parseEvalOptions } from "../evaluation/options.ts";
import { retrievalTask } from "../evaluation/query-plans.ts";
import { writeReport } from "../evaluation/report.ts";
import { manipulationsTable, scoresTable } from "../evaluation/report-markdown.ts";
import {
  machineOf,
  peakRssMiB,
  type RunRecord,
  runModels,
  searchSettings,
} from "../evaluation/run.ts";
import type { Command } from "../options.ts";

const NAME = "eval";

function printTables(run: RunRecord): void {
  for (const task of run.tasks) {
    const scores = run.results.filter((r) => r.task === task.name);
    console.log(
      `\n${task.name} manipulation (${task.queries} queries, gallery ${run.gallery.count}, ${run.similarity}${run.search.kind === "exact" ? "" : `, ${run.search.kind} index`})\n`,
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
 * manipulation protocols on the default catalog's test split, or with `--data DIR` on a dataset
 * folder's (features encoded by `--encoder` or precomputed in `--features FILE.npy`), every
 * model on the same queries; `--report DIR` writes results.json, README.md and SVG plots.
 */
export const evaluate: Command = {
  name: NAME,
  summary: `score retrieval models on the catalog's test split or that of a dataset folder: ${EVAL_USAGE}`,
  async run(args) {
    const started = performance.now();
    const startedAt = new Date().toISOString();
    const options = parseEvalOptions(NAME, args);
    // Everything that can fail without tfjs fails here, before minutes of encoding and search:
    // the models' D, the data (split files, queries, features' shape), the report folder.
    const data = await openEvalData(options, await modelsDim(modelDirs(options)));
    checkIndexFits(NAME, options.index, data.galleryCount);
    if (options.report !== undefined) await mkdir(options.report, { recursive: true });
    const tf = await loadTf();
    const features = await data.features(tf);
    const models = await loadModels(tf, options, features.dim);
    const tasks = data.plans.map((plan) => retrievalTask(plan, features.test));
    let results: RunRecord["results"];
    let index: GalleryIndex | undefined;
    let searchStarted = performance.now();
    try {
      if (options.index === "hnsw") {
        index = await buildGalleryIndex(features.gallery, options.similarity, {
          ...(options.efSearch !== undefined && { efSearch: options.efSearch }),
        });
        console.log(
          `hnsw index (M ${index.neighbours}, efSearch ${index.efSearch}, ${index.metric}${index.normalized ? " on normalised vectors" : ""}) over ${features.gallery.count} items: ${index.buildSeconds.toFixed(1)} s`,
        );
        searchStarted = performance.now();
      }
      results = await runModels(tf, models, tasks, features.gallery, options.similarity, index);
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
      data: data.record,
      ...(features.encoder === undefined ? {} : { encoder: features.encoder }),
      gallery: { which: options.gallery, count: features.gallery.count },
      search: searchSettings(index),
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
