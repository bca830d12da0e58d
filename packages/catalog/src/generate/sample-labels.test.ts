import { seededRandom } from "@atelier/random";
import { encodeLabels, shopping100k, validateLabelVector } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { allowedValues } from "../structure/applicability.ts";
import { sampleLabels, sampleValueIndices } from "./sample-labels.ts";

const N = 20_000;

describe("sampleLabels", () => {
  it("is reproducible from the seed and matches sampleValueIndices", () => {
    const a = sampleLabels(shopping100k, seededRandom(3));
    const b = sampleLabels(shopping100k, seededRandom(3));
    expect(a).toEqual(b);
    const indices = sampleValueIndices(shopping100k, seededRandom(3));
    for (const attribute of shopping100k.attributes) {
      const j = indices[attribute.index] ?? -1;
      expect(a[attribute.key]).toBe(j < 0 ? null : attribute.values[j]);
    }
  });

  it("draws only what applies to the category, as valid label vectors", () => {
    const random = seededRandom(11);
    for (let i = 0; i < 2000; i++) {
      const labels = sampleLabels(shopping100k, random);
      const category = String(labels.category);
      expect(labels.gender).not.toBeNull();
      for (const attribute of shopping100k.attributes) {
        const value = labels[attribute.key];
        if (value === null || value === undefined || attribute.key === "category") continue;
        expect(
          allowedValues(category, attribute.key, [value]),
          `${category} ${attribute.key}`,
        ).toEqual([value]);
      }
      validateLabelVector(shopping100k, encodeLabels(shopping100k, labels));
    }
  });

  it("reaches every value of every attribute in >= 0.3% of the items carrying it (20k sample)", () => {
    const random = seededRandom(1);
    const counts = shopping100k.attributes.map((a) => new Array<number>(a.size).fill(0));
    const present = new Array<number>(shopping100k.attributes.length).fill(0);
    for (let i = 0; i < N; i++) {
      const indices = sampleValueIndices(shopping100k, random);
      for (const attribute of shopping100k.attributes) {
        const j = indices[attribute.index] ?? -1;
        if (j < 0) continue;
        present[attribute.index] = (present[attribute.index] ?? 0) + 1;
        const row = counts[attribute.index] as number[];
        row[j] = (row[j] ?? 0) + 1;
      }
    }
    for (const attribute of shopping100k.attributes) {
      const floor = 0.003 * (present[attribute.index] ?? 0);
      const rare = attribute.values.filter((_, j) => (counts[attribute.index]?.[j] ?? 0) < floor);
      expect(rare, attribute.key).toEqual([]);
    }
  });

  it("has realistic structure: common combinations, missing attributes, exclusive necks", () => {
    const random = seededRandom(5);
    let jeans = 0;
    let denimJeans = 0;
    let withSleeve = 0;
    let both = 0;
    let neck = 0;
    let suits = 0;
    let lapelSuits = 0;
    for (let i = 0; i < N; i++) {
      const labels = sampleLabels(shopping100k, random);
      if (labels.category === "Jean" && labels.fabric !== null) {
        jeans++;
        if (labels.fabric === "Denim") denimJeans++;
      }
      if (labels.category === "Suit" && labels.collar !== null) {
        suits++;
        if (labels.collar === "Lapel") lapelSuits++;
      }
      if (labels.sleevelen !== null) withSleeve++;
      if (labels.collar !== null || labels.neckline !== null) neck++;
      if (labels.collar !== null && labels.neckline !== null) both++;
    }
    expect(denimJeans / jeans).toBeGreaterThan(0.7);
    expect(lapelSuits / suits).toBeGreaterThan(0.6);
    expect(withSleeve / N).toBeLessThan(0.8);
    expect(both / neck).toBeLessThan(0.1);
  });
});
