import { describe, expect, it } from "vitest";
import { pick, seededRandom, shuffled, uniformArray } from "./random.ts";

describe("seededRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = Array.from({ length: 5 }, seededRandom(42));
    const b = Array.from({ length: 5 }, seededRandom(42));
    const c = Array.from({ length: 5 }, seededRandom(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("stays in [0, 1) and is roughly uniform", () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 20_000 }, () => random());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it("rejects a seed that is not an integer, naming it", () => {
    expect(() => seededRandom(1.5)).toThrow("seed must be an integer, got 1.5");
  });
});

describe("helpers", () => {
  it("uniformArray respects its bounds", () => {
    const values = uniformArray(seededRandom(2), 1000, -1, 1);
    expect(values).toHaveLength(1000);
    expect(values.every((v) => v >= -1 && v < 1)).toBe(true);
  });

  it("pick returns an element and refuses an empty list", () => {
    expect(["x", "y"]).toContain(pick(seededRandom(3), ["x", "y"]));
    expect(() => pick(seededRandom(3), [])).toThrow("no items");
  });

  it("shuffled keeps every element and leaves the input alone", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, seededRandom(4));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
