import { describe, expect, it } from "vitest";
import { formatFailure, measureAccuracy } from "./accuracy.ts";
import { CATEGORIES } from "./types.ts";
import { utterances } from "./utterances.ts";

describe("corpus accuracy", () => {
  const report = measureAccuracy(utterances);

  it("has at least 300 utterances covering every category", () => {
    expect(utterances.length).toBeGreaterThanOrEqual(300);
    for (const category of CATEGORIES) expect(report.byCategory[category].total).toBeGreaterThan(0);
  });

  it("parses at least 95 % of the corpus", () => {
    // Listed so a drop below the bar says which utterances broke.
    const failures = report.failures.map(formatFailure);
    expect(report.accuracy, failures.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
