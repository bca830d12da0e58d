/**
 * What every replica holds in memory: the default MANN, the procedural catalog's encoder features
 * in a flat faiss index, and the retrieval engine over them. Sessions live in the database only.
 */
import { fileURLToPath } from "node:url";
import {
  type Catalog,
  cachedCatalogFeatures,
  catalogProductInputs,
  generateCatalog,
  progressBar,
  seedProducts,
} from "@atelier/catalog";
import type { Db } from "@atelier/db";
import { normalizedRows } from "@atelier/eval";
import {
  cachedIndex,
  createFlatIndex,
  createHnswIndex,
  indexCacheFile,
  type VectorIndex,
} from "@atelier/index";
import { loadTf } from "@atelier/ml";
import { loadEncoderWeights, loadWeights, type Manipulator, readWeights } from "@atelier/models";
import { type Labels, shopping100k } from "@atelier/schema";
import { createRetrievalEngine, type RetrievalEngine } from "@atelier/sessions";

/** The committed default models (`models/` at the repository root). */
export const DEFAULT_MODELS_DIR = fileURLToPath(new URL("../../../models", import.meta.url));

export interface RuntimeOptions {
  readonly db: Db;
  readonly products: number;
  readonly seed: number;
  readonly modelsDir?: string;
  /** Which index serves searches (default: flat, exact). */
  readonly index?: ServedIndexOptions;
}

/**
 * The served index: `flat` (exact) or `hnsw` (approximate, built once and cached beside the
 * encoder's feature cache, keyed by the vectors and the build settings).
 */
export interface ServedIndexOptions {
  readonly kind: "flat" | "hnsw";
  /** HNSW links per vector (faiss's M). */
  readonly neighbours?: number;
  /** HNSW build breadth (faiss's efConstruction). */
  readonly efConstruction?: number;
  /** HNSW search breadth (faiss's efSearch); applied when the cached file is loaded. */
  readonly efSearch?: number;
}

/** The manipulators a session can run on ("mann" is the default; experiments pick per variant). */
export const SERVED_MODELS = ["mann", "adde-m-fair"] as const;
export type ServedModel = (typeof SERVED_MODELS)[number];

/** Whether `name` is one of SERVED_MODELS. */
export const isServedModel = (name: unknown): name is ServedModel =>
  (SERVED_MODELS as readonly unknown[]).includes(name);

export interface Runtime {
  /** The served procedural catalog (products at positions 0 .. productCount - 1). */
  readonly catalog: Catalog;
  /** The default engine (MANN). */
  readonly engine: RetrievalEngine;
  readonly model: ServedModel;
  /** The engine over `model`'s manipulator; the default engine for an unknown name. */
  engineFor(model: string): RetrievalEngine;
  /** How many products the served catalog holds (positions 0 .. productCount - 1). */
  readonly productCount: number;
  /** Index position of a product id, or undefined when it is not in the served catalog. */
  positionOf(productId: string): number | undefined;
  productIdAt(position: number): string;
  labelsOf(position: number): Labels;
  dispose(): void;
}

/**
 * Seeds the catalog into the database (idempotent, like `atelier demo`), encodes it with the
 * default encoder (cached beside its weights) and builds the engine.
 *
 * @example
 * const runtime = await loadRuntime({ db, products: 300, seed: 42 });
 */
