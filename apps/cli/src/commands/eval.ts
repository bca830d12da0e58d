import { writeFile } from "node:fs/promises";
import { SIMILARITIES } from "@atelier/eval";
import { loadTf } from "@atelier/ml";
import { loadWeights, type Manipulator, type ManipulatorKind, readWeights } from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import { type QueryModel, type RetrievalScores, scoreModel } from "../evaluation/retrieval.ts";
import { multiTask, singleTask, testGalleryOf } from "../evaluation/tasks.ts";
import { type Command, oneOf, parseOptions, positiveInt, required } from "../options.ts";
import {
  DEFAULT_CATALOG,
  defaultCatalog,
  encodeCatalogWith,
} from "../training/encoder-features.ts";

const NAME = "eval";

/** The manipulators in a weights folder: both ADDE-M modes share one W. */
async function manipulatorsIn(
  tf: Awaited<ReturnType<typeof loadTf>>,
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
  ];
  return changes.length === 0 ? "MANN (thesis)" : `MANN (${changes.join(", ")})`;
}

function table(scores: readonly RetrievalScores[]): string {
  const ks = Object.keys(scores[0]?.topK ?? {});
  const head = `| model | ${ks.map((k) => k.replace("top", "top-")).join(" | ")} | NDCG@30 | NDCG_t@30 | NDCG_o@30 |`;
  const rule = `| --- | ${ks.map(() => "---").join(" | ")} | --- | --- | --- |`;
  const rows = scores.map(
    (s) =>
      `| ${s.model} | ${ks.map((k) => (s.topK[k] ?? 0).toFixed(2)).join(" | ")} | ${s.ndcg30.toFixed(4)} | ${s.ndcgT30.toFixed(4)} | ${s.ndcgO30.toFixed(4)} |`,
  );
  return [head, rule, ...rows].join("\n");
}

/**
 * `atelier eval --encoder DIR [--memory DIR] [--mann DIR]`: the thesis's single and multi
 * manipulation protocols on the default catalog's test split, every model on the same queries.
 */
export const evaluate: Command = {
  name: NAME,
  summary:
    "score retrieval models on the catalog's test split: --encoder DIR [--memory DIR] [--mann DIR]... [--products 20000] [--catalog-seed 42] [--similarity l2-normalized] [--out FILE.json]",
  async run(args) {
    const { values } = parseOptions(NAME, args, {
      encoder: { type: "string" },
      memory: { type: "string" },
      mann: { type: "string", multiple: true },
      products: { type: "string", default: String(DEFAULT_CATALOG.count) },
      "catalog-seed": { type: "string", default: String(DEFAULT_CATALOG.seed) },
      similarity: { type: "string", default: "l2-normalized" },
      out: { type: "string" },
    });
    const encoderDir = required("encoder", values.encoder);
    const similarity = oneOf("similarity", values.similarity, SIMILARITIES);
    const count = positiveInt("products", values.products);
    const seed = positiveInt("catalog-seed", values["catalog-seed"]);
    const tf = await loadTf();
    const started = performance.now();
    const catalog = defaultCatalog({ seed, count });
    const { features, dim } = await encodeCatalogWith(tf, encoderDir, catalog);
    const models: QueryModel[] = [
      { name: "query only", kind: "query-only" },
      { name: "oracle (target's features)", kind: "oracle" },
    ];
    if (values.memory) {
      const kinds = [
        { name: "ADDE-M (thesis)", kind: "adde-m-thesis" as const },
        { name: "ADDE-M (fair)", kind: "adde-m-fair" as const },
      ];
      models.push(...(await manipulatorsIn(tf, values.memory, kinds, dim)));
    }
    for (const dir of values.mann ?? []) {
      const [mann] = await manipulatorsIn(tf, dir, [{ name: "MANN", kind: "mann" }], dim);
      if (mann?.kind === "manipulator") models.push({ ...mann, name: mannName(mann.manipulator) });
    }
    const gallery = testGalleryOf(catalog, features);
    const results: RetrievalScores[] = [];
    try {
      for (const task of [singleTask(catalog, features), multiTask(catalog, features)]) {
        const scores = models.map((model) => scoreModel(tf, model, task, gallery, similarity));
        results.push(...scores);
        console.log(
          `\n${task.name} manipulation (${task.count} queries, gallery ${gallery.count}, ${similarity})\n`,
        );
        console.log(table(scores));
      }
    } finally {
      for (const model of models) if (model.kind === "manipulator") model.manipulator.dispose();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n${seconds.toFixed(1)} s`);
    if (values.out) {
      const report = { catalog: { seed, count }, encoder: encoderDir, seconds, results };
      await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
    }
  },
};
