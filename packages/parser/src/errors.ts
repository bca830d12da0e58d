/** Every way `parseTurn` refuses its input. Closed so the API can map codes to responses. */
export type ParserErrorCode = "invalid_input" | "too_long" | "invalid_context";

/**
 * Thrown for inputs a caller, not a shopper, got wrong (a non-string turn, a turn over the size
 * bound, labels outside the schema). Shopper mistakes get a `reply` instead.
 *
 * @example
 * try { parseTurn(42 as never); } catch (e) { if (isParserError(e)) e.code; } // "invalid_input"
 */
export class ParserError extends Error {
  override readonly name = "ParserError";
  readonly code: ParserErrorCode;

  constructor(code: ParserErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

export function isParserError(error: unknown): error is ParserError {
  return error instanceof ParserError;
}
