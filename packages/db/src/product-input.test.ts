import { describe, expect, it } from "vitest";
import {
  DEFAULT_LABEL_LENGTH,
  isProductValidationError,
  type ProductInput,
  ProductValidationError,
  validateProducts,
} from "./product-input.ts";

const labels = Array.from({ length: DEFAULT_LABEL_LENGTH }, (_, i) => (i % 17 === 0 ? 1 : 0));
const valid: ProductInput = { id: "p1", title: "Shirt", priceCents: 1999, labels };

const issuesOf = (products: ProductInput[], labelLength?: number) => {
  try {
    validateProducts(products, labelLength);
  } catch (error) {
    if (isProductValidationError(error)) return error.issues;
    throw error;
  }
  throw new Error("expected a ProductValidationError");
};

describe("validateProducts", () => {
  it("fills in defaults", () => {
    expect(validateProducts([valid])).toEqual([
      { ...valid, description: "", stock: 0, imageSvg: null },
    ]);
  });

  it("names the field and the product for each problem", () => {
    const issues = issuesOf([
      valid,
      { ...valid, id: "p2", labels: labels.slice(1) },
      { ...valid, id: "p3", priceCents: -1 },
      { ...valid, id: "p4", labels: labels.map((v, i) => (i === 3 ? 2 : v)) },
      { ...valid, id: "p5", stock: 1.5 },
      { ...valid },
    ]);
    expect(issues).toEqual([
      {
        path: "products[1].labels",
        message: "expected 151 entries (one per attribute value), got 150",
      },
      { path: "products[2].priceCents", message: "must not be negative" },
      { path: "products[3].labels[3]", message: "must be 0 or 1" },
      { path: "products[4].stock", message: "must be an integer count" },
      { path: "products[5].id", message: 'duplicate id "p1" (also products[0])' },
    ]);
  });

  it("takes the label length from the caller for other datasets", () => {
    const short = { ...valid, labels: [0, 1, 0] };
    expect(validateProducts([short], 3)).toHaveLength(1);
    expect(issuesOf([short])[0]?.path).toBe("products[0].labels");
  });

  it("summarises issues in the error message", () => {
    const error = new ProductValidationError([{ path: "products[0].priceCents", message: "bad" }]);
    expect(error.message).toBe(
      "Invalid products, nothing was written: products[0].priceCents: bad",
    );
  });
});
