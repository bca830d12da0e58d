import { describe, expect, it } from "vitest";
import { applyManipulation, applyManipulations, manipulationTo } from "./apply.ts";
import { manipulationIndicator } from "./indicator.ts";
import { encodeLabels } from "./labels.ts";
import { shopping100k } from "./shopping100k.ts";
import { schemaErrorOf } from "./test-support.ts";

const item = { category: "Shirt", collar: "Polo", color: "Red" };

describe("applyManipulation(s)", () => {
  it("changes only the named attribute, and matches labels + indicator", () => {
    const m = { attribute: "color", remove: "Red", add: "Navy" };
    const after = applyManipulation(shopping100k, item, m);
    expect(after).toMatchObject({ category: "Shirt", collar: "Polo", color: "Navy", fit: null });
    const before = encodeLabels(shopping100k, item);
    const indicator = manipulationIndicator(shopping100k, m);
    expect(encodeLabels(shopping100k, after)).toEqual(
      before.map((v, i) => v + (indicator[i] ?? 0)),
    );
  });

  it("clears an attribute on remove", () => {
    expect(
      applyManipulation(shopping100k, item, { attribute: "collar", remove: "Polo" }).collar,
    ).toBeNull();
  });

  it("applies a sequence, validating each step against the labels it meets", () => {
    const steps = [
      { attribute: "color", remove: "Red", add: "Navy" },
      { attribute: "color", remove: "Navy", add: "Black" },
      { attribute: "fit", add: "Slim" },
    ];
    expect(applyManipulations(shopping100k, item, steps)).toMatchObject({
      color: "Black",
      fit: "Slim",
    });
    const stale = [
      { attribute: "color", remove: "Red", add: "Navy" },
      { attribute: "color", remove: "Red", add: "Black" },
    ];
    expect(schemaErrorOf(() => applyManipulations(shopping100k, item, stale)).message).toBe(
      'Cannot remove "Red" from "color": its current value is "Navy"',
    );
  });
});

describe("manipulationTo", () => {
  it("builds replace, add and remove from the current labels", () => {
    expect(manipulationTo(shopping100k, item, "Color", "navy")).toEqual({
      attribute: "color",
      remove: "Red",
      add: "Navy",
    });
    expect(manipulationTo(shopping100k, item, "fit", "slim")).toEqual({
      attribute: "fit",
      add: "Slim",
    });
    expect(manipulationTo(shopping100k, item, "collar", null)).toEqual({
      attribute: "collar",
      remove: "Polo",
    });
  });

  it("rejects a change to the current value", () => {
    const same = schemaErrorOf(() => manipulationTo(shopping100k, item, "color", "RED"));
    expect([same.code, same.attribute, same.value]).toEqual(["no_op_manipulation", "color", "Red"]);
    expect(same.message).toBe('Attribute "color" is already "Red"');
    expect(schemaErrorOf(() => manipulationTo(shopping100k, item, "fit", null)).message).toBe(
      'Attribute "fit" is already missing',
    );
  });
});
