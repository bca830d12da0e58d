/**
 * Sums the test command's results: every workspace's vitest JSON report plus turbo's run summary
 * (a failed lint or typecheck task counts as one failure, so the closing line never reads green
 * while the run is red).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

interface TurboSummary {
  tasks: { taskId: string; task: string; execution?: { exitCode: number | null } }[];
}

export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** One line per failure that the per-test counts would not show. */
  problems: string[];
}

function workspaceDirs(root: string): string[] {
  const parents = ["apps", "packages"].map((p) => join(root, p)).filter((p) => existsSync(p));
  const children = parents.flatMap((p) => readdirSync(p).map((name) => join(p, name)));
  return [...children, join(root, "test")].filter((dir) => existsSync(join(dir, "package.json")));
}

function hasTestScript(dir: string): boolean {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return typeof pkg.scripts?.test === "string";
}

function latestTurboSummary(root: string): TurboSummary | undefined {
  const runs = join(root, ".turbo", "runs");
  if (!existsSync(runs)) return undefined;
  const files = readdirSync(runs)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(runs, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ? (JSON.parse(readFileSync(files[0], "utf8")) as TurboSummary) : undefined;
}

/**
 * Reads `<workspace>/.reports/vitest.json` of every workspace with a test script under `root`,
 * and the newest `.turbo/runs/*.json`.
 *
 * @example
 * const { passed, failed } = summarizeTests("/repo");
 */
export function summarizeTests(root: string): TestSummary {
  const summary: TestSummary = { passed: 0, failed: 0, skipped: 0, problems: [] };
  for (const dir of workspaceDirs(root)) {
    if (!hasTestScript(dir)) continue;
    const reportPath = join(dir, ".reports", "vitest.json");
    const name = dir.slice(root.length + 1);
    if (!existsSync(reportPath)) {
      summary.failed += 1;
      summary.problems.push(`${name}: no test report (its tests did not run)`);
      continue;
    }
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as VitestReport;
    summary.passed += report.numPassedTests;
    summary.failed += report.numFailedTests;
    summary.skipped += report.numPendingTests;
    // A file that fails to import has no test results but must still count as a failure.
    for (const file of report.testResults) {
      if (file.status === "failed" && file.assertionResults.length === 0) {
        summary.failed += 1;
        summary.problems.push(
          `${file.name.slice(root.length + 1)}: ${file.message ?? "failed to load"}`,
        );
      }
    }
  }
  for (const task of latestTurboSummary(root)?.tasks ?? []) {
    if (task.task !== "test" && (task.execution?.exitCode ?? 0) !== 0) {
      summary.failed += 1;
      summary.problems.push(`${task.taskId} failed`);
    }
  }
  return summary;
}

/** The closing line, `N passed, N failed` (`, N skipped` when some were). */
export function closingLine(summary: TestSummary): string {
  const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : "";
  return `${summary.passed} passed, ${summary.failed} failed${skipped}`;
}
