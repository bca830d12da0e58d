import { describe, expect, it } from "vitest";
import { assertNever, isSchemaError, SchemaError } from "./errors.ts";

describe("SchemaError", () => {
  it("carries code and details", () => {
    const cause = new Error("disk");
    const error = new SchemaError("unknown_value", "bad", {
      attribute: "color",
      value: "Nvy",
      index: 3,
      suggestions: ["Navy"],
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SchemaError");
    expect([error.code, error.attribute, error.value, error.index]).toEqual([
      "unknown_value",
      "color",
      "Nvy",
      3,
    ]);
    expect(error.suggestions).toEqual(["Navy"]);
    expect(error.issues).toEqual([]);
    expect(error.cause).toBe(cause);
  });
});

describe("isSchemaError", () => {
  it("accepts SchemaErrors, also from another copy of the package", () => {
    expect(isSchemaError(new SchemaError("multiple_values", "x"))).toBe(true);
    const foreign = Object.assign(new Error("x"), { name: "SchemaError", code: "unknown_value" });
    expect(isSchemaError(foreign)).toBe(true);
  });

  it("rejects other errors and non-errors", () => {
    expect(isSchemaError(new Error("x"))).toBe(false);
    expect(isSchemaError(Object.assign(new Error("x"), { name: "SchemaError" }))).toBe(false);
    expect(isSchemaError({ name: "SchemaError", code: "unknown_value" })).toBe(false);
    expect(isSchemaError(undefined)).toBe(false);
  });
});

describe("assertNever", () => {
  it("throws on a value the types said could not happen", () => {
    expect(() => assertNever("surprise" as never)).toThrow('Unhandled case: "surprise"');
  });
});
