"use client";
import { useCallback, useEffect, useState } from "react";
import { useViewedTurn } from "../hooks/use-viewed-turn.ts";
import { userMessage } from "../lib/errors.ts";
import {
  SharedSessionDocument,
  SharedTurnDocument,
  SharedTurnsPageDocument,
} from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";
import { allTurns, type Turn, type TurnTreeState, treeOf, withTurn } from "../lib/turns.ts";
import { Conversation, TurnTree } from "./conversation.tsx";
import { ResultsGrid } from "./results-grid.tsx";

interface Shared extends TurnTreeState {
  readonly viewedId: string;
}

/** A session opened by its share link: every turn and result, nothing to change. */
export function SharedSession({ sessionId }: { sessionId: string }) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [visible, setVisible] = useState(12);

  useEffect(() => {
    const open = async () => {
      const { sharedSession: result } = await request(SharedSessionDocument, { id: sessionId });
      if (result.__typename !== "Session") {
        setError("This session does not exist.");
        return;
      }
      const nodes = await allTurns(result.turns, async (after) => {
        const { sharedSession: page } = await request(SharedTurnsPageDocument, {
          sessionId,
          after,
        });
        return page.__typename === "Session" ? page.turns : null;
      });
      const viewedId = result.currentTurn?.id ?? nodes.at(-1)?.id ?? "";
      setShared({ ...treeOf(nodes), viewedId });
    };
    open().catch((caught: unknown) => setError(userMessage(caught)));
  }, [sessionId]);

  const fetchTurn = useCallback(
    async (id: string): Promise<Turn | null> => {
      const { sharedSession } = await request(SharedTurnDocument, { sessionId, id });
      return sharedSession.__typename === "Session" ? sharedSession.turn : null;
    },
    [sessionId],
  );
  const addTurn = useCallback((turn: Turn) => setShared((s) => (s ? withTurn(s, turn) : s)), []);
  useViewedTurn(shared, shared?.viewedId ?? null, fetchTurn, addTurn, setError);

  if (error) {
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  }
  if (!shared) return <p role="status">Loading the session…</p>;
  const view = (viewedId: string) => setShared({ ...shared, viewedId });
  const viewed = shared.loaded.get(shared.viewedId);
  return (
    <div className="stack">
      <h1>A shared session (read only)</h1>
      <div className="chat">
        <div className="conversation">
          <Conversation turns={shared.nodes} viewedId={shared.viewedId} onView={view} />
          <TurnTree turns={shared.nodes} viewedId={shared.viewedId} onView={view} />
          <p>
            <a href="/">Start your own session</a>
          </p>
        </div>
        {viewed ? (
          <ResultsGrid
            turn={viewed}
            visible={visible}
            onShowMore={() => setVisible((v) => v + 12)}
          />
        ) : (
          <p role="status">Loading results…</p>
        )}
      </div>
    </div>
  );
}
