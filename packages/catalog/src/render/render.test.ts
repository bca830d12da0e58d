import { isSchemaError } from "@atelier/schema";
import { describe, expect, it } from "vitest";
import { renderGarmentSvg } from "./garment.ts";
import { rasterize } from "./rasterize.ts";
import { renderGarment } from "./render.ts";

const shirt = {
  category: "Shirt",
  color: "Navy",
  collar: "Kent",
  pattern: "Checked",
  fabric: "Denim",
  sport: null,
};

function meanAbsDiff(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

describe("renderGarment", () => {
  it("is deterministic: same labels and seed give the same SVG bytes and pixels", () => {
    const a = renderGarment(shirt, { seed: 42, size: 64 });
    const b = renderGarment(shirt, { seed: 42, size: 64 });
    expect(a.svg).toBe(b.svg);
    expect(a.pixels).toEqual(b.pixels);
  });

  it("varies pose, scale and shade with the seed: equal labels, different pixels", () => {
    const a = renderGarment(shirt, { seed: 1, size: 64 }).pixels;
    const b = renderGarment(shirt, { seed: 2, size: 64 }).pixels;
    expect(meanAbsDiff(a, b)).toBeGreaterThan(0.005);
  });

  it("returns the SVG and its rasterisation", () => {
    const { svg, pixels } = renderGarment(
      { category: "Dress", color: "Red" },
      { seed: 3, size: 96 },
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(pixels).toEqual(rasterize(svg, 96));
  });

  it("draws a product picture: a square viewBox on a light background, garment centred", () => {
    const svg = renderGarmentSvg({ category: "T-shirt", color: "Black" }, { seed: 5 });
    expect(svg).toContain('viewBox="0 0 100 100"');
    const pixels = rasterize(svg, 64);
    const at = (x: number, y: number) => pixels[(y * 64 + x) * 3] ?? 0;
    expect(at(1, 1)).toBeGreaterThan(0.9); // background corner
    expect(at(32, 36)).toBeLessThan(0.25); // black garment in the middle
  });

  it("keeps each SVG small", () => {
    const svg = renderGarmentSvg(
      {
        category: "Tracksuit",
        color: "Multi",
        pattern: "Floral",
        fabric: "Mesh Jersey",
        pocket: "Zip",
        sport: "Running",
      },
      { seed: 9 },
    );
    expect(svg.length).toBeLessThan(12_000);
  });

  it("ignores attributes that do not apply to the category", () => {
    const plain = renderGarmentSvg({ category: "Trouser", color: "Beige" }, { seed: 4 });
    const extra = renderGarmentSvg(
      {
        category: "Trouser",
        color: "Beige",
        collar: "Kent",
        sleevelen: "Long",
        neckline: "Boat",
        fit: "Oversize",
      },
      { seed: 4 },
    );
    expect(extra).not.toBe(plain); // Oversize applies to trousers
    const noFit = renderGarmentSvg(
      { category: "Trouser", color: "Beige", collar: "Kent", sleevelen: "Long", neckline: "Boat" },
      { seed: 4 },
    );
    expect(noFit).toBe(plain);
    // A value of an applicable attribute that the category cannot carry: bootcut on a shirt.
    expect(renderGarmentSvg({ category: "Shirt", fit: "Bootcut" }, { seed: 4 })).toBe(
      renderGarmentSvg({ category: "Shirt" }, { seed: 4 }),
    );
  });

  it("rejects unknown attributes and values with the schema's errors", () => {
    const attempt = (labels: Record<string, string>) => {
      try {
        renderGarmentSvg(labels, { seed: 1 });
      } catch (error) {
        return error;
      }
      return null;
    };
    const value = attempt({ category: "Shirt", color: "Nvy" });
    expect(isSchemaError(value) && value.code).toBe("unknown_value");
    expect(isSchemaError(value) && value.suggestions).toContain("Navy");
    const attribute = attempt({ category: "Shirt", colour: "Navy" });
    expect(isSchemaError(attribute) && attribute.code).toBe("unknown_attribute");
  });

  it("draws a garment when every label is missing", () => {
    const pixels = renderGarment({}, { seed: 1, size: 64 }).pixels;
    expect(pixels.some((v) => v < 0.8)).toBe(true);
  });
});

describe("rasterize", () => {
  it("gives RGB in [0, 1], HWC, size * size * 3 values, at 64 and 96 px", () => {
    const svg = renderGarmentSvg({ category: "Coat", color: "Yellow" }, { seed: 2 });
    for (const size of [64, 96]) {
      const pixels = rasterize(svg, size);
      expect(pixels.length).toBe(size * size * 3);
      expect(Math.min(...pixels)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...pixels)).toBeLessThanOrEqual(1);
    }
  });

  it("rejects sizes that are not a positive integer", () => {
    expect(() => rasterize("<svg/>", 0)).toThrow(RangeError);
    expect(() => rasterize("<svg/>", 6.5)).toThrow(/size must be an integer/);
  });
});
