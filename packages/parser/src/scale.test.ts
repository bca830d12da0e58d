import { describe, expect, it } from "vitest";
import { poleOf, sameChain, stepValue } from "./scale.ts";

describe("stepValue", () => {
  it("steps along a chain and through equivalents", () => {
    expect(stepValue("sleevelen", "Short", 1)).toEqual({ ok: true, value: "Elbow" });
    expect(stepValue("sleevelen", "Spaghetti", 1)).toEqual({ ok: true, value: "Extra Short" });
    expect(stepValue("fit", "Regular", -1)).toEqual({ ok: true, value: "Tailered" });
    expect(stepValue("color", "Blue", 1)).toEqual({ ok: true, value: "Indigo" });
  });

  it("says why it cannot step", () => {
    expect(stepValue("sleevelen", "Extra Long", 1)).toMatchObject({ ok: false, reason: "at_end" });
    expect(stepValue("color", "Yellow", 1)).toMatchObject({ ok: false, reason: "off_scale" });
    expect(stepValue("gender", "Male", 1)).toMatchObject({ ok: false, reason: "no_scale" });
  });
});

describe("poleOf", () => {
  it("says which end of a single-chain scale a value lies towards", () => {
    expect(poleOf("fit", "Slim")).toBe(-1);
    expect(poleOf("fit", "Jeggings")).toBe(-1);
    expect(poleOf("fit", "Loose")).toBe(1);
    expect(poleOf("sleevelen", "Elbow")).toBe(0);
    expect(poleOf("sleevelen", "Long")).toBe(1);
  });

  it("has no pole for colours (one chain per hue), values off the chain or no scale", () => {
    expect(poleOf("color", "Navy")).toBeUndefined();
    expect(poleOf("fit", "Bootcut")).toBeUndefined();
    expect(poleOf("gender", "Male")).toBeUndefined();
  });
});

describe("sameChain", () => {
  it("tells whether two values are on one chain of the scale", () => {
    expect(sameChain("color", "Light blue", "Navy")).toBe(true);
    expect(sameChain("color", "Red", "Navy")).toBe(false);
    expect(sameChain("color", "Red", null)).toBe(false);
    expect(sameChain("sleevelen", "Spaghetti", "Long")).toBe(true);
  });
});
