/** Every way the index package can refuse a request. Closed so callers can switch on it. */
export type VectorIndexErrorCode =
  | "invalid_argument"
  | "dimension_mismatch"
  | "not_trained"
  | "non_finite_value"
  | "file_not_found"
  | "invalid_file"
  | "write_failed"
  | "native_unavailable";

export interface VectorIndexErrorDetails {
  /** Row of the offending vector or query in the batch. */
  readonly row?: number;
  /** Component (0-based) of the offending value within its row. */
  readonly component?: number;
  /** File the error is about. */
  readonly path?: string;
  readonly cause?: unknown;
}

/**
 * The one error this package throws. `code` says what went wrong; the detail fields say where.
 *
 * @example
 * try { await index.add(rows); }
 * catch (e) { if (isVectorIndexError(e) && e.code === "dimension_mismatch") console.log(e.row); }
 */
export class VectorIndexError extends Error {
  override readonly name = "VectorIndexError";
  readonly code: VectorIndexErrorCode;
  readonly row: number | undefined;
  readonly component: number | undefined;
  readonly path: string | undefined;

  constructor(code: VectorIndexErrorCode, message: string, details: VectorIndexErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.row = details.row;
    this.component = details.component;
    this.path = details.path;
  }
}

/**
 * True for errors thrown by this package. Also matches by name and code, because two copies of
 * the package in one process (e.g. a bundled app and a test) have distinct classes.
 *
 * @example
 * if (isVectorIndexError(err) && err.code === "file_not_found") await rebuildIndex();
 */
export function isVectorIndexError(error: unknown): error is VectorIndexError {
  if (error instanceof VectorIndexError) return true;
  return (
    error instanceof Error &&
    error.name === "VectorIndexError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}
