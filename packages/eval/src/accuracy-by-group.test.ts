import { describe, expect, it } from "vitest";
import { topKAccuracy } from "./accuracy.ts";
import { topKAccuracyByGroup } from "./accuracy-by-group.ts";
import { labels, ranking } from "./test-support.ts";

// 2 attributes; every item's labels are distinct, so item i is the only match of target i.
const gallery = labels([
  [0, 0], // 0
  [0, 1], // 1
  [1, 0], // 2
  [1, 1], // 3
]);

// Query q asks for item q's labels; its group is a number of manipulations.
const input = {
  ranking: ranking(
    [
      [0, 1, 2], // target 0 at rank 0
      [0, 2, 1], // target 1 at rank 2
      [3, 0, 1], // target 2 never ranked
      [3, 2, 1], // target 3 at rank 0
    ],
    4,
  ),
  gallery,
  targets: labels([
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ]),
  ks: [1, 3],
};

describe("topKAccuracyByGroup", () => {
  it("counts hits within each group, groups ascending", () => {
    const result = topKAccuracyByGroup(input, [2, 1, 2, 8]);
    expect(result).toEqual({
      similarity: "l2",
      gallerySize: 4,
      groups: [
        {
          group: 1,
          queries: 1,
          rows: [
            { k: 1, hits: 0, accuracy: 0 },
            { k: 3, hits: 1, accuracy: 1 },
          ],
        },
        {
          group: 2,
          queries: 2,
          rows: [
            { k: 1, hits: 1, accuracy: 0.5 },
            { k: 3, hits: 1, accuracy: 0.5 },
          ],
        },
        {
          group: 8,
          queries: 1,
          rows: [
            { k: 1, hits: 1, accuracy: 1 },
            { k: 3, hits: 1, accuracy: 1 },
          ],
        },
      ],
    });
  });

  it("adds up to topKAccuracy over all queries", () => {
    const { groups } = topKAccuracyByGroup(input, [2, 1, 2, 8]);
    const all = topKAccuracy(input).rows.map((r) => r.hits);
    const summed = [0, 1].map((i) => groups.reduce((sum, g) => sum + (g.rows[i]?.hits ?? 0), 0));
    expect(summed).toEqual(all);
  });

  it("refuses groups for another number of queries, or not integers", () => {
    expect(() => topKAccuracyByGroup(input, [1, 2, 3])).toThrow(
      "groups name 3 queries but the ranking holds 4",
    );
    expect(() => topKAccuracyByGroup(input, [1, 2, 1.5, 3])).toThrow(
      "groups[2] must be an integer, got 1.5",
    );
  });
});
