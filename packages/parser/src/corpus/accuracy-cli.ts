// Prints the parser's accuracy per corpus (the generated one, the held-out one, both) and per
// category, with the failures; exits 1 when a corpus is under 95 %.
// `--all` lists every failure instead of the first few per corpus.
import { type AccuracyReport, formatFailure, measureAccuracy } from "./accuracy.ts";
import { heldOut, heldOutSecond } from "./held-out.ts";
import { CATEGORIES, type Utterance } from "./types.ts";
import { utterances } from "./utterances.ts";

const SHOWN = process.argv.includes("--all") ? Number.POSITIVE_INFINITY : 15;
const percent = (correct: number, total: number) =>
  total === 0 ? "n/a" : `${((100 * correct) / total).toFixed(1)} %`;

function print(name: string, report: AccuracyReport, failures: boolean): void {
  console.log(
    `\n${name}: ${percent(report.correct, report.total)} (${report.correct}/${report.total})`,
  );
  const line = CATEGORIES.filter((c) => report.byCategory[c].total > 0)
    .map((c) => `${c} ${percent(report.byCategory[c].correct, report.byCategory[c].total)}`)
    .join(", ");
  console.log(`  ${line}`);
  if (!failures) return;
  for (const failure of report.failures.slice(0, SHOWN)) console.log(`  ${formatFailure(failure)}`);
  const more = report.failures.length - SHOWN;
  if (more > 0) console.log(`  ... and ${more} more (--all lists them)`);
}

// Texts the generated corpus also has: the held-out figure without them says how the parser does
// on wording nobody wrote the lexicon around.
const generatedTexts = new Set(utterances.map((u) => u.text.toLowerCase()));
const unseen: readonly Utterance[] = heldOut.filter(
  (u) => !generatedTexts.has(u.text.toLowerCase()),
);

const generated = measureAccuracy(utterances);
const held = measureAccuracy(heldOut);
const second = measureAccuracy(heldOutSecond);
print("generated corpus (src/corpus/utterances.json)", generated, true);
print("held-out corpus (src/corpus/held-out.json)", held, true);
print("held-out, texts not in the generated corpus", measureAccuracy(unseen), false);
print("second held-out corpus (src/corpus/held-out-2.json)", second, true);
print("combined", measureAccuracy([...utterances, ...heldOut, ...heldOutSecond]), false);
const reports = [generated, held, second];
process.exitCode = reports.every((r) => r.accuracy >= 0.95) ? 0 : 1;
