import { describe, expect, it } from "vitest";
import { parseMannLoss } from "./loss.ts";

describe("parseMannLoss", () => {
  it("weighs each named term 1 or as given, and the others 0", () => {
    expect(parseMannLoss("smooth-l1")).toEqual({
      "smooth-l1": 1,
      triplet: 0,
      consistency: 0,
      "label-triplet": 0,
    });
    expect(parseMannLoss("smooth-l1, triplet=0.5,label-triplet=2")).toEqual({
      "smooth-l1": 1,
      triplet: 0.5,
      consistency: 0,
      "label-triplet": 2,
    });
  });

  it.each([
    [
      "smooth_l1",
      /unknown term "smooth_l1".*terms: smooth-l1, triplet, consistency, label-triplet/,
    ],
    ["triplet=-1", /weight of triplet must be a number >= 0, got "-1"/],
    ["triplet=", /weight of triplet must be a number >= 0, got ""/],
    ["triplet=x", /weight of triplet must be a number >= 0, got "x"/],
    ["triplet=0", /every term of "triplet=0" weighs 0/],
    ["", /unknown term ""/],
  ])("refuses %j with a message naming what is wrong", (spec, message) => {
    expect(() => parseMannLoss(spec)).toThrow(message);
  });
});
