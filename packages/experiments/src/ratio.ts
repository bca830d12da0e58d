import { studentTQuantile, studentTTwoSidedP } from "./distributions.ts";
import { ExperimentError } from "./errors.ts";
import { checkFinite, checkLevel, checkSampleSize, sampleCovariance } from "./summary.ts";

/**
 * Per-user sums for a ratio metric Σx / Σy (e.g. x = clicks, y = exposures of user i), over the
 * n users of one variant.
 */
export interface RatioSummary {
  readonly n: number;
  readonly sumNumerator: number;
  readonly sumDenominator: number;
  readonly sumNumeratorSquares: number;
  readonly sumDenominatorSquares: number;
  readonly sumCrossProducts: number;
}

/** An estimate with its standard error and a normal-approximation confidence interval. */
export interface Estimate {
  readonly estimate: number;
  readonly standardError: number;
  readonly confidenceInterval: readonly [number, number];
  readonly pValue: number;
}

/** Result of comparing a ratio metric between two variants with the delta method. */
export interface RatioResult {
  readonly controlRatio: number;
  readonly treatmentRatio: number;
  readonly controlStandardError: number;
  readonly treatmentStandardError: number;
  readonly level: number;
  /** treatmentRatio − controlRatio; p-value for "no difference". */
  readonly difference: Estimate;
  /** treatmentRatio / controlRatio − 1; null when the control ratio is 0. */
  readonly relativeDifference: Estimate | null;
}

/**
 * Sufficient statistics of a ratio metric from per-user numerators and denominators.
 *
 * @example
 * summarizeRatio([1, 0, 2], [3, 1, 4]); // { n: 3, sumNumerator: 3, sumDenominator: 8, ... }
 */
export function summarizeRatio(
  numerators: readonly number[],
  denominators: readonly number[],
): RatioSummary {
  if (numerators.length !== denominators.length) {
    throw new ExperimentError(
      "invalid_argument",
      `numerators (${numerators.length}) and denominators (${denominators.length}) differ in length`,
    );
  }
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const [i, x] of numerators.entries()) {
    const y = denominators[i] as number;
    checkFinite(`numerators[${i}]`, x);
    checkFinite(`denominators[${i}]`, y);
    sx += x;
    sy += y;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  return {
    n: numerators.length,
    sumNumerator: sx,
    sumDenominator: sy,
    sumNumeratorSquares: sxx,
    sumDenominatorSquares: syy,
    sumCrossProducts: sxy,
  };
}

/**
 * Ratio R = x̄ / ȳ of one variant and the delta-method variance
 * Var(R) ≈ (s_x² − 2R·s_xy + R²·s_y²) / (n·ȳ²).
 */
function ratioAndVariance(name: string, s: RatioSummary): [number, number] {
  checkSampleSize(`${name}.n`, s.n);
  for (const key of [
    "sumNumerator",
    "sumDenominator",
    "sumNumeratorSquares",
    "sumDenominatorSquares",
    "sumCrossProducts",
  ] as const) {
    checkFinite(`${name}.${key}`, s[key]);
  }
  if (s.sumDenominator === 0) {
    throw new ExperimentError(
      "zero_denominator",
      `${name}.sumDenominator is 0; the ratio is undefined`,
    );
  }
  const meanY = s.sumDenominator / s.n;
  const ratio = s.sumNumerator / s.sumDenominator;
  const varX = sampleCovariance(s.n, s.sumNumerator, s.sumNumerator, s.sumNumeratorSquares);
  const varY = sampleCovariance(s.n, s.sumDenominator, s.sumDenominator, s.sumDenominatorSquares);
  const covXY = sampleCovariance(s.n, s.sumNumerator, s.sumDenominator, s.sumCrossProducts);
  const variance = (varX - 2 * ratio * covXY + ratio * ratio * varY) / (s.n * meanY * meanY);
  return [ratio, Math.max(0, variance)];
}

function normalEstimate(estimate: number, variance: number, z: number): Estimate {
  const standardError = Math.sqrt(variance);
  return {
    estimate,
    standardError,
    confidenceInterval: [estimate - z * standardError, estimate + z * standardError],
    pValue: studentTTwoSidedP(estimate / standardError, Number.POSITIVE_INFINITY),
  };
}

/**
 * Compares a ratio metric (Σx/Σy per variant, users as the randomisation unit) between control
 * and treatment with the delta method and a normal approximation (large samples).
 * Absolute: Var(R_t − R_c) = Var(R_t) + Var(R_c).
 * Relative: Var(R_t/R_c) ≈ Var(R_t)/R_c² + R_t²·Var(R_c)/R_c⁴.
 * Throws `zero_denominator` when a variant's Σy is 0 and `zero_variance` when both ratio
 * variances are 0.
 *
 * @example
 * deltaMethodRatio(
 *   summarizeRatio(controlClicks, controlExposures),
 *   summarizeRatio(treatmentClicks, treatmentExposures),
 * ).relativeDifference?.confidenceInterval;
 */
export function deltaMethodRatio(
  control: RatioSummary,
  treatment: RatioSummary,
  level = 0.95,
): RatioResult {
  checkLevel(level);
  const [rc, vc] = ratioAndVariance("control", control);
  const [rt, vt] = ratioAndVariance("treatment", treatment);
  if (vc + vt === 0) {
    throw new ExperimentError(
      "zero_variance",
      "both ratio estimates have zero variance; no test is possible",
    );
  }
  const z = studentTQuantile((1 + level) / 2, Number.POSITIVE_INFINITY);
  const relativeVariance = rc === 0 ? 0 : vt / (rc * rc) + (rt * rt * vc) / rc ** 4;
  return {
    controlRatio: rc,
    treatmentRatio: rt,
    controlStandardError: Math.sqrt(vc),
    treatmentStandardError: Math.sqrt(vt),
    level,
    difference: normalEstimate(rt - rc, vc + vt, z),
    relativeDifference: rc === 0 ? null : normalEstimate(rt / rc - 1, relativeVariance, z),
  };
}
