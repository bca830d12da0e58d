import { describe, expect, it } from "vitest";
import { formatFailure, measureAccuracy } from "./accuracy.ts";
import { heldOut, heldOutSecond } from "./held-out.ts";
import { CATEGORIES } from "./types.ts";
import { utterances } from "./utterances.ts";

// Listed in the assertion message so a drop below the bar says which utterances broke.
const failuresOf = (report: ReturnType<typeof measureAccuracy>) =>
  report.failures.map(formatFailure).join("\n");

describe("generated corpus accuracy", () => {
  const report = measureAccuracy(utterances);

  it("has at least 300 utterances covering every category of change and command", () => {
    expect(utterances.length).toBeGreaterThanOrEqual(300);
    for (const category of CATEGORIES.filter((c) => c !== "unparsed"))
      expect(report.byCategory[category].total).toBeGreaterThan(0);
  });

  it("parses at least 95 % of the corpus", () => {
    expect(report.accuracy, failuresOf(report)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("held-out corpus accuracy", () => {
  const report = measureAccuracy(heldOut);

  it("has at least 320 utterances, every category, and about 10 % that parse into nothing", () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(320);
    for (const category of CATEGORIES) expect(report.byCategory[category].total).toBeGreaterThan(0);
    const nothing = heldOut.filter((u) => u.manipulations.length + u.commands.length === 0);
    expect(nothing.length / heldOut.length).toBeGreaterThanOrEqual(0.08);
  });

  it("parses at least 95 % of both held-out corpora", () => {
    expect(report.accuracy, failuresOf(report)).toBeGreaterThanOrEqual(0.95);
    const second = measureAccuracy(heldOutSecond);
    expect(second.accuracy, failuresOf(second)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("measureAccuracy", () => {
  it("counts an expected no-op as right only when the parser replied", () => {
    const report = measureAccuracy([
      { category: "unparsed", text: "hello there", manipulations: [], commands: [] },
    ]);
    expect(report.accuracy).toBe(1);
  });

  it("lists expected and got for a failure", () => {
    const report = measureAccuracy([
      {
        category: "plain",
        text: "navy",
        manipulations: [{ attribute: "color", add: "Black" }],
        commands: [],
      },
    ]);
    expect(report.accuracy).toBe(0);
    expect(formatFailure(report.failures[0] as never)).toBe(
      '[plain] "navy": expected color +Black; got color +Navy',
    );
  });
});
