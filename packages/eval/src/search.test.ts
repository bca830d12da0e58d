import { seededRandom, uniformArray } from "@atelier/random";
import { describe, expect, it } from "vitest";
import { isEvaluationError } from "./errors.ts";
import { exactSearch } from "./search.ts";
import type { Similarity } from "./similarity.ts";

const vectors = (rows: number[][]) => ({
  data: Float32Array.from(rows.flat()),
  dim: rows[0]?.length ?? 1,
});

describe("exactSearch", () => {
  it("ranks by squared L2 distance, breaking ties by the lower gallery position", () => {
    const gallery = vectors([
      [3, 4],
      [0, 1],
      [0, 0],
      [1, 0],
      [0, 1],
    ]);
    const found = exactSearch(vectors([[0, 0]]), gallery, { k: 4, similarity: "l2" });
    expect(found).toMatchObject({ similarity: "l2", queries: 1, k: 4, gallerySize: 5 });
    // Distances 25, 1, 0, 1, 1: the three items at distance 1 come in position order.
    expect(Array.from(found.ids)).toEqual([2, 1, 3, 4]);
    expect(Array.from(found.scores)).toEqual([0, 1, 1, 1]);
  });

  it("keeps the lower positions when a tie straddles the cut-off", () => {
    const gallery = vectors([[5], [1], [1], [1]]);
    const found = exactSearch(vectors([[1]]), gallery, { k: 2, similarity: "l2" });
    expect(Array.from(found.ids)).toEqual([1, 2]);
  });

  it("tells the three similarities apart and reports cosine as a similarity", () => {
    const gallery = vectors([
      [10, 0],
      [0.9, 0.1],
    ]);
    const query = vectors([[1, 0]]);
    const raw = exactSearch(query, gallery, { k: 2, similarity: "l2" });
    const normalized = exactSearch(query, gallery, { k: 2, similarity: "l2-normalized" });
    const cosine = exactSearch(query, gallery, { k: 2, similarity: "cosine" });
    expect(Array.from(raw.ids)).toEqual([1, 0]);
    expect(raw.scores[0]).toBeCloseTo(0.02, 6);
    expect(Array.from(normalized.ids)).toEqual([0, 1]);
    expect(normalized.scores[0]).toBeCloseTo(0, 12);
    expect(normalized.scores[1]).toBeCloseTo(2 - 2 * (0.9 / Math.sqrt(0.82)), 6);
    expect(Array.from(cosine.ids)).toEqual([0, 1]);
    expect(cosine.scores[0]).toBeCloseTo(1, 12);
    expect(cosine.scores[1]).toBeCloseTo(0.9 / Math.sqrt(0.82), 6);
    expect([raw.similarity, normalized.similarity, cosine.similarity]).toEqual([
      "l2",
      "l2-normalized",
      "cosine",
    ]);
  });

  it("returns the whole gallery when k is larger than it", () => {
    const found = exactSearch(vectors([[0], [9]]), vectors([[8], [1], [3]]), {
      k: 10,
      similarity: "l2",
    });
    expect(found.k).toBe(3);
    expect(Array.from(found.ids)).toEqual([1, 2, 0, 0, 2, 1]);
  });

  it("leaves zero vectors at zero when normalising instead of producing NaN", () => {
    const gallery = vectors([
      [0, 0],
      [1, 0],
    ]);
    for (const similarity of ["l2-normalized", "cosine"] as const) {
      const found = exactSearch(vectors([[0, 0]]), gallery, { k: 2, similarity });
      expect(Array.from(found.scores).every(Number.isFinite)).toBe(true);
      // l2-normalized: distances 0 and 1; cosine: 0 with both, so the tie keeps position order.
      expect(Array.from(found.ids)).toEqual([0, 1]);
    }
  });

  it("matches a brute-force full sort of squared L2 distances", () => {
    const random = seededRandom(5);
    const dim = 3;
    const queries = { data: uniformArray(random, 6 * dim, 0, 4).map(Math.floor), dim };
    const gallery = { data: uniformArray(random, 30 * dim, 0, 4).map(Math.floor), dim };
    const found = exactSearch(queries, gallery, { k: 5, similarity: "l2", chunkSize: 4 });
    for (let q = 0; q < 6; q++) {
      const expected = Array.from({ length: 30 }, (_, g) => {
        let key = 0;
        for (let c = 0; c < dim; c++) {
          key +=
            ((queries.data[q * dim + c] as number) - (gallery.data[g * dim + c] as number)) ** 2;
        }
        return { g, key };
      })
        .sort((a, b) => a.key - b.key || a.g - b.g)
        .slice(0, 5);
      expect(Array.from(found.ids.subarray(q * 5, q * 5 + 5))).toEqual(expected.map((e) => e.g));
      expect(Array.from(found.scores.subarray(q * 5, q * 5 + 5))).toEqual(
        expected.map((e) => e.key),
      );
    }
  });

  it("gives the same result for every chunk size, best first", () => {
    const random = seededRandom(11);
    const dim = 5;
    // Values on a coarse grid make exact ties common.
    const grid = (n: number) => uniformArray(random, n * dim, 0, 3).map(Math.floor);
    const queries = { data: grid(9), dim };
    const gallery = { data: grid(40), dim };
    for (const similarity of ["l2", "l2-normalized", "cosine"] satisfies Similarity[]) {
      const expected = exactSearch(queries, gallery, { k: 40, similarity, chunkSize: 9 });
      for (let q = 0; q < 9; q++) {
        const row = Array.from(expected.scores.subarray(q * 40, (q + 1) * 40));
        const ids = Array.from(expected.ids.subarray(q * 40, (q + 1) * 40));
        const sign = similarity === "cosine" ? -1 : 1;
        const sorted = ids
          .map((id, i) => ({ id, key: sign * (row[i] as number) }))
          .sort((a, b) => a.key - b.key || a.id - b.id);
        expect(sorted.map((s) => s.id)).toEqual(ids);
      }
      for (const chunkSize of [1, 2, 4, 64]) {
        const found = exactSearch(queries, gallery, { k: 7, similarity, chunkSize });
        const firstSeven = (q: number) => Array.from(expected.ids.subarray(q * 40, q * 40 + 7));
        for (let q = 0; q < 9; q++) {
          expect(Array.from(found.ids.subarray(q * 7, (q + 1) * 7))).toEqual(firstSeven(q));
        }
      }
    }
  });
});

