import { ExperimentError } from "./errors.ts";
import { regularizedBeta, regularizedGammaQ } from "./special.ts";

function checkDf(df: number): void {
  if (!(df > 0)) {
    throw new ExperimentError("invalid_argument", `degrees of freedom must be > 0, got ${df}`);
  }
}

/**
 * P(T > t) for t ≥ 0 under Student's t with `df` degrees of freedom (df = Infinity gives the
 * standard normal): ½ I_{df/(df+t²)}(df/2, ½), or ½ erfc(t/√2) for the normal.
 */
function upperTail(t: number, df: number): number {
  if (df === Number.POSITIVE_INFINITY) return 0.5 * regularizedGammaQ(0.5, (t * t) / 2);
  const t2 = t * t;
  return 0.5 * regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/**
 * The cumulative distribution function of Student's t with `df` > 0 degrees of freedom;
 * `df = Infinity` is the standard normal.
 *
 * @example
 * studentTCdf(1, 1); // 0.75 (Cauchy: ½ + atan(1)/π)
 */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return Number.NaN;
  const tail = upperTail(Math.abs(t), df);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Two-sided p-value P(|T| ≥ |t|), computed from the tail directly so tiny p-values keep their
 * precision.
 *
 * @example
 * studentTTwoSidedP(2.228138851986, 10); // 0.05
 */
export function studentTTwoSidedP(t: number, df: number): number {
  checkDf(df);
  return Math.min(1, 2 * upperTail(Math.abs(t), df));
}

/**
 * The quantile (inverse CDF) of Student's t with `df` > 0 degrees of freedom (`Infinity`: the
 * standard normal), for p in (0, 1). Solved by bracketing and bisection on the upper tail to
 * about 1e-12 relative.
 *
 * @example
 * studentTQuantile(0.975, 10); // 2.228138851986...
 */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (!(p > 0 && p < 1)) {
    throw new ExperimentError("invalid_argument", `probability must be in (0, 1), got ${p}`);
  }
  if (p === 0.5) return 0;
  const tail = p > 0.5 ? 1 - p : p;
  let lo = 0;
  let hi = 1;
  while (upperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) break;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (upperTail(mid, df) > tail) lo = mid;
    else hi = mid;
  }
  const t = 0.5 * (lo + hi);
  return p > 0.5 ? t : -t;
}

/**
 * P(X ≥ x) for a chi-square variable with `df` > 0 degrees of freedom: Q(df/2, x/2).
 *
 * @example
 * chiSquareSurvival(3.841458820694, 1); // 0.05
 */
export function chiSquareSurvival(x: number, df: number): number {
  checkDf(df);
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}
