/**
 * Prints the closing line of the test command, `N passed, N failed`, after one line per failure
 * the counts alone would hide; exits non-zero when anything failed.
 *
 * @example
 *   npx turbo run lint typecheck test --summarize && npx tsx packages/setup/src/summarize-tests.ts
 */
import { resolve } from "node:path";
import { closingLine, summarizeTests } from "./summarize.ts";

const summary = summarizeTests(resolve(import.meta.dirname, "../../.."));
for (const problem of summary.problems) console.log(`  ✗ ${problem}`);
console.log(closingLine(summary));
process.exitCode = summary.failed > 0 ? 1 : 0;
