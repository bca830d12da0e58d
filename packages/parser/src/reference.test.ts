import { describe, expect, it } from "vitest";
import { matchReference } from "./reference.ts";
import { tokenize } from "./tokenize.ts";

const match = (text: string) => matchReference(tokenize(text), 0);

describe("matchReference", () => {
  it("reads the item number with a verb, noun, hash or target", () => {
    expect(match("use item 3 as reference")).toEqual({ item: 3, length: 5 });
    expect(match("#4")?.item).toBe(4);
    expect(match("item two")?.item).toBe(2);
    expect(match("use the third one")?.item).toBe(3);
    expect(match("use 6 as the reference")?.item).toBe(6);
  });

  it("ignores bare numbers, cardinal words without a noun and out-of-range items", () => {
    expect(match("3")).toBeUndefined();
    expect(match("use one")).toBeUndefined();
    expect(match("item 0")).toBeUndefined();
    expect(match("item 1000")).toBeUndefined();
  });
});
