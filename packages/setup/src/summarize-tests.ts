/**
 * Prints the closing line of the test command, `N passed, N failed`, summed over every
 * workspace's vitest JSON report and turbo's run summary (a failed lint or typecheck task counts
 * as one failure, so the line never reads green while the run is red).
 *
 * @example
 *   npx turbo run lint typecheck test --summarize && npx tsx packages/setup/src/summarize-tests.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

interface TurboSummary {
  tasks: { taskId: string; task: string; execution?: { exitCode: number | null } }[];
}

const root = resolve(import.meta.dirname, "../../..");

function workspaceDirs(): string[] {
  const parents = ["apps", "packages"].map((p) => join(root, p)).filter((p) => existsSync(p));
  const children = parents.flatMap((p) => readdirSync(p).map((name) => join(p, name)));
  return [...children, join(root, "test")].filter((dir) => existsSync(join(dir, "package.json")));
}

function hasTestScript(dir: string): boolean {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return typeof pkg.scripts?.test === "string";
}

function latestTurboSummary(): TurboSummary | undefined {
  const runs = join(root, ".turbo", "runs");
  if (!existsSync(runs)) return undefined;
  const files = readdirSync(runs)
    .filter((f) => f.endsWith(".json"))
    .map((f) => join(runs, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return files[0] ? (JSON.parse(readFileSync(files[0], "utf8")) as TurboSummary) : undefined;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const problems: string[] = [];

for (const dir of workspaceDirs()) {
  if (!hasTestScript(dir)) continue;
  const reportPath = join(dir, ".reports", "vitest.json");
  const name = dir.slice(root.length + 1);
  if (!existsSync(reportPath)) {
    failed += 1;
    problems.push(`${name}: no test report (its tests did not run)`);
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as VitestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
  // A file that fails to import has no test results but must still count as a failure.
  for (const file of report.testResults) {
    if (file.status === "failed" && file.assertionResults.length === 0) {
      failed += 1;
      problems.push(`${file.name.slice(root.length + 1)}: ${file.message ?? "failed to load"}`);
    }
  }
}

for (const task of latestTurboSummary()?.tasks ?? []) {
  if (task.task !== "test" && (task.execution?.exitCode ?? 0) !== 0) {
    failed += 1;
    problems.push(`${task.taskId} failed`);
  }
}

for (const problem of problems) console.log(`  ✗ ${problem}`);
const skippedNote = skipped > 0 ? `, ${skipped} skipped` : "";
console.log(`${passed} passed, ${failed} failed${skippedNote}`);
process.exitCode = failed > 0 ? 1 : 0;
