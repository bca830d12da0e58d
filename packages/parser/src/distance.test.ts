import { describe, expect, it } from "vitest";
import { editDistance } from "./distance.ts";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit", () => {
    expect(editDistance("navy", "navy")).toBe(0);
    expect(editDistance("navvy", "navy")).toBe(1);
    expect(editDistance("nay", "navy")).toBe(1);
    expect(editDistance("novy", "navy")).toBe(1);
    expect(editDistance("stirped", "striped")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("stops at the limit", () => {
    expect(editDistance("maroon", "yellow", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 1)).toBe(2);
  });
});
