import { describe, expect, it } from "vitest";
import { isVectorIndexError, type VectorIndexError } from "./errors.ts";
import type { VectorBatch } from "./types.ts";
import { toMatrix } from "./vectors.ts";

function rejection(batch: unknown, dim = 3): VectorIndexError {
  try {
    toMatrix(batch as VectorBatch, dim, "vector");
  } catch (error) {
    if (isVectorIndexError(error)) return error;
    throw error;
  }
  throw new Error("toMatrix accepted the batch");
}

describe("toMatrix", () => {
  it("keeps a Float32Array as it is and copies rows into one", () => {
    const flat = new Float32Array([1, 2, 3, 4, 5, 6]);
    expect(toMatrix(flat, 3, "vector")).toEqual({ data: flat, rows: 2 });
    expect(toMatrix(flat, 3, "vector").data).toBe(flat);
    const fromRows = toMatrix([[1, 2, 3], new Float64Array([4, 5, 6])], 3, "query");
    expect(fromRows).toEqual({ data: flat, rows: 2 });
  });

  it("names the row and lengths of a vector of the wrong dimension", () => {
    const error = rejection([
      [1, 2, 3],
      [1, 2],
    ]);
    expect(error.code).toBe("dimension_mismatch");
    expect(error.message).toBe("vector 1 has 2 values, expected 3 (the index dimension)");
    expect(error.row).toBe(1);
  });

  it("refuses a Float32Array that is not a whole number of vectors", () => {
    const error = rejection(new Float32Array(7));
    expect(error.code).toBe("dimension_mismatch");
    expect(error.message).toContain("7 values is not a whole number of 3-dimensional vectors");
  });

  it.each([
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [1e39, "1e+39 (beyond float32 range)"],
  ])("names the row and component of %s", (value, shown) => {
    for (const batch of [
      [
        [0, 0, 0],
        [0, 0, value],
      ],
      new Float32Array([0, 0, 0, 0, 0, value]),
    ]) {
      const error = rejection(batch);
      expect(error.code).toBe("non_finite_value");
      expect({ row: error.row, component: error.component }).toEqual({ row: 1, component: 2 });
      if (Number.isFinite(value) && batch instanceof Float32Array) continue; // rounded on the way in
      expect(error.message).toBe(`vector 1, component 2 is ${shown}; vectors must be finite`);
    }
  });

  it("refuses what is not a batch of numeric vectors", () => {
    expect(rejection([1, 2, 3]).message).toBe(
      "vector 0 is number 1, expected an array of 3 numbers",
    );
    expect(rejection([[1, "2", 3]]).message).toBe(
      'vector 0, component 1 is the string "2", expected a number',
    );
    expect(rejection(new Float64Array(3)).message).toBe(
      "expected a Float32Array or an array of vectors, got a Float64Array",
    );
    expect(rejection(null).code).toBe("invalid_argument");
  });
});
