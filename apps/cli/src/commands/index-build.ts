import { stat } from "node:fs/promises";
import { normalizedRows } from "@atelier/eval";
import {
  createFlatIndex,
  createHnswIndex,
  createIvfIndex,
  type IndexKind,
  type VectorIndex,
} from "@atelier/index";
import { loadTf } from "@atelier/ml";
import { type Command, intOption, oneOf, parseOptions, positiveInt, required } from "../options.ts";
import {
  checkEncoderDir,
  DEFAULT_CATALOG,
  defaultCatalog,
  encodeCatalogWith,
} from "../training/encoder-features.ts";

const KINDS: readonly IndexKind[] = ["flat", "hnsw", "ivf"];

/** Probes searched by default: 8 of 16 lists found 0.95 of the top 10 on random 16-d data. */
const DEFAULT_PROBES = 8;

export interface IndexBuildOptions {
  readonly encoder: string;
  readonly out: string;
  readonly kind: IndexKind;
  readonly catalog: { readonly count: number; readonly seed: number };
  /** IVF only; by default sqrt(products), at most products / 39 (faiss's advice), at least 1. */
  readonly lists?: number;
  readonly probes?: number;
  /** HNSW only: links per vector (faiss's M), build and search breadths (faiss's defaults if absent). */
  readonly hnsw?: {
    readonly neighbours?: number;
    readonly efConstruction?: number;
    readonly efSearch?: number;
  };
}

/**
 * Encodes the procedural catalog with the encoder (features cached beside it), L2-normalises the
 * vectors (inner product = cosine) and builds and saves a `kind` index over them, ids in catalog
 * order.
 *
 * @example
 * await runIndexBuild({ encoder: "models/encoder", out: "catalog.faiss", kind: "hnsw", catalog: { count: 20000, seed: 42 } });
 */
export async function runIndexBuild(options: IndexBuildOptions): Promise<void> {
  checkEncoderDir("encoder", options.encoder);
  const tf = await loadTf();
  const catalog = defaultCatalog(options.catalog);
  const { features } = await encodeCatalogWith(tf, options.encoder, catalog, {
    command: "index build",
  });
  const dim = features.vectorSize; // 12 attribute chunks of D
  const vectors = normalizedRows(features.vectors, dim);
  const started = performance.now();
  const index = createIndex(options, dim, catalog.count);
  await index.train(vectors);
  await index.add(vectors);
  const seconds = (performance.now() - started) / 1000;
  await index.save(options.out);
  const bytes = (await stat(options.out)).size;
  console.log(
    `${options.out}: ${options.kind} index (${describe(index, options)}), ${index.size} vectors of ` +
      `${index.dim} dims, built in ${seconds.toFixed(2)} s, ${(bytes / 2 ** 20).toFixed(2)} MiB`,
  );
}

function createIndex(options: IndexBuildOptions, dim: number, count: number): VectorIndex {
  switch (options.kind) {
    case "flat":
      return createFlatIndex(dim, "ip");
    case "hnsw":
      return createHnswIndex(dim, "ip", options.hnsw ?? {});
    case "ivf": {
      const lists = ivfLists(options, count);
      return createIvfIndex(dim, "ip", {
        lists,
        probes: options.probes ?? Math.min(lists, DEFAULT_PROBES),
      });
    }
    default: {
      const unknown: never = options.kind;
      throw new Error(`index build: unknown kind ${unknown}`);
    }
  }
}

function ivfLists(options: IndexBuildOptions, count: number): number {
  if (options.lists !== undefined) {
    if (options.lists > count) {
      throw new Error(`index build: --lists ${options.lists} is more than the ${count} products`);
    }
    return options.lists;
  }
  return Math.max(1, Math.min(Math.round(Math.sqrt(count)), Math.floor(count / 39)));
}

function describe(index: VectorIndex, options: IndexBuildOptions): string {
  const parts = ["inner product on L2-normalised vectors"];
  if (options.kind === "ivf") parts.push(`${ivfLists(options, index.size)} lists`);
  if (options.kind === "hnsw") {
    const { neighbours = 32, efConstruction = 40, efSearch = 16 } = options.hnsw ?? {};
    parts.push(`M ${neighbours}, efConstruction ${efConstruction}, efSearch ${efSearch}`);
  }
  return parts.join(", ");
}

export const indexBuild: Command = {
  name: "index build",
  summary: "encode the catalog and save a flat, HNSW or IVF index of it",
  async run(args) {
    const usage =
      "index build --encoder DIR --out FILE [--kind flat|hnsw|ivf] [--products 20000] [--catalog-seed 42] [--lists N] [--probes N] [--m 32] [--ef-construction 40] [--ef-search 16]";
    const { values } = parseOptions("index build", args, {
      encoder: { type: "string" },
      out: { type: "string" },
      kind: { type: "string", default: "flat" },
      products: { type: "string", default: String(DEFAULT_CATALOG.count) },
      "catalog-seed": { type: "string", default: String(DEFAULT_CATALOG.seed) },
      lists: { type: "string" },
      probes: { type: "string" },
      m: { type: "string" },
      "ef-construction": { type: "string" },
      "ef-search": { type: "string" },
    });
    const kind = oneOf("kind", values.kind, KINDS);
    const lists =
      values.lists === undefined ? undefined : intOption("lists", values.lists, 1, 65_536);
    const probes = values.probes === undefined ? undefined : positiveInt("probes", values.probes);
    if (kind !== "ivf" && (lists !== undefined || probes !== undefined)) {
      throw new Error(
        `index build: --lists and --probes apply to --kind ivf only; usage: ${usage}`,
      );
    }
    const hnsw = {
      ...(values.m !== undefined && { neighbours: intOption("m", values.m, 2, 512) }),
      ...(values["ef-construction"] !== undefined && {
        efConstruction: intOption("ef-construction", values["ef-construction"], 1, 4096),
      }),
      ...(values["ef-search"] !== undefined && {
        efSearch: intOption("ef-search", values["ef-search"], 1, 4096),
      }),
    };
    if (kind !== "hnsw" && Object.keys(hnsw).length > 0) {
      throw new Error(
        `index build: --m, --ef-construction and --ef-search apply to --kind hnsw only; usage: ${usage}`,
      );
    }
    if (lists !== undefined && probes !== undefined && probes > lists) {
      throw new Error(`index build: --probes ${probes} is more than --lists ${lists}`);
    }
    await runIndexBuild({
      encoder: required("encoder", values.encoder),
      out: required("out", values.out),
      kind,
      catalog: {
        count: positiveInt("products", values.products),
        seed: intOption("catalog-seed", values["catalog-seed"], 0),
      },
      ...(lists === undefined ? {} : { lists }),
      ...(probes === undefined ? {} : { probes }),
      ...(kind === "hnsw" && { hnsw }),
    });
  },
};
