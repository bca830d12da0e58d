/**
 * Per-variant results of an experiment from @atelier/db's counts: Welch's t-test on per-user
 * add-to-carts and the delta method on clicks per exposure, each treatment against the first
 * variant (control: the first by key, the order assignment uses), and the sample-ratio check
 * on users. A statistic that the data cannot support yet (fewer than 2 users, no variance, no
 * exposures) is null with the reason.
 */
import type { EventKind, Experiment, VariantCounts } from "@atelier/db";
import {
  deltaMethodRatio,
  isExperimentError,
  type RatioResult,
  type SampleRatioMismatch,
  sampleRatioMismatch,
  type WelchResult,
  welchTTest,
} from "@atelier/experiments";

/** A statistic, or why it is not available. */
export interface Comparison<T> {
  readonly result: T | null;
  readonly unavailable: string | null;
}

export interface VariantResult {
  readonly variantId: string;
  readonly key: string;
  readonly control: boolean;
  readonly config: unknown;
  readonly exposures: number;
  readonly users: number;
  readonly events: Record<EventKind, number>;
  readonly addToCartsPerUser: number | null;
  readonly clicksPerExposure: number | null;
  /** Treatment minus control; null for the control. */
  readonly addToCartsWelch: Comparison<WelchResult> | null;
  readonly clicksPerExposureDelta: Comparison<RatioResult> | null;
}

export interface ExperimentResults {
  readonly experiment: Experiment;
  readonly variants: VariantResult[];
  readonly sampleRatio: Comparison<SampleRatioMismatch>;
}

function attempt<T>(run: () => T): Comparison<T> {
  try {
    return { result: run(), unavailable: null };
  } catch (error) {
    if (isExperimentError(error)) return { result: null, unavailable: error.message };
    throw error;
  }
}

const welchSample = (c: VariantCounts) => ({
  n: c.perUser.addToCarts.n,
  sum: c.perUser.addToCarts.sum,
  sumOfSquares: c.perUser.addToCarts.sumSquares,
});

const clickRatio = (c: VariantCounts) => ({
  n: c.perUser.clicks.n,
  sumNumerator: c.perUser.clicks.sum,
  sumDenominator: c.perUser.exposures.sum,
  sumNumeratorSquares: c.perUser.clicks.sumSquares,
  sumDenominatorSquares: c.perUser.exposures.sumSquares,
  sumCrossProducts: c.perUser.clicksTimesExposures,
});

/**
 * @example
 * const results = experimentResults(experiment, await experimentCounts(db, { experimentId }));
 * results.variants[1]?.addToCartsWelch?.result?.pValue;
 */
export function experimentResults(
  experiment: Experiment,
  counts: readonly VariantCounts[],
): ExperimentResults {
  const byId = new Map(counts.map((c) => [c.variantId, c]));
  const ordered = experiment.variants.flatMap((v) => {
    const c = byId.get(v.id);
    return c ? [{ variant: v, counts: c }] : [];
  });
  const control = ordered[0]?.counts;
  const variants = ordered.map(({ variant, counts: c }, i): VariantResult => {
    const users = c.perUser.addToCarts.n;
    const treated = i > 0 && control !== undefined;
    return {
      variantId: variant.id,
      key: variant.key,
      control: i === 0,
      config: variant.config,
      exposures: c.exposures,
      users: c.users,
      events: c.events,
      addToCartsPerUser: users > 0 ? c.perUser.addToCarts.sum / users : null,
      clicksPerExposure: c.exposures > 0 ? c.perUser.clicks.sum / c.perUser.exposures.sum : null,
      addToCartsWelch: treated
        ? attempt(() => welchTTest(welchSample(control), welchSample(c)))
        : null,
      clicksPerExposureDelta: treated
        ? attempt(() => deltaMethodRatio(clickRatio(control), clickRatio(c)))
        : null,
    };
  });
  const sampleRatio = attempt(() =>
    sampleRatioMismatch(
      ordered.map(({ variant, counts: c }) => ({ key: variant.key, count: c.users })),
      experiment.variants,
    ),
  );
  return { experiment, variants, sampleRatio };
}
