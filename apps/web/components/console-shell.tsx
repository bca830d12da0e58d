"use client";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { ApiKeyContext } from "../hooks/use-api-key.ts";
import { readApiKey, writeApiKey } from "../lib/storage.ts";

/** The console's frame: its navigation and the API key field every console page needs. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const [apiKey, setKey] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState("");
  useEffect(() => {
    setKey(readApiKey());
    setReady(true);
  }, []);
  const setApiKey = (key: string | null) => {
    writeApiKey(key);
    setKey(key);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) setApiKey(draft.trim());
    setDraft("");
  };
  return (
    <ApiKeyContext.Provider value={{ apiKey, setApiKey }}>
      <div className="stack">
        <div className="row" style={{ justifyContent: "space-between" }}>
          <nav aria-label="Console" className="tabs">
            <a href="/console">Sessions</a>
            <a href="/console/experiments">Experiments</a>
            <a href="/console/evaluation">Offline evaluation</a>
          </nav>
          {apiKey ? (
            <span className="row">
              <span className="notice">API key set for this tab</span>
              <button type="button" onClick={() => setApiKey(null)}>
                Forget key
              </button>
            </span>
          ) : null}
        </div>
        {!ready ? null : apiKey ? (
          children
        ) : (
          <form onSubmit={submit} className="panel stack" aria-label="API key">
            <h1>Product-team console</h1>
            <label htmlFor="api-key">API key (analyst or admin)</label>
            <div className="row">
              <input
                id="api-key"
                type="password"
                autoComplete="off"
                value={draft}
                style={{ flex: 1, minWidth: 0 }}
                onChange={(event) => setDraft(event.target.value)}
              />
              <button type="submit" className="primary" disabled={!draft.trim()}>
                Use key
              </button>
            </div>
            <p className="notice">
              The key stays in this browser tab (sessionStorage) and is sent only to this site's
              GraphQL endpoint.
            </p>
          </form>
        )}
      </div>
    </ApiKeyContext.Provider>
  );
}
