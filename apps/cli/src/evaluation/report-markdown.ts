/**
 * The evaluation's Markdown: tables in the thesis's layout (top-10..50 in % with two decimals,
 * then NDCG@30 / NDCG_t@30 / NDCG_o@30) and the report's README around them.
 */
import { formatPercent } from "@atelier/eval";
import type { RetrievalScores, TopKScores } from "./retrieval.ts";
import type { RunRecord } from "./run.ts";

/** "33.58": a share printed from its hit count, as the thesis does. */
function percent(scores: TopKScores, key: string): string {
  const hits = scores.hits[key];
  return hits === undefined ? "–" : formatPercent(hits, scores.queries);
}

const kLabel = (key: string) => key.replace("top", "top-");

/**
 * One row per model: top-k for every k, then NDCG@30, NDCG_t@30, NDCG_o@30, and where the
 * ranking came from an approximate index, its recall@10 and recall@50 against exact search.
 *
 * @example
 * scoresTable(results.filter((r) => r.task === "single")); // "| model | top-10 | ..."
 */
export function scoresTable(scores: readonly RetrievalScores[]): string {
  const ks = Object.keys(scores[0]?.hits ?? {});
  const recall = scores.some((s) => s.recallAt50 !== undefined);
  const extra = recall ? " recall@10 | recall@50 |" : "";
  const head = `| model | ${ks.map(kLabel).join(" | ")} | NDCG@30 | NDCG_t@30 | NDCG_o@30 |${extra}`;
  const rule = `| --- | ${ks.map(() => "---:").join(" | ")} | ---: | ---: | ---: |${recall ? " ---: | ---: |" : ""}`;
  const rows = scores.map((s) => {
    const ndcg = [s.ndcg30, s.ndcgT30, s.ndcgO30].map((v) => v.toFixed(4)).join(" | ");
    const recalls = recall ? ` ${fixed(s.recallAt10)} | ${fixed(s.recallAt50)} |` : "";
    return `| ${cell(s.model)} | ${ks.map((k) => percent(s, k)).join(" | ")} | ${ndcg} |${recalls}`;
  });
  return [head, rule, ...rows].join("\n");
}

const fixed = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(4));

/**
 * Top-`k` accuracy by number of manipulations: one row per model, one column per count, each
 * header saying how many queries it holds.
 *
 * @example
 * manipulationsTable(results.filter((r) => r.task === "multi"), 10); // "| model | 1 (n = 125) | ..."
 */
export function manipulationsTable(scores: readonly RetrievalScores[], k: number): string {
  const groups = scores[0]?.byManipulations ?? [];
  const head = `| model | ${groups.map((g) => `${g.manipulations} (n = ${g.queries})`).join(" | ")} |`;
  const rule = `| --- | ${groups.map(() => "---:").join(" | ")} |`;
  const rows = scores.map((s) => {
    const cells = groups.map((g) => {
      const same = s.byManipulations.find((b) => b.manipulations === g.manipulations);
      return same === undefined ? "–" : percent(same, `top${k}`);
    });
    return `| ${cell(s.model)} | ${cells.join(" | ")} |`;
  });
  return [head, rule, ...rows].join("\n");
}

/** The report's README.md: settings, cost, tables, plots, and how to run it again. */
export function reportMarkdown(run: RunRecord, plots: ReportPlots): string {
  const single = run.results.filter((r) => r.task === "single");
  const multi = run.results.filter((r) => r.task === "multi");
  const queries = (name: string) => run.tasks.find((t) => t.name === name)?.queries ?? 0;
  const perCount = multi[0]?.byManipulations ?? [];
  const counts = perCount.map((g) => g.manipulations);
  return [
    "# Retrieval evaluation",
    "",
    `Every model below ran on the same queries in one \`atelier eval\` run, started ${run.startedAt}.`,
    "Top-k accuracy in % (hits / queries, two decimals as the thesis prints it); NDCG in [0, 1].",
    ...indexNote(run),
    "",
    ...settingsTable(run),
    "",
    `## Single manipulation (${count(queries("single"))} queries)`,
    "",
    scoresTable(single),
    "",
    `![${plots.single.title}](${plots.single.file})`,
    "",
    `## Multi manipulation (${count(queries("multi"))} pairs at ${range(counts)} manipulations)`,
    "",
    scoresTable(multi),
    "",
    `![${plots.multi.title}](${plots.multi.file})`,
    "",
    "### By number of manipulations",
    "",
    "Top-10 accuracy (%):",
    "",
    manipulationsTable(multi, 10),
    "",
    "Top-50 accuracy (%):",
    "",
    manipulationsTable(multi, 50),
    "",
    `![${plots.byManipulations.title}](${plots.byManipulations.file})`,
    "",
    "## How to reproduce",
    "",
    ...(run.encoder === undefined
      ? ["From the repository root, with the same model folders, data folder and features file:"]
      : [
          "From the repository root, with the same model folders (features are cached beside the",
          "encoder's weights, so a second run skips rendering and encoding):",
        ]),
    "",
    "```sh",
    `npx tsx apps/cli/src/main.ts eval ${run.args.map(shellWord).join(" ")}`,
    "```",
    "",
    "`results.json` holds every number above, the per-manipulation hits and the settings.",
    "",
  ].join("\n");
}

