import { describe, expect, it } from "vitest";
import type { SchemaError } from "./errors.ts";
import { loadAttributeSchema } from "./load.ts";
import { shopping100k } from "./shopping100k.ts";
import { schemaErrorOf, tinySchemaJson } from "./test-support.ts";

const dataUrl = new URL("../data/shopping100k-attributes.json", import.meta.url);

function schemaError(source: object | string): SchemaError {
  return schemaErrorOf(() => loadAttributeSchema(source));
}

type TinyJson = typeof tinySchemaJson;

function attr(json: TinyJson, i: number): TinyJson["attributes"][number] {
  const attribute = json.attributes[i];
  if (!attribute) throw new Error(`no attributes[${i}]`);
  return attribute;
}

/** A valid 3-attribute file with `edit` applied to a deep copy. */
function tinyWith(edit: (json: typeof tinySchemaJson) => void): object {
  const json = structuredClone(tinySchemaJson);
  edit(json);
  return json;
}

describe("shopping100k", () => {
  it("has the bundled file's 12 attributes and 151 values with contiguous blocks", () => {
    expect(shopping100k.dataset).toBe("Shopping100k");
    expect(shopping100k.total).toBe(151);
    expect(shopping100k.attributes.map((a) => a.key)).toEqual([
      "category",
      "collar",
      "color",
      "fabric",
      "fastening",
      "fit",
      "gender",
      "neckline",
      "pattern",
      "pocket",
      "sleevelen",
      "sport",
    ]);
    let offset = 0;
    shopping100k.attributes.forEach((attribute, i) => {
      expect(attribute.index).toBe(i);
      expect(attribute.offset).toBe(offset);
      expect(attribute.size).toBe(attribute.values.length);
      offset += attribute.size;
    });
    expect(offset).toBe(shopping100k.total);
  });

  it("keeps the dataset's own spellings", () => {
    const fit = shopping100k.attributes[5];
    expect(fit?.values).toContain("Tailered");
    expect(shopping100k.attributes[11]?.values[0]).toBe("Skii");
    expect(shopping100k.attributes[0]?.file).toBe("category.txt");
  });

  it("is frozen", () => {
    expect(Object.isFrozen(shopping100k)).toBe(true);
    expect(Object.isFrozen(shopping100k.attributes)).toBe(true);
    expect(Object.isFrozen(shopping100k.attributes[0]?.values)).toBe(true);
  });
});

