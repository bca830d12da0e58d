import { describe, expect, it } from "vitest";
import { sampleRatioMismatch } from "./srm.ts";

const HALF = [
  { key: "a", weight: 1 },
  { key: "b", weight: 1 },
];

describe("sampleRatioMismatch", () => {
  it("flags a 5000 / 5400 split of a 50/50 test", () => {
    // E = 5200 each; χ² = 2·200²/5200 = 15.3846; R: pchisq(15.3846, 1, lower.tail = FALSE)
    // = 8.769942e-05.
    const r = sampleRatioMismatch(
      [
        { key: "a", count: 5000 },
        { key: "b", count: 5400 },
      ],
      HALF,
    );
    expect(r.chiSquare).toBeCloseTo(80000 / 5200, 12);
    expect(r.degreesOfFreedom).toBe(1);
    expect(r.pValue).toBeCloseTo(8.769942375590228e-5, 14);
    expect(r.mismatch).toBe(true);
  });

  it("accepts a split close to unequal weights", () => {
    const r = sampleRatioMismatch(
      [
        { key: "b", count: 7490 },
        { key: "a", count: 2510 },
      ],
      [
        { key: "a", weight: 25 },
        { key: "b", weight: 75 },
      ],
    );
    expect(r.expected).toEqual([
      { key: "a", count: 2500 },
      { key: "b", count: 7500 },
    ]);
    // χ² = 10²/2500 + 10²/7500 = 0.05333; df = 1.
    expect(r.chiSquare).toBeCloseTo(0.04 + 100 / 7500, 12);
    expect(r.mismatch).toBe(false);
  });

  it("returns p = 1 for a single variant", () => {
    const r = sampleRatioMismatch([{ key: "a", count: 9 }], [{ key: "a", weight: 1 }]);
    expect(r.pValue).toBe(1);
    expect(r.mismatch).toBe(false);
  });

  it("refuses unknown, missing, duplicate or bad counts", () => {
    expect(() => sampleRatioMismatch([{ key: "a", count: 1 }], HALF)).toThrow(/no count.*b/);
    expect(() =>
      sampleRatioMismatch(
        [
          { key: "a", count: 1 },
          { key: "c", count: 1 },
        ],
        HALF,
      ),
    ).toThrow(/"c" is not configured/);
    expect(() =>
      sampleRatioMismatch(
        [
          { key: "a", count: 1.5 },
          { key: "b", count: 1 },
        ],
        HALF,
      ),
    ).toThrow(/integer/);
    expect(() =>
      sampleRatioMismatch(
        [
          { key: "a", count: 0 },
          { key: "b", count: 0 },
        ],
        HALF,
      ),
    ).toThrow(/all counts are 0/);
    expect(() =>
      sampleRatioMismatch(
        [
          { key: "a", count: 1 },
          { key: "a", count: 1 },
        ],
        HALF,
      ),
    ).toThrow(/twice/);
  });
});
