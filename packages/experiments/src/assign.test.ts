import { describe, expect, it } from "vitest";
import { assignVariant, hashToUnit, normalizedWeights } from "./assign.ts";
import { isExperimentError } from "./errors.ts";

const HALF = [
  { key: "control", weight: 1 },
  { key: "treatment", weight: 1 },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isExperimentError(error) ? error.code : "not-an-experiment-error";
  }
  return undefined;
}

describe("hashToUnit", () => {
  it("is a fixed function of its input (SHA-256, first 48 bits / 2^48)", () => {
    // sha256("abc") = ba7816bf8f01...; 0xba7816bf8f01 / 2^48 = 0.7283...
    expect(hashToUnit("abc")).toBe(0xba7816bf8f01 / 2 ** 48);
  });

  it("stays in [0, 1)", () => {
    for (let i = 0; i < 1000; i++) {
      const u = hashToUnit(`x:${i}`);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
  });
});

describe("assignVariant", () => {
  it("gives the same variant for the same experiment and user", () => {
    for (let i = 0; i < 200; i++) {
      const first = assignVariant("exp-1", `user-${i}`, HALF);
      expect(assignVariant("exp-1", `user-${i}`, HALF)).toBe(first);
    }
  });

  it("is independent of the order of calls and of other experiments", () => {
    const before = assignVariant("exp-a", "user-9", HALF);
    assignVariant("exp-b", "user-9", HALF);
    expect(assignVariant("exp-a", "user-9", HALF)).toBe(before);
  });

  it("matches the configured proportions over 100,000 synthetic users", () => {
    const variants = [
      { key: "a", weight: 10 },
      { key: "b", weight: 30 },
      { key: "c", weight: 60 },
    ];
    const counts = new Map<string, number>();
    const users = 100_000;
    for (let i = 0; i < users; i++) {
      const key = assignVariant("proportions", `user-${i}`, variants);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Binomial sd at p = 0.5 and n = 1e5 is ~0.0016; 0.01 is more than 6 sd.
    expect((counts.get("a") ?? 0) / users).toBeCloseTo(0.1, 1);
    expect(Math.abs((counts.get("a") ?? 0) / users - 0.1)).toBeLessThan(0.01);
    expect(Math.abs((counts.get("b") ?? 0) / users - 0.3)).toBeLessThan(0.01);
    expect(Math.abs((counts.get("c") ?? 0) / users - 0.6)).toBeLessThan(0.01);
  });

  it("always picks the only variant", () => {
    expect(assignVariant("solo", "u", [{ key: "only", weight: 0.5 }])).toBe("only");
  });

  it("rejects bad weights and arguments with clear codes", () => {
    expect(codeOf(() => assignVariant("e", "u", []))).toBe("invalid_weights");
    expect(codeOf(() => assignVariant("e", "u", [{ key: "a", weight: 0 }]))).toBe(
      "invalid_weights",
    );
    expect(codeOf(() => assignVariant("e", "u", [{ key: "a", weight: -1 }]))).toBe(
      "invalid_weights",
    );
    expect(codeOf(() => assignVariant("e", "u", [{ key: "a", weight: Number.NaN }]))).toBe(
      "invalid_weights",
    );
    expect(
      codeOf(() => assignVariant("e", "u", [{ key: "a", weight: Number.POSITIVE_INFINITY }])),
    ).toBe("invalid_weights");
    expect(
      codeOf(() =>
        assignVariant("e", "u", [
          { key: "a", weight: 1 },
          { key: "a", weight: 1 },
        ]),
      ),
    ).toBe("invalid_weights");
    expect(codeOf(() => assignVariant("", "u", HALF))).toBe("invalid_argument");
    expect(codeOf(() => assignVariant("e", "", HALF))).toBe("invalid_argument");
    expect(() => assignVariant("e", "u", [{ key: "a", weight: -1 }])).toThrow(/"a" weight/);
  });
});

describe("normalizedWeights", () => {
  it("scales weights to sum to 1", () => {
    expect(
      normalizedWeights([
        { key: "a", weight: 1 },
        { key: "b", weight: 3 },
      ]),
    ).toEqual([0.25, 0.75]);
  });
});
