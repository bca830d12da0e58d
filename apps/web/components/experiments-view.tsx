"use client";
import { useState } from "react";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import { ExperimentResultsDocument, ExperimentsDocument } from "../lib/generated/graphql.ts";
import { DataTable } from "./data-table.tsx";
import { LoadStatus } from "./load-status.tsx";
import { TrafficChart } from "./traffic-chart.tsx";
import { type Comparison, VariantComparisons } from "./variant-comparisons.tsx";

const num = (n: number | null | undefined, digits = 3) =>
  n === null || n === undefined ? "—" : n.toFixed(digits);

/** "0.120 [-0.050, 0.290] p=0.170", or why the comparison is not available. */
function comparisonText(c: Comparison | null): string {
  if (!c) return "—";
  if (c.unavailable) return c.unavailable;
  const [low, high] = c.confidenceInterval ?? [];
  return `${num(c.difference)} [${num(low)}, ${num(high)}] p=${num(c.pValue)}`;
}

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

function Results({ experimentKey }: { experimentKey: string }) {
  const { apiKey } = useApiKey();
  const { data, loading, error, reload } = useQuery(
    ExperimentResultsDocument,
    { key: experimentKey },
    apiKey,
  );
  if (loading || error) {
    return <LoadStatus loading={loading && "Loading results…"} error={error} onRetry={reload} />;
  }
  const results = data?.experimentResults;
  if (!results) return <p>No results for {experimentKey}.</p>;
  const ratio = results.sampleRatio;
  return (
    <section className="stack" aria-labelledby="results-heading">
      <h2 id="results-heading">
        Results of {results.experiment.key} ({results.experiment.status.toLowerCase()})
      </h2>
      <DataTable
        testId="variant-results"
        columns={[
          "Variant",
          "Users",
          "Exposures",
          "Clicks",
          "Likes / dislikes",
          "Add-to-carts",
          "Carts per user",
          "Clicks per exposure",
          "Δ carts/user [95 % CI] p",
          "Δ clicks/exposure [95 % CI] p",
          "Offline (model)",
        ]}
      >
        {results.variants.map((v) => (
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
            <td>{v.control ? "—" : comparisonText(v.addToCartsWelch)}</td>
            <td>{v.control ? "—" : comparisonText(v.clicksPerExposureDelta)}</td>
            <td>{offlineText(v.offline)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="notice">
        Sample ratio:{" "}
        {ratio.unavailable
          ? ratio.unavailable
          : `χ² ${num(ratio.chiSquare)}, p=${num(ratio.pValue)}${ratio.mismatch ? " — mismatch!" : " (no mismatch)"}`}
      </p>
      <div className="row" style={{ alignItems: "flex-start", gap: 24 }}>
        <VariantComparisons variants={results.variants} />
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
      <LoadStatus loading={loading && "Loading experiments…"} error={error} onRetry={reload} />
      {!loading && !error && experiments.length === 0 ? <p>No experiments yet.</p> : null}
      {experiments.length > 0 ? (
        <DataTable
          testId="experiments"
          columns={[
            "Key",
            "Status",
            "Description",
            "Variants (weight, config)",
            { hidden: "Results" },
          ]}
        >
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
                <button type="button" aria-pressed={e.key === key} onClick={() => setChosen(e.key)}>
                  Results of {e.key}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {key ? <Results experimentKey={key} /> : null}
    </div>
  );
}
