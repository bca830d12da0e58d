import { shopping100k } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { APPLICABILITY, allowedValues, appliesTo, CATEGORIES } from "./applicability.ts";

const category = shopping100k.attributes.find((a) => a.key === "category");

describe("applicability", () => {
  it("names exactly the vocabulary's categories, attributes and values", () => {
    expect(CATEGORIES).toEqual(category?.values);
    const keys = new Set(shopping100k.attributes.map((a) => a.key));
    for (const [key, rule] of Object.entries(APPLICABILITY)) {
      expect(keys.has(key), key).toBe(true);
      const values = shopping100k.attributes.find((a) => a.key === key)?.values ?? [];
      for (const value of Object.keys(rule.values ?? {})) expect(values, key).toContain(value);
    }
  });

  it("keeps collars and sleeves off trousers and bootcut off shirts", () => {
    expect(appliesTo("Trouser", "collar")).toBe(false);
    expect(appliesTo("Trouser", "sleevelen")).toBe(false);
    expect(appliesTo("Trouser", "color")).toBe(true);
    expect(allowedValues("Shirt", "fit", ["Bootcut", "Slim"])).toEqual(["Slim"]);
    expect(allowedValues("Jean", "fit", ["Bootcut", "Slim"])).toEqual(["Bootcut", "Slim"]);
  });

  it("leaves every value of every attribute reachable from some category", () => {
    for (const attribute of shopping100k.attributes) {
      if (attribute.key === "category") continue;
      const reachable = new Set(
        CATEGORIES.flatMap((c) => allowedValues(c, attribute.key, attribute.values)),
      );
      expect(
        [...attribute.values].filter((v) => !reachable.has(v)),
        attribute.key,
      ).toEqual([]);
    }
  });
});
