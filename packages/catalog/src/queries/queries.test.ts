import { shopping100k } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { generateCatalog } from "../generate/catalog.ts";
import { galleryRow, indexByLabels, labelKey, testGallery } from "./gallery.ts";
import { multiManipulationPairs } from "./multi.ts";
import { singleManipulationQueries, singleQueryIndicator, singleQueryTarget } from "./single.ts";

const catalog = generateCatalog({ count: 10_000, seed: 7 });
const gallery = testGallery(catalog);
const width = shopping100k.attributes.length;

describe("single-manipulation queries", () => {
  const queries = singleManipulationQueries(gallery);

  it("are valid by construction: the target is in the gallery and differs on one attribute", () => {
    expect(queries.count).toBeGreaterThan(500);
    const index = indexByLabels(gallery);
    for (let q = 0; q < queries.count; q++) {
      const reference = galleryRow(gallery, queries.reference[q] ?? -1);
      const target = singleQueryTarget(gallery, queries, q);
      expect(index.has(labelKey(target))).toBe(true);
      let differing = 0;
      for (let a = 0; a < width; a++) if (reference[a] !== target[a]) differing++;
      expect(differing).toBe(1);
      expect(target[queries.attribute[q] ?? -1]).toBe(queries.value[q]);
    }
  });

  it("have indicator = target - reference as label vectors", () => {
    for (let q = 0; q < queries.count; q += 13) {
      const indicator = singleQueryIndicator(gallery, queries, q);
      const reference = catalog.labelVectorOf(catalog.test[queries.reference[q] ?? 0] ?? 0);
      const target = new Float32Array(shopping100k.total);
      for (const a of shopping100k.attributes) {
        const v = singleQueryTarget(gallery, queries, q)[a.index] ?? -1;
        if (v >= 0) target[a.offset + v] = 1;
      }
      for (let j = 0; j < shopping100k.total; j++) {
        expect(indicator[j]).toBe((target[j] ?? 0) - (reference[j] ?? 0));
      }
    }
  });

  it("cover more than the colour, and cap per reference reproducibly", () => {
    expect(new Set(queries.attribute).size).toBeGreaterThan(6);
    const capped = singleManipulationQueries(gallery, { maxPerReference: 1, seed: 3 });
    expect(capped.count).toBe(new Set(queries.reference).size);
    expect(singleManipulationQueries(gallery, { maxPerReference: 1, seed: 3 })).toEqual(capped);
    expect(() => singleManipulationQueries(gallery, { maxPerReference: 0 })).toThrow(
      /maxPerReference/,
    );
  });
});

describe("multi-manipulation pairs", () => {
  it("are 1,000 pairs at distances 1..8, balanced, with the distribution recorded", () => {
    const pairs = multiManipulationPairs(gallery);
    expect(pairs.query.length).toBe(1000);
    for (let i = 0; i < 1000; i++) {
      const q = galleryRow(gallery, pairs.query[i] ?? 0);
      const t = galleryRow(gallery, pairs.target[i] ?? 0);
      let d = 0;
      for (let a = 0; a < width; a++) if (q[a] !== t[a]) d++;
      expect(d).toBe(pairs.distance[i]);
    }
    expect(pairs.histogram).toEqual({
      "1": 125,
      "2": 125,
      "3": 125,
      "4": 125,
      "5": 125,
      "6": 125,
      "7": 125,
      "8": 125,
    });
    expect(multiManipulationPairs(gallery)).toEqual(pairs);
  });

  it("natural pairs keep the distances they come with", () => {
    const pairs = multiManipulationPairs(gallery, { distribution: "natural", count: 200 });
    const total = Object.values(pairs.histogram).reduce((a, b) => a + b, 0);
    expect(total).toBe(200);
    expect(Math.max(...pairs.distance)).toBeLessThanOrEqual(8);
    expect(Math.min(...pairs.distance)).toBeGreaterThanOrEqual(1);
  });
});
