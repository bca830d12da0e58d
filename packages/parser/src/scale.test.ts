import { describe, expect, it } from "vitest";
import { stepValue } from "./scale.ts";

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
