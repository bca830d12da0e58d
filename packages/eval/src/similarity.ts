import { EvaluationError } from "./errors.ts";

/**
 * How gallery items are ranked for a query. Every result names the one it was computed with.
 *
 * - `l2-normalized`: squared L2 distance between L2-normalised vectors, smaller first (ADDE).
 * - `l2`: squared L2 distance between the raw vectors, smaller first (the thesis, 1 manipulation).
 * - `cosine`: cosine similarity of the raw vectors, larger first (the thesis, several).
 *
 * `l2-normalized` and `cosine` rank alike up to rounding (|a - b|^2 = 2 - 2 cos on unit vectors);
 * both are kept so that a report says exactly what was run.
 */
export type Similarity = "l2-normalized" | "l2" | "cosine";

/** Every similarity, in a fixed order (for option lists and messages). */
export const SIMILARITIES: readonly Similarity[] = ["l2-normalized", "l2", "cosine"];

/** `value` as a Similarity, or an error that lists the accepted names. */
export function checkSimilarity(value: unknown): Similarity {
  if (typeof value === "string" && (SIMILARITIES as readonly string[]).includes(value)) {
    return value as Similarity;
  }
  throw new EvaluationError(
    "invalid_argument",
    `similarity must be one of ${SIMILARITIES.map((s) => JSON.stringify(s)).join(", ")}, got ${JSON.stringify(value)}`,
  );
}
