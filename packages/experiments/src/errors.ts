/** Every way the experiments package can refuse its input. Closed so callers can switch on it. */
export type ExperimentErrorCode =
  | "invalid_argument"
  | "invalid_weights"
  | "insufficient_sample"
  | "zero_variance"
  | "zero_denominator";

const CODES: ReadonlySet<string> = new Set<ExperimentErrorCode>([
  "invalid_argument",
  "invalid_weights",
  "insufficient_sample",
  "zero_variance",
  "zero_denominator",
]);

/**
 * The one error this package throws; `code` says what kind of input was wrong and the message
 * names the argument and value.
 *
 * @example
 * try { assignVariant("exp", "u1", []); }
 * catch (e) { if (isExperimentError(e)) console.log(e.code); } // "invalid_weights"
 */
export class ExperimentError extends Error {
  override readonly name = "ExperimentError";
  readonly code: ExperimentErrorCode;

  constructor(code: ExperimentErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * True for errors thrown by this package, also when they come from another copy of it (matched
 * by name and a known code).
 *
 * @example
 * if (isExperimentError(err) && err.code === "zero_variance") showNoSpread();
 */
export function isExperimentError(error: unknown): error is ExperimentError {
  if (error instanceof ExperimentError) return true;
  if (!(error instanceof Error) || error.name !== "ExperimentError") return false;
  const code: unknown = (error as { code?: unknown }).code;
  return typeof code === "string" && CODES.has(code);
}
