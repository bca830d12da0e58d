import { describe, expect, it } from "vitest";
import { phraseKey, singular, tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("splits hyphens, keeps 3/4 and #N, drops apostrophes, keeps offsets", () => {
    expect(tokenize("Navy T-shirt, 3/4 men's #2").map((t) => t.word)).toEqual([
      "navy",
      "t",
      "shirt",
      "3/4",
      "mens",
      "#2",
    ]);
    const [first] = tokenize("  Navy");
    expect(first).toEqual({ word: "navy", start: 2, end: 6 });
  });

  it("normalises phrases and singulars", () => {
    expect(phraseKey("Off-the-shoulder")).toBe("off the shoulder");
    expect(singular("pockets")).toBe("pocket");
    expect(singular("dresses")).toBe("dress");
    expect(singular("dress")).toBe("dress");
    expect(singular("hoodies")).toBe("hoody");
  });
});
