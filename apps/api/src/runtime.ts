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
import { type Db, productsDigest, storedProductsDigest } from "@atelier/db";
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
  readonly kind: ServedIndexKind;
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

/** The index kinds an engine can search (an experiment's variant may pick one). */
export const SERVED_INDEXES = ["flat", "hnsw"] as const;
export type ServedIndexKind = (typeof SERVED_INDEXES)[number];

/** How a served engine orders what the index returns (an experiment's variant may pick one). */
export const SERVED_RANKINGS = ["similarity", "requested-first"] as const;
export type ServedRanking = (typeof SERVED_RANKINGS)[number];

/** What an engine name says: the manipulator, the index kind if not the default, the ranking. */
export interface EngineChoice {
  readonly manipulator: ServedModel;
  readonly index?: ServedIndexKind | undefined;
  readonly ranking?: ServedRanking | undefined;
}

/**
 * A served engine's name, as sessions and turns store it: the manipulator, `@` and the index kind
 * when it is not the server's default index, `+requested-first` when results holding the asked
 * values come first.
 *
 * @example
 * engineName({ manipulator: "adde-m-fair", index: "hnsw" }); // "adde-m-fair@hnsw"
 */
export const engineName = ({ manipulator, index, ranking }: EngineChoice): string =>
  `${manipulator}${index ? `@${index}` : ""}${ranking === "requested-first" ? "+requested-first" : ""}`;

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  (values as readonly unknown[]).includes(value) ? (value as T) : undefined;

/**
 * An engine choice from loose parts (an engine name's, a variant's config): an unknown or absent
 * manipulator is the MANN, an unknown index or ranking none.
 */
export function engineChoice(parts: {
  manipulator?: unknown;
  index?: unknown;
  ranking?: unknown;
}): EngineChoice {
  return {
    manipulator: oneOf(SERVED_MODELS, parts.manipulator) ?? "mann",
    index: oneOf(SERVED_INDEXES, parts.index),
    ranking: oneOf(SERVED_RANKINGS, parts.ranking),
  };
}

/** The parts of an engine name (see engineChoice for unknown parts). */
export function parseEngineName(name: string): EngineChoice {
  const [head = "", ranking] = name.split("+");
  const [manipulator, index] = head.split("@");
  return engineChoice({ manipulator, index, ranking });
}

export interface Runtime {
  /** The served procedural catalog (products at positions 0 .. productCount - 1). */
  readonly catalog: Catalog;
  /** The default engine (MANN). */
  readonly engine: RetrievalEngine;
  readonly model: ServedModel;
  /** The index kind engines search unless their name picks another. */
  readonly indexKind: ServedIndexKind;
  /**
   * The engine an engine name (see engineName) names: its manipulator over its index. Another
   * index kind than the default is built or loaded from its cache on first use.
   */
  engineFor(name: string): Promise<RetrievalEngine>;
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
  await seedCatalog(options.db, catalog);
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
  for (let i = 0; i < catalog.count; i++) positions.set(catalog.idOf(i), i);
  const memory = await readWeights(`${modelsDir}/memory`);
  const addeM = loadWeights(tf, schema, memory.manifest, memory.bytes, { kind: "adde-m-fair" });
  const vectorOf = (p: number) =>
    p >= 0 && p < catalog.count ? vectors.subarray(p * dim, (p + 1) * dim) : undefined;
  const choice = options.index ?? { kind: "flat" };
  const manipulators: Record<ServedModel, Manipulator> = { mann, "adde-m-fair": addeM };
  // Engines share the catalog vectors and, per kind, one index; indexes other than the default
  // are made on first use (an experiment's variant asked for one).
  const indexes = new Map<ServedIndexKind, Promise<VectorIndex>>([
    [choice.kind, Promise.resolve(index)],
  ]);
  const indexOf = (kind: ServedIndexKind) => {
    let made = indexes.get(kind);
    if (!made) {
      const cacheDir = `${modelsDir}/encoder/features`;
      made = loadServedIndex(normalizedRows(vectors, dim), dim, cacheDir, catalog, {
        ...choice,
        kind,
      });
      indexes.set(kind, made);
    }
    return made;
  };
  const engines = new Map<string, Promise<RetrievalEngine>>();
  const engineFor = (name: string) => {
    const { manipulator, index: kind = choice.kind } = parseEngineName(name);
    const key = `${manipulator}@${kind}`;
    let made = engines.get(key);
    if (!made) {
      made = indexOf(kind).then((index) =>
        createRetrievalEngine({ tf, manipulator: manipulators[manipulator], index, vectorOf }),
      );
      engines.set(key, made);
    }
    return made;
  };
  const engine = await engineFor("mann");
  return {
    catalog,
    engine,
    model: "mann",
    indexKind: choice.kind,
    engineFor,
    productCount: catalog.count,
    positionOf: (id) => positions.get(id),
    productIdAt: (p) => catalog.idOf(p),
    labelsOf: (p) => catalog.labelsOf(p),
    dispose: () => {
      mann.dispose();
      addeM.dispose();
    },
  };
}

/**
 * Writes the catalog's products unless the database already holds exactly them (compared by a
 * digest in one query: a restart on 100,000 products skips a minute of upserts).
 */
async function seedCatalog(db: Db, catalog: Catalog): Promise<void> {
  const range = { fromId: catalog.idOf(0), toId: catalog.idOf(catalog.count - 1) };
  const stored = await storedProductsDigest(db, range);
  if (stored.count === catalog.count) {
    const wanted = productsDigest(catalogProductInputs(catalog));
    if (wanted.digest === stored.digest) return;
  }
  const bar = progressBar("seed products", catalog.count);
  try {
    await seedProducts(db, catalogProductInputs(catalog), { onProgress: (n) => bar.update(n) });
  } finally {
    bar.stop();
  }
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
