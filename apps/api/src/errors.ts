import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** `extensions.code` of every GraphQLError the API raises itself. */
export const ApiErrorCode = {
  InternalServerError: "INTERNAL_SERVER_ERROR",
  /** An argument outside its documented range or format (k, first, after, start input). */
  BadUserInput: "BAD_USER_INPUT",
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/**
 * A GraphQLError for a malformed argument; `argument` names it in `extensions`.
 *
 * @example
 * throw badUserInput("k must be an integer from 1 to 100, got 0", "k");
 */
export function badUserInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ApiErrorCode.BadUserInput, argument },
  });
}

/** Whether `error` is a GraphQLError with `extensions.code` BAD_USER_INPUT. */
export function isBadUserInputError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === ApiErrorCode.BadUserInput;
}

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
