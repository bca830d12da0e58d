import { describe, expect, it } from "vitest";
import { manipulationIndicator } from "./indicator.ts";
import { loadAttributeSchema } from "./load.ts";
import { manipulationKind, normalizeManipulation, validateManipulation } from "./manipulation.ts";
import { shopping100k } from "./shopping100k.ts";
import { schemaErrorOf, tinySchemaJson } from "./test-support.ts";

const tiny = loadAttributeSchema(tinySchemaJson);
const item = { category: "Shirt", collar: "Polo", color: "Red" };

describe("manipulationKind", () => {
  it("tells replace, add and remove apart", () => {
    expect(manipulationKind({ attribute: "color", remove: "Red", add: "Navy" })).toBe("replace");
    expect(manipulationKind({ attribute: "color", add: "Navy" })).toBe("add");
    expect(manipulationKind({ attribute: "collar", remove: "Polo" })).toBe("remove");
  });

  it("rejects a manipulation with neither remove nor add", () => {
    const error = schemaErrorOf(() => manipulationKind({ attribute: "color" }));
    expect([error.code, error.attribute]).toEqual(["empty_manipulation", "color"]);
    expect(error.message).toBe('Manipulation of "color" has neither "remove" nor "add"');
  });
});

describe("normalizeManipulation", () => {
  it("returns canonical key and spellings", () => {
    expect(
      normalizeManipulation(shopping100k, {
        attribute: "Sleeve length",
        remove: "long",
        add: "SHORT",
      }),
    ).toEqual({
      attribute: "sleevelen",
      remove: "Long",
      add: "Short",
    });
  });

  it("rejects values of another attribute and unknown attributes", () => {
    const error = schemaErrorOf(() =>
      normalizeManipulation(shopping100k, { attribute: "collar", add: "Navy" }),
    );
    expect([error.code, error.attribute, error.value]).toEqual(["unknown_value", "collar", "Navy"]);
    expect(
      schemaErrorOf(() => normalizeManipulation(tiny, { attribute: "colour", add: "Red" })).code,
    ).toBe("unknown_attribute");
  });

  it("rejects removing and adding the same value", () => {
    const error = schemaErrorOf(() =>
      normalizeManipulation(shopping100k, { attribute: "color", remove: "Red", add: "red" }),
    );
    expect([error.code, error.attribute, error.value]).toEqual([
      "no_op_manipulation",
      "color",
      "Red",
    ]);
    expect(error.message).toBe('Manipulation of "color" removes and adds the same value "Red"');
  });
});

describe("validateManipulation", () => {
  it("accepts manipulations that match the current labels", () => {
    expect(
      validateManipulation(shopping100k, item, { attribute: "color", remove: "red", add: "Navy" }),
    ).toEqual({
      attribute: "color",
      remove: "Red",
      add: "Navy",
    });
    expect(validateManipulation(shopping100k, item, { attribute: "fit", add: "Slim" })).toEqual({
      attribute: "fit",
      add: "Slim",
    });
  });

  it("requires remove to be the current value", () => {
    const wrong = schemaErrorOf(() =>
      validateManipulation(shopping100k, item, { attribute: "color", remove: "Blue", add: "Navy" }),
    );
    expect([wrong.code, wrong.attribute, wrong.value]).toEqual([
      "remove_mismatch",
      "color",
      "Blue",
    ]);
    expect(wrong.message).toBe('Cannot remove "Blue" from "color": its current value is "Red"');
    const missing = schemaErrorOf(() =>
      validateManipulation(shopping100k, item, { attribute: "fit", remove: "Slim" }),
    );
    expect(missing.message).toBe('Cannot remove "Slim" from "fit": the item has no fit');
  });

  it("requires a present value to be removed before another is added", () => {
    const error = schemaErrorOf(() =>
      validateManipulation(shopping100k, item, { attribute: "color", add: "Navy" }),
    );
    expect([error.code, error.attribute, error.value]).toEqual([
      "remove_mismatch",
      "color",
      undefined,
    ]);
    expect(error.message).toBe(
      'Cannot add "Navy" to "color": its current value "Red" must be removed before adding "Navy"',
    );
  });
});

describe("manipulationIndicator", () => {
  it("is -1 at the old value and +1 at the new one", () => {
    const indicator = manipulationIndicator(shopping100k, {
      attribute: "color",
      remove: "Red",
      add: "Navy",
    });
    expect(indicator).toBeInstanceOf(Float32Array);
    expect(indicator.length).toBe(151);
    expect(
      [...indicator.keys()].filter((i) => indicator[i] !== 0).map((i) => [i, indicator[i]]),
    ).toEqual([
      [38, 1],
      [45, -1],
    ]);
  });

  it("has only +1 for add and only -1 for remove", () => {
    expect([...manipulationIndicator(tiny, { attribute: "texture", add: "Lace" })]).toEqual([
      0, 0, 0, 0, 0, 0, 1,
    ]);
    expect([...manipulationIndicator(tiny, { attribute: "Shape", remove: "a-line" })]).toEqual([
      -1, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("validates like normalizeManipulation", () => {
    expect(schemaErrorOf(() => manipulationIndicator(tiny, { attribute: "shape" })).code).toBe(
      "empty_manipulation",
    );
  });
});
