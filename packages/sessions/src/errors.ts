/**
 * Every way the retrieval engine refuses a call. Closed, so the GraphQL layer can map each code
 * to a typed error of its schema (issue 6, item 3) with an exhaustive switch.
 */
export type RetrievalErrorCode =
  | "bad-state"
  | "unknown-attribute"
  | "unknown-value"
  | "bad-manipulation"
  | "bad-k"
  | "bad-vector"
  | "unknown-product";

/**
 * A refused engine call; the message names the problem and nothing was changed (no state
 * written, no search run). `cause` keeps the lower layer's error (schema, model) when there was one.
 *
 * @example
 * try { await engine.turn(bytes, manipulations, { k: 0 }); }
 * catch (e) { if (isRetrievalError(e) && e.code === "bad-k") reply(400, e.message); }
 */
export class RetrievalError extends Error {
  override readonly name = "RetrievalError";
  constructor(
    readonly code: RetrievalErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Narrows an unknown error to {@link RetrievalError}. */
export function isRetrievalError(error: unknown): error is RetrievalError {
  return error instanceof RetrievalError;
}
