import { describe, expect, it } from "vitest";
import { isDatasetError } from "./errors.ts";
import { parseIntegers } from "./int-rows.ts";

const at = { file: "f.txt", line: 3 };

function parseError(text: string): string {
  try {
    parseIntegers(text, at);
  } catch (error) {
    if (isDatasetError(error) && error.code === "not_an_integer") return error.message;
    throw error;
  }
  throw new Error(`parsed: ${text}`);
}

describe("parseIntegers", () => {
  it("reads integers separated by any run of spaces and tabs, with signs", () => {
    expect(parseIntegers("0 1  -1\t+1 42 ", at)).toEqual([0, 1, -1, 1, 42]);
    expect(parseIntegers("  ", at)).toEqual([]);
  });

  it("names the entry and the token that is not an integer", () => {
    expect(parseError("0 1.0 1")).toBe('f.txt:3: entry 2 ("1.0") is not an integer');
    expect(parseError("1e3")).toBe('f.txt:3: entry 1 ("1e3") is not an integer');
    expect(parseError("0 - 1")).toBe('f.txt:3: entry 2 ("-") is not an integer');
    expect(parseError("0 x")).toBe('f.txt:3: entry 2 ("x") is not an integer');
    expect(parseError("1234567890123456")).toContain("is not an integer");
  });
});
