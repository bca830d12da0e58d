"use client";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import { OfflineEvaluationDocument } from "../lib/generated/graphql.ts";
import { readOfflineReport } from "../lib/offline-report.ts";

const fixed = (n: number | null | undefined, digits: number) =>
  n === null || n === undefined ? "—" : n.toFixed(digits);

/** The committed offline evaluation: top-k accuracy and NDCG@30 per model and task. */
export function OfflineEvaluation() {
  const { apiKey } = useApiKey();
  const { data, loading, error, reload } = useQuery(OfflineEvaluationDocument, {}, apiKey);
  if (loading) return <p role="status">Loading the report…</p>;
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
          <div className="table-wrap">
            <table data-testid="offline-results">
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Queries</th>
                  {ks.map((k) => (
                    <th key={k} scope="col">
                      {k.replace("top", "Top-")} %
                    </th>
                  ))}
                  <th scope="col">NDCG@30</th>
                  <th scope="col">NDCG_t@30</th>
                  <th scope="col">NDCG_o@30</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
