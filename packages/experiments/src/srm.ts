import { normalizedWeights, type VariantWeight } from "./assign.ts";
import { chiSquareSurvival } from "./distributions.ts";
import { ExperimentError } from "./errors.ts";

/** Number of units (e.g. users) observed in one variant. */
export interface VariantCount {
  readonly key: string;
  readonly count: number;
}

/** Result of a sample-ratio-mismatch check. */
export interface SampleRatioMismatch {
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  /** pValue < threshold: the split does not match the configured weights; distrust results. */
  readonly mismatch: boolean;
  readonly threshold: number;
  /** Expected count per variant, in the order of the configured variants. */
  readonly expected: readonly VariantCount[];
}

/** The conventional SRM alarm level. */
export const SRM_THRESHOLD = 0.001;

/**
 * Chi-square goodness-of-fit test of observed counts against the configured weights:
 * χ² = Σ (O − E)² / E with E = N·wᵢ/Σw, df = k − 1. Flags a mismatch when p < `threshold`.
 * Every configured variant needs a count (0 allowed) and no other keys may appear.
 *
 * @example
 * sampleRatioMismatch(
 *   [{ key: "a", count: 5000 }, { key: "b", count: 5400 }],
 *   [{ key: "a", weight: 1 }, { key: "b", weight: 1 }],
 * ); // { chiSquare: 15.38..., pValue: 8.8e-5, mismatch: true, ... }
 */
export function sampleRatioMismatch(
  observed: readonly VariantCount[],
  variants: readonly VariantWeight[],
  threshold = SRM_THRESHOLD,
): SampleRatioMismatch {
  if (!(threshold > 0 && threshold < 1)) {
    throw new ExperimentError("invalid_argument", `threshold must be in (0, 1), got ${threshold}`);
  }
  const shares = normalizedWeights(variants);
  const counts = new Map<string, number>();
  for (const { key, count } of observed) {
    if (!Number.isInteger(count) || count < 0) {
      throw new ExperimentError(
        "invalid_argument",
        `count for "${key}" must be an integer >= 0, got ${count}`,
      );
    }
    if (counts.has(key)) {
      throw new ExperimentError("invalid_argument", `variant "${key}" is counted twice`);
    }
    if (!variants.some((v) => v.key === key)) {
      throw new ExperimentError("invalid_argument", `variant "${key}" is not configured`);
    }
    counts.set(key, count);
  }
  const missing = variants.filter((v) => !counts.has(v.key)).map((v) => v.key);
  if (missing.length > 0) {
    throw new ExperimentError("invalid_argument", `no count for variant(s) ${missing.join(", ")}`);
  }
  const total = [...counts.values()].reduce((acc, c) => acc + c, 0);
  if (total === 0) {
    throw new ExperimentError("insufficient_sample", "all counts are 0; nothing to check");
  }
  let chiSquare = 0;
  const expected = variants.map((variant, i) => {
    const e = total * (shares[i] as number);
    const o = counts.get(variant.key) as number;
    chiSquare += ((o - e) * (o - e)) / e;
    return { key: variant.key, count: e };
  });
  const degreesOfFreedom = variants.length - 1;
  const pValue = degreesOfFreedom === 0 ? 1 : chiSquareSurvival(chiSquare, degreesOfFreedom);
  return {
    chiSquare,
    degreesOfFreedom,
    pValue,
    mismatch: pValue < threshold,
    threshold,
    expected,
  };
}
