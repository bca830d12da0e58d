/**
 * Paired comparison of ADDE-M (fair) and a MANN on the single-manipulation queries: how many
 * queries only one of them gets right in its top 10, and McNemar's chi-square (1 degree of
 * freedom; 3.84 is p = 0.05, 10.8 is p = 0.001), on the test gallery and on the whole catalog.
 * Top-k accuracies alone cannot tell a one-point gap from noise; the discordant pairs can.
 *
 *   npx tsx apps/cli/scripts/compare-single.ts [models/memory] [models/mann]
 */
import { exactSearch } from "@atelier/eval";
import { loadTf } from "@atelier/ml";
import { loadWeights, type ManipulatorKind, readWeights } from "@atelier/models";
import { shopping100k } from "@atelier/schema";
import { queryVectors } from "../src/evaluation/retrieval.ts";
import {
  GALLERIES,
  galleryOf,
  type RetrievalTask,
  singleTask,
  type TestGallery,
} from "../src/evaluation/tasks.ts";
import { defaultCatalog, encodeCatalogWith } from "../src/training/encoder-features.ts";

const K = 10;
const [memoryDir = "models/memory", mannDir = "models/mann"] = process.argv.slice(2);

const tf = await loadTf();
const catalog = defaultCatalog({ seed: 42, count: 20_000 });
const { features, dim } = await encodeCatalogWith(tf, "models/encoder", catalog);
const task = singleTask(catalog, features);
const attributes = catalog.schema.attributes.length;

/** The model's query vectors for every query of the task. */
async function queriesOf(dir: string, kind: ManipulatorKind): Promise<Float32Array> {
  const { manifest, bytes } = await readWeights(dir);
  const manipulator = loadWeights(tf, shopping100k, manifest, bytes, { kind, dim });
  try {
    return queryVectors(tf, { name: kind, kind: "manipulator", manipulator }, task);
  } finally {
    manipulator.dispose();
  }
}

/** 1 where one of the first K items has every label of the query's target. */
function hits(queries: Float32Array, t: RetrievalTask, gallery: TestGallery): Uint8Array {
  const width = attributes * dim;
  const { ids } = exactSearch(
    { data: queries, dim: width },
    { data: gallery.vectors, dim: width },
    { k: K, similarity: "l2-normalized" },
  );
  const sameLabels = (g: number, q: number) =>
    gallery.rows
      .subarray(g * attributes, (g + 1) * attributes)
      .every((v, a) => v === t.targets[q * attributes + a]);
  return Uint8Array.from({ length: t.count }, (_, q) =>
    Array.from(ids.subarray(q * K, (q + 1) * K)).some((g) => sameLabels(g, q)) ? 1 : 0,
  );
}

const adde = await queriesOf(memoryDir, "adde-m-fair");
const mann = await queriesOf(mannDir, "mann");
for (const which of GALLERIES) {
  const gallery = galleryOf(catalog, features, which);
  const a = hits(adde, task, gallery);
  const m = hits(mann, task, gallery);
  const mannOnly = m.reduce((n, hit, q) => n + (hit && !a[q] ? 1 : 0), 0);
  const addeOnly = a.reduce((n, hit, q) => n + (hit && !m[q] ? 1 : 0), 0);
  const chi2 = (mannOnly - addeOnly) ** 2 / Math.max(1, mannOnly + addeOnly);
  console.log(
    `gallery ${which} (${gallery.count}): top-${K} hits only by the MANN ${mannOnly}, only by ADDE-M ${addeOnly}, McNemar chi2 ${chi2.toFixed(2)}`,
  );
}
