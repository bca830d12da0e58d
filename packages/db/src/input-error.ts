import { z } from "zod";

/** One problem with one input field. */
export interface InputIssue {
  /** The field, e.g. `parentId` or `variants[1].weight`. */
  readonly field: string;
  readonly message: string;
}

/**
 * Thrown by the session, experiment and API-key queries before anything is written (or from inside
 * their transaction, which then rolls back): a rejected call changes nothing.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    /** What was being done, e.g. "appendTurn". */
    readonly operation: string,
    readonly issues: readonly InputIssue[],
  ) {
    const shown = issues.map((issue) => `${issue.field}: ${issue.message}`).join("; ");
    super(`${operation} refused, nothing was written: ${shown}`);
  }
}

/** True when `error` is an {@link InputError}. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

const fieldOf = (path: readonly PropertyKey[]) =>
  path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("") || "(input)";

/** Validates `value` once at the edge; throws an {@link InputError} naming every bad field. */
export function parseInput<T extends z.ZodType>(
  operation: string,
  schema: T,
  value: unknown,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError(
    operation,
    result.error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message })),
  );
}

// Shared field schemas. Bounds keep one request from storing megabytes (issue 6, "input sizes
// bounded"); the limits are generous for what the chat and the product team send.
export const idSchema = z
  .string({ error: "must be a string" })
  .min(1, { error: "must not be empty" })
  .max(200, { error: "must be at most 200 characters" });

export const textSchema = (max: number) =>
  z.string({ error: "must be a string" }).max(max, { error: `must be at most ${max} characters` });

/** Up to 1,000 ranked product ids (k is far smaller in practice). */
export const rankedIdsSchema = z
  .array(idSchema, { error: "must be an array of product ids" })
  .max(1000, { error: "must hold at most 1000 products" });
