import { describe, expect, it } from "vitest";
import { ndcgAtK, splitNdcgAtK } from "./ndcg.ts";
import { labels, ranking } from "./test-support.ts";

// 2 attributes.
const gallery = labels([
  [0, 0], // 0
  [0, 1], // 1
  [1, 1], // 2
  [-1, 1], // 3
]);
const target = labels([[0, 1]]);
/** 1 / ln(j + 2) for ranks 0, 1, 2. */
const d = [1 / Math.log(2), 1 / Math.log(3), 1 / Math.log(4)] as const;

describe("ndcgAtK", () => {
  it("weighs 2^rel - 1 by 1 / ln(j + 2) and divides by the all-relevant sum", () => {
    // Ranked 2, 0, 1: rel = 1/2, 1/2, 1 (blocks equal to [0, 1] out of 2).
    const result = ndcgAtK({
      ranking: ranking([[2, 0, 1]], 4),
      gallery,
      targets: target,
      ks: [1, 3],
    });
    const half = Math.SQRT2 - 1;
    expect(result).toMatchObject({ similarity: "l2", queries: 1, gallerySize: 4 });
    expect(result.rows[0]?.ndcg).toBeCloseTo(half, 12); // 0.41421
    expect(result.rows[1]?.ndcg).toBeCloseTo(
      (half * d[0] + half * d[1] + d[2]) / (d[0] + d[1] + d[2]),
      12,
    );
    expect(result.rows[1]?.ndcg).toBeCloseTo(0.5516621, 6);
  });

  it("divides by every rel = 1, not by the ideal ordering", () => {
    // Only the first item is relevant; ideal-order NDCG would be 1.
    const result = ndcgAtK({
      ranking: ranking([[1, 2]], 4),
      gallery,
      targets: labels([[0, 1]]),
      ks: [2],
    });
    const halfGain = Math.SQRT2 - 1; // item 2 matches one block of two
    expect(result.rows[0]?.ndcg).toBeCloseTo((d[0] + halfGain * d[1]) / (d[0] + d[1]), 12);
    const alone = ndcgAtK({
      ranking: ranking([[1, 0]], 4),
      gallery,
      targets: labels([[1, 0]]),
      ks: [2],
    });
    // Item 1 matches no block of [1, 0]; item 0 matches block 1: 0.4142 at rank 1.
    expect(alone.rows[0]?.ndcg).toBeCloseTo((halfGain * d[1]) / (d[0] + d[1]), 12);
  });

  it("is 1 for all-matching items, 0 for none, and averages over queries", () => {
    const result = ndcgAtK({
      ranking: ranking(
        [
          [1, 1],
          [2, 3],
        ],
        4,
      ), // a ranking may repeat an item
      gallery,
      targets: labels([
        [0, 1],
        [0, 0],
      ]),
      ks: [2],
    });
    // Query 1 against [0, 0]: item 2 = [1, 1] and item 3 = [-1, 1] match no block.
    expect(result.rows[0]?.ndcg).toBeCloseTo(0.5, 12);
  });

  it("matches a missing block with a missing block only", () => {
    const result = ndcgAtK({
      ranking: ranking([[3]], 4),
      gallery,
      targets: labels([[-1, 0]]),
      ks: [1],
    });
    expect(result.rows[0]?.ndcg).toBeCloseTo(Math.SQRT2 - 1, 12); // block 0 matches, block 1 not
  });

  it("sums over the whole gallery, both sides, when k is larger than it", () => {
    const input = { ranking: ranking([[2, 0, 1, 3]], 4), gallery, targets: target };
    const atFour = ndcgAtK({ ...input, ks: [4] }).rows[0]?.ndcg;
    expect(ndcgAtK({ ...input, ks: [50] }).rows[0]?.ndcg).toBe(atFour);
    expect(ndcgAtK(input).rows.map((r) => r.k)).toEqual([10, 20, 30, 40, 50]);
  });
});

describe("splitNdcgAtK", () => {
  it("scores manipulated attributes 0/1 and the others by their share of matches", () => {
    // Attribute 1 manipulated. Ranked 2, 0, 1 against [0, 1]:
    // t: item 2 block 1 = 1 (1), item 0 = 0 (0), item 1 (1); o: block 0 = 1 (0), 0 (1), 0 (1).
    const result = splitNdcgAtK({
      ranking: ranking([[2, 0, 1]], 4, "l2-normalized"),
      gallery,
      targets: target,
      manipulated: [[1]],
      ks: [3],
    });
    const ideal = d[0] + d[1] + d[2];
    expect(result.similarity).toBe("l2-normalized");
    expect(result.rows[0]?.ndcgT).toBeCloseTo((d[0] + d[2]) / ideal, 12);
    expect(result.rows[0]?.ndcgO).toBeCloseTo((d[1] + d[2]) / ideal, 12);
    expect(result.rows[0]?.ndcgT).toBeCloseTo(0.7039181, 6);
  });

  it("needs every manipulated attribute to match for rel_t = 1", () => {
    const three = labels([
      [0, 0, 0],
      [0, 1, 1],
      [1, 1, 1],
    ]);
    const result = splitNdcgAtK({
      ranking: ranking([[1, 2]], 3),
      gallery: three,
      targets: labels([[1, 1, 1]]),
      manipulated: [[0, 2]],
      ks: [1, 2],
    });
    // Item 1 matches attribute 2 but not 0: rel_t 0; item 2 matches both: rel_t 1.
    expect(result.rows.map((r) => r.ndcgT)).toEqual([0, d[1] / (d[0] + d[1])]);
    // The other attribute (1) matches for both items.
    expect(result.rows.map((r) => r.ndcgO)).toEqual([1, 1]);
  });

  const base = { ranking: ranking([[0]], 4), gallery, targets: target, ks: [1] };
  const cases: [string, ReadonlyArray<readonly number[]>, string][] = [
    [
      "a list per query",
      [[0], [1]],
      "manipulated must list attributes for each of the 1 queries, got 2 lists",
    ],
    ["an attribute in range", [[2]], "query 0 manipulates attribute 2, outside 0..1"],
    ["at least one attribute", [[]], "query 0 manipulates 0 of 2 attributes"],
    ["one attribute left for NDCG_o", [[0, 1]], "query 0 manipulates 2 of 2 attributes"],
  ];
  it.each(cases)("refuses manipulations without %s", (_name, manipulated, message) => {
    expect(() => splitNdcgAtK({ ...base, manipulated })).toThrow(message);
  });
});