/** The plot files a report links, with their titles. */
export interface ReportPlots {
  readonly single: { readonly file: string; readonly title: string };
  readonly multi: { readonly file: string; readonly title: string };
  readonly byManipulations: { readonly file: string; readonly title: string };
}

function settingsTable(run: RunRecord): string[] {
  const m = run.machine;
  const gallery =
    run.gallery.which === "test" ? "the test split" : "every catalog item (train and test)";
  return [
    "| setting | value |",
    "| --- | --- |",
    ...dataRows(run),
    `| gallery | ${gallery}: ${count(run.gallery.count)} items (\`--gallery ${run.gallery.which}\`) |`,
    `| queries | ${run.tasks.map((t) => `${t.name} ${count(t.queries)}`).join(", ")} |`,
    `| similarity | \`${run.similarity}\` |`,
    searchRow(run),
    ...(run.encoder === undefined
      ? []
      : [`| encoder | \`${run.encoder.dir}\` (D = ${run.encoder.dim}) |`]),
    `| run time | ${run.seconds.toFixed(1)} s in all, ${run.searchSeconds.toFixed(1)} s for the models on the queries |`,
    `| peak memory | ${count(run.peakRssMiB)} MiB resident (the process's maximum) |`,
    `| machine | ${m.cores} cores (${cell(m.cpu)}), ${m.memoryGiB} GiB, Node ${m.node}, tfjs ${m.tfBackend} |`,
  ];
}

/** The settings table's search row: exact, or the index with its build time. */
function searchRow({ search }: RunRecord): string {
  switch (search.kind) {
    case "exact":
      return `| search | ${search.kind}, top-${search.k}; ${search.queryChunk} queries per chunk |`;
    case "hnsw": {
      const on = search.normalized ? "L2-normalised vectors" : "raw vectors";
      return (
        `| search | ${search.kind} (faiss, M = ${search.neighbours}, efSearch ${search.efSearch}), ` +
        `\`${search.metric}\` on ${on}, top-${search.k}; built in ${search.buildSeconds.toFixed(1)} s; ` +
        `${search.queryChunk} queries per chunk, each also searched exactly for recall |`
      );
    }
    default: {
      const unknown: never = search;
      throw new Error(`no search of kind ${String(unknown)}`);
    }
  }
}

/** With an approximate index: where the scores come from and what recall means. */
function indexNote({ search }: RunRecord): string[] {
  if (search.kind === "exact") return [];
  return [
    `Scores come from the ${search.kind} index's ranking; recall@k is the share of exact search's`,
    "top k it found (averaged over queries; slots it left empty count as misses).",
  ];
}

/** Where the items, queries and (precomputed) features came from. */
function dataRows(run: RunRecord): string[] {
  const { data } = run;
  switch (data.kind) {
    case "catalog":
      return [`| catalog | procedural, seed ${data.seed}, ${count(data.count)} items |`];
    case "folder":
      return [
        `| data | dataset folder \`${data.dir}\`, its test split |`,
        `| single queries | ${cell(data.singleQueries)} |`,
        ...(data.features === undefined
          ? []
          : [`| features | \`${data.features.file}\` (precomputed, D = ${data.features.dim}) |`]),
      ];
    default: {
      const unknown: never = data;
      throw new Error(`no data of kind ${String(unknown)}`);
    }
  }
}

const count = (value: number) => value.toLocaleString("en-US");

function range(values: readonly number[]): string {
  if (values.length === 0) return "no";
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}..${high}`;
}

/** A table cell: a `|` in a model name would split the cell. */
const cell = (value: string) => value.replaceAll("|", "\\|");

/** Quotes a word for a POSIX shell when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w./=:@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
