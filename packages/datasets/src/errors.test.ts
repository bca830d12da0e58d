import { describe, expect, it } from "vitest";
import { DatasetError, isDatasetError } from "./errors.ts";

describe("DatasetError", () => {
  it("starts its message with file:line, like a compiler", () => {
    const error = new DatasetError("not_an_integer", 'entry 3 ("x") is not an integer', {
      file: "labels_train.txt",
      line: 7,
    });
    expect(error.message).toBe('labels_train.txt:7: entry 3 ("x") is not an integer');
    expect([error.name, error.code, error.file, error.line]).toEqual([
      "DatasetError",
      "not_an_integer",
      "labels_train.txt",
      7,
    ]);
  });

  it("names the file alone when there is no line, and nothing without a file", () => {
    expect(new DatasetError("missing_file", "file not found", { file: "a.txt" }).message).toBe(
      "a.txt: file not found",
    );
    expect(new DatasetError("invalid_argument", "size must be positive").message).toBe(
      "size must be positive",
    );
  });

  it("keeps the cause", () => {
    const cause = new Error("ENOENT");
    expect(new DatasetError("missing_file", "x", { file: "a", cause }).cause).toBe(cause);
  });
});

describe("isDatasetError", () => {
  it("accepts DatasetErrors, also from another copy of the package", () => {
    expect(isDatasetError(new DatasetError("empty_line", "x"))).toBe(true);
    const foreign = Object.assign(new Error("x"), { name: "DatasetError", code: "empty_line" });
    expect(isDatasetError(foreign)).toBe(true);
  });

  it("rejects other errors and non-errors", () => {
    expect(isDatasetError(new Error("x"))).toBe(false);
    expect(isDatasetError({ name: "DatasetError", code: "empty_line" })).toBe(false);
    expect(isDatasetError(undefined)).toBe(false);
  });
});
