"use client";
import { useEffect, useState } from "react";
import { SessionSummaryDocument, type SessionSummaryQuery } from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";
import { forgetSession, type HistoryEntry, readHistory } from "../lib/storage.ts";

type Summary = Extract<SessionSummaryQuery["session"], { __typename: "Session" }>;
const SHOWN = 8;

/** The sessions this browser started, newest first, to resume one. */
export function SessionHistory({ onResume }: { onResume: (token: string) => void }) {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [summaries, setSummaries] = useState<Record<string, Summary | "gone">>({});

  useEffect(() => {
    const history = readHistory().slice(0, SHOWN);
    setEntries(history);
    let live = true;
    for (const entry of history) {
      request(SessionSummaryDocument, { token: entry.token }).then(
        ({ session }) => {
          if (!live) return;
          setSummaries((s) => ({
            ...s,
            [entry.token]: session.__typename === "Session" ? session : "gone",
          }));
        },
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, []);

  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="panel">
      <h2 id="history-heading">Your sessions</h2>
      <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {entries.map((entry) => {
          const summary = summaries[entry.token];
          const top = summary && summary !== "gone" ? summary.currentTurn?.products[0] : undefined;
          return (
            <li key={entry.token} className="row">
              {/* biome-ignore lint/performance/noImgElement: fixed-size SVG thumbnail */}
              <img
                src={top?.product?.imageUrl ?? "data:,"}
                alt=""
                width={40}
                height={50}
                style={{ background: "var(--bg)", borderRadius: 4 }}
              />
              <span style={{ flex: 1, minWidth: 0 }}>
                {entry.label}
                <br />
                <span className="notice">
                  {new Date(entry.startedAt).toLocaleString()}
                  {summary === "gone"
                    ? " · no longer available"
                    : summary
                      ? ` · ${summary.turnCount} turns`
                      : ""}
                </span>
              </span>
              <button
                type="button"
                disabled={summary === "gone"}
                onClick={() => onResume(entry.token)}
              >
                Resume
              </button>
              <button
                type="button"
                aria-label={`Forget ${entry.label}`}
                onClick={() => {
                  forgetSession(entry.token);
                  setEntries((e) => e.filter((x) => x.token !== entry.token));
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
