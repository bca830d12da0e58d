import { describe, expect, it } from "vitest";
import { decodeLabels, encodeLabels, normalizeLabels } from "./labels.ts";
import { loadAttributeSchema } from "./load.ts";
import { shopping100k } from "./shopping100k.ts";
import { randomLabels, schemaErrorOf, seededRandom, tinySchemaJson } from "./test-support.ts";

const tiny = loadAttributeSchema(tinySchemaJson);

describe("normalizeLabels", () => {
  it("returns every key in schema order, canonical spellings, null for missing", () => {
    const labels = normalizeLabels(shopping100k, {
      Color: "navy",
      "sleeve length": "long",
      fit: null,
    });
    expect(Object.keys(labels)).toEqual(shopping100k.attributes.map((a) => a.key));
    expect(labels.color).toBe("Navy");
    expect(labels.sleevelen).toBe("Long");
    expect(labels.fit).toBeNull();
    expect(labels.category).toBeNull();
    expect(Object.isFrozen(labels)).toBe(true);
  });

  it("rejects one attribute named twice", () => {
    const error = schemaErrorOf(() =>
      normalizeLabels(shopping100k, { color: "Red", Color: "Navy" }),
    );
    expect(error.code).toBe("duplicate_attribute");
    expect(error.attribute).toBe("color");
    expect(error.message).toBe('Labels name attribute "color" twice: as "color" and as "Color"');
  });

  it("names unknown attributes and values", () => {
    expect(schemaErrorOf(() => normalizeLabels(tiny, { sleve: "Long" })).message).toBe(
      'Unknown attribute "sleve" in tiny: did you mean "sleeve"?',
    );
    const error = schemaErrorOf(() => normalizeLabels(tiny, { texture: "Silk" }));
    expect(error.message).toBe(
      'Unknown value "Silk" for attribute "texture": allowed values are "Knit", "Lace"',
    );
  });
});

describe("encodeLabels / decodeLabels", () => {
  it("puts a one at offset + value position", () => {
    const vector = encodeLabels(shopping100k, { category: "Shirt", color: "Navy", sport: "Dance" });
    expect(vector).toBeInstanceOf(Float32Array);
    expect(vector.length).toBe(151);
    expect([...vector.keys()].filter((i) => vector[i] === 1)).toEqual([3, 38, 150]);
  });

  it("encodes all-missing as all zeros", () => {
    expect(encodeLabels(tiny, {})).toEqual(new Float32Array(7));
    expect(decodeLabels(tiny, new Float32Array(7))).toEqual({
      shape: null,
      sleeve: null,
      texture: null,
    });
  });

  it("round-trips random labels through vectors on both schemas", () => {
    const random = seededRandom(7);
    for (const schema of [shopping100k, tiny]) {
      for (let n = 0; n < 300; n++) {
        const labels = randomLabels(schema, random);
        const vector = encodeLabels(schema, labels);
        expect(decodeLabels(schema, vector)).toEqual(labels);
        expect(encodeLabels(schema, decodeLabels(schema, vector))).toEqual(vector);
      }
    }
  });

  it("decodes plain number arrays (ADDE label rows)", () => {
    expect(decodeLabels(tiny, [0, 0, 1, 0, 1, 0, 0])).toEqual({
      shape: "Wrap",
      sleeve: "Short",
      texture: null,
    });
  });
});
