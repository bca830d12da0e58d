"use client";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import { OfflineEvaluationDocument } from "../lib/generated/graphql.ts";
import { readOfflineReport } from "../lib/offline-report.ts";
import { DataTable } from "./data-table.tsx";
import { LoadStatus } from "./load-status.tsx";

const fixed = (n: number | null | undefined, digits: number) =>
  n === null || n === undefined ? "—" : n.toFixed(digits);

/** The committed offline evaluation: top-k accuracy and NDCG@30 per model and task. */
export function OfflineEvaluation() {
  const { apiKey } = useApiKey();
  const { data, loading, error, reload } = useQuery(OfflineEvaluationDocument, {}, apiKey);
  if (loading || error) {
    return <LoadStatus loading={loading && "Loading the report…"} error={error} onRetry={reload} />;
  }
  const report = readOfflineReport(data?.offlineEvaluation);
  if (!report) return <p>No offline evaluation has been committed.</p>;
  const ks = [...new Set(report.rows.flatMap((r) => Object.keys(r.topK)))];
  const tasks = [...new Set(report.rows.map((r) => r.task))];
  return (
    <div className="stack">
      <h1>Offline evaluation</h1>
      <p className="notice">
        {report.startedAt ? `Run ${new Date(report.startedAt).toLocaleString()} · ` : ""}
        {report.summary}
      </p>
      {tasks.map((task) => (
        <section key={task} aria-labelledby={`task-${task}`}>
          <h2 id={`task-${task}`}>Task: {task}</h2>
          <DataTable
            testId="offline-results"
            columns={[
              "Model",
              "Queries",
              ...ks.map((k) => `${k.replace("top", "Top-")} %`),
              "NDCG@30",
              "NDCG_t@30",
              "NDCG_o@30",
            ]}
          >
            {report.rows
              .filter((r) => r.task === task)
              .map((r) => (
                <tr key={`${r.model}-${r.task}`}>
                  <th scope="row">{r.model}</th>
                  <td>{r.queries ?? "—"}</td>
                  {ks.map((k) => (
                    <td key={k}>{fixed(r.topK[k], 1)}</td>
                  ))}
                  <td>{fixed(r.ndcg30, 3)}</td>
                  <td>{fixed(r.ndcgT30, 3)}</td>
                  <td>{fixed(r.ndcgO30, 3)}</td>
                </tr>
              ))}
          </DataTable>
        </section>
      ))}
    </div>
  );
}
