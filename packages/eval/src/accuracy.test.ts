import { describe, expect, it } from "vitest";
import { topKAccuracy } from "./accuracy.ts";
import { labels, ranking } from "./test-support.ts";

// 3 attributes; -1 = missing block.
const gallery = labels([
  [0, 1, 2], // 0
  [0, -1, 2], // 1
  [0, 0, 2], // 2
  [1, 1, 1], // 3
  [0, -1, 2], // 4: same labels as 1
]);

describe("topKAccuracy", () => {
  it("counts a hit at the rank of the first exact label match", () => {
    const result = topKAccuracy({
      ranking: ranking([[3, 0, 2, 1, 4]], 5, "cosine"),
      gallery,
      targets: labels([[0, 0, 2]]),
      ks: [1, 2, 3, 5],
    });
    expect(result).toEqual({
      similarity: "cosine",
      queries: 1,
      gallerySize: 5,
      rows: [
        { k: 1, hits: 0, accuracy: 0 },
        { k: 2, hits: 0, accuracy: 0 },
        { k: 3, hits: 1, accuracy: 1 },
        { k: 5, hits: 1, accuracy: 1 },
      ],
    });
  });

  it("matches a missing block only with a missing block", () => {
    const targets = labels([
      [0, -1, 2],
      [0, -1, 1],
    ]);
    // Query 0: item 2 has block 1 = 0, not missing; item 1 has it missing: hit at rank 2.
    // Query 1: item 1 differs in block 2, so no item matches.
    const result = topKAccuracy({
      ranking: ranking(
        [
          [2, 1],
          [1, 4],
        ],
        5,
      ),
      gallery,
      targets,
      ks: [1, 2],
    });
    expect(result.rows.map((r) => r.hits)).toEqual([0, 1]);
    expect(result.rows[1]?.accuracy).toBe(0.5);
  });

  it("never counts a query whose target no gallery item carries", () => {
    const result = topKAccuracy({
      ranking: ranking([[0, 1, 2, 3, 4]], 5),
      gallery,
      targets: labels([[2, 2, 2]]),
      ks: [5],
    });
    expect(result.rows[0]?.hits).toBe(0);
  });

  it("reads the whole gallery for k larger than it, with the thesis's default ks", () => {
    const result = topKAccuracy({
      ranking: ranking(
        [
          [0, 3, 1, 2, 4],
          [4, 3, 2, 1, 0],
        ],
        5,
      ),
      gallery,
      targets: labels([
        [1, 1, 1],
        [2, 2, 2],
      ]),
    });
    expect(result.rows.map((r) => r.k)).toEqual([10, 20, 30, 40, 50]);
    expect(result.rows.map((r) => r.hits)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe("topKAccuracy refuses bad input, naming it", () => {
  const one = ranking([[0, 1]], 5);
  const target = labels([[0, 1, 2]]);
  const cases: [string, () => unknown, string][] = [
    [
      "k 0",
      () => topKAccuracy({ ranking: one, gallery, targets: target, ks: [1, 0] }),
      "ks[1] must be an integer >= 1, got 0",
    ],
    [
      "no ks",
      () => topKAccuracy({ ranking: one, gallery, targets: target, ks: [] }),
      "ks must list at least one cut-off",
    ],
    [
      "targets of another width",
      () => topKAccuracy({ ranking: one, gallery, targets: labels([[0, 1]]) }),
      "targets have 2 attributes per row but gallery labels have 3",
    ],
    [
      "label rows not a whole number of rows",
      () =>
        topKAccuracy({
          ranking: one,
          gallery: { rows: new Int8Array(7), attributes: 3 },
          targets: target,
        }),
      "gallery.rows has 7 values, not whole rows of 3 attributes (7 % 3 = 1)",
    ],
    [
      "targets for another number of queries",
      () =>
        topKAccuracy({
          ranking: one,
          gallery,
          targets: labels([
            [0, 1, 2],
            [0, 1, 2],
          ]),
          ks: [1],
        }),
      "targets hold 2 rows but the ranking holds 1 queries",
    ],
    [
      "gallery labels for another gallery",
      () => topKAccuracy({ ranking: ranking([[0]], 4), gallery, targets: target, ks: [1] }),
      "gallery labels hold 5 rows but the ranking searched 4 items",
    ],
    [
      "a ranking too short for k",
      () => topKAccuracy({ ranking: one, gallery, targets: target, ks: [3] }),
      "k 3 needs 3 ranked items per query, the ranking holds 2",
    ],
    [
      "a position outside the gallery",
      () => topKAccuracy({ ranking: ranking([[0, 5]], 5), gallery, targets: target, ks: [2] }),
      "query 0, rank 1 names gallery position 5, outside 0..4",
    ],
    [
      "no queries",
      () =>
        topKAccuracy({
          ranking: ranking([], 5),
          gallery,
          targets: { rows: new Int8Array(0), attributes: 3 },
        }),
      "the ranking holds no queries",
    ],
  ];
  it.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(message);
  });
});
