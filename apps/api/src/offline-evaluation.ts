/**
 * The offline evaluation report (`atelier eval --report`, committed under docs/results/) as the
 * service shows it to product teams, and each served model's rows of it (issue 6, item 5: "the
 * offline evaluation numbers of each variant's model").
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ServedModel } from "./runtime.ts";

/** The committed report of the default models on the test gallery. */
export const DEFAULT_EVALUATION_REPORT = fileURLToPath(
  new URL("../../../docs/results/results.json", import.meta.url),
);

/** The report's name of each served model (`atelier eval` names models by their options). */
const REPORT_MODEL: Record<ServedModel, string> = {
  mann: "MANN (write by attribute, prototype replace)",
  "adde-m-fair": "ADDE-M (fair)",
};

interface ReportRow {
  readonly model: string;
  readonly task: string;
  readonly queries: number;
  readonly topK: Record<string, number>;
  readonly ndcg30?: number;
  readonly ndcgT30?: number;
  readonly ndcgO30?: number;
}

export interface OfflineEvaluation {
  /** The whole report as written, or null when the file is absent. */
  report(): Promise<unknown>;
  /** The report's rows of `model` (per task: top-k accuracy and NDCG); [] when absent. */
  rowsOf(model: ServedModel): Promise<ReportRow[]>;
}

/**
 * Reads the report once per process, on first use.
 *
 * @example
 * const offline = offlineEvaluation();
 * (await offline.rowsOf("mann"))[0]?.topK.top10; // 99.63
 */
export function offlineEvaluation(file = DEFAULT_EVALUATION_REPORT): OfflineEvaluation {
  let loaded: Promise<unknown> | undefined;
  const report = () => {
    loaded ??= readFile(file, "utf8").then(
      (text) => JSON.parse(text) as unknown,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      },
    );
    return loaded;
  };
  return {
    report,
    async rowsOf(model) {
      const results = ((await report()) as { results?: unknown } | null)?.results;
      if (!Array.isArray(results)) return [];
      return (results as ReportRow[])
        .filter((row) => row.model === REPORT_MODEL[model])
        .map(({ model, task, queries, topK, ndcg30, ndcgT30, ndcgO30 }) => ({
          model,
          task,
          queries,
          topK,
          ...(ndcg30 !== undefined && { ndcg30, ndcgT30, ndcgO30 }),
        }));
    },
  };
}
