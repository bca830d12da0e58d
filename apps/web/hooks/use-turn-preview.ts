"use client";
// What the text being typed would do as the next turn (previewTurn), debounced, so the composer
// can show its manipulations as chips before sending.
import { useCallback, useEffect, useRef, useState } from "react";
import { userMessage } from "../lib/errors.ts";
import { PreviewTurnDocument, type PreviewTurnQuery } from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";

export type Preview = Extract<PreviewTurnQuery["previewTurn"], { __typename: "TurnPreview" }>;

export interface PreviewState {
  readonly text: string;
  readonly preview: Preview | null;
  readonly loading: boolean;
  readonly error: string | null;
}

const DEBOUNCE_MS = 250;

async function fetchPreview(token: string, text: string, parentTurnId: string | null) {
  const { previewTurn } = await request(PreviewTurnDocument, {
    input: { token, text, ...(parentTurnId ? { parentTurnId } : {}) },
  });
  if (previewTurn.__typename !== "TurnPreview") throw new Error(previewTurn.message);
  return previewTurn;
}

/**
 * The preview of `text` as the turn after `parentTurnId`; `resolve` returns it now (fetching it
 * when the debounced one is stale), for a send that must not wait on the debounce.
 *
 * @example
 * const { state, resolve } = useTurnPreview(token, text, viewedId);
 */
export function useTurnPreview(token: string | null, text: string, parentTurnId: string | null) {
  const [state, setState] = useState<PreviewState>({
    text: "",
    preview: null,
    loading: false,
    error: null,
  });
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const trimmed = text.trim();
    if (!token || !trimmed) {
      setState({ text: "", preview: null, loading: false, error: null });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    let cancelled = false;
    const timer = setTimeout(() => {
      fetchPreview(token, trimmed, parentTurnId).then(
        (preview) => {
          if (!cancelled) setState({ text: trimmed, preview, loading: false, error: null });
        },
        (caught: unknown) => {
          if (!cancelled) {
            setState({ text: trimmed, preview: null, loading: false, error: userMessage(caught) });
          }
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [token, text, parentTurnId]);

  const resolve = useCallback(async (): Promise<Preview | null> => {
    const trimmed = text.trim();
    if (!token || !trimmed) return null;
    const { text: seen, preview } = latest.current;
    if (seen === trimmed && preview) return preview;
    try {
      return await fetchPreview(token, trimmed, parentTurnId);
    } catch {
      return null;
    }
  }, [token, text, parentTurnId]);

  return { state, resolve };
}
