import { studentTQuantile, studentTTwoSidedP } from "./distributions.ts";
import { ExperimentError } from "./errors.ts";
import { checkLevel, meanAndVariance, type SampleSummary } from "./summary.ts";

/** Welch's unequal-variance t-test of mean(treatment) − mean(control). */
export interface WelchResult {
  readonly controlMean: number;
  readonly treatmentMean: number;
  /** treatmentMean − controlMean. */
  readonly difference: number;
  readonly standardError: number;
  readonly t: number;
  /** Welch–Satterthwaite degrees of freedom (not an integer in general). */
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly level: number;
  readonly confidenceInterval: readonly [number, number];
}

/**
 * Welch's t-test for the difference of two independent means, from sufficient statistics.
 * SE = √(s₁²/n₁ + s₂²/n₂); df = SE⁴ / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1));
 * CI = difference ± t_{(1+level)/2, df} · SE. Throws `insufficient_sample` when a group has
 * fewer than two observations and `zero_variance` when both groups have zero variance.
 *
 * @example
 * welchTTest(summarize([1, 2, 3, 4, 5]), summarize([2, 4, 6, 8, 10]));
 * // { difference: 3, t: 1.897..., degreesOfFreedom: 5.882..., pValue: 0.1075... }
 */
export function welchTTest(
  control: SampleSummary,
  treatment: SampleSummary,
  level = 0.95,
): WelchResult {
  checkLevel(level);
  const [controlMean, controlVariance] = meanAndVariance("control", control);
  const [treatmentMean, treatmentVariance] = meanAndVariance("treatment", treatment);
  const a = controlVariance / control.n;
  const b = treatmentVariance / treatment.n;
  const variance = a + b;
  if (variance === 0) {
    throw new ExperimentError(
      "zero_variance",
      "both samples have zero variance; the t statistic is undefined",
    );
  }
  const standardError = Math.sqrt(variance);
  const difference = treatmentMean - controlMean;
  const t = difference / standardError;
  const degreesOfFreedom =
    (variance * variance) / ((a * a) / (control.n - 1) + (b * b) / (treatment.n - 1));
  const margin = studentTQuantile((1 + level) / 2, degreesOfFreedom) * standardError;
  return {
    controlMean,
    treatmentMean,
    difference,
    standardError,
    t,
    degreesOfFreedom,
    pValue: studentTTwoSidedP(t, degreesOfFreedom),
    level,
    confidenceInterval: [difference - margin, difference + margin],
  };
}
