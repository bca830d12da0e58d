export interface IntervalRow {
  readonly label: string;
  readonly value: number;
  /** The interval; absent for a row without one (the control). */
  readonly low?: number | null;
  readonly high?: number | null;
}

const W = 560;
const LEFT = 150;
const RIGHT = 20;
const ROW = 34;

/**
 * A metric per variant as points with interval whiskers (SVG, no script), zero marked.
 *
 * @example
 * <IntervalPlot title="Clicks per exposure" rows={[{ label: "b", value: 0.1, low: 0, high: 0.2 }]} />
 */
export function IntervalPlot({ title, rows }: { title: string; rows: readonly IntervalRow[] }) {
  const numbers = rows.flatMap((r) => [r.value, r.low ?? r.value, r.high ?? r.value, 0]);
  let min = Math.min(...numbers);
  let max = Math.max(...numbers);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.08;
  min -= pad;
  max += pad;
  const x = (v: number) => LEFT + ((v - min) / (max - min)) * (W - LEFT - RIGHT);
  const height = rows.length * ROW + 40;
  const summary = rows
    .map(
      (r) =>
        `${r.label}: ${r.value.toFixed(3)}${
          r.low != null && r.high != null ? ` (${r.low.toFixed(3)} to ${r.high.toFixed(3)})` : ""
        }`,
    )
    .join("; ");
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${W} ${height}`}
        width={W}
        height={height}
        role="img"
        aria-label={`${title}. ${summary}`}
      >
        <line x1={x(0)} x2={x(0)} y1={8} y2={height - 28} stroke="#767676" strokeDasharray="4 3" />
        {rows.map((r, i) => {
          const y = 20 + i * ROW;
          return (
            <g key={r.label}>
              <text x={LEFT - 8} y={y + 4} textAnchor="end" fontSize="13" fill="#1a1a1a">
                {r.label}
              </text>
              {r.low != null && r.high != null ? (
                <g stroke="#1e3a8a" strokeWidth={2}>
                  <line x1={x(r.low)} x2={x(r.high)} y1={y} y2={y} />
                  <line x1={x(r.low)} x2={x(r.low)} y1={y - 6} y2={y + 6} />
                  <line x1={x(r.high)} x2={x(r.high)} y1={y - 6} y2={y + 6} />
                </g>
              ) : null}
              <circle cx={x(r.value)} cy={y} r={5} fill="#b45309" />
            </g>
          );
        })}
        <text x={x(min)} y={height - 8} fontSize="12" fill="#4a4a4a">
          {min.toFixed(2)}
        </text>
        <text x={x(max)} y={height - 8} fontSize="12" fill="#4a4a4a" textAnchor="end">
          {max.toFixed(2)}
        </text>
        {x(0) - x(min) > 36 && x(max) - x(0) > 36 ? (
          <text x={x(0)} y={height - 8} fontSize="12" fill="#4a4a4a" textAnchor="middle">
            0
          </text>
        ) : null}
      </svg>
      <figcaption className="notice">{title}</figcaption>
    </figure>
  );
}
