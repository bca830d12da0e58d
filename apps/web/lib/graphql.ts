// The one way the browser talks to the GraphQL service: typed documents (lib/generated) posted to
// the same-origin `/graphql` proxy.

import { RequestError, RequestErrorCode, requestErrorCode } from "./errors.ts";
import type { TypedDocumentString } from "./generated/graphql.ts";

export interface RequestOptions {
  /** The console's `x-api-key`. */
  readonly apiKey?: string | null;
  readonly signal?: AbortSignal;
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: unknown } }>;
}

/**
 * Runs a generated operation and returns its data; failures throw a RequestError.
 *
 * @example
 * const { products } = await request(ProductsDocument, { first: 24 });
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.apiKey ? { "x-api-key": options.apiKey } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new RequestError(RequestErrorCode.Network, String(error));
  }
  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new RequestError(RequestErrorCode.Network, `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new RequestError(requestErrorCode(first.extensions?.code), first.message);
  if (!body.data) throw new RequestError(RequestErrorCode.Network, `HTTP ${response.status}`);
  return body.data;
}
