import { describe, expect, it } from "vitest";
import { normalizedRows } from "./vectors.ts";

describe("normalizedRows", () => {
  it("scales rows to unit length and leaves zero rows at zero", () => {
    const rows = normalizedRows(Float32Array.from([3, 4, 0, 0]), 2);
    expect(rows).toEqual(Float32Array.from([0.6, 0.8, 0, 0]));
  });
});
