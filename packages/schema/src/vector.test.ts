import { describe, expect, it } from "vitest";
import { encodeLabels } from "./labels.ts";
import { loadAttributeSchema } from "./load.ts";
import { shopping100k } from "./shopping100k.ts";
import { randomLabels, schemaErrorOf, seededRandom, tinySchemaJson } from "./test-support.ts";
import { fromValueIndices, validateLabelVector, valueIndices } from "./vector.ts";

const tiny = loadAttributeSchema(tinySchemaJson);

describe("validateLabelVector", () => {
  it("accepts valid vectors of any numeric array type", () => {
    expect(() => validateLabelVector(tiny, [1, 0, 0, 0, 0, 0, 1])).not.toThrow();
    expect(() => validateLabelVector(tiny, new Int32Array(7))).not.toThrow();
    expect(() => validateLabelVector(shopping100k, new Float32Array(151))).not.toThrow();
  });

  it("rejects a wrong length", () => {
    const error = schemaErrorOf(() => validateLabelVector(shopping100k, new Float32Array(150)));
    expect(error.code).toBe("invalid_vector_length");
    expect(error.index).toBe(150);
    expect(error.message).toBe("Label vector has 150 entries, expected 151 (Shopping100k)");
  });

  it("rejects entries other than 0 and 1, naming the attribute block", () => {
    const half = schemaErrorOf(() => validateLabelVector(tiny, [0, 0, 0, 0.5, 0, 0, 0]));
    expect(half.code).toBe("invalid_vector_entry");
    expect([half.attribute, half.value, half.index]).toEqual(["sleeve", "Long", 3]);
    expect(half.message).toBe(
      'Label vector entry 3 (attribute "sleeve", value "Long") is 0.5; entries must be 0 or 1',
    );
    const minus = schemaErrorOf(() => validateLabelVector(tiny, [0, 0, 0, 0, 0, 0, -1]));
    expect(minus.attribute).toBe("texture");
    expect(
      schemaErrorOf(() => validateLabelVector(tiny, [Number.NaN, 0, 0, 0, 0, 0, 0])).index,
    ).toBe(0);
  });

  it("rejects two ones in one block, naming both values", () => {
    const vector = encodeLabels(shopping100k, { color: "Navy" });
    vector[45] = 1;
    const error = schemaErrorOf(() => validateLabelVector(shopping100k, vector));
    expect(error.code).toBe("multiple_values");
    expect([error.attribute, error.value, error.index]).toEqual(["color", "Red", 45]);
    expect(error.message).toBe(
      'Label vector block of attribute "color" (entries 33-51) has two ones: "Navy" at 38 and "Red" at 45',
    );
  });
});

describe("valueIndices / fromValueIndices", () => {
  it("round-trips per-attribute positions, -1 for missing", () => {
    const random = seededRandom(11);
    for (const schema of [shopping100k, tiny]) {
      for (let n = 0; n < 200; n++) {
        const vector = encodeLabels(schema, randomLabels(schema, random));
        const indices = valueIndices(schema, vector);
        expect(indices.length).toBe(schema.attributes.length);
        expect(fromValueIndices(schema, indices)).toEqual(vector);
      }
    }
    expect([...valueIndices(tiny, [0, 1, 0, 0, 0, 0, 1])]).toEqual([1, -1, 1]);
  });

  it("rejects a wrong count and out-of-range positions", () => {
    const count = schemaErrorOf(() => fromValueIndices(tiny, [0, 0]));
    expect(count.code).toBe("invalid_vector_length");
    expect(count.message).toBe(
      "Value index list has 2 entries, expected 3 (one per attribute of tiny)",
    );
    const range = schemaErrorOf(() => fromValueIndices(tiny, [0, 2, -1]));
    expect([range.code, range.attribute, range.index]).toEqual(["unknown_value", "sleeve", 1]);
    expect(range.message).toBe(
      'Value index 2 is out of range for attribute "sleeve" (0 to 1, or -1 for missing)',
    );
    expect(schemaErrorOf(() => fromValueIndices(tiny, [0.5, 0, 0])).attribute).toBe("shape");
  });
});
