import { distance, shopping100k, validateLabelVector } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { demoCatalog } from "./demo-catalog.ts";

describe("demoCatalog", () => {
  it("is the same for the same seed and differs for another", () => {
    const a = demoCatalog(shopping100k, 50, 42);
    const b = demoCatalog(shopping100k, 50, 42);
    const c = demoCatalog(shopping100k, 50, 43);
    expect(a).toEqual(b);
    expect(a.map((p) => p.title)).not.toEqual(c.map((p) => p.title));
  });

  it("gives valid label vectors that match the labels, with a category on every product", () => {
    for (const product of demoCatalog(shopping100k, 200, 7)) {
      expect(() => validateLabelVector(shopping100k, product.labelVector)).not.toThrow();
      expect(distance(shopping100k, product.labels, product.labelVector)).toBe(0);
      expect(product.labels.category).not.toBeNull();
      expect(product.priceCents).toBeGreaterThanOrEqual(1000);
    }
  });

  it("leaves some attributes missing, as real catalogs do", () => {
    const blanks = demoCatalog(shopping100k, 200, 7).flatMap((p) =>
      Object.values(p.labels).filter((value) => value === null),
    );
    expect(blanks.length).toBeGreaterThan(0);
  });
});
