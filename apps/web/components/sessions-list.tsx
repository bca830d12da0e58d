"use client";
import { type FormEvent, useState } from "react";
import { useApiKey } from "../hooks/use-api-key.ts";
import { useQuery } from "../hooks/use-query.ts";
import { useVocabulary } from "../hooks/use-vocabulary.ts";
import {
  ExperimentsDocument,
  type SessionFilter,
  type SessionOutcome,
  SessionsDocument,
} from "../lib/generated/graphql.ts";
import { DataTable } from "./data-table.tsx";
import { LoadStatus } from "./load-status.tsx";
import { SessionAggregates } from "./session-aggregates.tsx";

const PAGE = 20;
const OUTCOMES: readonly SessionOutcome[] = ["ADDED_TO_CART", "CLICKED", "NONE"];

interface Draft {
  from: string;
  to: string;
  variant: string;
  minTurns: string;
  maxTurns: string;
  outcome: string;
  attribute: string;
}
const EMPTY: Draft = {
  from: "",
  to: "",
  variant: "",
  minTurns: "",
  maxTurns: "",
  outcome: "",
  attribute: "",
};

/** The form's values as the API's filter (empty fields left out). */
function toFilter(d: Draft): SessionFilter {
  return {
    ...(d.from ? { from: new Date(`${d.from}T00:00:00Z`).toISOString() } : {}),
    ...(d.to ? { to: new Date(`${d.to}T00:00:00Z`).toISOString() } : {}),
    ...(d.variant ? { variant: d.variant } : {}),
    ...(d.minTurns ? { minTurns: Number(d.minTurns) } : {}),
    ...(d.maxTurns ? { maxTurns: Number(d.maxTurns) } : {}),
    ...(d.outcome ? { outcome: d.outcome as SessionOutcome } : {}),
    ...(d.attribute ? { manipulatedAttribute: d.attribute } : {}),
  };
}

/** Sessions newest first, filtered, a page at a time, each opening its replay. */
export function SessionsList() {
  const { apiKey } = useApiKey();
  const vocabulary = useVocabulary();
  const experiments = useQuery(ExperimentsDocument, {}, apiKey);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState<SessionFilter>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const sessions = useQuery(
    SessionsDocument,
    { filter, first: PAGE, ...(after ? { after } : {}) },
    apiKey,
  );
  const field = (name: keyof Draft) => ({
    id: `filter-${name}`,
    value: draft[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [name]: event.target.value })),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCursors([]);
    setFilter(toFilter(draft));
  };
  const variants = experiments.data?.experiments.flatMap((e) =>
    e.variants.map((v) => ({ id: v.id, label: `${e.key} / ${v.key}` })),
  );
  const page = sessions.data?.sessions;

  return (
    <div className="stack">
      <h1>Sessions</h1>
      <SessionAggregates />
      <form onSubmit={submit} className="panel stack" aria-label="Filter sessions">
        <div className="filters">
          <div className="field">
            <label htmlFor="filter-from">Created from</label>
            <input type="date" {...field("from")} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">Created before</label>
            <input type="date" {...field("to")} />
          </div>
          <div className="field">
            <label htmlFor="filter-variant">Variant</label>
            <select {...field("variant")}>
              <option value="">Any</option>
              {variants?.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-minTurns">Min turns</label>
            <input type="number" min={1} {...field("minTurns")} />
          </div>
          <div className="field">
            <label htmlFor="filter-maxTurns">Max turns</label>
            <input type="number" min={1} {...field("maxTurns")} />
          </div>
          <div className="field">
            <label htmlFor="filter-outcome">Outcome</label>
            <select {...field("outcome")}>
              <option value="">Any</option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {o.toLowerCase().replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-attribute">Manipulated attribute</label>
            <select {...field("attribute")}>
              <option value="">Any</option>
              {vocabulary.map((a) => (
                <option key={a.name} value={a.name}>
                  {a.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="row">
          <button type="submit" className="primary">
            Apply filters
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(EMPTY);
              setCursors([]);
              setFilter({});
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <p className="notice" role="status" aria-live="polite">
        {sessions.loading
          ? "Loading sessions…"
          : page
            ? `${page.edges.length} sessions on this page`
            : ""}
      </p>
      <LoadStatus error={sessions.error} onRetry={sessions.reload} />
      {page ? (
        <DataTable
          testId="sessions"
          caption="Sessions, newest first"
          columns={["Created", "Session", "Shopper", "Model", "Variant", "Turns"]}
        >
          {page.edges.map(({ node }) => (
            <tr key={node.id} data-session-id={node.id}>
              <td>{new Date(node.createdAt).toLocaleString()}</td>
              <td>
                <a href={`/console/sessions/${node.id}`}>Replay {node.id.slice(0, 8)}</a>
              </td>
              <td>{node.userId}</td>
              <td>{node.model}</td>
              <td>
                {variants?.find((v) => v.id === node.variantId)?.label ?? node.variantId ?? "—"}
              </td>
              <td>{node.turnCount}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <div className="row">
        <button
          type="button"
          disabled={cursors.length === 0}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Previous page
        </button>
        <button
          type="button"
          disabled={!page?.pageInfo.hasNextPage}
          onClick={() => {
            const end = page?.pageInfo.endCursor;
            if (end) setCursors((c) => [...c, end]);
          }}
        >
          Next page
        </button>
      </div>
    </div>
  );
}
