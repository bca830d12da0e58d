/** Every way the schema package can refuse an input. Closed so callers can switch on it. */
export type SchemaErrorCode =
  | "invalid_schema"
  | "unreadable_schema"
  | "unknown_attribute"
  | "unknown_value"
  | "duplicate_attribute"
  | "invalid_vector_length"
  | "invalid_vector_entry"
  | "multiple_values"
  | "empty_manipulation"
  | "no_op_manipulation"
  | "remove_mismatch";

/** One violation found while validating an attribute schema file. */
export interface SchemaIssue {
  /** Dotted path into the JSON, e.g. `attributes[3].offset`. */
  readonly path: string;
  /** Key of the attribute the issue is in, when it has a readable one. */
  readonly attribute?: string;
  /** Field that is wrong, e.g. `offset`, `values`, `total`. */
  readonly field?: string;
  readonly message: string;
}

export interface SchemaErrorDetails {
  readonly attribute?: string;
  readonly value?: string;
  /** Position in a label vector, or of an attribute in the schema, depending on the code. */
  readonly index?: number;
  /** Near matches (or the allowed values) for unknown names. */
  readonly suggestions?: readonly string[];
  readonly issues?: readonly SchemaIssue[];
  readonly cause?: unknown;
}

/**
 * The one error this package throws. `code` says what went wrong; the detail fields say where.
 *
 * @example
 * try { encodeLabels(shopping100k, { color: "Nvy" }); }
 * catch (e) { if (isSchemaError(e) && e.code === "unknown_value") console.log(e.suggestions); }
 */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  readonly code: SchemaErrorCode;
  readonly attribute: string | undefined;
  readonly value: string | undefined;
  readonly index: number | undefined;
  readonly suggestions: readonly string[];
  readonly issues: readonly SchemaIssue[];

  constructor(code: SchemaErrorCode, message: string, details: SchemaErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.attribute = details.attribute;
    this.value = details.value;
    this.index = details.index;
    this.suggestions = details.suggestions ?? [];
    this.issues = details.issues ?? [];
  }
}

/**
 * True for errors thrown by this package. Also matches by name and code, because two copies of
 * the package in one process (e.g. a bundled app and a test) have distinct classes.
 *
 * @example
 * if (isSchemaError(err)) reply(400, err.message);
 */
export function isSchemaError(error: unknown): error is SchemaError {
  if (error instanceof SchemaError) return true;
  return (
    error instanceof Error &&
    error.name === "SchemaError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Ends exhaustive switches: adding a case to a union makes every unhandled switch a type error. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
