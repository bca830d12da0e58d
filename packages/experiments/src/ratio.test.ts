import { describe, expect, it } from "vitest";
import { isExperimentError } from "./errors.ts";
import { deltaMethodRatio, summarizeRatio } from "./ratio.ts";

describe("deltaMethodRatio", () => {
  // Reference: numpy, Var(R) = gᵀ Σ g / n with g = (1/ȳ, −x̄/ȳ²), Σ = np.cov(x, y, ddof=1);
  // normal quantile and p-values from scipy.stats.norm.
  const control = summarizeRatio([1, 0, 2, 1, 3], [2, 1, 3, 2, 4]);
  const treatment = summarizeRatio([2, 1, 3, 2, 2], [2, 2, 3, 2, 3]);

  it("matches a reference computation", () => {
    const r = deltaMethodRatio(control, treatment);
    expect(r.controlRatio).toBeCloseTo(7 / 12, 14);
    expect(r.treatmentRatio).toBeCloseTo(10 / 12, 14);
    expect(r.controlStandardError ** 2).toBeCloseTo(0.00783661265432099, 14);
    expect(r.treatmentStandardError ** 2).toBeCloseTo(0.010127314814814815, 14);
    expect(r.difference.estimate).toBeCloseTo(0.25, 14);
    expect(r.difference.standardError).toBeCloseTo(0.1340295768445749, 12);
    expect(r.difference.confidenceInterval[0]).toBeCloseTo(-0.01269314347851036, 9);
    expect(r.difference.confidenceInterval[1]).toBeCloseTo(0.5126931434785104, 9);
    expect(r.difference.pValue).toBeCloseTo(0.062144977899592564, 10);
    const rel = r.relativeDifference;
    expect(rel?.estimate).toBeCloseTo(0.4285714285714286, 14);
    expect(rel?.standardError).toBeCloseTo(0.2770595555398391, 12);
    expect(rel?.confidenceInterval[0]).toBeCloseTo(-0.11445532185933083, 9);
    expect(rel?.confidenceInterval[1]).toBeCloseTo(0.971598179002188, 9);
    expect(rel?.pValue).toBeCloseTo(0.12189780526671115, 10);
  });

  it("has no relative difference when the control ratio is 0", () => {
    const zero = summarizeRatio([0, 0, 0], [1, 2, 3]);
    const r = deltaMethodRatio(zero, treatment);
    expect(r.controlRatio).toBe(0);
    expect(r.relativeDifference).toBeNull();
  });

  it("refuses zero denominators, tiny samples and zero variance", () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return isExperimentError(error) ? error.code : "other";
      }
      return undefined;
    };
    expect(codeOf(() => deltaMethodRatio(summarizeRatio([0, 0], [0, 0]), treatment))).toBe(
      "zero_denominator",
    );
    expect(codeOf(() => deltaMethodRatio(summarizeRatio([1], [2]), treatment))).toBe(
      "insufficient_sample",
    );
    const flat = summarizeRatio([1, 2], [2, 4]);
    expect(codeOf(() => deltaMethodRatio(flat, flat))).toBe("zero_variance");
    expect(codeOf(() => summarizeRatio([1, 2], [1]))).toBe("invalid_argument");
  });
});
