/** Every way the eval package can refuse its input. Closed so callers can switch on it. */
export type EvaluationErrorCode =
  | "invalid_argument"
  | "empty_input"
  | "dimension_mismatch"
  | "label_width_mismatch"
  | "count_mismatch"
  | "non_finite_value";

const CODES: ReadonlySet<string> = new Set<EvaluationErrorCode>([
  "invalid_argument",
  "empty_input",
  "dimension_mismatch",
  "label_width_mismatch",
  "count_mismatch",
  "non_finite_value",
]);

/**
 * The one error this package throws; `code` says what kind of input was wrong and the message
 * names the argument, row or value.
 *
 * @example
 * try { exactSearch(queries, gallery, { k: 0, similarity: "cosine" }); }
 * catch (e) { if (isEvaluationError(e)) console.log(e.code); } // "invalid_argument"
 */
export class EvaluationError extends Error {
  override readonly name = "EvaluationError";
  readonly code: EvaluationErrorCode;

  constructor(code: EvaluationErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * True for errors thrown by this package, also when they come from another copy of it (matched
 * by name and a known code).
 *
 * @example
 * if (isEvaluationError(err) && err.code === "dimension_mismatch") showShapes();
 */
export function isEvaluationError(error: unknown): error is EvaluationError {
  if (error instanceof EvaluationError) return true;
  if (!(error instanceof Error) || error.name !== "EvaluationError") return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === "string" && CODES.has(code);
}
