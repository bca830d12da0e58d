import { describe, expect, it } from "vitest";
import { canonicalValue, getAttribute, getValueIndex } from "./lookup.ts";
import { shopping100k } from "./shopping100k.ts";
import { schemaErrorOf } from "./test-support.ts";

const color = getAttribute(shopping100k, "color");

describe("getAttribute", () => {
  it("finds attributes by key or name, ignoring case and spaces", () => {
    expect(getAttribute(shopping100k, "sleevelen").name).toBe("Sleeve length");
    expect(getAttribute(shopping100k, " Sleeve LENGTH ").key).toBe("sleevelen");
    expect(color.index).toBe(2);
  });

  it("suggests near keys for an unknown attribute", () => {
    const error = schemaErrorOf(() => getAttribute(shopping100k, "colour"));
    expect(error.code).toBe("unknown_attribute");
    expect(error.attribute).toBe("colour");
    expect(error.suggestions).toEqual(["color", "collar"]);
    expect(error.message).toBe(
      'Unknown attribute "colour" in Shopping100k: did you mean "color", "collar"?',
    );
    expect(schemaErrorOf(() => getAttribute(shopping100k, "sleeve")).suggestions).toEqual([
      "sleevelen",
    ]);
  });

  it("lists every key when nothing is near", () => {
    const error = schemaErrorOf(() => getAttribute(shopping100k, "brand"));
    expect(error.suggestions).toEqual(shopping100k.attributes.map((a) => a.key));
    expect(error.message).toMatch(
      /^Unknown attribute "brand" in Shopping100k: attributes are "category", "collar", /,
    );
  });
});

describe("getValueIndex", () => {
  it("finds values ignoring case and spaces", () => {
    expect(getValueIndex(color, "Navy")).toBe(5);
    expect(getValueIndex(color, "  light BLUE")).toBe(7);
    expect(canonicalValue(color, "light blue")).toBe("Light blue");
  });

  it("suggests near values for a typo", () => {
    const error = schemaErrorOf(() => getValueIndex(color, "Nvy"));
    expect(error.code).toBe("unknown_value");
    expect([error.attribute, error.value]).toEqual(["color", "Nvy"]);
    expect(error.suggestions).toEqual(["Navy"]);
    expect(error.message).toBe('Unknown value "Nvy" for attribute "color": did you mean "Navy"?');
  });

  it("lists the attribute's allowed values when nothing is near", () => {
    const gender = getAttribute(shopping100k, "gender");
    const error = schemaErrorOf(() => getValueIndex(gender, "Unisex"));
    expect(error.suggestions).toEqual(["Male", "Female"]);
    expect(error.message).toBe(
      'Unknown value "Unisex" for attribute "gender": allowed values are "Male", "Female"',
    );
  });
});
