"use client";
// One GraphQL query's data, loading and error state, re-run when its variables change.
import { useCallback, useEffect, useState } from "react";
import { userMessage } from "../lib/errors.ts";
import type { TypedDocumentString } from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";

export interface QueryState<T> {
  readonly data: T | null;
  readonly loading: boolean;
  readonly error: string | null;
  reload(): void;
}

/**
 * Runs `document` with `variables` (skipped while `apiKey` is null when `needsKey`).
 *
 * @example
 * const { data, loading, error } = useQuery(SessionsDocument, { first: 20 }, apiKey);
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  apiKey: string | null,
): QueryState<TResult> {
  const [state, setState] = useState<{
    data: TResult | null;
    loading: boolean;
    error: string | null;
  }>({ data: null, loading: true, error: null });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `variables`; `attempt` re-runs it
  useEffect(() => {
    if (!apiKey) {
      setState({ data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    request(document, variables, { apiKey, signal: controller.signal }).then(
      (data) => setState({ data, loading: false, error: null }),
      (caught: unknown) => {
        if (!controller.signal.aborted) {
          setState({ data: null, loading: false, error: userMessage(caught) });
        }
      },
    );
    return () => controller.abort();
  }, [document, key, apiKey, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, reload };
}
