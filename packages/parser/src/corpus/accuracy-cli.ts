// Prints the parser's accuracy on its corpus, overall and per category, and every failure.
import { formatFailure, measureAccuracy } from "./accuracy.ts";
import { CATEGORIES } from "./types.ts";
import { utterances } from "./utterances.ts";

const report = measureAccuracy(utterances);
const percent = (correct: number, total: number) =>
  total === 0 ? "n/a" : `${((100 * correct) / total).toFixed(1)} %`;
console.log(
  `overall   ${percent(report.correct, report.total)} (${report.correct}/${report.total})`,
);
for (const category of CATEGORIES) {
  const { correct, total } = report.byCategory[category];
  console.log(`${category.padEnd(9)} ${percent(correct, total)} (${correct}/${total})`);
}
for (const failure of report.failures) console.log(formatFailure(failure));
process.exitCode = report.accuracy >= 0.95 ? 0 : 1;