describe("loadAttributeSchema", () => {
  it("reads the same schema from a path and from a file URL", () => {
    expect(loadAttributeSchema(dataUrl)).toEqual(shopping100k);
    expect(loadAttributeSchema(dataUrl.pathname)).toEqual(shopping100k);
  });

  it("loads a small made-up schema without per-attribute files", () => {
    const tiny = loadAttributeSchema(tinySchemaJson);
    expect(tiny.total).toBe(7);
    expect(tiny.attributes.map((a) => [a.key, a.offset, a.size, a.file])).toEqual([
      ["shape", 0, 3, undefined],
      ["sleeve", 3, 2, undefined],
      ["texture", 5, 2, undefined],
    ]);
  });

  it("names the attribute and expected offset when blocks are not contiguous", () => {
    const error = schemaError(
      tinyWith((j) => {
        Object.assign(attr(j, 2), { offset: 6 });
      }),
    );
    expect(error.code).toBe("invalid_schema");
    expect(error.attribute).toBe("texture");
    expect(error.issues).toEqual([
      {
        path: 'attributes[2] ("texture").offset',
        attribute: "texture",
        field: "offset",
        message: 'offset is 6, expected 5 ("sleeve" starts at 3 and has 2 values)',
      },
    ]);
    expect(error.message).toContain('attributes[2] ("texture").offset: offset is 6, expected 5');
  });

  it("requires the first block to start at 0", () => {
    const error = schemaError(
      tinyWith((j) => {
        Object.assign(attr(j, 0), { offset: 1 });
      }),
    );
    expect(error.issues.map((i) => i.message)).toContain(
      "offset is 1, expected 0 (the first attribute starts the vector)",
    );
  });

  it("checks the total against the value count", () => {
    const error = schemaError(
      tinyWith((j) => {
        j.total = 8;
      }),
    );
    expect(error.issues).toEqual([
      {
        path: "total",
        field: "total",
        message: "total is 8, but the attributes have 7 values in all",
      },
    ]);
    expect(error.message).toBe(
      "Invalid attribute schema (1 problem):\n  - total: total is 8, but the attributes have 7 values in all",
    );
  });

  it("rejects keys and names shared by two attributes, ignoring case", () => {
    const error = schemaError(
      tinyWith((j) => {
        Object.assign(attr(j, 2), { key: "Shape" });
      }),
    );
    expect(error.issues.map((i) => [i.attribute, i.field, i.message])).toEqual([
      ["Shape", "key", 'key "Shape" is already the key or name of attributes[0] ("shape")'],
    ]);
    const byName = schemaError(
      tinyWith((j) => {
        Object.assign(attr(j, 1), { name: "texture" });
      }),
    );
    expect(byName.issues[0]?.message).toBe(
      'key "texture" is already the key or name of attributes[1] ("sleeve")',
    );
  });

  it("rejects a value repeated within an attribute, ignoring case", () => {
    const error = schemaError(
      tinyWith((j) => {
        attr(j, 1).values = ["Long", "long"];
      }),
    );
    expect(error.issues).toEqual([
      {
        path: 'attributes[1] ("sleeve").values[1]',
        attribute: "sleeve",
        field: "values",
        message: 'value "long" repeats values[0] ("Long"; names ignore case)',
      },
    ]);
  });

  it("allows the same value in two attributes", () => {
    expect(() =>
      loadAttributeSchema(
        tinyWith((j) => {
          attr(j, 2).values = ["Long", "Lace"];
        }),
      ),
    ).not.toThrow();
  });

  it("rejects padded names, wrong types and empty blocks, naming each attribute", () => {
    const error = schemaError(
      tinyWith((j) => {
        attr(j, 0).values = ["A-line ", "Bodycon", "Wrap"];
        (attr(j, 1) as { offset: unknown }).offset = "3";
        attr(j, 2).values = [];
      }),
    );
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'attributes[0] ("shape").values[0]: must not start or end with spaces',
      'attributes[1] ("sleeve").offset: Invalid input: expected number, received string',
      'attributes[2] ("texture").values: Too small: expected array to have >=1 items',
    ]);
    expect(error.message).toMatch(/^Invalid attribute schema \(3 problems\):/);
  });

  it("reports every consistency problem at once", () => {
    const error = schemaError(
      tinyWith((j) => {
        j.total = 9;
        Object.assign(attr(j, 1), { offset: 4, key: "SHAPE" });
        attr(j, 2).values = ["Knit", "KNIT"];
      }),
    );
    expect(error.issues.map((i) => [i.attribute, i.field])).toEqual([
      ["SHAPE", "offset"],
      [undefined, "total"],
      ["SHAPE", "key"],
      ["texture", "values"],
    ]);
  });

  it("rejects a source that is not an object", () => {
    const error = schemaError(null as unknown as object);
    expect(error.issues).toEqual([
      { path: "(root)", message: "Invalid input: expected object, received null" },
    ]);
  });

  it("reports missing and non-JSON files as unreadable", () => {
    const missing = schemaError("/nonexistent/attributes.json");
    expect(missing.code).toBe("unreadable_schema");
    expect(missing.message).toMatch(
      /^Cannot read attribute schema "\/nonexistent\/attributes.json": ENOENT/,
    );
    const notJson = schemaError(new URL("./errors.ts", import.meta.url));
    expect(notJson.code).toBe("unreadable_schema");
    expect(notJson.message).toMatch(/^Attribute schema "file:.*errors\.ts" is not JSON: /);
  });
});
