"use client";
// The start grid: catalog products matching a search, a page at a time.
import { useCallback, useEffect, useState } from "react";
import { userMessage } from "../lib/errors.ts";
import { type ProductCardFragment, ProductsDocument } from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";

const PAGE = 24;

export interface ProductsState {
  readonly products: readonly ProductCardFragment[];
  readonly total: number | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly endCursor: string | null;
}

/** Products for `search` (empty: all), with `more()` for the next page. */
export function useProducts(search: string) {
  const [state, setState] = useState<ProductsState>({
    products: [],
    total: null,
    loading: true,
    error: null,
    endCursor: null,
  });
  const load = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      setState((s) => ({ ...s, loading: true, error: null }));
      try {
        const { products } = await request(
          ProductsDocument,
          { first: PAGE, ...(after ? { after } : {}), ...(search ? { search } : {}) },
          signal ? { signal } : {},
        );
        setState((s) => ({
          products: [...(after ? s.products : []), ...products.edges.map((e) => e.node)],
          total: products.totalCount,
          loading: false,
          error: null,
          endCursor: products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null,
        }));
      } catch (caught) {
        if (signal?.aborted) return;
        setState((s) => ({ ...s, loading: false, error: userMessage(caught) }));
      }
    },
    [search],
  );

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => void load(null, controller.signal), 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [load]);

  const more = useCallback(() => {
    if (state.endCursor) void load(state.endCursor);
  }, [load, state.endCursor]);

  return { ...state, more, retry: () => void load(null) };
}
