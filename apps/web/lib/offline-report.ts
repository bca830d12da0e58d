// Reads the offline evaluation report (docs/results/results.json, as the API serves it) into rows,
// tolerating fields it does not know.

export interface OfflineRow {
  readonly model: string;
  readonly task: string;
  readonly queries: number | null;
  /** Top-k accuracy in percent, by k. */
  readonly topK: Readonly<Record<string, number>>;
  readonly ndcg30: number | null;
  readonly ndcgT30: number | null;
  readonly ndcgO30: number | null;
}

export interface OfflineReport {
  readonly startedAt: string | null;
  readonly summary: string;
  readonly rows: readonly OfflineRow[];
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
const numberOr = (value: unknown): number | null => (typeof value === "number" ? value : null);

/**
 * The report's rows, or null when it is not an object.
 *
 * @example
 * readOfflineReport({ results: [{ model: "MANN", task: "single", topK: { top10: 80 } }] });
 */
export function readOfflineReport(value: unknown): OfflineReport | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const report = record(value);
  const results = Array.isArray(report.results) ? report.results : [];
  const rows = results.map((entry): OfflineRow => {
    const r = record(entry);
    const topK = Object.fromEntries(
      Object.entries(record(r.topK)).filter((e): e is [string, number] => typeof e[1] === "number"),
    );
    return {
      model: String(r.model ?? "?"),
      task: String(r.task ?? "?"),
      queries: numberOr(r.queries),
      topK,
      ndcg30: numberOr(r.ndcg30),
      ndcgT30: numberOr(r.ndcgT30),
      ndcgO30: numberOr(r.ndcgO30),
    };
  });
  const data = record(report.data);
  const gallery = record(report.gallery);
  const machine = record(report.machine);
  const summary = [
    data.kind
      ? `${String(data.kind)} data (${String(data.count ?? "?")} products, seed ${String(data.seed ?? "?")})`
      : "",
    gallery.count ? `gallery of ${String(gallery.count)}` : "",
    machine.cpu
      ? `${String(machine.cores ?? "?")} × ${String(machine.cpu)}, tfjs ${String(machine.tfBackend ?? "?")}`
      : "",
    typeof report.seconds === "number" ? `${report.seconds.toFixed(0)} s` : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return {
    startedAt: typeof report.startedAt === "string" ? report.startedAt : null,
    summary,
    rows,
  };
}
