/** The closed set of request failures the app tells the user about (STYLE.md 6). */
export const RequestErrorCode = {
  /** The console's API key is missing, wrong or revoked. */
  Unauthenticated: "UNAUTHENTICATED",
  /** The key's role may not do this. */
  Forbidden: "FORBIDDEN",
  /** An argument the API refused (a filter out of range, a malformed date). */
  BadUserInput: "BAD_USER_INPUT",
  /** The API could not be reached or answered with something other than GraphQL. */
  Network: "NETWORK",
  /** The API failed on its side. */
  Internal: "INTERNAL",
} as const;
export type RequestErrorCode = (typeof RequestErrorCode)[keyof typeof RequestErrorCode];

/** A failed GraphQL request, with the code that picks what the user sees. */
export class RequestError extends Error {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RequestError";
  }
}

export const isRequestError = (error: unknown): error is RequestError =>
  error instanceof RequestError;

/** Maps an API `extensions.code` to the app's closed set. */
export function requestErrorCode(apiCode: unknown): RequestErrorCode {
  switch (apiCode) {
    case "UNAUTHENTICATED":
      return RequestErrorCode.Unauthenticated;
    case "FORBIDDEN":
      return RequestErrorCode.Forbidden;
    case "API_UNREACHABLE":
      return RequestErrorCode.Network;
    case "BAD_USER_INPUT":
    case "GRAPHQL_VALIDATION_FAILED":
      return RequestErrorCode.BadUserInput;
    default:
      return RequestErrorCode.Internal;
  }
}

/**
 * What to tell the user about a failed request.
 *
 * @example
 * userMessage(new RequestError("NETWORK", "fetch failed")); // "We could not reach the server…"
 */
export function userMessage(error: unknown): string {
  if (!isRequestError(error)) return "Something went wrong. Please try again.";
  switch (error.code) {
    case RequestErrorCode.Unauthenticated:
      return "This API key is not valid. Paste an analyst or admin key.";
    case RequestErrorCode.Forbidden:
      return "This API key's role does not allow that.";
    case RequestErrorCode.BadUserInput:
      return `The server refused the request: ${error.message}`;
    case RequestErrorCode.Network:
      return "We could not reach the server. Check your connection and try again.";
    case RequestErrorCode.Internal:
      return "The server ran into a problem. Please try again.";
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}