export async function loadRuntime(options: RuntimeOptions): Promise<Runtime> {
  const schema = shopping100k;
  const modelsDir = options.modelsDir ?? DEFAULT_MODELS_DIR;
  const tf = await loadTf();
  const catalog = generateCatalog({ schema, count: options.products, seed: options.seed });
  await seedProducts(options.db, catalogProductInputs(catalog));
  const vectors = await encodeCatalog(tf, `${modelsDir}/encoder`, catalog);
  const mannDir = `${modelsDir}/mann`;
  const { manifest, bytes } = await readWeights(mannDir);
  const mann: Manipulator = loadWeights(tf, schema, manifest, bytes, { kind: "mann" });
  const dim = mann.vectorSize;
  const index = await loadServedIndex(
    normalizedRows(vectors, dim),
    dim,
    `${modelsDir}/encoder/features`,
    catalog,
    options.index ?? { kind: "flat" },
  );
  const positions = new Map<string, number>();
  for (let i = 0; i < catalog.count; i++) positions.set(catalog.product(i).id, i);
  const memory = await readWeights(`${modelsDir}/memory`);
  const addeM = loadWeights(tf, schema, memory.manifest, memory.bytes, { kind: "adde-m-fair" });
  const vectorOf = (p: number) =>
    p >= 0 && p < catalog.count ? vectors.subarray(p * dim, (p + 1) * dim) : undefined;
  // Both engines share the index and the catalog vectors; only the manipulator differs.
  const engine = createRetrievalEngine({ tf, manipulator: mann, index, vectorOf });
  const engines: Record<ServedModel, RetrievalEngine> = {
    mann: engine,
    "adde-m-fair": createRetrievalEngine({ tf, manipulator: addeM, index, vectorOf }),
  };
  return {
    catalog,
    engine,
    model: "mann",
    engineFor: (model) => (isServedModel(model) ? engines[model] : engine),
    productCount: catalog.count,
    positionOf: (id) => positions.get(id),
    productIdAt: (p) => catalog.product(p).id,
    labelsOf: (p) => catalog.labelsOf(p),
    dispose: () => {
      mann.dispose();
      addeM.dispose();
    },
  };
}

async function encodeCatalog(
  tf: Awaited<ReturnType<typeof loadTf>>,
  encoderDir: string,
  catalog: Catalog,
): Promise<Float32Array> {
  const { manifest, bytes } = await readWeights(encoderDir);
  const encoder = loadEncoderWeights(tf, catalog.schema, manifest, bytes);
  try {
    return (await cachedCatalogFeatures(tf, encoder, encoderDir, bytes, catalog)).vectors;
  } finally {
    encoder.dispose();
  }
}

/** Rows added per call while building, so that the progress bar moves. */
const BUILD_CHUNK = 5000;

/**
 * The index over `rows` (the catalog's L2-normalised features, inner product), read from
 * `<cacheDir>/catalog-s<seed>-n<count>-<kind>-<hash>.faiss` when an earlier start built it from
 * the same vectors and settings, else built (with a progress bar and ETA) and saved there.
 *
 * @example
 * const index = await loadServedIndex(rows, 384, "models/encoder/features", catalog, { kind: "hnsw" });
 */
export async function loadServedIndex(
  rows: Float32Array,
  dim: number,
  cacheDir: string,
  catalog: Pick<Catalog, "seed" | "count">,
  choice: ServedIndexOptions,
): Promise<VectorIndex> {
  const name = `catalog-s${catalog.seed}-n${catalog.count}`;
  const create = (): VectorIndex =>
    choice.kind === "hnsw"
      ? createHnswIndex(dim, "ip", {
          neighbours: choice.neighbours,
          efConstruction: choice.efConstruction,
          efSearch: choice.efSearch,
        })
      : createFlatIndex(dim, "ip");
  const build = async () => {
    const index = create();
    const total = rows.length / dim;
    const bar = progressBar(`${choice.kind} index`, total);
    try {
      for (let start = 0; start < total; start += BUILD_CHUNK) {
        const end = Math.min(total, start + BUILD_CHUNK);
        await index.add(rows.subarray(start * dim, end * dim));
        bar.update(end);
      }
    } finally {
      bar.stop();
    }
    return index;
  };
  const key = {
    kind: choice.kind,
    ...(choice.kind === "hnsw" && { m: choice.neighbours, efc: choice.efConstruction }),
  };
  const label = choice.kind === "hnsw" ? `hnsw${choice.neighbours ?? ""}` : "flat";
  const file = indexCacheFile(cacheDir, `${name}-${label}`, rows, key);
  const { index } = await cachedIndex(file, {
    build,
    size: rows.length / dim,
    dim,
    efSearch: choice.efSearch,
  });
  return index;
}
