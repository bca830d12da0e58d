import { ExperimentError } from "./errors.ts";

/** Sufficient statistics of one sample: its size, sum and sum of squares. */
export interface SampleSummary {
  readonly n: number;
  readonly sum: number;
  readonly sumOfSquares: number;
}

/**
 * Sufficient statistics of a list of observations.
 *
 * @example
 * summarize([1, 2, 3]); // { n: 3, sum: 6, sumOfSquares: 14 }
 */
export function summarize(values: readonly number[]): SampleSummary {
  let sum = 0;
  let sumOfSquares = 0;
  for (const [i, value] of values.entries()) {
    if (!Number.isFinite(value)) {
      throw new ExperimentError("invalid_argument", `values[${i}] must be finite, got ${value}`);
    }
    sum += value;
    sumOfSquares += value * value;
  }
  return { n: values.length, sum, sumOfSquares };
}

/** Throws unless `value` is a finite number; `name` goes into the message. */
export function checkFinite(name: string, value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ExperimentError("invalid_argument", `${name} must be a finite number, got ${value}`);
  }
}

/** Throws unless `n` is an integer ≥ 2 (a sample variance needs two observations). */
export function checkSampleSize(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 2) {
    throw new ExperimentError(
      "insufficient_sample",
      `${name} must be an integer >= 2 to estimate a variance, got ${n}`,
    );
  }
}

/** Throws unless `level` is a confidence level strictly between 0 and 1. */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new ExperimentError("invalid_argument", `level must be in (0, 1), got ${level}`);
  }
}

/**
 * Unbiased sample covariance from sums: (Σxy − Σx·Σy/n) / (n − 1). Variance when x = y.
 * Rounding can make a true zero slightly negative; variances are clamped at 0 by callers.
 */
export function sampleCovariance(n: number, sumX: number, sumY: number, sumXY: number): number {
  return (sumXY - (sumX * sumY) / n) / (n - 1);
}

/** Mean and unbiased variance (clamped at 0) of a checked summary. */
export function meanAndVariance(name: string, s: SampleSummary): [number, number] {
  checkSampleSize(`${name}.n`, s.n);
  checkFinite(`${name}.sum`, s.sum);
  checkFinite(`${name}.sumOfSquares`, s.sumOfSquares);
  const variance = Math.max(0, sampleCovariance(s.n, s.sum, s.sum, s.sumOfSquares));
  return [s.sum / s.n, variance];
}
