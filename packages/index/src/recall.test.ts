import { describe, expect, it } from "vitest";
import { recallAtK } from "./recall.ts";
import type { SearchResult } from "./types.ts";

/** A result from rows of ids; distances do not matter to recall. */
function result(rows: number[][]): SearchResult {
  const k = rows[0]?.length ?? 0;
  return {
    queries: rows.length,
    k,
    ids: Int32Array.from(rows.flat()),
    distances: new Float32Array(rows.length * k),
  };
}

describe("recallAtK", () => {
  it("is 1 for the same ids in any order", () => {
    expect(recallAtK(result([[1, 2, 3]]), result([[3, 1, 2]]))).toBe(1);
  });

  it("counts the exact ids found per query and averages over queries", () => {
    const exact = result([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    const approximate = result([
      [1, 2, 9, 10], // 2 of 4
      [8, 7, 6, 11], // 3 of 4
    ]);
    expect(recallAtK(exact, approximate)).toBe((0.5 + 0.75) / 2);
  });

  it("does not credit a tie: a different id at the same distance is a miss", () => {
    const exact: SearchResult = { ...result([[1, 2]]), distances: Float32Array.from([0, 5]) };
    const approximate: SearchResult = { ...result([[1, 3]]), distances: Float32Array.from([0, 5]) };
    expect(recallAtK(exact, approximate)).toBe(0.5);
  });

  it("never counts padding (-1) as found", () => {
    expect(recallAtK(result([[4, 5, 6]]), result([[4, -1, -1]]))).toBeCloseTo(1 / 3);
  });

  it("measures over the results' k when k was larger than the index", () => {
    // An index of 2 vectors searched with k = 10 returns k = 2 on both sides.
    expect(recallAtK(result([[0, 1]]), result([[1, 0]]))).toBe(1);
  });

  it("refuses results of different shapes, or empty ones", () => {
    expect(() => recallAtK(result([[1, 2]]), result([[1]]))).toThrow(
      "results must have the same shape: exact is 1 queries x k 2, approximate is 1 x 1",
    );
    expect(() => recallAtK(result([[1], [2]]), result([[1]]))).toThrow(/same shape/);
    expect(() => recallAtK(result([]), result([]))).toThrow(
      "recall is undefined for an empty result (0 queries x k 0)",
    );
  });
});
