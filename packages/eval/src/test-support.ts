import type { LabelRows } from "./labels.ts";
import type { Ranking } from "./ranking.ts";
import type { Similarity } from "./similarity.ts";

/** Label rows from plain arrays (every row as wide as the first). */
export function labels(rows: readonly (readonly number[])[]): LabelRows {
  return { rows: Int8Array.from(rows.flat()), attributes: rows[0]?.length ?? 1 };
}

/** A ranking from one list of gallery positions per query. */
export function ranking(
  ids: readonly (readonly number[])[],
  gallerySize: number,
  similarity: Similarity = "l2",
): Ranking {
  return {
    similarity,
    queries: ids.length,
    k: ids[0]?.length ?? 0,
    gallerySize,
    ids: Int32Array.from(ids.flat()),
  };
}
