import { describe, expect, it } from "vitest";
import { readOfflineReport } from "./offline-report.ts";

describe("readOfflineReport", () => {
  it("reads rows and a summary, ignoring unknown fields", () => {
    const report = readOfflineReport({
      startedAt: "2026-11-27T04:01:58.166Z",
      seconds: 101.6,
      data: { kind: "catalog", seed: 42, count: 20000 },
      results: [
        {
          model: "MANN",
          task: "single",
          queries: 10,
          topK: { top10: 80.5, x: "no" },
          ndcg30: 0.5,
          extra: 1,
        },
      ],
    });
    expect(report?.rows).toEqual([
      {
        model: "MANN",
        task: "single",
        queries: 10,
        topK: { top10: 80.5 },
        ndcg30: 0.5,
        ndcgT30: null,
        ndcgO30: null,
      },
    ]);
    expect(report?.summary).toContain("catalog data (20000 products, seed 42)");
  });

  it("is null for something other than an object", () => {
    expect(readOfflineReport(null)).toBeNull();
    expect(readOfflineReport([1])).toBeNull();
  });
});
