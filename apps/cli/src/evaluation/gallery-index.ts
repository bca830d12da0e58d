/**
 * `atelier eval --index`: how the gallery is searched. `exact` scans every item (@atelier/eval's
 * `exactSearch`, the default); `hnsw` builds one faiss HNSW index over the gallery (@atelier/index)
 * and ranks with it, while exact search still runs to measure its recall.
 */
import { DEFAULT_KS, normalizedRows, type Similarity } from "@atelier/eval";
import { createHnswIndex, type Metric, type SearchResult } from "@atelier/index";
import type { TestGallery } from "./tasks.ts";

export const INDEX_KINDS = ["exact", "hnsw"] as const;
export type IndexChoice = (typeof INDEX_KINDS)[number];

/** faiss's M for the gallery index: links per vector and layer. */
export const HNSW_NEIGHBOURS = 32;
/**
 * efSearch of the gallery index unless `--ef-search` says otherwise: faiss's default. Raise it for
 * recall (on the catalog's 100,000 vectors, recall@50 of MANN queries was 0.95 at 32, 0.99 at 64).
 */
export const HNSW_EF_SEARCH = 16;

/** An approximate index over a gallery's vectors, searched with raw query vectors. */
export interface GalleryIndex {
  readonly kind: "hnsw";
  readonly similarity: Similarity;
  /** faiss's metric, on the vectors as `normalized` says. */
  readonly metric: Metric;
  /** Whether gallery and query vectors are L2-normalised before they reach faiss. */
  readonly normalized: boolean;
  readonly neighbours: number;
  /** Candidates a search keeps (faiss's efSearch). */
  readonly efSearch: number;
  readonly buildSeconds: number;
  /** Neighbours of query vectors `[queries, dim]`, best first; a row may end in -1s. */
  search(queries: Float32Array, k: number): Promise<SearchResult>;
}

/**
 * The faiss metric that ranks as `similarity` does: squared L2 on normalised vectors for
 * `l2-normalized`, inner product on normalised vectors for `cosine`, squared L2 on the raw
 * vectors for `l2`.
 */
export function indexMetricFor(similarity: Similarity): {
  readonly metric: Metric;
  readonly normalized: boolean;
} {
  switch (similarity) {
    case "l2-normalized":
      return { metric: "l2", normalized: true };
    case "cosine":
      return { metric: "ip", normalized: true };
    case "l2":
      return { metric: "l2", normalized: false };
    default: {
      const unknown: never = similarity;
      throw new Error(`no index metric for similarity ${String(unknown)}`);
    }
  }
}

/**
 * Refuses an approximate index over a gallery no larger than the deepest cut-off (top-50): the
 * ranking would be the whole gallery, and the index would measure nothing.
 */
export function checkIndexFits(command: string, index: IndexChoice, galleryCount: number): void {
  const k = Math.max(...DEFAULT_KS);
  if (index !== "exact" && galleryCount <= k) {
    throw new Error(
      `${command}: --index ${index} needs a gallery of more than ${k} items (top-${k} of a smaller ` +
        `one is all of it); this gallery has ${galleryCount}: use --index exact`,
    );
  }
}

/**
 * Builds one HNSW index (M = `neighbours`, searching with `efSearch`) over the gallery's vectors
 * for `similarity`.
 *
 * @example
 * const index = await buildGalleryIndex(gallery, "l2-normalized", { efSearch: 64 });
 * const found = await index.search(queryVectors, 50); // [queries, 50] gallery positions
 */
export async function buildGalleryIndex(
  gallery: TestGallery,
  similarity: Similarity,
  { neighbours = HNSW_NEIGHBOURS, efSearch = HNSW_EF_SEARCH } = {},
): Promise<GalleryIndex> {
  const started = performance.now();
  const dim = gallery.vectors.length / gallery.count;
  const { metric, normalized } = indexMetricFor(similarity);
  const prepare = (data: Float32Array) => (normalized ? normalizedRows(data, dim) : data);
  const index = createHnswIndex(dim, metric, { neighbours, efSearch });
  await index.add(prepare(gallery.vectors));
  return {
    kind: "hnsw",
    similarity,
    metric,
    normalized,
    neighbours,
    efSearch,
    buildSeconds: (performance.now() - started) / 1000,
    search: (queries, k) => index.search(prepare(queries), k),
  };
}
