"use client";
// Loads the products of the viewed turn when the tree holds only its node (a resumed or shared
// session loads its tree first and each turn's ranking, by id, when it is viewed).
import { useEffect, useRef } from "react";
import { userMessage } from "../lib/errors.ts";
import type { Turn, TurnTreeState } from "../lib/turns.ts";

/**
 * Fetches `viewedId`'s turn with `fetchTurn(viewedId)` when it is not loaded yet.
 *
 * @example
 * useViewedTurn(tree, viewedId, (id) => turnOf(token, id), addTurn, setError);
 */
export function useViewedTurn(
  tree: TurnTreeState | null,
  viewedId: string | null,
  fetchTurn: (turnId: string) => Promise<Turn | null>,
  onLoaded: (turn: Turn) => void,
  onError: (message: string) => void,
): void {
  const inFlight = useRef(new Set<string>());
  useEffect(() => {
    if (!tree || !viewedId || tree.loaded.has(viewedId) || !tree.nodes.has(viewedId)) return;
    if (inFlight.current.has(viewedId)) return;
    inFlight.current.add(viewedId);
    fetchTurn(viewedId)
      .then(
        (turn) => {
          if (turn) onLoaded(turn);
          else onError("This turn could not be loaded.");
        },
        (caught: unknown) => onError(userMessage(caught)),
      )
      .finally(() => inFlight.current.delete(viewedId));
  }, [tree, viewedId, fetchTurn, onLoaded, onError]);
}
