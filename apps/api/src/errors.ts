import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

/** `extensions.code` of every GraphQLError the API raises itself. */
export const ApiErrorCode = {
  InternalServerError: "INTERNAL_SERVER_ERROR",
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/**
 * Keeps GraphQL's own errors (validation, bad input) and masks everything unexpected, so stack
 * traces and database messages never reach a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Error && original.name === "GraphQLError") return formatted;
  if (
    formatted.extensions?.code &&
    formatted.extensions.code !== ApiErrorCode.InternalServerError
  ) {
    return formatted;
  }
  console.error("api: unexpected error", original);
  return {
    message: "Internal server error",
    extensions: { code: ApiErrorCode.InternalServerError },
  };
}
