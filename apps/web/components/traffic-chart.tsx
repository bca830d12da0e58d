export interface TrafficPoint {
  readonly variantKey: string;
  readonly day: string;
  readonly exposures: number;
  readonly users: number;
}

const W = 560;
const H = 220;
const M = { left: 44, right: 16, top: 16, bottom: 40 };
/** High-contrast series colours (AA on white). */
const COLORS = ["#1e3a8a", "#b45309", "#166534", "#9f1239", "#5b21b6"];

/** Exposures per day per variant as lines (SVG, no script), with a legend. */
export function TrafficChart({ points }: { points: readonly TrafficPoint[] }) {
  if (points.length === 0) return <p className="notice">No traffic yet.</p>;
  const days = [...new Set(points.map((p) => p.day))].sort();
  const variants = [...new Set(points.map((p) => p.variantKey))].sort();
  const top = Math.max(1, ...points.map((p) => p.exposures));
  const x = (day: string) =>
    M.left +
    (days.length === 1 ? 0.5 : days.indexOf(day) / (days.length - 1)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const label = variants
    .map(
      (v) =>
        `${v}: ${points
          .filter((p) => p.variantKey === v)
          .map((p) => `${p.day.slice(0, 10)} ${p.exposures} exposures, ${p.users} users`)
          .join("; ")}`,
    )
    .join(". ");
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="chart"
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={`Exposures per day. ${label}`}
      >
        <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} stroke="#767676" />
        <line x1={M.left} x2={M.left} y1={M.top} y2={y(0)} stroke="#767676" />
        <text x={M.left - 6} y={y(top) + 4} fontSize="12" textAnchor="end" fill="#4a4a4a">
          {top}
        </text>
        <text x={M.left - 6} y={y(0) + 4} fontSize="12" textAnchor="end" fill="#4a4a4a">
          0
        </text>
        {days.map((d) => (
          <text
            key={d}
            x={x(d)}
            y={H - M.bottom + 16}
            fontSize="12"
            textAnchor="middle"
            fill="#4a4a4a"
          >
            {d.slice(5, 10)}
          </text>
        ))}
        {variants.map((v, i) => {
          const series = points
            .filter((p) => p.variantKey === v)
            .sort((a, b) => a.day.localeCompare(b.day));
          const color = COLORS[i % COLORS.length];
          return (
            <g key={v}>
              <polyline
                fill="none"
                stroke={color}
                strokeWidth={2}
                points={series.map((p) => `${x(p.day)},${y(p.exposures)}`).join(" ")}
              />
              {series.map((p) => (
                <circle key={p.day} cx={x(p.day)} cy={y(p.exposures)} r={4} fill={color} />
              ))}
              <rect x={M.left + i * 130} y={H - 14} width={12} height={12} fill={color} />
              <text x={M.left + i * 130 + 16} y={H - 4} fontSize="12" fill="#1a1a1a">
                {v}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="notice">Exposures per day (UTC) by variant</figcaption>
    </figure>
  );
}
