import type { ExperimentResultsQuery } from "../lib/generated/graphql.ts";
import { IntervalPlot, type IntervalRow } from "./interval-plot.tsx";

type VariantResult = NonNullable<ExperimentResultsQuery["experimentResults"]>["variants"][number];

/** A variant's difference from control (Welch's t-test or the delta method). */
export type Comparison = {
  readonly unavailable: string | null;
  readonly difference: number | null;
  readonly confidenceInterval: ReadonlyArray<number> | null;
  readonly pValue: number | null;
};

function comparisonRows(
  variants: readonly VariantResult[],
  pick: (v: VariantResult) => Comparison | null,
) {
  const rows: IntervalRow[] = [];
  const notes: string[] = [];
  for (const v of variants) {
    if (v.control) {
      rows.push({ label: `${v.key} (control)`, value: 0 });
      continue;
    }
    const c = pick(v);
    if (!c || c.unavailable || c.difference === null) {
      notes.push(`${v.key}: ${c?.unavailable ?? "no comparison"}`);
      continue;
    }
    rows.push({
      label: v.key,
      value: c.difference,
      low: c.confidenceInterval?.[0] ?? null,
      high: c.confidenceInterval?.[1] ?? null,
    });
  }
  return { rows, notes };
}

/** The differences from control with their 95 % intervals, one plot per metric. */
export function VariantComparisons({ variants }: { variants: readonly VariantResult[] }) {
  const plots = [
    {
      title: "Add-to-carts per user: difference from control, 95 % interval (Welch)",
      ...comparisonRows(variants, (v) => v.addToCartsWelch),
    },
    {
      title: "Clicks per exposure: difference from control, 95 % interval (delta method)",
      ...comparisonRows(variants, (v) => v.clicksPerExposureDelta),
    },
  ];
  return (
    <div className="stack">
      {plots.map((plot) => (
        <div key={plot.title}>
          <IntervalPlot title={plot.title} rows={plot.rows} />
          {plot.notes.length > 0 ? (
            <p className="notice">Not available: {plot.notes.join("; ")}</p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