describe("exactSearch refuses bad input, naming it", () => {
  const two = vectors([[1, 2]]);
  const cases: [string, () => unknown, string][] = [
    [
      "k 0",
      () => exactSearch(two, two, { k: 0, similarity: "l2" }),
      "k must be an integer >= 1, got 0",
    ],
    ["k 1.5", () => exactSearch(two, two, { k: 1.5, similarity: "l2" }), "got 1.5"],
    [
      "mismatched dims",
      () => exactSearch(vectors([[1, 2, 3]]), two, { k: 1, similarity: "l2" }),
      "queries have dim 3 but gallery items have dim 2",
    ],
    [
      "partial rows",
      () => exactSearch({ data: new Float32Array(5), dim: 2 }, two, { k: 1, similarity: "l2" }),
      "query data has 5 values, not whole rows of dim 2 (5 % 2 = 1)",
    ],
    [
      "no queries",
      () => exactSearch({ data: new Float32Array(0), dim: 2 }, two, { k: 1, similarity: "l2" }),
      "no query vectors were given",
    ],
    [
      "NaN",
      () =>
        exactSearch(
          two,
          vectors([
            [0, 0],
            [1, Number.NaN],
          ]),
          { k: 1, similarity: "l2" },
        ),
      "gallery item 1, component 1 is NaN",
    ],
    [
      "unknown similarity",
      () => exactSearch(two, two, { k: 1, similarity: "dot" as Similarity }),
      'similarity must be one of "l2-normalized", "l2", "cosine", got "dot"',
    ],
    [
      "chunk size 0",
      () => exactSearch(two, two, { k: 1, similarity: "l2", chunkSize: 0 }),
      "chunkSize must be an integer >= 1",
    ],
  ];
  it.each(cases)("%s", (_name, call, message) => {
    expect(call).toThrow(message);
    try {
      call();
    } catch (error) {
      expect(isEvaluationError(error)).toBe(true);
    }
  });
});
