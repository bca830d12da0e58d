"use client";
import { useState } from "react";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import { SessionReplayDocument, type SessionReplayQuery } from "../lib/generated/graphql.ts";
import { type Change, changeLabel, changesOf } from "../lib/turns.ts";
import { DataTable } from "./data-table.tsx";
import { LoadStatus } from "./load-status.tsx";

type ReplayTurn = NonNullable<SessionReplayQuery["sessionReplay"]>["turns"][number];
const SHOWN = 12;

const referenceOf = (manipulations: unknown): string | null => {
  if (!Array.isArray(manipulations)) return null;
  const entry = manipulations.find(
    (m): m is { reference: string } => typeof m === "object" && m !== null && "reference" in m,
  );
  return entry?.reference ?? null;
};

const what = (turn: ReplayTurn) => {
  const changes: Change[] = changesOf(turn.manipulations);
  const reference = referenceOf(turn.manipulations);
  return [reference ? `reference ${reference}` : null, ...changes.map(changeLabel)]
    .filter(Boolean)
    .join(", ");
};

/** A session turn by turn, as the shopper saw it: changes, rankings, exposures and events. */
export function SessionReplay({ sessionId }: { sessionId: string }) {
  const { apiKey } = useApiKey();
  const { data, loading, error, reload } = useQuery(
    SessionReplayDocument,
    { id: sessionId },
    apiKey,
  );
  const [step, setStep] = useState(0);
  if (loading || error) {
    return <LoadStatus loading={loading && "Loading the replay…"} error={error} onRetry={reload} />;
  }
  const replay = data?.sessionReplay;
  if (!replay) return <p role="alert">No session {sessionId}.</p>;
  const { session, turns } = replay;
  const turn = turns[Math.min(step, turns.length - 1)];
  const seqOf = new Map(turns.map((t) => [t.id, t.seq] as const));
  const events = (t: ReplayTurn) => t.exposures.flatMap((e) => e.events);

  return (
    <div className="stack">
      <p>
        <a href="/console">← Sessions</a>
      </p>
      <h1>Replay of session {session.id.slice(0, 8)}</h1>
      <p className="notice">
        Shopper {session.userId} · model {session.model} · variant{" "}
        {session.variant ?? session.variantId ?? "none"} · {session.turnCount} turns · started{" "}
        {new Date(session.createdAt).toLocaleString()}
      </p>
      {turn ? (
        <section className="panel stack" aria-labelledby="step-heading" data-testid="replay-step">
          <div className="row" style={{ justifyContent: "space-between" }}>
            <h2 id="step-heading">
              Turn {turn.seq} of {turns.length}: {turn.kind.toLowerCase()}
            </h2>
            <div className="row">
              <button type="button" disabled={step === 0} onClick={() => setStep(step - 1)}>
                Previous turn
              </button>
              <button
                type="button"
                disabled={step >= turns.length - 1}
                onClick={() => setStep(step + 1)}
              >
                Next turn
              </button>
            </div>
          </div>
          <p style={{ margin: 0 }}>
            {turn.text ? `“${turn.text}” → ` : ""}
            {what(turn) || "no change"}
            {turn.parentId ? ` · continues turn ${seqOf.get(turn.parentId) ?? "?"}` : ""} ·{" "}
            {turn.model} · {turn.latencyMs} ms
          </p>
          <p className="notice" style={{ margin: 0 }}>
            {turn.exposures.length > 0
              ? `Exposure ${turn.exposures.map((e) => e.id.slice(0, 8)).join(", ")}: ${
                  events(turn)
                    .map((e) => `${e.kind.toLowerCase()}${e.productId ? ` ${e.productId}` : ""}`)
                    .join(", ") || "no events"
                }`
              : "Not in an experiment"}
          </p>
          <ol className="thumbs" aria-label={`Ranking of turn ${turn.seq}`}>
            {turn.rankedProductIds.slice(0, SHOWN).map((id, i) => (
              <li key={id} style={{ listStyle: "none", textAlign: "center" }}>
                {/* biome-ignore lint/performance/noImgElement: fixed-size SVG thumbnail */}
                <img src={`/images/${id}.svg`} alt={`${i + 1}. ${id}`} width={56} height={70} />
                <br />
                <span className="notice">{turn.scores[i]?.toFixed(2)}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <DataTable
        testId="replay-turns"
        caption="Every turn in stored order"
        columns={[
          "#",
          "Kind",
          "Parent",
          "Text and changes",
          "Top result",
          "Latency",
          "Events",
          { hidden: "Show" },
        ]}
      >
        {turns.map((t, i) => (
          <tr key={t.id} aria-current={i === step ? "step" : undefined} data-kind={t.kind}>
            <td>{t.seq}</td>
            <td>{t.kind.toLowerCase()}</td>
            <td>{t.parentId ? seqOf.get(t.parentId) : "—"}</td>
            <td>
              {t.text ? `“${t.text}” ` : ""}
              {what(t)}
            </td>
            <td>{t.rankedProductIds[0] ?? "—"}</td>
            <td>{t.latencyMs} ms</td>
            <td>
              {events(t)
                .map((e) => e.kind.toLowerCase())
                .join(", ") || "—"}
            </td>
            <td>
              <button type="button" onClick={() => setStep(i)}>
                Show turn {t.seq}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
