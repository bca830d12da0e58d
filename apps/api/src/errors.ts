import { unwrapResolverError } from "@apollo/server/errors";
import { isInputError } from "@atelier/db";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** `extensions.code` of every GraphQLError the API raises itself. */
export const ApiErrorCode = {
  InternalServerError: "INTERNAL_SERVER_ERROR",
  /** An argument outside its documented range or format (k, first, after, start input). */
  BadUserInput: "BAD_USER_INPUT",
  /** A product-team field or experiment management without a valid, unrevoked `x-api-key`. */
  Unauthenticated: "UNAUTHENTICATED",
  /** A valid key whose role does not allow the operation (an analyst creating an experiment). */
  Forbidden: "FORBIDDEN",
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

/**
 * A GraphQLError with `code` UNAUTHENTICATED or FORBIDDEN.
 *
 * @example
 * throw accessError(ApiErrorCode.Forbidden, "creating experiments needs an admin key");
 */
export function accessError(
  code: typeof ApiErrorCode.Unauthenticated | typeof ApiErrorCode.Forbidden,
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** Whether `error` is a GraphQLError with `extensions.code` UNAUTHENTICATED or FORBIDDEN. */
export function isAccessError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    (error.extensions.code === ApiErrorCode.Unauthenticated ||
      error.extensions.code === ApiErrorCode.Forbidden)
  );
}

/**
 * Runs `run` and turns an `InputError` of @atelier/db (nothing was written) into a
 * BAD_USER_INPUT GraphQLError naming the first refused field.
 *
 * @example
 * await refusingBadInput(() => createExperiment(db, input));
 */
export async function refusingBadInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isInputError(error)) {
      throw badUserInput(error.message, error.issues[0]?.field ?? "input");
    }
    throw error;
  }
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
