import { shopping100k, valueIndices } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { allowedValues } from "../structure/applicability.ts";
import { generateCatalog } from "./catalog.ts";

const indexOf = (key: string) => shopping100k.attributes.findIndex((a) => a.key === key);
const [COLLAR, NECKLINE] = [indexOf("collar"), indexOf("neckline")];

describe("generateCatalog", () => {
  const catalog = generateCatalog({ count: 5000, seed: 42 });

  it("is reproducible: the same seed gives the same labels, split and products", () => {
    const again = generateCatalog({ count: 5000, seed: 42 });
    expect(again.valueIndices).toEqual(catalog.valueIndices);
    expect(again.test).toEqual(catalog.test);
    for (const i of [0, 17, 4999]) expect(again.product(i)).toEqual(catalog.product(i));
    const other = generateCatalog({ count: 5000, seed: 43 });
    expect(other.valueIndices).not.toEqual(catalog.valueIndices);
  });

  it("keeps item i the same product whatever the count (ids are stable across sizes)", () => {
    const small = generateCatalog({ count: 1200, seed: 42 });
    expect(small.valueIndices).toEqual(catalog.valueIndices.subarray(0, small.valueIndices.length));
    expect(small.product(1199)).toEqual({
      ...catalog.product(1199),
      split: small.product(1199).split,
    });
  });

  it("gives an item's id and title without building its product, and range-checks both", () => {
    for (const i of [0, 17, 4999]) {
      expect(catalog.idOf(i)).toBe(catalog.product(i).id);
      expect(catalog.titleOf(i)).toBe(catalog.product(i).title);
    }
    expect(() => catalog.idOf(5000)).toThrow(/out of range/);
    expect(() => catalog.titleOf(-1)).toThrow(/out of range/);
  });

  it("splits 80/20 into disjoint, complete, ascending sets", () => {
    expect(catalog.train.length).toBe(4000);
    expect(catalog.test.length).toBe(1000);
    const all = new Set([...catalog.train, ...catalog.test]);
    expect(all.size).toBe(5000);
    for (const i of catalog.test) expect(catalog.isTest[i]).toBe(1);
    expect([...catalog.test]).toEqual([...catalog.test].sort((a, b) => a - b));
    expect(generateCatalog({ count: 7, seed: 1 }).test.length).toBe(1);
  });

  it("builds plausible products with valid label vectors that respect applicability", () => {
    const ids = new Set<string>();
    for (let i = 0; i < catalog.count; i += 7) {
      const p = catalog.product(i);
      ids.add(p.id);
      expect(p.title.length).toBeGreaterThan(3);
      expect(p.description.endsWith(".")).toBe(true);
      expect(Number.isInteger(p.priceCents) && p.priceCents > 0).toBe(true);
      expect(p.priceCents % 100).toBe(99);
      expect(p.stock).toBeGreaterThanOrEqual(0);
      expect(p.imagePath).toMatch(/^(Male|Female)\/\d+_[A-Za-z_-]+\/\d{6}_1\.png$/);
      expect(Array.from(valueIndices(shopping100k, p.labelVector))).toEqual(
        Array.from(catalog.indicesOf(i)),
      );
      const category = String(p.labels.category);
      for (const [key, value] of Object.entries(p.labels)) {
        if (value === null || key === "category") continue;
        expect(allowedValues(category, key, [value]), `${category} ${key}`).toEqual([value]);
      }
    }
    expect(ids.size).toBe(Math.ceil(catalog.count / 7));
  });

  it("titles read like a shop's", () => {
    const p = catalog.product(0);
    expect(p.title.toLowerCase()).toContain(String(p.labels.color ?? "").toLowerCase());
    expect(p.id).toBe("s42-000000");
  });

  it("reaches every value of every attribute in a 20k catalog (>= 0.3% of items carrying it)", () => {
    const big = generateCatalog({ count: 20_000, seed: 1 });
    const width = shopping100k.attributes.length;
    const counts = shopping100k.attributes.map((a) => new Array<number>(a.size).fill(0));
    const present = new Array<number>(width).fill(0);
    let necks = 0;
    let both = 0;
    for (let i = 0; i < big.count; i++) {
      const row = big.indicesOf(i);
      for (let a = 0; a < width; a++) {
        const v = row[a] ?? -1;
        if (v < 0) continue;
        present[a] = (present[a] ?? 0) + 1;
        const c = counts[a] as number[];
        c[v] = (c[v] ?? 0) + 1;
      }
      const [collar, neckline] = [row[COLLAR] ?? -1, row[NECKLINE] ?? -1];
      if (collar >= 0 || neckline >= 0) necks++;
      if (collar >= 0 && neckline >= 0) both++;
    }
    for (const attribute of shopping100k.attributes) {
      const floor = 0.003 * (present[attribute.index] ?? 0);
      const rare = attribute.values.filter((_, j) => (counts[attribute.index]?.[j] ?? 0) < floor);
      expect(rare, attribute.key).toEqual([]);
    }
    expect(both / necks).toBeLessThan(0.15);
  });

  it("names the option that is wrong", () => {
    expect(() => generateCatalog({ count: 0, seed: 1 })).toThrow(/count/);
    expect(() => generateCatalog({ count: 10, seed: -1 })).toThrow(/seed/);
    expect(() => generateCatalog({ count: 10, seed: 1, testFraction: 2 })).toThrow(/testFraction/);
  });
});
