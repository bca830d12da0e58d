import { describe, expect, it } from "vitest";
import { summarize } from "./summary.ts";
import { welchTTest } from "./welch.ts";

describe("welchTTest", () => {
  it("matches a hand-derived example", () => {
    // control 1..5: mean 3, s² 2.5; treatment 2,4,..,10: mean 6, s² 10.
    // SE = √(2.5/5 + 10/5) = √2.5; t = 3/√2.5 = 1.8973665961; df = 6.25 / (0.25/4 + 4/4) = 100/17.
    // R: t.test(c(2,4,6,8,10), c(1,2,3,4,5)) gives t = 1.8974, df = 5.8824, p-value = 0.1075,
    // 95% CI -0.8877416 6.8877416 (values below from scipy.stats.ttest_ind(equal_var=False)).
    const r = welchTTest(summarize([1, 2, 3, 4, 5]), summarize([2, 4, 6, 8, 10]));
    expect(r.difference).toBe(3);
    expect(r.standardError).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(r.t).toBeCloseTo(1.8973665961010275, 12);
    expect(r.degreesOfFreedom).toBeCloseTo(100 / 17, 12);
    expect(r.pValue).toBeCloseTo(0.10753119493062728, 10);
    expect(r.confidenceInterval[0]).toBeCloseTo(-0.887741643736975, 9);
    expect(r.confidenceInterval[1]).toBeCloseTo(6.887741643736975, 9);
  });

  it("matches a second reference at a 90% level", () => {
    // scipy.stats.ttest_ind(y, x, equal_var=False): t 4.703072430069918, df 6.937708656861065,
    // p 0.0022539658963901103, 90% CI (2.161741088478091, 5.084925578188578).
    const x = summarize([19.1, 17.4, 21.2, 18.8, 20.3]);
    const y = summarize([22.0, 23.5, 21.9, 24.6, 22.8, 23.1]);
    const r = welchTTest(x, y, 0.9);
    expect(r.t).toBeCloseTo(4.703072430069918, 9);
    expect(r.degreesOfFreedom).toBeCloseTo(6.937708656861065, 9);
    expect(r.pValue).toBeCloseTo(0.0022539658963901103, 11);
    expect(r.confidenceInterval[0]).toBeCloseTo(2.161741088478091, 8);
    expect(r.confidenceInterval[1]).toBeCloseTo(5.084925578188578, 8);
  });

  it("handles zero variance in one group", () => {
    // Control constant: SE = s_t/√n_t and df = n_t − 1 (the one-sample t-test).
    const r = welchTTest(summarize([5, 5, 5]), summarize([4, 6, 8, 10]));
    expect(r.standardError).toBeCloseTo(Math.sqrt(20 / 3 / 4), 12);
    expect(r.degreesOfFreedom).toBeCloseTo(3, 12);
  });

  it("refuses n < 2, zero variance in both groups and bad levels", () => {
    expect(() => welchTTest(summarize([1]), summarize([1, 2]))).toThrow(/control\.n must be/);
    expect(() => welchTTest(summarize([1, 1]), summarize([2, 2]))).toThrow(/zero variance/);
    expect(() => welchTTest(summarize([1, 2]), summarize([1, 2]), 1)).toThrow(/level/);
    expect(() => summarize([1, Number.NaN])).toThrow(/values\[1\]/);
  });
});
