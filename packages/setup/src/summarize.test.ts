import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closingLine, summarizeTests } from "./summarize.ts";

let root = "";

function writeJson(path: string, value: unknown): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
}

function workspace(dir: string, report?: unknown, withTests = true): void {
  writeJson(join(root, dir, "package.json"), { scripts: withTests ? { test: "vitest run" } : {} });
  if (report) writeJson(join(root, dir, ".reports", "vitest.json"), report);
}

const report = (passed: number, failed: number, testResults: unknown[] = []) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  testResults,
});

describe("summarizeTests", () => {
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("sums passed and failed tests over every workspace", () => {
    root = mkdtempSync(join(tmpdir(), "atelier-summary-"));
    workspace("packages/a", report(5, 0));
    workspace("apps/b", report(3, 2));
    workspace("test", report(4, 0));
    const summary = summarizeTests(root);
    expect(closingLine(summary)).toBe("12 passed, 2 failed");
  });

  it("counts a workspace whose tests did not run, and a test file that failed to load", () => {
    root = mkdtempSync(join(tmpdir(), "atelier-summary-"));
    workspace("packages/silent");
    workspace("packages/docs", undefined, false);
    const broken = { name: join(root, "test/x.test.ts"), status: "failed", assertionResults: [] };
    workspace("test", report(1, 0, [{ ...broken, message: "Cannot find module" }]));
    const summary = summarizeTests(root);
    expect(closingLine(summary)).toBe("1 passed, 2 failed");
    expect(summary.problems).toEqual([
      "packages/silent: no test report (its tests did not run)",
      "test/x.test.ts: Cannot find module",
    ]);
  });

  it("counts a failed lint or typecheck task from turbo's run summary", () => {
    root = mkdtempSync(join(tmpdir(), "atelier-summary-"));
    workspace("packages/a", report(2, 0));
    writeJson(join(root, ".turbo", "runs", "run.json"), {
      tasks: [
        { taskId: "@atelier/a#lint", task: "lint", execution: { exitCode: 1 } },
        { taskId: "@atelier/a#test", task: "test", execution: { exitCode: 0 } },
      ],
    });
    const summary = summarizeTests(root);
    expect(closingLine(summary)).toBe("2 passed, 1 failed");
    expect(summary.problems).toEqual(["@atelier/a#lint failed"]);
  });
});
