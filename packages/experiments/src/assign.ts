import { createHash } from "node:crypto";
import { ExperimentError } from "./errors.ts";

/** One arm of an experiment and its share of traffic (relative; weights need not sum to 1). */
export interface VariantWeight {
  readonly key: string;
  readonly weight: number;
}

const TWO_POW_48 = 2 ** 48;

/**
 * Maps a string to a uniform number in [0, 1): the first 48 bits of its SHA-256 digest divided
 * by 2^48. Stable across processes, platforms and Node versions.
 *
 * @example
 * hashToUnit("checkout-button:user-42"); // same value on every machine, e.g. 0.63...
 */
export function hashToUnit(input: string): number {
  const digest = createHash("sha256").update(input, "utf8").digest();
  return digest.readUIntBE(0, 6) / TWO_POW_48;
}

/**
 * Checks variant weights: at least one variant, unique non-empty keys, every weight finite and
 * positive. Returns the weights normalised to sum to 1, in the given order.
 *
 * @example
 * normalizedWeights([{ key: "a", weight: 1 }, { key: "b", weight: 3 }]); // [0.25, 0.75]
 */
export function normalizedWeights(variants: readonly VariantWeight[]): number[] {
  if (variants.length === 0) {
    throw new ExperimentError("invalid_weights", "variants must hold at least one variant");
  }
  const seen = new Set<string>();
  let total = 0;
  for (const [i, variant] of variants.entries()) {
    if (typeof variant.key !== "string" || variant.key === "") {
      throw new ExperimentError("invalid_weights", `variants[${i}].key must be a non-empty string`);
    }
    if (seen.has(variant.key)) {
      throw new ExperimentError("invalid_weights", `variant key "${variant.key}" appears twice`);
    }
    seen.add(variant.key);
    if (!Number.isFinite(variant.weight) || variant.weight <= 0) {
      throw new ExperimentError(
        "invalid_weights",
        `variant "${variant.key}" weight must be finite and > 0, got ${variant.weight}`,
      );
    }
    total += variant.weight;
  }
  if (!Number.isFinite(total)) {
    throw new ExperimentError("invalid_weights", "variant weights sum to a non-finite number");
  }
  return variants.map((variant) => variant.weight / total);
}

/**
 * Deterministically assigns `userId` to one variant of `experimentKey`: hashes
 * `${experimentKey}:${userId}` to u in [0, 1) and picks the variant whose cumulative weight
 * bucket contains u. The same inputs always give the same variant; different experiments hash
 * independently, so assignments are not correlated across experiments.
 *
 * @example
 * assignVariant("ranker-2024", "user-7", [
 *   { key: "mann", weight: 50 },
 *   { key: "adde-m", weight: 50 },
 * ]); // "mann" or "adde-m", always the same one for user-7
 */
export function assignVariant(
  experimentKey: string,
  userId: string,
  variants: readonly VariantWeight[],
): string {
  if (typeof experimentKey !== "string" || experimentKey === "") {
    throw new ExperimentError("invalid_argument", "experimentKey must be a non-empty string");
  }
  if (typeof userId !== "string" || userId === "") {
    throw new ExperimentError("invalid_argument", "userId must be a non-empty string");
  }
  const shares = normalizedWeights(variants);
  const u = hashToUnit(`${experimentKey}:${userId}`);
  let cumulative = 0;
  for (const [i, share] of shares.entries()) {
    cumulative += share;
    if (u < cumulative) return (variants[i] as VariantWeight).key;
  }
  // Rounding can leave the last cumulative share a hair under 1; u then belongs to the last arm.
  return (variants[variants.length - 1] as VariantWeight).key;
}
