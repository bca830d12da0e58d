"use client";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import { SessionAggregatesDocument } from "../lib/generated/graphql.ts";

const fixed = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined ? "—" : n.toFixed(digits);

/** Headline numbers over every session: counts, turns to cart, zero results, latency. */
export function SessionAggregates() {
  const { apiKey } = useApiKey();
  const { data, loading, error } = useQuery(SessionAggregatesDocument, {}, apiKey);
  if (loading) return <p className="notice">Loading aggregates…</p>;
  if (error || !data) {
    return (
      <p className="error" role="alert">
        {error ?? "No aggregates."}
      </p>
    );
  }
  const a = data.sessionAggregates;
  return (
    <dl className="filters panel" aria-label="Aggregates">
      <div>
        <dt>Sessions</dt>
        <dd>{a.sessions}</dd>
      </div>
      <div>
        <dt>Turns</dt>
        <dd>{a.turns}</dd>
      </div>
      <div>
        <dt>Turns to add-to-cart (median)</dt>
        <dd>{fixed(a.turnsToAddToCart.median)}</dd>
      </div>
      <div>
        <dt>Zero-result turns</dt>
        <dd>
          {a.zeroResultTurns.count} ({fixed((a.zeroResultTurns.share ?? 0) * 100)} %)
        </dd>
      </div>
      <div>
        <dt>Latency p50 / p90 / p99 (ms)</dt>
        <dd>
          {fixed(a.latencyMs.p50, 0)} / {fixed(a.latencyMs.p90, 0)} / {fixed(a.latencyMs.p99, 0)}
        </dd>
      </div>
      <div>
        <dt>Most manipulated</dt>
        <dd>{a.topAttributes.map((t) => `${t.attribute} (${t.count})`).join(", ") || "—"}</dd>
      </div>
    </dl>
  );
}
