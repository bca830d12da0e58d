import { describe, expect, it } from "vitest";
import { formatPrice } from "./price.ts";

describe("formatPrice", () => {
  it("formats in the product's currency", () => {
    expect(formatPrice(49.9, "EUR")).toBe("€49.90");
    expect(formatPrice(49.9, "USD")).toBe("$49.90");
    expect(formatPrice(1200, "GBP")).toBe("£1,200.00");
  });
});
