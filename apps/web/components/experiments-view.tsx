"use client";
import { useState } from "react";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import {
  ExperimentResultsDocument,
  type ExperimentResultsQuery,
  ExperimentsDocument,
} from "../lib/generated/graphql.ts";
import { IntervalPlot, type IntervalRow } from "./interval-plot.tsx";
import { TrafficChart } from "./traffic-chart.tsx";

type VariantResult = NonNullable<ExperimentResultsQuery["experimentResults"]>["variants"][number];
type Comparison = {
  readonly unavailable: string | null;
  readonly difference: number | null;
  readonly confidenceInterval: ReadonlyArray<number> | null;
  readonly pValue: number | null;
};

const num = (n: number | null | undefined, digits = 3) =>
  n === null || n === undefined ? "—" : n.toFixed(digits);

/** One line per offline row of a variant's model: "single: top-10 72.6, NDCG@30 0.53". */
function offlineText(offline: unknown): string {
  if (!Array.isArray(offline) || offline.length === 0) return "—";
  return offline
    .map((row) => {
      if (typeof row !== "object" || row === null) return String(row);
      const r = row as Record<string, unknown>;
      const top = r.topK as Record<string, number> | undefined;
      const parts = [
        typeof r.task === "string" ? `${r.task}:` : "",
        top?.top10 !== undefined ? `top-10 ${top.top10.toFixed(1)} %` : "",
        typeof r.ndcg30 === "number" ? `NDCG@30 ${r.ndcg30.toFixed(3)}` : "",
      ];
      return parts.filter(Boolean).join(" ");
    })
    .join("; ");
}

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

function Comparisons({ variants }: { variants: readonly VariantResult[] }) {
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

function Results({ experimentKey }: { experimentKey: string }) {
  const { apiKey } = useApiKey();
  const { data, loading, error, reload } = useQuery(
    ExperimentResultsDocument,
    { key: experimentKey },
    apiKey,
  );
  if (loading) return <p role="status">Loading results…</p>;
  if (error) {
    return (
      <p className="error" role="alert">
        {error}{" "}
        <button type="button" onClick={reload}>
          Retry
        </button>
      </p>
    );
  }
  const results = data?.experimentResults;
  if (!results) return <p>No results for {experimentKey}.</p>;
  const ratio = results.sampleRatio;
  return (
    <section className="stack" aria-labelledby="results-heading">
      <h2 id="results-heading">
        Results of {results.experiment.key} ({results.experiment.status.toLowerCase()})
      </h2>
      <div className="table-wrap">
        <table data-testid="variant-results">
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col">Users</th>
              <th scope="col">Exposures</th>
              <th scope="col">Clicks</th>
              <th scope="col">Likes / dislikes</th>
              <th scope="col">Add-to-carts</th>
              <th scope="col">Carts per user</th>
              <th scope="col">Clicks per exposure</th>
              <th scope="col">Δ carts/user [95 % CI] p</th>
              <th scope="col">Δ clicks/exposure [95 % CI] p</th>
              <th scope="col">Offline (model)</th>
            </tr>
          </thead>
          <tbody>
            {results.variants.map((v) => {
              const w = v.addToCartsWelch;
              const d = v.clicksPerExposureDelta;
              return (
                <tr key={v.variantId}>
                  <th scope="row">
                    {v.key}
                    {v.control ? " (control)" : ""}
                  </th>
                  <td>{v.users}</td>
                  <td>{v.exposures}</td>
                  <td>{v.events.click}</td>
                  <td>
                    {v.events.like} / {v.events.dislike}
                  </td>
                  <td>{v.events.addToCart}</td>
                  <td>{num(v.addToCartsPerUser)}</td>
                  <td>{num(v.clicksPerExposure)}</td>
                  <td>
                    {v.control
                      ? "—"
                      : w?.unavailable
                        ? w.unavailable
                        : `${num(w?.difference)} [${num(w?.confidenceInterval?.[0])}, ${num(w?.confidenceInterval?.[1])}] p=${num(w?.pValue)}`}
                  </td>
                  <td>
                    {v.control
                      ? "—"
                      : d?.unavailable
                        ? d.unavailable
                        : `${num(d?.difference)} [${num(d?.confidenceInterval?.[0])}, ${num(d?.confidenceInterval?.[1])}] p=${num(d?.pValue)}`}
                  </td>
                  <td>{offlineText(v.offline)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="notice">
        Sample ratio:{" "}
        {ratio.unavailable
          ? ratio.unavailable
          : `χ² ${num(ratio.chiSquare)}, p=${num(ratio.pValue)}${ratio.mismatch ? " — mismatch!" : " (no mismatch)"}`}
      </p>
      <div className="row" style={{ alignItems: "flex-start", gap: 24 }}>
        <Comparisons variants={results.variants} />
        <TrafficChart points={data.experimentTraffic} />
      </div>
    </section>
  );
}

/** Experiments with their variants; the chosen one's results, plots and traffic. */
export function ExperimentsView() {
  const { apiKey } = useApiKey();
  const { data, loading, error, reload } = useQuery(ExperimentsDocument, {}, apiKey);
  const [chosen, setChosen] = useState<string | null>(null);
  const experiments = data?.experiments ?? [];
  const key = chosen ?? experiments[0]?.key ?? null;
  return (
    <div className="stack">
      <h1>Experiments</h1>
      {loading ? <p role="status">Loading experiments…</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error}{" "}
          <button type="button" onClick={reload}>
            Retry
          </button>
        </p>
      ) : null}
      {!loading && !error && experiments.length === 0 ? <p>No experiments yet.</p> : null}
      {experiments.length > 0 ? (
        <div className="table-wrap">
          <table data-testid="experiments">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Status</th>
                <th scope="col">Description</th>
                <th scope="col">Variants (weight, config)</th>
                <th scope="col">
                  <span className="visually-hidden">Results</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {experiments.map((e) => (
                <tr key={e.id} aria-current={e.key === key ? "true" : undefined}>
                  <th scope="row">{e.key}</th>
                  <td>{e.status.toLowerCase()}</td>
                  <td>{e.description || "—"}</td>
                  <td>
                    {e.variants
                      .map((v) => `${v.key} (${v.weight}, ${JSON.stringify(v.config)})`)
                      .join("; ")}
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-pressed={e.key === key}
                      onClick={() => setChosen(e.key)}
                    >
                      Results of {e.key}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {key ? <Results experimentKey={key} /> : null}
    </div>
  );
}
